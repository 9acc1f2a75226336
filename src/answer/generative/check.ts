import type { Language } from '../../shared/api.js';
import { CITATION_PATTERN, citedNumbers, stripCitations } from '../../shared/citations.js';
import type { DetectLanguage, FailureReason } from './types.js';
import { instructionPhrase, isInstructionLike } from '../requests.js';

/**
 * Checks a model's answer before anyone sees it as ours. Pure functions over text: grounded (every claim
 * cites a passage that was given), in the asker's language, and not an echo of injected instructions.
 */

/** The sentence the prompt asks for when the passages don't answer; the prompt and isRefusal share it. */
export const REFUSAL: Record<Language, string> = {
  da: 'Strategidokumenterne besvarer ikke det spørgsmål.',
  no: 'Strategidokumentene svarer ikke på det spørsmålet.',
};

export interface CheckContext {
  language: Language;
  /** Passage texts in citation order: `[1]` is the first. */
  passages: string[];
  question: string;
  /** The rendered system prompt, to notice an answer that reveals it. */
  systemPrompt: string;
  detectLanguage: DetectLanguage;
}

// Part of this module's surface since the engine and tests read citations through it.
export { citedNumbers, stripCitations };

export type CheckResult = { ok: true } | { ok: false; reason: FailureReason; detail: string };

export function checkAnswer(text: string, context: CheckContext): CheckResult {
  if (!text.trim()) return { ok: false, reason: 'empty', detail: 'the model returned no text' };

  const echo = injectionEcho(text, context);
  if (echo) return { ok: false, reason: 'injection-echo', detail: echo };

  const outOfRange = citedNumbers(text).filter((n) => n < 1 || n > context.passages.length);
  if (outOfRange.length > 0) {
    return {
      ok: false,
      reason: 'invalid-citation',
      detail: `cites [${[...new Set(outOfRange)].join('], [')}] but only ${context.passages.length} passages were given`,
    };
  }

  const detected = context.detectLanguage(stripCitations(text), context.language);
  if (detected !== context.language) {
    return { ok: false, reason: 'wrong-language', detail: `answer is in "${detected}", the question in "${context.language}"` };
  }

  if (isRefusal(text, context.language)) return { ok: true };
  if (citedNumbers(text).length === 0) {
    return { ok: false, reason: 'uncited-claims', detail: 'the answer cites no passage and is not a refusal' };
  }
  const uncited = uncitedClaims(text, context.passages, context.question);
  if (uncited.length > 0) {
    return { ok: false, reason: 'uncited-claims', detail: `${uncited.length} sentence(s) without [n], e.g. "${uncited[0].slice(0, 80)}"` };
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------- refusal

const REFUSAL_MAX_CHARS = 300;
/** Words a refusal uses for "the sources", and phrases saying they don't answer, per language. */
const SOURCE_WORDS: Record<Language, RegExp> = {
  da: /\b(passager|uddrag|tekst|dokument|kilde|strategi)/i,
  no: /\b(passasje|utdrag|tekst|dokument|kilde|strategi)/i,
};
const DOES_NOT_ANSWER: Record<Language, RegExp> = {
  da: /\b(besvarer|svarer|nævner|indeholder|omtaler|beskriver|oplyser|siger) ikke\b|\bfremgår ikke\b|\bkan ikke finde\b|\bingen (oplysninger|information|svar)\b|\bikke noget (svar|om)\b/i,
  no: /\b(besvarer|svarer|nevner|inneholder|omtaler|beskriver|opplyser|sier) ikke\b|\bfremgår ikke\b|\bfinner ikke\b|\bkan ikke finne\b|\bingen (opplysninger|informasjon|svar)\b/i,
};

/**
 * A refusal says plainly that the passages don't answer: short, uncited, and either the prompt's own
 * sentence or a sentence naming the sources and saying they don't answer. The engine turns it into an
 * abstention.
 */
export function isRefusal(text: string, language: Language): boolean {
  const t = text.trim();
  if (!t || t.length > REFUSAL_MAX_CHARS || citedNumbers(t).length > 0) return false;
  if (normalizeWords(t).includes(normalizeWords(REFUSAL[language]))) return true;
  return SOURCE_WORDS[language].test(t) && DOES_NOT_ANSWER[language].test(t);
}

// -------------------------------------------------------------------------------------- uncited claims

/** Shorter sentences ("Kort sagt:", "Ja [1].") carry no claim worth a citation. */
const MIN_CLAIM_WORDS = 4;
/** An intro or closing line longer than this is content, not framing. */
const MAX_FRAMING_WORDS = 12;
const BULLET = /^\s*(?:[-*•–]|\d+[.)])\s+/;
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'f.eks. fx. bl.a. bla. ca. pct. nr. mv. m.v. osv. dvs. jf. jfr. mht. ift. evt. inkl. ekskl. m.fl. mfl. mm. o.l. e.l. kr. mio. mia. mill. mrd. pga. p.g.a. iht. vha. tlf. etc. sml. vedr. hhv. bl. f. kap. st.'.split(' '),
);

