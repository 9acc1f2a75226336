import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddings, indexEmbeddings } from '../../src/index/embeddings.js';
import { loadConfigWith } from '../../src/config.js';
import { buildStaticModel, loadStaticModel, type StaticModelInfo } from '../../src/index/model.js';
import { passageText, VectorIndex } from '../../src/index/vectors.js';
import { chunkCorpus } from '../../src/ingest/chunk.js';
import { loadCorpus } from '../../src/ingest/load.js';
import type { Chunk } from '../../src/ingest/types.js';

/**
 * The build embeds passages with the static model applied directly (src/index/model/embedder.ts) instead of
 * through LangChain and transformers.js; these tests hold the two to the same vectors, bit for bit, so the
 * dense channel cannot tell which one built the index.
 */

/** Texts whose characters the direct tokenizer does not mirror, or that probe WordPiece's limits. */
const EDGE_CASES = [
  '',
  '   ',
  'Æblegrød på Ærø — “citat” • punkt… «guillemets» § 3, 1½ time, 20 °C, 5 € ±2 ×3 ÷4',
  'ÅRHUS ØSTERBRO ÆRØ Straße ÀÉÎÕÜ ÿ µ ª º ¹²³ ¿¡',
  'soft\u00adhyphen non\u00a0breaking tab\tand\r\nnewlines',
  'control\u0000\u0007\u009f characters',
  'combining e\u0301 and a\u030a (å spelled as a + ring)',
  '中文 mixed with sundhed 健康',
  'emoji 😀 and a\u2028line separator',
  'Ω Ελλάδα ΣΊΣΥΦΟΣ кириллица',
  'https://www.rn.dk/sundhed/til-sundhedsfaglige-og-samarbejdspartnere/' + 'x'.repeat(120),
  'ventetid '.repeat(5000),
];

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'strategisvar-embedder-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function realPassages(): Promise<{ chunks: Chunk[]; texts: string[] }> {
  const chunks = chunkCorpus(await loadCorpus('corpus'));
  return { chunks, texts: chunks.map(passageText) };
}

async function model(name: string, corpusTexts: string[], maxTokens?: number): Promise<{ info: StaticModelInfo; embeddings: Embeddings }> {
  const dir = join(root, name);
  const info = await buildStaticModel({ dir, corpusTexts, dimensions: 64, maxTokens });
  return { info, embeddings: createEmbeddings({ modelDir: dir, queryPrefix: '', passagePrefix: '', name }) };
}

function expectSameVectors(direct: Float32Array[], pipeline: number[][], texts: string[]): void {
  expect(direct).toHaveLength(pipeline.length);
  direct.forEach((vector, i) => {
    const expected = pipeline[i];
    const same = vector.length === expected.length && vector.every((x, k) => x === expected[k]);
    if (!same) expect.fail(`vectors differ for ${JSON.stringify(texts[i].slice(0, 80))}`);
  });
}

describe('StaticEmbedder', () => {
  it('gives the pipeline\'s vectors, bit for bit, for every passage of the corpus and for odd texts', async () => {
    const { texts } = await realPassages();
    const { info, embeddings } = await model('full', texts);
    const all = [...texts, ...EDGE_CASES];
    expectSameVectors(
      all.map((text) => info.embedder.embed(text)),
      await embeddings.embedDocuments(all),
      all,
    );
  });

  it('splits words as the pipeline does when the vocabulary is bounded (pieces and [UNK])', async () => {
    const { texts } = await realPassages();
    const { info, embeddings } = await model('bounded', texts, 1024);
    const sample = [...texts.filter((_, i) => i % 7 === 0), ...EDGE_CASES];
    const direct = sample.map((text) => info.embedder.embed(text));
    expectSameVectors(direct, await embeddings.embedDocuments(sample), sample);
    // The bound is real: most words are read as pieces, and the longest "word" is [UNK].
    const ids = info.embedder.tokenIds(EDGE_CASES[10]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(info.embedder.tokenIds('sundhedsvæsenet')).size).toBeGreaterThan(2);
  });

  it('truncates a text as the pipeline does, at the model\'s maximum length', async () => {
    const { texts } = await realPassages();
    const { info } = await model('truncate', texts.slice(0, 50));
    const ids = info.embedder.tokenIds('ord '.repeat(10_000));
    expect(ids).toHaveLength(8192);
  });

  it('builds the same vector index as the LangChain embeddings, file for file', async () => {
    const { chunks, texts } = await realPassages();
    const { info, embeddings } = await model('graph', texts);
    const direct = await VectorIndex.build(chunks, embeddings, async (batch) => batch.map((text) => info.embedder.embed(text)));
    const pipeline = await VectorIndex.build(chunks, embeddings);
    await direct.save(join(root, 'direct'));
    await pipeline.save(join(root, 'pipeline'));
    for (const file of ['hnswlib.index', 'docstore.json', 'args.json']) {
      const a = await readFile(join(root, 'direct', file));
      const b = await readFile(join(root, 'pipeline', file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('is read back from the written model for questions: the pipeline\'s query vectors, without onnxruntime', async () => {
    const { texts } = await realPassages();
    const { info, embeddings } = await model('reloaded', texts, 4096);
    const reloaded = await loadStaticModel(info.dir);
    expect(reloaded.dimensions).toBe(64);
    const questions = ['Hvad gør regionen for at korte ventetiderne?', 'hva vil helse nord gjore for samisktalende', 'sygehus', ...EDGE_CASES];
    expectSameVectors(
      questions.map((q) => reloaded.embed(q)),
      await Promise.all(questions.map((q) => embeddings.embedQuery(q))),
      questions,
    );
    // What an index without EMBEDDING_MODEL answers questions with.
    const config = loadConfigWith({});
    const index = indexEmbeddings(config, { modelDir: info.dir, queryPrefix: '', passagePrefix: '', name: 'reloaded' });
    expect(await index.embedQuery(questions[0])).toEqual(await embeddings.embedQuery(questions[0]));
  });

  it('refuses a model whose vocabulary and table disagree', async () => {
    const { texts } = await realPassages();
    const a = await model('small', texts.slice(0, 20), 1024);
    const b = await model('large', texts, 4096);
    const mixed = join(root, 'mixed');
    await buildStaticModel({ dir: mixed, corpusTexts: texts.slice(0, 20), dimensions: 64, maxTokens: 1024 });
    await copyFile(join(b.info.dir, 'onnx', 'model.onnx'), join(mixed, 'onnx', 'model.onnx'));
    expect(a.info.vocabularySize).not.toBe(b.info.vocabularySize);
    await expect(loadStaticModel(mixed)).rejects.toThrow(/disagree on the vocabulary/);
  });
});
