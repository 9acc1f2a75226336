import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import type { Chunk } from '../ingest/types.js';

/** A passage found by the dense channel; `score` is the cosine similarity to the query (1 = same direction). */
export interface DenseHit {
  id: string;
  score: number;
}

/**
 * Search breadth of the HNSW graph walk. hnswlib's default (10) trades recall for speed on millions of
 * vectors; with a few hundred passages a wide walk is still sub-millisecond and practically exact.
 */
const EF_SEARCH = 128;
/**
 * How the graph is built: hnswlib's default degree (16) and seed, but a construction walk of 64 instead
 * of its default 200, which made inserting 100k passages take minutes; the graph still finds the 60
 * nearest passages a question asks for (the search walk is 128 wide), and for a corpus of a few hundred
 * passages it is as exact as before.
 */
const GRAPH_DEGREE = 16;
const EF_CONSTRUCTION = 64;
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
 * chunks and model give the same graph and the same files. The docstore holds each passage's chunk id
 * only: the text is in chunks.json already.
 */
export class VectorIndex {
  private constructor(private readonly store: HNSWLib) {}

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
    store.docstore.add(Object.fromEntries(chunks.map((chunk, i) => [i, new Document({ pageContent: '', metadata: { id: chunk.id } })])));
    return new VectorIndex(store);
  }

  /** Writes hnswlib.index, docstore.json and args.json into `dir`. */
  async save(dir: string): Promise<void> {
    await this.store.save(dir);
  }

  static async load(dir: string, embeddings: Embeddings): Promise<VectorIndex> {
    return new VectorIndex(await HNSWLib.load(dir, embeddings));
  }

  get dimensions(): number {
    return this.store.index.getNumDimensions();
  }

  get size(): number {
    return this.store.index.getCurrentCount();
  }

  /** The `k` passages nearest to `vector`, best first. */
  searchByVector(vector: number[], k: number): DenseHit[] {
    if (vector.length !== this.dimensions) {
      throw new Error(`Query vector has ${vector.length} dimensions, the index ${this.dimensions}`);
    }
    const n = Math.min(Math.max(0, Math.floor(k)), this.size);
    if (n === 0) return [];
    const index = this.store.index;
    index.setEf(Math.max(EF_SEARCH, n));
    const { neighbors, distances } = index.searchKnn(vector, n);
    const hits = neighbors.map((label, i) => {
      const document = this.store.docstore.search(String(label));
      // hnswlib's cosine space reports 1 − cos.
      return { id: String(document.metadata.id), score: 1 - distances[i] };
    });
    return hits.sort((a, b) => b.score - a.score);
  }
}
