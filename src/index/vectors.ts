import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { Embeddings } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Chunk } from '../ingest/types.js';

/** A passage found by the dense channel; `score` is the cosine similarity to the query (1 = same direction). */
export interface DenseHit {
  id: string;
  score: number;
}

/**
 * How the HNSW graph is built and searched. hnswlib's defaults (degree 16, construction walk 200, search
 * walk 10) trade build time and recall for query speed on millions of vectors; here a query's walk is a
 * fraction of a millisecond of a ~10 ms answer, while inserting 100k passages was the largest cost of a
 * build. A narrow construction walk (32) with a wide search walk (256) finds more of the 60 exact nearest
 * passages than the walk of 64 and 128 did (10k synthetic passages, the eval's questions: recall@60 0.85 vs
 * 0.82) in half the insertion time (0.8 vs 1.6 s; 24 gave 0.82, degree 8 0.77); a search stays ~0.3 ms. For
 * a corpus of a few hundred passages the walk covers the graph and the search is exact. Safe ranges: degree
 * 8–48, construction walk 16–200, search walk ≥ the candidates asked for, up to ~1000.
 */
const GRAPH_DEGREE = 16;
const EF_CONSTRUCTION = 32;
const EF_SEARCH = 256;
const SEED = 100;
/** Passages embedded at a time while building: their vectors go into the graph, then are dropped. */
const EMBED_BATCH = 1024;

/**
 * Embeds a batch of passage texts for the graph, in order. By default the index's LangChain embeddings do
 * it; the built-in model has a faster way to the same vectors (src/index/model/embedder.ts).
 */
export type PassageEmbedder = (texts: string[]) => Promise<ArrayLike<number>[]>;

/**
 * The text the dense channel sees for a passage: its heading path carries topic words the body may lack.
 * The static model's IDF weights are computed over exactly these texts.
 */
export function passageText(chunk: Chunk): string {
  return `${chunk.section}\n${chunk.text}`;
}

/**
 * The dense channel: passage embeddings in an HNSW graph (LangChain's HNSWLib over hnswlib-node, cosine
 * space). Passages are added in chunk order, and hnswlib's level generator has a fixed seed, so the same
 * chunks and model give the same graph and the same files. A passage's label in the graph is its position
 * in the chunks, whose ids chunks.bin holds, so the docstore stays empty: a docstore of 100k ids took
 * 0.4 s to parse at start and 100k LangChain documents of heap.
 */
export class VectorIndex {
  /** The graph's size and dimensions, read once: it is never added to after a build, and each read is a native call. */
  readonly dimensions: number;
  readonly size: number;
  /** The search walk last set on the graph: setting it is a native call, and it is the same for most searches. */
  private ef = -1;
  /** Each chunk id's label, built on the first call to {@link similarities}. */
  private labels?: Map<string, number>;

  private constructor(
    private readonly store: HNSWLib,
    /** The chunk id of each label. */
    private readonly ids: readonly string[],
  ) {
    this.dimensions = store.index.getNumDimensions();
    this.size = store.index.getCurrentCount();
  }

  /** `embeddings` answer queries; `embedPassages` (default: the same embeddings) embeds the passages. */
  static async build(
    chunks: Chunk[],
    embeddings: Embeddings,
    embedPassages: PassageEmbedder = (texts) => embeddings.embedDocuments(texts),
  ): Promise<VectorIndex> {
    if (chunks.length === 0) throw new Error('Cannot build a vector index from zero passages');
    let index: hnswlib.HierarchicalNSW | undefined;
    for (let start = 0; start < chunks.length; start += EMBED_BATCH) {
      const vectors = await embedPassages(chunks.slice(start, start + EMBED_BATCH).map(passageText));
      if (!index) {
        index = new hnswlib.HierarchicalNSW('cosine', vectors[0].length);
        index.initIndex(chunks.length, GRAPH_DEGREE, EF_CONSTRUCTION, SEED);
      }
      // hnswlib-node takes plain arrays only.
      vectors.forEach((vector, i) => index!.addPoint(Array.isArray(vector) ? vector : Array.from(vector), start + i));
    }
    const args = { space: 'cosine' as const, numDimensions: index!.getNumDimensions() };
    const store = new HNSWLib(embeddings, { ...args, index });
    // What save() writes to args.json: the settings, not the graph object passed in.
    store.args = args;
    return new VectorIndex(store, chunks.map((c) => c.id));
  }

  /** Writes hnswlib.index, docstore.json and args.json into `dir`. */
  async save(dir: string): Promise<void> {
    await this.store.save(dir);
  }

  /**
   * The graph saved in `dir`, built from chunks with these ids, in order. The native read starts before
   * this returns, on hnswlib's own thread, so the ids may still be on their way. LangChain's HNSWLib.load
   * reached it only after three trips through the event loop (its import, args.json), which a main thread
   * busy decoding the other files at start held back by seconds; the docstore it reads is empty here.
   */
  static async load(dir: string, embeddings: Embeddings, ids: readonly string[] | Promise<readonly string[]>): Promise<VectorIndex> {
    const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as { space: hnswlib.SpaceName; numDimensions: number };
    const index = new hnswlib.HierarchicalNSW(args.space, args.numDimensions);
    const [, chunkIds] = await Promise.all([index.readIndex(join(dir, 'hnswlib.index')), ids]);
    const count = index.getCurrentCount();
    if (count !== chunkIds.length) throw new Error(`The vector index holds ${count} passages, the index ${chunkIds.length}`);
    return new VectorIndex(new HNSWLib(embeddings, { ...args, index }), chunkIds);
  }

  /** The `k` passages nearest to `vector`, best first. */
  searchByVector(vector: number[], k: number): DenseHit[] {
    if (vector.length !== this.dimensions) {
      throw new Error(`Query vector has ${vector.length} dimensions, the index ${this.dimensions}`);
    }
    const n = Math.min(Math.max(0, Math.floor(k)), this.size);
    if (n === 0) return [];
    const index = this.store.index;
    const ef = Math.max(EF_SEARCH, n);
    if (ef !== this.ef) index.setEf((this.ef = ef));
    const { neighbors, distances } = index.searchKnn(vector, n);
    // hnswlib's cosine space reports 1 − cos.
    const hits = neighbors.map((label, i) => ({ id: this.ids[label], score: 1 - distances[i] }));
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Each passage's cosine similarity to `vector`, in order (NaN for an id the graph doesn't hold). */
  similarities(vector: number[], ids: readonly string[]): number[] {
    const labels = (this.labels ??= new Map(this.ids.map((id, label) => [id, label])));
    const norm = Math.hypot(...vector);
    return ids.map((id) => {
      const label = labels.get(id);
      if (label === undefined || norm === 0) return NaN;
      // The cosine space stores vectors normalised; divided by the stored norm all the same, as exact as a search.
      const point = this.store.index.getPoint(label);
      let dot = 0;
      let squares = 0;
      for (let i = 0; i < point.length; i++) {
        dot += point[i] * vector[i];
        squares += point[i] * point[i];
      }
      return squares ? dot / (norm * Math.sqrt(squares)) : 0;
    });
  }
}
