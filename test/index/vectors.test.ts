import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/ingest/types.js';
import { createEmbeddings } from '../../src/index/embeddings.js';
import { buildStaticModel } from '../../src/index/model.js';
import { VectorIndex } from '../../src/index/vectors.js';
import { chunksOf, corpusPassages } from './fixtures/corpus.js';

const DIMENSIONS = 96;
let root: string;
let embeddings: Embeddings;
let chunks: Chunk[];
let index: VectorIndex;

const cosine = (a: number[], b: number[]): number => {
  const dot = a.reduce((s, x, i) => s + x * b[i], 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'strategisvar-vectors-'));
  const passages = corpusPassages();
  chunks = chunksOf(passages);
  await buildStaticModel({ dir: join(root, 'model'), corpusTexts: passages, dimensions: DIMENSIONS });
  embeddings = createEmbeddings({ modelDir: join(root, 'model'), queryPrefix: '', passagePrefix: '', name: 'test' });
  index = await VectorIndex.build(chunks, embeddings);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('VectorIndex', () => {
  it('holds one vector per chunk', () => {
    expect(index.dimensions).toBe(DIMENSIONS);
    expect(index.size).toBe(chunks.length);
  });

  it('finds a passage from its own text first, with cosine similarity ~1', async () => {
    const chunk = chunks[17];
    const vector = await embeddings.embedQuery(`${chunk.section}\n${chunk.text}`);
    const [first] = index.searchByVector(vector, 3);
    expect(first.id).toBe(chunk.id);
    expect(first.score).toBeCloseTo(1, 4);
  });

  it('scores hits by cosine similarity, best first, and ranks like exhaustive search', async () => {
    const query = await embeddings.embedQuery('korte ventetider paa sygehuset');
    const hits = index.searchByVector(query, 10);
    const passageVectors = await embeddings.embedDocuments(chunks.map((c) => `${c.section}\n${c.text}`));
    const exact = chunks
      .map((c, i) => ({ id: c.id, score: cosine(query, passageVectors[i]) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 10);
    expect(hits.map((h) => h.id)).toEqual(exact.map((h) => h.id));
    hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(exact[i].score, 4));
  });

  it('gives any passage its cosine similarity to a vector, as a search scores it, and NaN for an unknown id', async () => {
    const query = await embeddings.embedQuery('rekruttering af personale');
    const all = index.searchByVector(query, chunks.length);
    const far = all.slice(-3);
    const scores = index.similarities(query, [...far.map((h) => h.id), 'no-such-passage']);
    far.forEach((hit, i) => expect(scores[i]).toBeCloseTo(hit.score, 4));
    expect(scores[3]).toBeNaN();
    // The vector's length doesn't matter: a cosine.
    expect(index.similarities(query.map((x) => x * 3), [far[0].id])[0]).toBeCloseTo(far[0].score, 4);
  });

  it('returns at most the index size, nothing for k = 0, and rejects a vector of the wrong size', async () => {
    const query = await embeddings.embedQuery('klima');
    expect(index.searchByVector(query, 1000)).toHaveLength(chunks.length);
    expect(index.searchByVector(query, 0)).toEqual([]);
    expect(() => index.searchByVector(query.slice(1), 5)).toThrow(/dimensions/);
  });

  it('returns the same hits after save and load', async () => {
    const dir = join(root, 'saved');
    await index.save(dir);
    const loaded = await VectorIndex.load(dir, embeddings, chunks.map((c) => c.id));
    expect(loaded.dimensions).toBe(DIMENSIONS);
    for (const text of ['bæredygtighed og grøn omstilling', 'rekruttering af personale', 'telemedisin']) {
      const query = await embeddings.embedQuery(text);
      expect(loaded.searchByVector(query, 8)).toEqual(index.searchByVector(query, 8));
    }
  });

  it('searches as a freshly loaded graph does after a search wider than the usual walk', async () => {
    // The walk is set on the graph only when it changes: a wide search must not leave it wide, nor a narrow
    // one after it skip setting it back. A graph of more passages than the usual walk (256) shows either.
    const many = [...chunks, ...chunks, ...chunks].slice(0, 400).map((c, i) => ({ ...c, id: `${c.id}-${i}` }));
    expect(many.length).toBeGreaterThan(256);
    const wide = await VectorIndex.build(many, embeddings);
    const dir = join(root, 'saved-walk');
    await wide.save(dir);
    const fresh = await VectorIndex.load(dir, embeddings, many.map((c) => c.id));
    const query = await embeddings.embedQuery('psykiatri og ventetider');
    const narrow = fresh.searchByVector(query, 5);
    expect(wide.searchByVector(query, many.length)).toHaveLength(many.length);
    expect(wide.searchByVector(query, 5)).toEqual(narrow);
    expect(wide.searchByVector(query, 300)).toEqual(fresh.searchByVector(query, 300));
    expect(fresh.searchByVector(query, 5)).toEqual(narrow);
  });

  it('refuses to load a graph for another number of passages than it was built from', async () => {
    const dir = join(root, 'saved-count');
    await index.save(dir);
    await expect(VectorIndex.load(dir, embeddings, chunks.slice(1).map((c) => c.id))).rejects.toThrow(/holds \d+ passages/);
  });

  it('reads the graph while its ids are still on their way, and rejects a truncated graph file', async () => {
    const dir = join(root, 'saved-early');
    await index.save(dir);
    let giveIds!: (ids: string[]) => void;
    const loading = VectorIndex.load(dir, embeddings, new Promise<string[]>((resolve) => (giveIds = resolve)));
    giveIds(chunks.map((c) => c.id));
    const loaded = await loading;
    const query = await embeddings.embedQuery('rekruttering af personale');
    expect(loaded.searchByVector(query, 8)).toEqual(index.searchByVector(query, 8));

    const file = join(dir, 'hnswlib.index');
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 1000));
    await expect(VectorIndex.load(dir, embeddings, chunks.map((c) => c.id))).rejects.toThrow();
  });

  it('writes byte-identical files when built twice from the same chunks', async () => {
    const again = await VectorIndex.build(chunks, embeddings);
    await index.save(join(root, 'first'));
    await again.save(join(root, 'second'));
    const files = (await readdir(join(root, 'first'))).sort();
    expect(files).toEqual(['args.json', 'docstore.json', 'hnswlib.index']);
    for (const file of files) {
      const a = await readFile(join(root, 'first', file));
      const b = await readFile(join(root, 'second', file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('refuses to build from no chunks', async () => {
    await expect(VectorIndex.build([], embeddings)).rejects.toThrow(/zero passages/);
  });
});
