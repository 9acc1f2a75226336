import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { env, type PretrainedModelOptions } from '@huggingface/transformers';
import { HuggingFaceTransformersEmbeddings } from '@langchain/community/embeddings/huggingface_transformers';
import { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { loadStaticModel, STATIC_MODEL_NAME } from './model.js';
import type { StaticEmbedder } from './model/embedder.js';

/** Which transformers.js model directory embeds texts, and how texts are marked for it. */
export interface EmbeddingSpec {
  /** Absolute path of a transformers.js model directory (config.json, tokenizer files, onnx/). */
  modelDir: string;
  /** Prepended to questions (e5-style models were trained with "query: "). */
  queryPrefix: string;
  /** Prepended to passages (e5: "passage: "). */
  passagePrefix: string;
  /** Shown in index manifests: the built-in model's name or the model directory's name. */
  name: string;
}

/** "multilingual-e5-small", "e5-base-v2", but not "me5x": e5 as a word of the directory name. */
const E5_NAME = /(^|[^a-z0-9])e5([^a-z0-9]|$)/i;

/**
 * The built-in static model in `builtinModelDir`, unless EMBEDDING_MODEL names a model directory
 * (absolute, or relative to the working directory). Prefixes not set explicitly are inferred from that
 * directory's name: e5 models get "query: " / "passage: ", others none.
 */
export function resolveEmbeddingSpec(config: Config, builtinModelDir: string): EmbeddingSpec {
  if (!config.EMBEDDING_MODEL) {
    return { modelDir: resolve(builtinModelDir), queryPrefix: '', passagePrefix: '', name: STATIC_MODEL_NAME };
  }
  const modelDir = resolve(config.EMBEDDING_MODEL);
  const name = basename(modelDir);
  const e5 = E5_NAME.test(name);
  return {
    modelDir,
    name,
    queryPrefix: config.EMBEDDING_QUERY_PREFIX ?? (e5 ? 'query: ' : ''),
    passagePrefix: config.EMBEDDING_PASSAGE_PREFIX ?? (e5 ? 'passage: ' : ''),
  };
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];
/** transformers.js's file name per weight type; fp32 is its default in Node, q8 what many repos ship. */
const WEIGHT_FILES = [
  { file: 'onnx/model.onnx', dtype: 'fp32' },
  { file: 'onnx/model_quantized.onnx', dtype: 'q8' },
] as const;

/** Checks the directory up front, so a bad setting fails with the missing file's name, not deep in ONNX. */
function weightDtype(modelDir: string): 'fp32' | 'q8' {
  if (!existsSync(modelDir)) throw new Error(`Embedding model directory not found: ${modelDir}`);
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(modelDir, file)));
  const weights = WEIGHT_FILES.find(({ file }) => existsSync(join(modelDir, file)));
  if (!weights) missing.push(WEIGHT_FILES.map((w) => w.file).join(' or '));
  if (missing.length > 0 || !weights) {
    throw new Error(`Embedding model directory ${modelDir} is incomplete: missing ${missing.join(', ')}`);
  }
  return weights.dtype;
}

/** Documents are embedded this many at a time: a batch pads to its longest text, so smaller wastes less. */
const BATCH_SIZE = 32;

/** Adds the spec's prefixes and embeds through LangChain's transformers.js wrapper. */
class PrefixedEmbeddings extends Embeddings {
  constructor(
    private readonly inner: Embeddings,
    private readonly spec: EmbeddingSpec,
  ) {
    super({});
  }

  embedQuery(text: string): Promise<number[]> {
    return this.inner.embedQuery(this.spec.queryPrefix + text);
  }

  /**
   * Batches texts of similar length (a batch is padded to its longest, and mean pooling ignores the
   * padding, so each vector is the same as alone), returned in the given order.
   */
  async embedDocuments(texts: string[]): Promise<number[][]> {
    const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length || a - b);
    const vectors: number[][] = new Array(texts.length);
    for (let i = 0; i < order.length; i += BATCH_SIZE) {
      const ids = order.slice(i, i + BATCH_SIZE);
      const embedded = await this.inner.embedDocuments(ids.map((id) => this.spec.passagePrefix + texts[id]));
      ids.forEach((id, j) => (vectors[id] = embedded[j]));
    }
    return vectors;
  }
}

/**
 * LangChain embeddings for the spec's model, loaded from disk only: remote models are disabled globally
 * and the load is `local_files_only`, so a missing file is an error, never a download.
 */
export function createEmbeddings(spec: EmbeddingSpec): Embeddings {
  const dtype = weightDtype(spec.modelDir);
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  // LangChain types this as the tokenizer-level options, but passes it on to the model loader, which
  // reads `dtype` (the weight file to pick).
  const pretrainedOptions: PretrainedModelOptions = { local_files_only: true, dtype };
  const inner = new HuggingFaceTransformersEmbeddings({
    // An absolute path is not a hub model id, so transformers.js reads it as given (not under localModelPath).
    model: spec.modelDir,
    pretrainedOptions,
    pipelineOptions: { pooling: 'mean', normalize: true },
    // A failed run is a bug or a broken model, not a flaky service: retrying only delays the error.
    maxRetries: 0,
  });
  return new PrefixedEmbeddings(inner, spec);
}

/**
 * The built-in model's embeddings, computed by its {@link StaticEmbedder} (loaded on first use, from the
 * model directory or handed in by the build that has it in memory): the vectors transformers.js would give,
 * without an onnxruntime session (seconds at start and a second copy of the table) or a pipeline per question.
 */
class StaticEmbeddings extends Embeddings {
  private embedder?: Promise<StaticEmbedder>;

  constructor(private readonly load: () => Promise<StaticEmbedder>) {
    super({});
  }

  private model(): Promise<StaticEmbedder> {
    return (this.embedder ??= this.load());
  }

  async embedQuery(text: string): Promise<number[]> {
    return plainArray((await this.model()).embed(text));
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const model = await this.model();
    return texts.map((text) => plainArray(model.embed(text)));
  }
}

/**
 * The embeddings an index uses: the spec's model through transformers.js when EMBEDDING_MODEL names one;
 * the built-in model (in `spec.modelDir`, or `builtIn` when the caller has it in memory) applied directly.
 */
export function indexEmbeddings(config: Config, spec: EmbeddingSpec, builtIn?: StaticEmbedder): Embeddings {
  if (config.EMBEDDING_MODEL) return createEmbeddings(spec);
  return new StaticEmbeddings(builtIn ? async () => builtIn : () => loadStaticModel(spec.modelDir));
}

/**
 * A vector as the plain array LangChain's interface and hnswlib-node take, copied in a counted loop:
 * Array.from walks a typed array through its iterator, ~3% of an ask's CPU for a 256-dimension query.
 */
function plainArray(vector: Float32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < vector.length; i++) out.push(vector[i]);
  return out;
}
