/**
 * Character-level normalisation shared by indexing, querying and language cues.
 *
 * Citizens often type without æ/ø/å ("vaerdi", "sygehuse", "paa"), and Danish/Norwegian share words that
 * differ only in these letters, so everything is folded to ASCII-ish spellings before matching. The
 * digraphs (ae/oe/aa) are the conventional fallbacks, so "værdi" and "vaerdi" meet.
 */

const DIGRAPHS: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  // Swedish/German spellings of the same vowels, seen in names and copy-pasted text.
  ä: 'ae',
  ö: 'oe',
};
const DIGRAPH_LETTERS = /[æøåäö]/g;
/** Combining marks left after NFD: the remaining accents (é, è, ü, ...) are dropped. */
const COMBINING_MARKS = /\p{M}+/gu;

/** Any character outside ASCII: only such text has anything to compose, fold or strip. */
const NON_ASCII = /[^\x00-\x7f]/;

/** NFC + lowercase + æ→ae, ø→oe, å→aa, ä→ae, ö→oe; other accents are stripped (é→e, ü→u). */
export function foldNordic(text: string): string {
  // Most words, and many questions typed without æ/ø/å, are plain ASCII: for them this is lower-casing.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(DIGRAPH_LETTERS, (letter) => DIGRAPHS[letter])
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
}

/**
 * The other ways a folded word is typed without æ/ø/å ("paa" → "pa", "kjoere" → "kjore", "vaere" → "vere",
 * "vare"): å as a, ø as o, æ as e or a. Empty when the word has none of them.
 */
export function typedForms(folded: string): string[] {
  const plain = folded.replace(/aa/g, 'a').replace(/oe/g, 'o');
  return [...new Set([plain.replace(/ae/g, 'e'), plain.replace(/ae/g, 'a')])].filter((w) => w !== folded);
}

/** A run of letters and digits; hyphens, apostrophes and other punctuation separate tokens. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Folded word tokens in text order. Hyphenated words come out as their parts ("CO2-aftryk" → co2, aftryk)
 * so that either half can be matched on its own.
 */
export function tokenize(text: string): string[] {
  return foldNordic(text).match(WORD) ?? [];
}

/** A word as written, with its folded form and where it stands. */
export interface Word {
  raw: string;
  folded: string;
  start: number;
  end: number;
  /** First word of the text or of a sentence: capitalised for that alone. */
  sentenceStart: boolean;
}

/** Between two words, these end a sentence. */
const SENTENCE_END = /[.!?…:\n]/;

/** The words of a text as written, in order, with their folded forms and sentence starts (offsets into its NFC form). */
export function wordsOf(input: string): Word[] {
  const text = input.normalize('NFC');
  const out: Word[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    out.push({
      raw: m[0],
      folded: foldNordic(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      sentenceStart: out.length === 0 || SENTENCE_END.test(text.slice(previousEnd, m.index)),
    });
    previousEnd = m.index + m[0].length;
  }
  return out;
}

/**
 * Written like a name: a capital first letter and not all capitals ("Tarm", not "tarm" or "TARM"). Inside a
 * sentence, Danish and Norwegian capitalise only names.
 */
export function isNameLike(word: Word): boolean {
  const { raw } = word;
  return raw[0] !== raw[0].toLowerCase() && (raw.length === 1 || raw.slice(1) !== raw.slice(1).toUpperCase());
}
