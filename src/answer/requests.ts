import { foldNordic } from '../text/normalize.js';

/**
 * Requests that are not questions about the documents: attempts to re-instruct the assistant, creative or
 * general-purpose tasks, and chit-chat. The extractive answerer never follows instructions anyway; recognising them
 * lets it say so instead of quoting loosely related passages. Patterns run on folded text (æ→ae, ø→oe,
 * å→aa, lowercase), so they are written folded.
 */
const NOT_A_DOCUMENT_QUESTION: RegExp[] = [
  // Re-instruction: "ignorer dine instruktioner", "glem alt", "du er nu …", "system prompt".
  /\b(ignorer|ignorere|glem|se bort fra|tilsidesaet|overskriv|ignore|forget|disregard)\b.{0,40}\b(instruks\w*|instruktion\w*|regler|reglene|reglerne|alt|tidligere|ovenstaaende|instructions?|rules|prompt)\b/,
  /\b(system ?prompt\w*|systembesked\w*|systemmelding\w*|jailbreak|developer mode|udviklertilstand|utviklermodus)\b/,
  /\b(du er (nu|naa) (en|et|ikke)|fra (nu|naa) af (er du|skal du)|lad som om|lat som|act as|pretend|you are now)\b/,
  /\b(vis|afsloer|avsloer|gengiv|print|reveal|show)\b.{0,30}\b(instruks\w*|instruktion\w*|prompt|kildekode|api.?noegle\w*)\b/,
  // Creative and general tasks: "skriv et digt", "lav en vits", "oversæt …".
  /\b(skriv|lav|digt|dikt|forfat|write|compose)\b.{0,30}\b(digt|dikt|sang|vise|vits|eventyr|historie|novelle|rim|haiku|essay|poem|song|joke|story)\b/,
  /\b(fortael|fortell|tell)\b.{0,15}\b(en|et|a)\b.{0,15}\b(vits|joke|historie|eventyr|story)\b/,
  /\b(oversaet|oversett|translate)\b/,
  // Chit-chat with the assistant itself: "Hej, hvad hedder du?", "Hvordan har du det?".
  /\b(hvad|hva) (hedder|heter) du\b|\bhvem er du\b|\bhvordan har du det\b|\bhvordan gaar det\b|\ber du en (robot|ai|menneske)\b/,
  /^(hej|hei|hallo|halloj|goddag|god morgen|tak|takk|mange tak|tusen takk)[\s!.?,]*$/,
];

export function isNotADocumentQuestion(text: string): boolean {
  const folded = foldNordic(text);
  return NOT_A_DOCUMENT_QUESTION.some((p) => p.test(folded));
}
