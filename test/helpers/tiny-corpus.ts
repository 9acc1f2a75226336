import type { AnswerCorpus } from '../../src/answer/corpus.js';
import { LexicalIndex } from '../../src/index/lexical.js';
import type { Chunk } from '../../src/ingest/types.js';
import { buildLexicon, createAnalyzer } from '../../src/text/analyze.js';

/**
 * A small corpus for testing answering without building an index: the real analyzer and BM25 index, and a
 * dense channel that ranks passages by shared words (enough to make it agree or disagree with BM25).
 */
export function chunkOf(id: string, region: string, section: string, text: string, language: 'da' | 'no' = 'da'): Chunk {
  return { id, documentId: id.split('#')[0], region, title: `${region} strategi`, language, section, sectionPath: section.split(' › '), text, start: 0, end: text.length };
}

export function tinyCorpus(chunks: Chunk[], regions: string[]): AnswerCorpus {
  const analyzer = createAnalyzer({ lexicon: buildLexicon(chunks.map((c) => `${c.section} ${c.text}`)) });
  const lexical = LexicalIndex.build(chunks, analyzer);
  const words = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));
  let lastQuery = new Set<string>();
  return {
    chunks,
    documentTexts: new Map(chunks.map((c) => [c.documentId, c.text])),
    documentSections: new Map(),
    regions: { regions: regions.map((name) => ({ name, aliases: [] })), otherRegions: ['Region Syddanmark'] },
    documents: { regions, documents: [] },
    info: { builtAt: '', fingerprint: 'tiny', documents: 1, chunks: chunks.length, embeddingModel: 'tiny', dimensions: 1 },
    lexical,
    dense: {
      embedQuery: async (q) => {
        lastQuery = words(q);
        return [1];
      },
      searchByVector: (_v, k) =>
        chunks
          .map((c) => {
            const w = words(`${c.section} ${c.text}`);
            const shared = [...lastQuery].filter((x) => w.has(x)).length;
            return { id: c.id, score: shared / Math.max(1, lastQuery.size) };
          })
          .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
          .slice(0, k),
    },
    analysis: analyzer,
  };
}
