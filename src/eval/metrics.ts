import type { Citation, Language } from '../shared/api.js';
import { stripCitations } from '../shared/citations.js';
import { tokenize } from '../text/normalize.js';
import type { GoldSection } from './schema.js';

/**
 * The per-question metrics, as pure functions of a question's gold labels and what the system returned.
 * Retrieval metrics look at ranked hits; answer metrics at the answer text and its citations.
 */

/** What a ranked hit (or a citation) says it is: enough to compare it with a gold section. */
export interface SectionRef {
  region: string;
  documentId: string;
  section: string;
}

/** Index of the gold section a hit is, or -1. A gold section without `document` matches any document of its region. */
export function goldIndexOf(hit: SectionRef, gold: readonly GoldSection[]): number {
  return gold.findIndex(
    (g) => g.region === hit.region && g.section === hit.section && (g.document === undefined || g.document === hit.documentId),
  );
}

/** 1 when a gold section is among the first k hits, else 0. */
export function sectionHitAt(hits: readonly SectionRef[], gold: readonly GoldSection[], k: number): number {
  return hits.slice(0, k).some((h) => goldIndexOf(h, gold) >= 0) ? 1 : 0;
}

/** 1 when the top hit is from a gold region, else 0 (no hits: 0). */
export function regionHitAt1(hits: readonly SectionRef[], goldRegions: readonly string[]): number {
  return hits.length > 0 && goldRegions.includes(hits[0].region) ? 1 : 0;
}

/** 1/rank of the first gold-section hit; 0 when none is retrieved. */
export function reciprocalRank(hits: readonly SectionRef[], gold: readonly GoldSection[]): number {
  const rank = hits.findIndex((h) => goldIndexOf(h, gold) >= 0);
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/**
 * nDCG@k with binary relevance. Each gold section earns gain once: a second chunk of an already found
 * section is a wasted slot, not extra credit (else one long section could outscore finding all of them).
 * The ideal ranking puts min(k, distinct gold sections) relevant hits first.
 */
export function ndcgAt(hits: readonly SectionRef[], gold: readonly GoldSection[], k: number): number {
  const distinctGold = new Set(gold.map((g) => `${g.region}\u0000${g.document ?? ''}\u0000${g.section}`)).size;
  if (distinctGold === 0) return 0;
  const found = new Set<number>();
  let dcg = 0;
  hits.slice(0, k).forEach((hit, i) => {
    const g = goldIndexOf(hit, gold);
    if (g < 0) return;
    const key = canonicalGold(gold, g);
    if (found.has(key)) return;
    found.add(key);
    dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, distinctGold); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** The first index of a gold entry equal to gold[i], so duplicate gold entries share one gain. */
function canonicalGold(gold: readonly GoldSection[], i: number): number {
  const g = gold[i];
  return gold.findIndex((o) => o.region === g.region && o.section === g.section && o.document === g.document);
}

/** Folded words joined by single spaces: "CO2-aftryk, 70%" → "co2 aftryk 70". */
function foldedWords(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * Whether text contains a key fact: case-, diacritic- and æ/ae-insensitive, punctuation ignored, the fact's
 * words in order starting at a word boundary (so "ventetid" also matches "ventetiderne"). "a|b" matches
 * either alternative.
 */
export function containsFact(text: string, fact: string): boolean {
  const haystack = ` ${foldedWords(text)}`;
  return fact.split('|').some((alternative) => {
    const needle = foldedWords(alternative);
    return needle.length > 0 && haystack.includes(` ${needle}`);
  });
}

export interface FactMatch {
  found: string[];
  missing: string[];
}

export function matchFacts(answer: string, facts: readonly string[]): FactMatch {
  const found = facts.filter((f) => containsFact(answer, f));
  return { found, missing: facts.filter((f) => !found.includes(f)) };
}

/**
 * Share of the gold regions that at least one citation is from (no gold regions: null); with `minRegions`,
 * covering that many of them is full marks.
 */
export function regionCoverage(
  citations: readonly Pick<Citation, 'region'>[],
  goldRegions: readonly string[],
  minRegions = goldRegions.length,
): number | null {
  if (goldRegions.length === 0) return null;
  const cited = new Set(citations.map((c) => c.region));
  return Math.min(1, goldRegions.filter((r) => cited.has(r)).length / Math.min(minRegions, goldRegions.length));
}

/** Abstention as a detector: positive = the system abstained. */
export type AbstentionOutcome = 'tp' | 'fp' | 'fn' | 'tn';

export function abstentionOutcome(expectAbstain: boolean, abstained: boolean): AbstentionOutcome {
  if (abstained) return expectAbstain ? 'tp' : 'fp';
  return expectAbstain ? 'fn' : 'tn';
}

/**
 * Precision: of the refusals, how many were right (an in-scope question refused is a false positive).
 * Recall: of the questions that must be refused, how many were (an out-of-scope question answered is a
 * false negative). Null when the denominator is empty.
 */
export function abstentionScores(outcomes: readonly AbstentionOutcome[]): { precision: number | null; recall: number | null } {
  const count = (o: AbstentionOutcome) => outcomes.filter((x) => x === o).length;
  const tp = count('tp');
  const fp = count('fp');
  const fn = count('fn');
  return { precision: tp + fp ? tp / (tp + fp) : null, recall: tp + fn ? tp / (tp + fn) : null };
}

/** Nearest-rank percentile (p in 0..100); null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Text in quotation marks: „…“ “…” "…" «…» ”…”. */
const QUOTED = /„[^“”"]*[“”"]|“[^”]*”|”[^”]*”|"[^"]*"|«[^»]*»/g;

/**
 * The answer's own words: the text minus citation quotes, anything in quotation marks and [n] markers.
 * What is left is framing written in the asker's language, so its language can be checked.
 */
export function framingText(answer: string, citations: readonly Pick<Citation, 'quote'>[]): string {
  let text = answer;
  for (const c of citations) if (c.quote) text = text.split(c.quote).join(' ');
  return stripCitations(text.replace(QUOTED, ' ')).replace(/\s+/g, ' ');
}

/** Fewer words than this are too little to tell Danish from Norwegian. */
export const MIN_FRAMING_WORDS = 4;

/**
 * 1 when the framing words are in the expected language, 0 when not, null when there are too few words to
 * tell (an answer made only of quotes) or no detector.
 */
export function framingLanguageMatch(
  framing: string,
  expected: Language,
  detect: ((text: string) => Language | undefined) | undefined,
): number | null {
  if (!detect || tokenize(framing).length < MIN_FRAMING_WORDS) return null;
  const detected = detect(framing);
  if (!detected) return null;
  return detected === expected ? 1 : 0;
}
