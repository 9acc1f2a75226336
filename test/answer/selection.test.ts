import { describe, expect, it } from 'vitest';
import { bestPerRegion, regionsAskedAbout } from '../../src/answer/selection.js';
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
