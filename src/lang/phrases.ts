/**
 * Word lists of the language data as patterns. Lists are written as people write ("afslør", "hvad koster")
 * and compared with folded text (see `foldNordic`), so both sides are folded; `*` stands for any word ending,
 * and the words of a phrase may be separated by spaces or hyphens.
 */
import { foldNordic } from '../text/normalize.js';

function phrase(p: string): string {
  return foldNordic(p)
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\w*' : `\\${c}`)))
    .join('[\\s-]*');
}

/** A pattern source matching any of the phrases as whole words. */
export function anyPhrase(phrases: readonly string[]): string {
  return `\\b(?:${[...new Set(phrases)].map(phrase).join('|')})\\b`;
}

/** A pattern: one of `first`, then within `gap` characters one of `second`. */
export function phrasePair(first: readonly string[], second: readonly string[], gap: number): RegExp {
  return new RegExp(`${anyPhrase(first)}.{0,${gap}}${anyPhrase(second)}`);
}

export function phrasePattern(phrases: readonly string[]): RegExp {
  return new RegExp(anyPhrase(phrases));
}
