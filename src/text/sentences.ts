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

/**
 * Texts of the letters, digits, spaces and punctuation of Danish and Norwegian writing, and no line break:
 * {@link segmentStarts} splits them as the segmenter does, without its cost (~15 µs a question of two
 * sentences). Anything else (other scripts, line breaks, rarer marks) goes to the segmenter.
 */
const PLAIN_TEXT = /^[A-Za-z0-9ÆØÅÄÖÜÉæøåäöüé .?!"'()«»’‘“”,\-:;–—/&%+]*$/;
const UPPER = /[A-ZÆØÅÄÖÜÉ]/;
const LOWER = /[a-zæøåäöüé]/;
const LETTER = /[A-Za-zÆØÅÄÖÜÉæøåäöüé]/;
const DIGIT = /[0-9]/;
const TERMINATOR = /[.?!]/;
/** Unicode's Close (quotes, brackets) and SContinue (, - : ; – —) among {@link PLAIN_TEXT}'s characters. */
const CLOSE = /["'()«»’‘“”]/;
const CONTINUE = /[,\-:;–—]/;

/**
 * Where the sentences of a {@link PLAIN_TEXT} text after the first start: Unicode's sentence rules (UAX #29,
 * SB6-SB11) as they apply to its characters. A sentence ends after ".", "?" or "!" with any closing quotes
 * or brackets and spaces, unless what follows continues it: more of those marks or a comma, colon, dash
 * (SB8a); after a full stop also a digit right after it (SB6), a capital right after it and a letter before
 * it ("U.S", SB7), or a lower-case letter before any other letter (SB8, "ca. 3 timer").
 */
function segmentStarts(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  for (let t = 0; t < n; t++) {
    const mark = text[t];
    if (!TERMINATOR.test(mark)) continue;
    let k = t + 1;
    while (k < n && CLOSE.test(text[k])) k++;
    while (k < n && text[k] === ' ') k++;
    if (k >= n) break;
    const next = text[k];
    if (TERMINATOR.test(next) || CONTINUE.test(next)) continue;
    if (mark === '.') {
      if (k === t + 1 && (DIGIT.test(next) || (UPPER.test(next) && t > 0 && LETTER.test(text[t - 1])))) continue;
      let j = k;
      while (j < n && !LETTER.test(text[j]) && !TERMINATOR.test(text[j])) j++;
      if (j < n && LOWER.test(text[j])) continue;
    }
    starts.push(k);
    t = k - 1;
  }
  return starts;
}

/** The segmenter's sentences of `text`, each as written (with its trailing spaces); exported for its test. */
export function sentenceSegments(text: string): string[] {
  if (!PLAIN_TEXT.test(text)) return [...segmenter.segment(text)].map((s) => s.segment);
  const bounds = [0, ...segmentStarts(text), text.length];
  return bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
}

export function splitSentences(text: string): string[] {
  if (ONE_SENTENCE.test(text)) {
    const sentence = text.trim();
    return sentence ? [sentence] : [];
  }
  return withAbbreviationsJoined(sentenceSegments(text))
    .flatMap((s) => s.trim().split(AFTER_EMOJI))
    .flatMap((s) => lowerCaseSentences(s.trim()))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Emoji before a word: chat ends a sentence with them instead of a full stop ("… svar som en cowboy 🤠 Hvad
 * gør regionen …?"), so they end one too, and stay with it.
 */
const AFTER_EMOJI = /(?<=\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}]*)\s+(?=\p{L})/u;

/** A segment that starts with a digit: what an abbreviation before it counts or names ("kl. 9", "nr. 3"). */
const DIGIT_START = /^\s*\p{N}/u;

/**
 * Segments rejoined where the segmenter ended one after an abbreviation followed by a number ("kl. 9?",
 * "nr. 3"): Unicode's rules end a sentence at a full stop before a space and a digit.
 */
function withAbbreviationsJoined(segments: string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    const before = out[out.length - 1];
    const word = before === undefined ? undefined : WORD_BEFORE_STOP.exec(before.trimEnd())?.[1];
    if (word !== undefined && ABBREVIATIONS.has(foldNordic(word)) && DIGIT_START.test(segment)) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}
