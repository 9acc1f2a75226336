import { describe, expect, it } from 'vitest';
import { analyseBeside, analysePassages, WORKER_MIN_PASSAGES } from '../../src/index/analysis.js';
import { LexicalIndex } from '../../src/index/lexical.js';
import { passagesToBytes } from '../../src/index/passages.js';
import { chunkCorpus } from '../../src/ingest/chunk.js';
import { loadCorpus } from '../../src/ingest/load.js';
import type { Chunk } from '../../src/ingest/types.js';
import { buildLexicon, createAnalyzer } from '../../src/text/analyze.js';
import { PassageAnalysis } from '../../src/text/passage-analysis.js';
import { TokenizedPassages } from '../../src/text/tokenized.js';

/**
 * An index build tokenizes every passage once and analyses each distinct word once (with caches that never
 * evict), for both the lexical index and the passage analysis (analysePassages). These tests hold that pass
 * to what the builders make from the chunks with an ordinary analyzer, byte for byte: PassageAnalysis.build
 * analyses every text itself, so it is an independent check of the shared tokens.
 */

function chunk(id: string, region: string, title: string, section: string, text: string): Chunk {
  return {
    id,
    documentId: id.split('#')[0],
    region,
    title,
    language: 'da',
    section,
    sectionPath: section.split(' › '),
    text,
    start: 0,
    end: text.length,
  };
}

/** Odd passages: repeated words, stopword-only and empty fields, digits, hyphens, letters the texts lack. */
const ODD: Chunk[] = [
  chunk('b#2', 'Region Øst', 'Plan 2030', 'Sundhed › Ventetider', 'Ventetider, ventetider og atter ventetider: sygehusventetiden falder.'),
  chunk('a#1', 'Region Øst', 'Plan 2030', 'Sundhed › Ventetider', 'Vi vil – i 2030 – have CO2-neutrale sygehuse.'),
  chunk('a#3', 'Helse Vest', 'Strategi for helse', 'og i på', 'Og i på at.'),
  chunk('c#1', 'Helse Vest', 'Strategi for helse', 'Pasientsikkerhet', ''),
  chunk('c#2', 'Helse Vest', 'Ærøs ÅRSPLAN', 'Samisktalende pasienter', 'Tolketjenesten for samisktalende pasienter styrkes; pasientsikkerheten også.'),
];

function viaBuilders(chunks: Chunk[]): { lexical: Buffer; passages: Buffer } {
  const analyzer = createAnalyzer({ lexicon: buildLexicon(chunks.map((c) => c.text)) });
  const lexical = LexicalIndex.build(chunks, analyzer);
  return {
    lexical: lexical.toBytes(),
    passages: passagesToBytes(PassageAnalysis.build(chunks, analyzer), lexical.dictionary),
  };
}

function viaPass(chunks: Chunk[]): { lexical: Buffer; passages: Buffer } {
  const { lexical, passages } = analysePassages(chunks);
  return { lexical: lexical.toBytes(), passages: passagesToBytes(passages, lexical.dictionary) };
}

describe('analysePassages', () => {
  it('makes the lexical index and passage analysis the builders make, for the real corpus', async () => {
    const chunks = chunkCorpus(await loadCorpus('corpus'));
    const expected = viaBuilders(chunks);
    const actual = viaPass(chunks);
    expect(actual.lexical.equals(expected.lexical)).toBe(true);
    expect(actual.passages.equals(expected.passages)).toBe(true);
  });

  it('does so for odd passages too, and the index answers alike', () => {
    const expected = viaBuilders(ODD);
    const actual = viaPass(ODD);
    expect(actual.lexical.equals(expected.lexical)).toBe(true);
    expect(actual.passages.equals(expected.passages)).toBe(true);
    const index = LexicalIndex.fromBytes(actual.lexical);
    expect(index.search('ventetid på sygehuse', 3)[0].id).toBe('b#2');
    expect(index.search('tolk til samisk talende', 3)[0].id).toBe('c#2');
  });
});

describe('analyseBeside', () => {
  // A build's analysis runs on a worker only for large corpora; both ways must write the same files.
  it('writes the same files on a worker thread as in this thread', async () => {
    const chunks = chunkCorpus(await loadCorpus('corpus'));
    expect(chunks.length).toBeLessThan(WORKER_MIN_PASSAGES);
    const inThread = await analyseBeside(chunks).files;
    const onWorker = await analyseBeside(chunks, 0).files;
    expect(Object.keys(onWorker).sort()).toEqual(['concepts.bin', 'lexical.bin', 'passages.bin']);
    for (const name of Object.keys(inThread) as (keyof typeof inThread)[]) {
      expect(Buffer.from(onWorker[name]).equals(Buffer.from(inThread[name]))).toBe(true);
    }
  }, 60_000);

  it('reports a failure in this thread when the files are awaited, not before', async () => {
    const broken = [{ ...ODD[0], text: undefined }] as unknown as Chunk[];
    const analysis = analyseBeside(broken);
    await new Promise((r) => setTimeout(r, 10));
    await expect(analysis.files).rejects.toThrow();
  });
});

describe('TokenizedPassages', () => {
  it('tokenizes each field once into shared token ids, and derives the texts\' lexicon', () => {
    const tokenized = TokenizedPassages.of(ODD);
    expect(tokenized.size).toBe(ODD.length);
    const words = (field: 'text' | 'section' | 'title', p: number) => [...tokenized.field(field, p)].map((t) => tokenized.tokens[t]);
    expect(words('text', 0)).toEqual(['ventetider', 'ventetider', 'og', 'atter', 'ventetider', 'sygehusventetiden', 'falder']);
    expect(words('title', 4)).toEqual(['aeroes', 'aarsplan']);
    expect(words('text', 3)).toEqual([]);
    // One id per distinct token, whichever field it came from.
    expect(new Set(tokenized.tokens).size).toBe(tokenized.tokens.length);
    expect(tokenized.lexicon()).toEqual(buildLexicon(ODD.map((c) => c.text)));
  });

  it('gives each token the analyzer\'s terms, as ids into one sorted dictionary', () => {
    const tokenized = TokenizedPassages.of(ODD);
    const analyzer = createAnalyzer({ lexicon: tokenized.lexicon() });
    const terms = tokenized.terms(createAnalyzer({ lexicon: tokenized.lexicon(), caches: 'unbounded' }));
    tokenized.tokens.forEach((token, t) => {
      const ids = [...terms.ids.subarray(terms.offsets[t], terms.offsets[t + 1])];
      expect(ids.map((id) => terms.dictionary.at(id))).toEqual(analyzer.tokenTerms(token));
      expect(terms.content[t] === 1).toBe(analyzer.tokenTerms(token).length > 0);
    });
  });
});
