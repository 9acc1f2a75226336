import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STOPWORDS } from '../text/stopwords.js';
import { readWhole } from './binary.js';
import { StaticEmbedder } from './model/embedder.js';
import { decodeGatherTable, encodeGatherModel } from './model/onnx.js';
import { DEFAULT_TABLE_PARAMS, buildTable, corpusStats } from './model/table.js';
import { buildVocabulary, DEFAULT_MAX_TOKENS, tokenizerConfig, tokenizerJson } from './model/tokenizer.js';

/**
 * The project's own embedding model, built from the corpus at index time (no download, no training):
 * a WordPiece tokenizer plus a one-node ONNX graph that looks token rows up in a table of hashed
 * subword vectors (see model/table.ts). transformers.js loads it like any sentence-embedding model and
 * mean-pools the rows, so the rest of the system cannot tell it from a downloaded one.
 */

/** Name the built-in model goes by in index manifests and search info. */
export const STATIC_MODEL_NAME = 'strategisvar-static';
export const DEFAULT_DIMENSIONS = 256;
/** Files of a transformers.js model directory, fp32 weights (what transformers.js loads in Node). */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'vocab.txt', 'onnx/model.onnx'] as const;

export interface StaticModelOptions {
  /** Directory to write; created if missing, existing model files are overwritten. */
  dir: string;
  /** One entry per passage: the vocabulary and the IDF weights come from these. */
  corpusTexts: string[];
  dimensions?: number;
  /** Rows of the embedding table, at most (see DEFAULT_MAX_TOKENS: it keeps model.onnx bounded). */
  maxTokens?: number;
  /**
   * Changes to the table before it is written, in order: e.g. pulling the vectors of a concept group's
   * words together. Each sees the finished table and may change any row in place.
   */
  adjustments?: TableAdjustment[];
}

/** The embedding table as a {@link TableAdjustment} sees it: one row of `dimensions` floats per token. */
export interface EmbeddingTable {
  readonly vocabulary: readonly string[];
  readonly dimensions: number;
  /** The token's row (a view into the table, so writes change it), or undefined for a token not in the vocabulary. */
  row(token: string): Float32Array | undefined;
}

export type TableAdjustment = (table: EmbeddingTable) => void;

export interface StaticModelInfo {
  dir: string;
  dimensions: number;
  vocabularySize: number;
  /** Total size of the written files. */
  bytes: number;
  /** The written model applied in memory: embeds passages as transformers.js would, without its pipeline. */
  embedder: StaticEmbedder;
}

const json = (value: unknown): string => JSON.stringify(value, null, 1) + '\n';

/** Writes the model; the same options always give byte-identical files. */
export async function buildStaticModel(options: StaticModelOptions): Promise<StaticModelInfo> {
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
  if (!Number.isInteger(dimensions) || dimensions < 8 || dimensions > 4096) {
    throw new Error(`dimensions must be an integer in [8, 4096], got ${dimensions}`);
  }
  if (options.corpusTexts.length === 0) throw new Error('The static model is built from the corpus: no corpus texts given');
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  if (!Number.isInteger(maxTokens) || maxTokens < 1024 || maxTokens * dimensions * 4 >= 2 ** 31) {
    throw new Error(`maxTokens must be an integer from 1024 that keeps the table under 2 GiB, got ${maxTokens}`);
  }
  const stats = corpusStats(options.corpusTexts);
  // Stopwords are in the vocabulary even when the corpus lacks them, so a question's "hvordan" is a
  // near-zero stopword row rather than heavy pieces of an unknown word; they rank first when it is bounded.
  const words = [...STOPWORDS, ...stats.documentFrequency.keys()];
  const frequency = new Map(stats.documentFrequency);
  for (const stopword of STOPWORDS) frequency.set(stopword, Number.MAX_SAFE_INTEGER);
  const vocabulary = buildVocabulary(words, { maxTokens, documentFrequency: frequency });
  const params = { ...DEFAULT_TABLE_PARAMS, dimensions };
  const table = buildTable(vocabulary, stats, params);
  if (options.adjustments?.length) {
    const ids = new Map(vocabulary.map((token, id) => [token, id]));
    const view: EmbeddingTable = {
      vocabulary,
      dimensions,
      row: (token) => {
        const id = ids.get(token);
        return id === undefined ? undefined : table.subarray(id * dimensions, (id + 1) * dimensions);
      },
    };
    for (const adjust of options.adjustments) adjust(view);
  }

  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: dimensions,
    vocab_size: vocabulary.length,
    pad_token_id: 0,
    // Without this transformers.js warns on every load that no dtype was given.
    'transformers.js_config': { dtype: 'fp32' },
    strategisvar: { builder: STATIC_MODEL_NAME, passages: stats.passages, ...params },
  };
  const files: Record<(typeof MODEL_FILES)[number], string | Uint8Array> = {
    'config.json': json(config),
    'tokenizer.json': json(tokenizerJson(vocabulary)),
    'tokenizer_config.json': json(tokenizerConfig()),
    // BERT's plain vocabulary file, one token per line in id order: what loadStaticModel reads (a 65k-key
    // JSON object took ~0.6 s to parse and walk at start).
    'vocab.txt': vocabulary.join('\n') + '\n',
    'onnx/model.onnx': encodeGatherModel(table, vocabulary.length, dimensions),
  };
  await mkdir(join(options.dir, 'onnx'), { recursive: true });
  let bytes = 0;
  for (const name of MODEL_FILES) {
    const data = files[name];
    await writeFile(join(options.dir, name), data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }
  return { dir: options.dir, dimensions, vocabularySize: vocabulary.length, bytes, embedder: new StaticEmbedder({ vocabulary, table, dimensions }) };
}

/**
 * A built model read back as the embedder that wrote its passages' vectors: queries get the same vectors
 * transformers.js would compute (test/index/embedder.test.ts), without starting an onnxruntime session,
 * which at start cost seconds and a second copy of the table.
 */
export async function loadStaticModel(dir: string): Promise<StaticEmbedder> {
  const { table, vocabularySize, dimensions } = decodeGatherTable(await readWhole(join(dir, 'onnx', 'model.onnx')));
  const vocabulary = (await readFile(join(dir, 'vocab.txt'), 'utf8')).split('\n');
  if (vocabulary.pop() !== '' || vocabulary.length !== vocabularySize) {
    throw new Error(`${dir}: vocab.txt and model.onnx disagree on the vocabulary`);
  }
  return new StaticEmbedder({ vocabulary, table, dimensions });
}
