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
  it('keeps the passage retrieval ranked first second when coverage left it out, if told to', () => {
    const ids = (keepFirstFound: boolean, comparison = false) => answeringPassages({ evidence, comparison, policy, keepFirstFound }).map((p) => p.chunk.id);
    expect(ids(false)).toEqual(['covers', 'also']);
    expect(ids(true)).toEqual(['covers', 'found', 'also']);
    // A comparison measures each region against its own best passage instead.
    expect(ids(true, true)).not.toContain('found');
  });
});