interface Unit {
  text: string;
  bullet: boolean;
}

/**
 * The claim sentences that carry no citation. A claim sentence is a sentence or bullet item with at least
 * MIN_CLAIM_WORDS words, except:
 * - a sentence directly followed by a bullet list counts as cited by the list (whose items are checked);
 * - the first or last sentence may be a short framing line ("Her er, hvad strategierne siger om
 *   ventetider.", "Jeg håber, det hjælper.") if it adds no word from the passages that the question
 *   didn't already use — so "De vil også ansætte flere sygeplejersker." at the end is still a claim.
 */
export function uncitedClaims(text: string, passages: string[], question: string): string[] {
  const units = splitUnits(text);
  const passageWords = contentWords(passages.join(' '));
  const questionWords = contentWords(question);
  const addsPassageContent = (unit: string) =>
    [...contentWords(unit)].some((w) => passageWords.has(w) && !questionWords.has(w));

  return units
    .filter((unit, i) => {
      if (citedNumbers(unit.text).length > 0) return false;
      const words = wordCount(unit.text);
      if (words < MIN_CLAIM_WORDS) return false;
      if (!unit.bullet && units[i + 1]?.bullet) return false;
      const framingPosition = i === 0 || i === units.length - 1;
      if (framingPosition && !unit.bullet && words <= MAX_FRAMING_WORDS && !addsPassageContent(unit.text)) return false;
      return true;
    })
    .map((unit) => unit.text);
}

/** Sentences and bullet items, in order; a line holding only citations belongs to the unit before it. */
function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (!stripCitations(trimmed) && units.length > 0) {
      units[units.length - 1].text += ` ${trimmed}`;
      continue;
    }
    if (BULLET.test(trimmed)) units.push({ text: trimmed, bullet: true });
    else for (const sentence of splitSentences(trimmed)) units.push({ text: sentence, bullet: false });
  }
  return units;
}

const SENTENCE_END = new RegExp(String.raw`[.!?…]+(?:\s*${CITATION_PATTERN})*\s+(?=[\p{Lu}\d"«„(])`, 'gu');

/** Splits after . ! ? (and any citations right after them) when a capital, digit or quote follows. */
function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    const lastWord = /\S+$/.exec(line.slice(start, m.index + m[0].trimEnd().length))?.[0] ?? '';
    if (ABBREVIATIONS.has(stripCitations(lastWord).toLowerCase())) continue;
    sentences.push(line.slice(start, end).trim());
    start = end;
  }
  if (start < line.length) sentences.push(line.slice(start).trim());
  return sentences.filter(Boolean);
}

function wordCount(text: string): number {
  return (stripCitations(text).match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** Words of five or more letters, compared by their first six: enough to tie "sygeplejersker" to "sygeplejerske". */
function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  return new Set(words.map((w) => w.slice(0, 6)));
}

// ------------------------------------------------------------------------------------- injection echo

/** The prompt's own delimiters, raw or neutralised, have no business in an answer. */
const DELIMITER = /[<＜]\s*\/?\s*(passages?|question|conversation|turn)\b/i;
/** A run this long copied from the system prompt means the answer is reciting it. */
const SYSTEM_RUN_WORDS = 8;
/** A run this long copied from an instruction-like input sentence means the answer repeats or obeys it. */
const INSTRUCTION_RUN_WORDS = 4;

/** Returns what gave the echo away, or undefined when the answer looks clean. */
export function injectionEcho(text: string, context: Pick<CheckContext, 'passages' | 'question' | 'systemPrompt' | 'language'>): string | undefined {
  if (DELIMITER.test(text)) return 'answer contains a prompt delimiter';
  const phrase = instructionPhrase(text);
  if (phrase) return `answer contains instruction-like text: "${phrase.slice(0, 60)}"`;

  const answer = normalizeWords(text);
  const system = context.systemPrompt.replace(REFUSAL[context.language], ' ');
  if (sharesRun(answer, normalizeWords(system), SYSTEM_RUN_WORDS)) return 'answer recites the system prompt';

  const instructions = [context.question, ...context.passages]
    .flatMap((t) => t.split(/(?<=[.!?\n])\s*/))
    .filter((sentence) => isInstructionLike(sentence));
  for (const sentence of instructions) {
    if (sharesRun(answer, normalizeWords(sentence), INSTRUCTION_RUN_WORDS)) {
      return `answer repeats instruction-like input: "${sentence.trim().slice(0, 60)}"`;
    }
  }
  return undefined;
}

/** Lowercase words joined by single spaces, with spaces at both ends so substring tests match whole words. */
function normalizeWords(text: string): string {
  const words = stripCitations(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return ` ${words.join(' ')} `;
}

/** True when `haystack` contains `length` consecutive words of `source` (both normalised). */
function sharesRun(haystack: string, source: string, length: number): boolean {
  const words = source.trim().split(' ').filter(Boolean);
  for (let i = 0; i + length <= words.length; i++) {
    if (haystack.includes(` ${words.slice(i, i + length).join(' ')} `)) return true;
  }
  return false;
}
