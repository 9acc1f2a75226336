import { STOPWORDS } from '../../text/stopwords.js';
import { FeatureHasher, WORD_END, WORD_START, addUnit, charNgrams, nordicSkeleton, norm } from './features.js';
import { CLS, CONTINUATION, SPECIAL_TOKENS, isContent, preTokenize } from './tokenizer.js';

/**
 * The embedding table: one row per vocabulary entry, mean-pooled by the pipeline into a text vector.
 *
 * A row is the piece's direction times its weight. The direction sums hashed character 2–5-grams of the
 * folded spelling and of its Nordic skeleton (features.ts); the weight is the word's IDF over the corpus
 * passages, so after pooling and normalising, a text vector is a TF-IDF-weighted sum of subword vectors
 * and stopwords barely move it.
 */
export interface TableParams {
  dimensions: number;
  minN: number;
  maxN: number;
  /** Positions each feature touches in the sparse random projection. */
  spread: number;
  /** Weight of the skeleton's features relative to the spelling's. */
  skeletonWeight: number;
  /** Row norm of stopwords (IDF of content words is ~1–6). */
  stopwordWeight: number;
  /**
   * A piece of an unseen word (usually a typo or the other language's spelling of a content word) gets the
   * IDF of a word seen in this fraction of passages, scaled down for short pieces.
   */
  unseenDocumentFraction: number;
  seed: number;
}

/**
 * Chosen on the corpus by nearest-word accuracy for synthetic typos (deleted, swapped, substituted letter,
 * æ/ø/å typed as e/o/a) and retrieval of a passage from three of its words, typo'd: 2-grams add ~7 points
 * of typo accuracy over 3–5-grams; the skeleton at weight 1 halves the rank of the other language's
 * spelling among all words (sygehus → sykehus) without costing typo accuracy; a stem feature cost both.
 */
export const DEFAULT_TABLE_PARAMS: Omit<TableParams, 'dimensions'> = {
  minN: 2,
  maxN: 5,
  spread: 4,
  skeletonWeight: 1,
  stopwordWeight: 0.05,
  unseenDocumentFraction: 0.01,
  seed: 0x5eed,
};

/** [CLS]'s row: tiny, so an empty text pools to a unit vector instead of 0/0, and nothing else moves. */
const CLS_WEIGHT = 1e-4;
/** Pieces shorter than a typical (six-letter) word are weighted down by their share of its features. */
const TYPICAL_WORD = 'xxxxxx';

/** Document frequency of each folded word over the passages, for IDF. */
export interface CorpusStats {
  passages: number;
  documentFrequency: Map<string, number>;
}

export function corpusStats(passages: string[]): CorpusStats {
  const documentFrequency = new Map<string, number>();
  for (const text of passages) {
    for (const word of new Set(preTokenize(text))) {
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
  }
  return { passages: passages.length, documentFrequency };
}

/** BM25's IDF: positive for every frequency, ~0 for words in every passage. */
function idf(documentFrequency: number, passages: number): number {
  return Math.log(1 + (passages - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

type PieceKind = 'word' | 'prefix' | 'suffix';

export function buildTable(vocabulary: string[], stats: CorpusStats, params: TableParams): Float32Array {
  const { dimensions } = params;
  const spelling = new FeatureHasher(dimensions, params.spread, params.seed);
  const skeleton = new FeatureHasher(dimensions, params.spread, params.seed ^ 0x9e3779b9);
  const unseenWeight = idf(Math.max(1, params.unseenDocumentFraction * stats.passages), stats.passages);
  const table = new Float32Array(vocabulary.length * dimensions);
  const specials = new Set<string>(SPECIAL_TOKENS);
  const typicalFeatures = charNgrams(WORD_START + TYPICAL_WORD + WORD_END, params.minN, params.maxN).length;

  const direction = (piece: string, kind: PieceKind): { vector: Float64Array; features: number } => {
    const mark = (s: string): string =>
      (kind === 'suffix' ? '' : WORD_START) + s + (kind === 'prefix' ? '' : WORD_END);
    const grams = charNgrams(mark(piece), params.minN, params.maxN);
    const skeletonGrams = charNgrams(mark(nordicSkeleton(piece)), params.minN, params.maxN);
    const a = new Float64Array(dimensions);
    const b = new Float64Array(dimensions);
    for (const g of grams) spelling.add(a, g);
    for (const g of skeletonGrams) skeleton.add(b, g);
    const vector = new Float64Array(dimensions);
    addUnit(vector, a);
    addUnit(vector, b, params.skeletonWeight);
    return { vector, features: grams.length };
  };

  vocabulary.forEach((token, id) => {
    let vector: Float64Array;
    let weight: number;
    if (token === CLS) {
      vector = new Float64Array(dimensions);
      spelling.add(vector, CLS);
      weight = CLS_WEIGHT;
    } else if (specials.has(token)) {
      return;
    } else {
      const suffix = token.startsWith(CONTINUATION);
      const piece = suffix ? token.slice(CONTINUATION.length) : token;
      if (!isContent(piece)) return;
      const df = stats.documentFrequency.get(piece);
      const kind: PieceKind = suffix ? 'suffix' : df !== undefined || STOPWORDS.has(piece) ? 'word' : 'prefix';
      const shape = direction(piece, kind);
      vector = shape.vector;
      if (kind === 'word' && STOPWORDS.has(piece)) weight = params.stopwordWeight;
      else if (kind === 'word') weight = idf(df!, stats.passages);
      else weight = unseenWeight * Math.min(1, Math.sqrt(shape.features / typicalFeatures));
    }
    const n = norm(vector);
    const row = id * dimensions;
    for (let d = 0; d < dimensions; d++) table[row + d] = (weight * vector[d]) / n;
  });
  return table;
}
