import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import type { Language } from '../shared/api.js';

/**
 * franc's trigram scores for Danish against Norwegian (Bokmål, Nynorsk), computed as franc computes them
 * but for those three models only. franc itself, restricted with `only`, still tests the text against
 * all of its 30 scripts (a regular expression each, every match collected), copies its ~200 Latin models
 * to keep three, and sorts the text's trigrams before summing: ~3% of a server's CPU per ask, most of it
 * on work whose result the three scores do not use.
 */

const FRANC_LANGUAGES: Readonly<Record<string, Language>> = { dan: 'da', nob: 'no', nno: 'no' };
/** franc's limits: the text it reads, and what a trigram missing from a model costs. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** Each model as franc builds it: trigram → its rank (the first place it holds in the model's list). */
const MODELS = Object.entries(FRANC_LANGUAGES).map(([code, language]) => {
  const trigrams = data.Latin[code].split('|');
  const ranks = new Map<string, number>();
  for (let rank = trigrams.length - 1; rank >= 0; rank--) ranks.set(trigrams[rank], rank);
  return { language, ranks };
});
const LATIN = expressions.Latin;

/** franc's cleaning (trigram-utils): punctuation and digits to spaces, runs of white space as one, lower case. */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How often each trigram occurs in the cleaned text, padded with a space at either end. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** franc's Danish score minus its best Norwegian (Bokmål or Nynorsk) score; each is in [0, 1], best = 1. */
export function francMargin(text: string): number {
  if (text.length === 0) return 0;
  const value = text.slice(0, MAX_LENGTH);
  // franc reads a text in the script most of its characters are written in. The scripts' characters are
  // disjoint, so when more than half are Latin no other script can have as many; otherwise franc decides.
  const latin = value.match(LATIN)?.length ?? 0;
  if (latin * 2 <= value.length) return francAllMargin(text);
  const counts = trigramCounts(value);
  const distances = MODELS.map(({ language, ranks }) => {
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = ranks.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    return { language, distance };
  });
  // franc's normalisation, over the three: the nearest scores 1.
  const min = Math.min(...distances.map((d) => d.distance));
  const max = value.length * MAX_DIFFERENCE - min;
  const scores: Record<Language, number> = { da: 0, no: 0 };
  for (const { language, distance } of distances) scores[language] = Math.max(scores[language], 1 - (distance - min) / max || 0);
  return scores.da - scores.no;
}

/** The same margin from franc itself. */
export function francAllMargin(text: string): number {
  const scores: Record<Language, number> = { da: 0, no: 0 };
  for (const [code, score] of francAll(text, { only: Object.keys(FRANC_LANGUAGES), minLength: 1 })) {
    const language = FRANC_LANGUAGES[code];
    if (language) scores[language] = Math.max(scores[language], score);
  }
  return scores.da - scores.no;
}
