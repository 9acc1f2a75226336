import { describe, expect, it } from 'vitest';
import { answeringPassages, bestPerRegion, regionsAskedAbout } from '../../src/answer/selection.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import type { Chunk } from '../../src/ingest/types.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const passage = (id: string, region: string): RetrievedPassage => ({
  chunk: { id, region, documentId: id, title: region, language: 'da', section: 's', sectionPath: ['s'], text: id, start: 0, end: id.length } as Chunk,
  score: 1,
});

describe('bestPerRegion', () => {
  it('keeps each compared region’s first passages, however low they rank among the others', () => {
    const ranked = [passage('a1', 'A'), passage('a2', 'A'), passage('a3', 'A'), passage('c1', 'C'), passage('b1', 'B'), passage('b2', 'B')];
    expect(bestPerRegion(ranked, ['A', 'B'], 2).map((p) => p.chunk.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });
});

describe('regionsAskedAbout', () => {
  const mentions = { known: ['A'], named: ['A'], unknown: [], places: [], compared: [], acrossRegions: false, countries: [] };
  it('is the compared regions in a comparison, else the regions the question is about', () => {
    expect(regionsAskedAbout(mentions)).toEqual(['A']);
    expect(regionsAskedAbout({ ...mentions, compared: ['A', 'B'], acrossRegions: true })).toEqual(['A', 'B']);
  });
});

describe('answeringPassages', () => {
  const scored = (id: string, region: string, score: number): RetrievedPassage => ({ ...passage(id, region), score });
  // Coverage ranks `covers` first; retrieval ranked `found` first, but it covers less than `coverageSlack` allows.
  const evidence = [
    { passage: scored('covers', 'A', 0.02), coverage: 0.6, strength: 0.6, onConcept: false },
    { passage: scored('also', 'A', 0.018), coverage: 0.5, strength: 0.5, onConcept: false },
    { passage: scored('found', 'B', 0.03), coverage: 0.1, strength: 0.1, onConcept: false },
  ];
  const policy = DEFAULT_POLICY.relevance;
  const ids = (keepFound: number, comparison = false, from = evidence) => answeringPassages({ evidence: from, comparison, policy, keepFound }).map((p) => p.chunk.id);
  it('keeps the passage retrieval ranked first second when coverage left it out, if told to', () => {
    expect(ids(0)).toEqual(['covers', 'also']);
    expect(ids(1)).toEqual(['covers', 'found', 'also']);
    // A comparison measures each region against its own best passage instead.
    expect(ids(1, true)).not.toContain('found');
  });
  // `next` is retrieval's second (0.025 beats `covers`' 0.02), sharing a concept with the question, and covers
  // too little to be kept for coverage.
  const next = { passage: scored('next', 'B', 0.025), coverage: 0.05, strength: 0.05, onConcept: true };
  it('keeps as many of the passages retrieval ranked highest as told, in score order after the best', () => {
    const more = [...evidence, next];
    expect(ids(1, false, more)).toEqual(['covers', 'found', 'also']);
    expect(ids(2, false, more)).toEqual(['covers', 'found', 'next', 'also']);
    // The best-covering passage, found third, is kept for its coverage already: only the two others join it.
    expect(ids(3, false, more)).toEqual(['covers', 'found', 'next', 'also']);
  });
  it('keeps a further passage for its rank only when no passage covers the whole question, and on a concept', () => {
    // A passage covering every word of the question holds the answer: the first found alone joins it.
    const whole = [{ ...evidence[0], coverage: 1, strength: 1 }, ...evidence.slice(1), next];
    expect(ids(2, false, whole)).toEqual(['covers', 'found']);
    // Retrieval's second sharing no concept with the question is no better guess than coverage's.
    expect(ids(2, false, [...evidence, { ...next, onConcept: false }])).toEqual(['covers', 'found', 'also']);
  });
});
