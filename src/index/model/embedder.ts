import { BertTokenizer } from '@huggingface/transformers';
import { CLS, CONTINUATION, MAX_WORD_CHARS, MODEL_MAX_LENGTH, SEP, UNK, preTokenize, tokenizerConfig, tokenizerJson } from './tokenizer.js';

/**
 * The static model applied directly, for passages while an index is built and for questions: exactly what
 * transformers.js computes for it (WordPiece ids → the model's one Gather → mean pooling → L2
 * normalisation, with the same float32 roundings), in plain loops over the table in memory. Going through
 * the pipeline instead cost most of a large build (tokenizer objects per text, a padded batch tensor, an
 * ONNX call, and pooling that re-reads the attention mask for every dimension) and, at start, seconds for an
 * onnxruntime session holding a second copy of the table. A user's own EMBEDDING_MODEL keeps going through
 * LangChain and transformers.js; test/index/embedder.test.ts holds the two paths to the same vectors.
 */

/**
 * Characters for which `preTokenize` provably splits and folds like the tokenizer's normalizers and
 * pre-tokenizer (Latin-1, which holds æ/ø/å and every accented Latin letter that decomposes into a base
 * letter and a combining mark, and typographic punctuation: dashes, quotes, bullets, ellipsis). A text with
 * any other character (CJK, which BERT pads with spaces; combining marks; emoji) is tokenized by
 * transformers.js itself.
 */
const MIRRORED = /^[\t\n\r\x20-\x7e\xa0-\xff\u2010-\u2027\u20ac]*$/;

export interface StaticTable {
  /** Token strings by id, as in tokenizer.json. */
  vocabulary: readonly string[];
  /** vocabulary.length × dimensions float32s, row per token (the ONNX initializer). */
  table: Float32Array;
  dimensions: number;
}

export class StaticEmbedder {
  private readonly ids: Map<string, number>;
  /** Each word's WordPiece ids: words recur across passages, so each is split once. */
  private readonly pieces = new Map<string, readonly number[]>();
  private readonly cls: number;
  private readonly sep: number;
  private readonly unk: number;
  private tokenizer?: BertTokenizer;
  private readonly sum: Float64Array;

  constructor(private readonly model: StaticTable) {
    if (model.table.length !== model.vocabulary.length * model.dimensions) {
      throw new Error(`The table has ${model.table.length} values, not ${model.vocabulary.length} × ${model.dimensions}`);
    }
    this.ids = new Map(model.vocabulary.map((token, id) => [token, id]));
    const id = (token: string): number => {
      const found = this.ids.get(token);
      if (found === undefined) throw new Error(`The vocabulary lacks ${token}`);
      return found;
    };
    this.cls = id(CLS);
    this.sep = id(SEP);
    this.unk = id(UNK);
    this.sum = new Float64Array(model.dimensions);
  }

  get dimensions(): number {
    return this.model.dimensions;
  }

  /** The text's vector, as HuggingFaceTransformersEmbeddings would return it for this model (as float32s). */
  embed(text: string): Float32Array {
    return this.pool(this.tokenIds(text));
  }

  /** Token ids with [CLS] and [SEP], truncated as the pipeline truncates (after the special tokens are added). */
  tokenIds(text: string): number[] {
    if (!MIRRORED.test(text)) {
      this.tokenizer ??= new BertTokenizer(tokenizerJson([...this.model.vocabulary]), tokenizerConfig());
      return this.tokenizer.encode(text).slice(0, MODEL_MAX_LENGTH);
    }
    const ids = [this.cls];
    for (const word of preTokenize(text)) {
      let pieces = this.pieces.get(word);
      if (!pieces) this.pieces.set(word, (pieces = this.wordPiece(word)));
      for (const piece of pieces) ids.push(piece);
    }
    ids.push(this.sep);
    return ids.length > MODEL_MAX_LENGTH ? ids.slice(0, MODEL_MAX_LENGTH) : ids;
  }

  /** transformers.js's WordPiece: longest known prefix, then the longest known "##" piece, else [UNK]. */
  private wordPiece(word: string): number[] {
    const chars = [...word];
    if (chars.length > MAX_WORD_CHARS) return [this.unk];
    const out: number[] = [];
    for (let start = 0; start < chars.length; ) {
      let end = chars.length;
      let found: number | undefined;
      for (; start < end; end--) {
        const piece = chars.slice(start, end).join('');
        found = this.ids.get(start > 0 ? CONTINUATION + piece : piece);
        if (found !== undefined) break;
      }
      if (found === undefined) return [this.unk];
      out.push(found);
      start = end;
    }
    return out;
  }

  /**
   * Mean of the tokens' rows, then L2-normalised, rounded where transformers.js rounds: the mean is summed
   * in doubles and stored as float32 (mean_pooling), the squared norm accumulates in float32 (Tensor.norm),
   * and each value is divided in float32 (normalize_).
   */
  private pool(ids: readonly number[]): Float32Array {
    const { table, dimensions } = this.model;
    const sum = this.sum.fill(0);
    for (const id of ids) {
      const row = id * dimensions;
      for (let k = 0; k < dimensions; k++) sum[k] += table[row + k];
    }
    const out = new Float32Array(dimensions);
    for (let k = 0; k < dimensions; k++) out[k] = sum[k] / ids.length;
    const p = 2;
    let squares = 0;
    for (let k = 0; k < dimensions; k++) squares = Math.fround(squares + out[k] ** p);
    const norm = Math.fround(squares ** (1 / p));
    for (let k = 0; k < dimensions; k++) out[k] /= norm;
    return out;
  }
}
