import { describe, expect, it, vi } from 'vitest';
import type { Chunk } from '../../src/ingest/types.js';
import { createAnalyzer } from '../../src/text/analyze.js';
import { TermDictionary } from '../../src/text/dictionary.js';
import { PassageAnalysis } from '../../src/text/passage-analysis.js';

const chunk = (id: string, text: string): Chunk => ({
  id,
  documentId: 'doc',
  region: 'Region Nordjylland',
  title: 'Vision',
  language: 'da',
  section: 'Sundhed',
  sectionPath: ['Sundhed'],
  text,
  start: 0,
  end: text.length,
});

const CHUNKS = [
  chunk('doc#0', 'Korte ventetider på sygehusene.'),
  chunk('doc#1', 'Grøn transport og klima.'),
  chunk('doc#2', 'Ventetider for kræftpatienter skal ned.'),
];

describe('PassageAnalysis', () => {
  it('answers which passages hold a term, and looks each term up in its dictionary once for all passages', () => {
    const analyzer = createAnalyzer();
    const analysis = PassageAnalysis.build(CHUNKS, analyzer);
    const [term] = analyzer.wordTerms('ventetider');
    const lookUps = vi.spyOn(TermDictionary.prototype, 'indexOf');
    try {
      const holders = CHUNKS.filter((c) => analysis.passage(c.id)!.hasTerm(term)).map((c) => c.id);
      expect(holders).toEqual(['doc#0', 'doc#2']);
      expect(analysis.documentFrequency(term)).toBe(2);
      expect(analysis.passage('doc#1')!.hasTerm(term)).toBe(false);
      expect(lookUps.mock.calls.filter(([t]) => t === term)).toHaveLength(1);
      expect(analysis.passage('doc#9')).toBeUndefined();
      expect(analysis.documentFrequency('nowhere')).toBe(0);
    } finally {
      lookUps.mockRestore();
    }
  });

  it('tells whether a passage holds any of a set of words', () => {
    const analysis = PassageAnalysis.build(CHUNKS, createAnalyzer());
    expect(analysis.passage('doc#1')!.hasAnyWord(new Set(['klima', 'vind']))).toBe(true);
    expect(analysis.passage('doc#0')!.hasAnyWord(new Set(['klima', 'vind']))).toBe(false);
  });
});
