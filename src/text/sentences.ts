import { allLanguages } from '../lang/index.js';
import { foldNordic } from './normalize.js';

/**
 * A message's sentences as people type them. Intl.Segmenter ends a sentence only before a capital, but
 * citizens type fast in lower case ("vi har ventet i 3 timer. hvad gør i ved det?"), so a full stop, "?" or
 * "!" before a lower-case word ends one too — except a full stop after an abbreviation ("ca.", "f.eks.",
 * "osv.", every language's `question.abbreviations`), or after no word at all.
 */
const segmenter = new Intl.Segmenter('da', { granularity: 'sentence' });
const ABBREVIATIONS = new Set(allLanguages((d) => d.question.abbreviations));
/** Where the segmenter left a sentence end alone because the next word is lower-case. */
const LOWER_CASE_START = /(?<=[.?!])\s+(?=\p{Ll})/u;
const WORD_BEFORE_STOP = /(?:^|[^\p{L}.])(\p{L}+)\.$/u;

/** Splits one segment at "… styr på. hjælper I med det?": after "?" or "!", or a full stop after a word. */
function lowerCaseSentences(segment: string): string[] {
  const parts = segment.split(LOWER_CASE_START);
  const out = [parts[0]];
  for (const part of parts.slice(1)) {
    const before = out[out.length - 1];
    const word = WORD_BEFORE_STOP.exec(before)?.[1];
    if (before.endsWith('.') && (!word || ABBREVIATIONS.has(foldNordic(word)))) out[out.length - 1] += ` ${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * A text the segmenter cannot split: letters, digits, spaces and punctuation that ends no sentence, then at
 * most one final ".", "?" or "!" and spaces. A sentence ends only after such a mark or a line or paragraph
 * separator (Unicode's sentence rules, UAX #29), so this text is one sentence, as most questions are; the
 * segmenter costs a few microseconds even then.
 */
const ONE_SENTENCE = /^[\p{L}\p{N}\p{M} ,;:'"()\-–—/&%+’‘“”«»]*[.?!]? *$/u;

export function splitSentences(text: string): string[] {
  if (ONE_SENTENCE.test(text)) {
    const sentence = text.trim();
    return sentence ? [sentence] : [];
  }
  return [...segmenter.segment(text)].flatMap((s) => lowerCaseSentences(s.segment.trim())).map((s) => s.trim()).filter(Boolean);
}
