/**
 * Word lists of the language data as patterns. Lists are written as people write ("afslør", "hvad koster")
 * and compared with folded text (see `foldNordic`), so both sides are folded; `*` stands for any word ending,
 * and the words of a phrase may be separated by spaces or hyphens.
 */
import { foldNordic } from '../text/normalize.js';

/**
 * How a letter of a phrase may be typed, in folded text, by someone writing without æ/ø/å: å as "aa" or "a",
 * ø as "oe" or "o", æ as "ae", "e" or "a" (the forms of `typedForms`). Only letters written so in the phrase
 * are loosened; an "aa" or "oe" the phrase spells out stays as written.
 */
const TYPED_LETTERS: Record<string, string> = { å: 'aa?', ø: 'oe?', æ: '(?:ae|e|a)' };

/**
 * Typed without æ/ø/å: phrases match so too, except those holding one of `alike` (words that, so typed, are
 * another word: "bør" as "bor"), which match only as written.
 */
export interface Typed {
  alike: readonly string[];
}

function phrase(p: string, typed?: Typed): string {
  const words = p.normalize('NFC').toLowerCase().trim().split(/\s+/);
  const loosen = typed !== undefined && !words.some((w) => typed.alike.some((a) => a.normalize('NFC').toLowerCase() === w));
  const word = (w: string) => (loosen ? [...w].map((c) => TYPED_LETTERS[c] ?? escape(foldNordic(c))).join('') : escape(foldNordic(w)));
  return words.map(word).join('[\\s-]*');
}

function escape(folded: string): string {
  return folded.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\w*' : `\\${c}`));
}

/**
 * A pattern source matching any of the phrases as whole words; with `typed`, also as typed without æ/ø/å
 * ("hvornar", "aabent", "kjore" for hvornår, åbent, kjøre) in text folded by `foldNordic`.
 */
export function anyPhrase(phrases: readonly string[], typed?: Typed): string {
  return `\\b(?:${[...new Set(phrases)].map((p) => phrase(p, typed)).join('|')})\\b`;
}

/** A pattern: one of `first`, then within `gap` characters one of `second`. */
export function phrasePair(first: readonly string[], second: readonly string[], gap: number): RegExp {
  return new RegExp(`${anyPhrase(first)}.{0,${gap}}${anyPhrase(second)}`);
}

export function phrasePattern(phrases: readonly string[]): RegExp {
  return new RegExp(anyPhrase(phrases));
}
