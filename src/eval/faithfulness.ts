import type { Citation } from '../shared/api.js';
import { citedNumbers, stripCitations } from '../shared/citations.js';
import { isContentToken, stems } from '../text/analyze.js';
import { tokenize } from '../text/normalize.js';

/**
 * Faithfulness proxy: the share of the answer's claims that a cited quote supports.
 *
 * - The answer is split into lines, lines into sentences. A sentence ending in ":" is a lead-in
 *   ("Region Nordjylland skriver i „Vision og retning“:"), not a claim.
 * - A sentence's markers are its own `[n]`s; a sentence without any inherits those of the next marked
 *   sentence on the same line, since a marker conventionally closes the span it supports.
 * - A claim is a non-lead-in sentence with a marker, or with at least {@link MIN_CLAIM_WORDS} content
 *   words (words that are not stopwords); sentences with no content words are ignored.
 * - A claim is supported when one of its markers points to a citation whose quote (plus the citation's
 *   region and section, which the citation attests) contains at least {@link MIN_SUPPORT} of the claim's
 *   distinct content words. Words are compared by their Danish and Norwegian Snowball stems, so inflection
 *   and the two languages' spellings of shared words don't count against a claim.
 */

export const MIN_SUPPORT = 0.5;
export const MIN_CLAIM_WORDS = 3;

export interface ClaimCheck {
  text: string;
  markers: number[];
  /** Share of the claim's content words found in its best cited quote. */
  overlap: number;
  supported: boolean;
}

export interface Faithfulness {
  /** Supported claims / claims; null when the answer makes no claim. */
  score: number | null;
  claims: ClaimCheck[];
}

const sentenceSegmenter = new Intl.Segmenter('da', { granularity: 'sentence' });

/** A word as a set of its stems: two words match when they share one. */
function contentWords(text: string): string[][] {
  const seen = new Set<string>();
  const words: string[][] = [];
  for (const token of tokenize(stripCitations(text))) {
    if (!isContentToken(token) || seen.has(token)) continue;
    seen.add(token);
    words.push([...stems(token)]);
  }
  return words;
}

function stemSet(text: string): Set<string> {
  return new Set(contentWords(text).flat());
}

export interface Sentence {
  text: string;
  /** Its own `[n]` numbers, or those it inherits from the next marked sentence on its line. */
  markers: number[];
}

/** A sentence ending in ":" introduces what follows ("Region X skriver i „Y“:"); it claims nothing itself. */
export function isLeadIn(sentence: Sentence): boolean {
  return stripCitations(sentence.text).endsWith(':');
}

/** The answer's sentences, line by line, each with the citation markers that support it. */
export function sentencesOf(answer: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of answer.split('\n')) {
    const onLine: Sentence[] = [];
    for (const { segment } of sentenceSegmenter.segment(line)) {
      const text = segment.trim();
      if (!text) continue;
      const markers = citedNumbers(text);
      // A bare "[2]" segment (marker after the full stop) belongs to the sentence before it.
      if (!stripCitations(text) && onLine.length) onLine[onLine.length - 1].markers.push(...markers);
      else onLine.push({ text, markers });
    }
    let inherited: number[] = [];
    for (let i = onLine.length - 1; i >= 0; i--) {
      if (onLine[i].markers.length) inherited = onLine[i].markers;
      else onLine[i].markers = inherited;
    }
    out.push(...onLine);
  }
  return out;
}

export function faithfulness(answer: string, citations: readonly Citation[]): Faithfulness {
  const byId = new Map(citations.map((c) => [c.id, stemSet(`${c.quote} ${c.region} ${c.section}`)]));
  const claims: ClaimCheck[] = [];
  for (const sentence of sentencesOf(answer)) {
    const words = contentWords(sentence.text);
    if (isLeadIn(sentence) || words.length === 0) continue;
    if (sentence.markers.length === 0 && words.length < MIN_CLAIM_WORDS) continue;
    let overlap = 0;
    for (const id of new Set(sentence.markers)) {
      const support = byId.get(id);
      if (!support) continue;
      const covered = words.filter((alternatives) => alternatives.some((s) => support.has(s))).length;
      overlap = Math.max(overlap, covered / words.length);
    }
    claims.push({ text: sentence.text, markers: sentence.markers, overlap, supported: overlap >= MIN_SUPPORT });
  }
  const score = claims.length ? claims.filter((c) => c.supported).length / claims.length : null;
  return { score, claims };
}
