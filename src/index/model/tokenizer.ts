import { foldNordic } from '../../text/normalize.js';

/**
 * The static model's WordPiece tokenizer, as transformers.js reads it from tokenizer.json. Its vocabulary
 * holds the corpus words whole (all of them for a corpus of a few documents, the most frequent ones for a
 * large one: see buildVocabulary), so passages are mostly one token per word, plus word prefixes, "##"
 * suffixes and single characters, so an unseen word (a typo, the other language's spelling) is split into
 * known pieces instead of becoming [UNK].
 */

const PAD = '[PAD]';
export const UNK = '[UNK]';
export const CLS = '[CLS]';
export const SEP = '[SEP]';
const MASK = '[MASK]';
export const SPECIAL_TOKENS = [PAD, UNK, CLS, SEP, MASK] as const;
export const CONTINUATION = '##';

/** Longer "words" (URLs, runs of digits) become [UNK] in WordPiece; they carry nothing to embed. */
export const MAX_WORD_CHARS = 100;
/** Shorter prefixes than this are too unspecific to be worth a vocabulary entry. */
const MIN_PREFIX_CHARS = 3;

/**
 * Mirrors `foldNordic` (src/text/normalize.ts) with transformers.js normalizers, so query-time tokenization
 * folds exactly like the build did. BertNormalizer's `strip_accents` must be false: its default strips the
 * ring from å before the Replace steps could turn it into "aa".
 */
const NORMALIZER = {
  type: 'Sequence',
  normalizers: [
    { type: 'NFC' },
    { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, lowercase: true, strip_accents: false },
    ...(
      [
        ['æ', 'ae'],
        ['ø', 'oe'],
        ['å', 'aa'],
        ['ä', 'ae'],
        ['ö', 'oe'],
      ] as const
    ).map(([from, to]) => ({ type: 'Replace', pattern: { String: from }, content: to })),
    { type: 'NFD' },
    { type: 'StripAccents' },
    { type: 'NFC' },
  ],
};

/** transformers.js's BertPreTokenizer pattern: runs of non-space non-punctuation, or one punctuation mark. */
const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const PRE_TOKEN = new RegExp(`[^\\s${PUNCTUATION}]+|[${PUNCTUATION}]`, 'gu');
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What BertNormalizer's `clean_text` drops: control and format characters (a BOM, soft hyphens). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\uFFFD]/gu;
const KEPT_CONTROLS = new Set(['\t', '\n', '\r']);

/** The tokenizer's words for `text`: cleaned, folded, split on whitespace and at each punctuation mark. */
export function preTokenize(text: string): string[] {
  const clean = text.replace(INVISIBLE, (c) => (KEPT_CONTROLS.has(c) ? ' ' : ''));
  return foldNordic(clean).match(PRE_TOKEN) ?? [];
}

/** Whether a word or piece has anything to embed (punctuation and symbols do not). */
export function isContent(piece: string): boolean {
  return HAS_LETTER_OR_DIGIT.test(piece);
}

/** Letters and digits always in the vocabulary, so query words made of them never become [UNK]. */
const BASE_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

/**
 * Rows the vocabulary may have. Each is `dimensions` float32s in model.onnx (256 → 1 KB), and ONNX files
 * cannot pass 2 GiB, so without a bound a growing corpus would make the model unbuildable (at ~160k
 * passages) long before that make it the largest cost of building, storing and loading an index.
 * 2^16 rows is a 64 MB model at 256 dimensions, which loads in about a second (at 2^17 loading the
 * model was most of a 100k-passage index's start). The five documents need ~24k rows at most, so they
 * are not bounded at all. Safe range: 16,384 (a few documents) up to 2^31 / (4 × dimensions) (the ONNX
 * limit).
 */
export const DEFAULT_MAX_TOKENS = 65_536;
/** Share of a bounded vocabulary given to whole words; the rest goes to word pieces. */
const WORD_SHARE = 0.5;

/**
 * The vocabulary, sorted (code-unit order) after the special tokens, so the same words always give the
 * same ids: special tokens, single characters (alone and as "##" suffixes), whole words, and word pieces
 * (prefixes of 3+ characters, "##" suffixes) so an unseen word is split into known pieces.
 *
 * When every word and every piece of every word fits in `maxTokens`, they all go in (a corpus of a few
 * documents). Beyond that the vocabulary is bounded: the `WORD_SHARE` most frequent words (by document
 * frequency; `words` gives it) stay whole, and the rest of the budget goes to the pieces most of those
 * words share. A rarer word is then read as its pieces, each weighted like an unseen word's.
 */
export function buildVocabulary(words: Iterable<string>, options: { maxTokens?: number; documentFrequency?: ReadonlyMap<string, number> } = {}): string[] {
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  const candidates = [...new Set(words)].filter((word) => {
    const length = Array.from(word).length;
    return length > 0 && length <= MAX_WORD_CHARS;
  });
  const entries = new Set<string>();
  const addCharacter = (c: string): void => {
    entries.add(c);
    entries.add(CONTINUATION + c);
  };
  BASE_CHARACTERS.forEach(addCharacter);
  for (const word of candidates) Array.from(word).forEach(addCharacter);

  // Prefixes and suffixes of a word: at most 2 × its length, so this sum bounds the unbounded vocabulary.
  const unbounded = candidates.reduce((sum, word) => sum + 2 * Array.from(word).length, entries.size + SPECIAL_TOKENS.length);
  if (unbounded <= maxTokens) {
    for (const word of candidates) {
      entries.add(word);
      for (const piece of piecesOf(word)) entries.add(piece);
    }
  } else {
    const frequency = (word: string) => options.documentFrequency?.get(word) ?? 0;
    const byFrequency = candidates.sort((a, b) => frequency(b) - frequency(a) || (a < b ? -1 : a > b ? 1 : 0));
    const room = maxTokens - entries.size - SPECIAL_TOKENS.length;
    const kept = byFrequency.slice(0, Math.floor(room * WORD_SHARE));
    kept.forEach((word) => entries.add(word));
    // Pieces the most kept words share: they split the most unseen words into meaningful parts.
    const shared = new Map<string, number>();
    for (const word of kept) for (const piece of piecesOf(word)) if (!entries.has(piece)) shared.set(piece, (shared.get(piece) ?? 0) + 1);
    const pieces = [...shared].sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    for (const [piece] of pieces.slice(0, Math.max(0, maxTokens - SPECIAL_TOKENS.length - entries.size))) entries.add(piece);
  }
  for (const special of SPECIAL_TOKENS) entries.delete(special);
  return [...SPECIAL_TOKENS, ...[...entries].sort()];
}

/** A content word's prefixes of 3+ characters and its "##" suffixes (none for punctuation). */
function piecesOf(word: string): string[] {
  if (!isContent(word)) return [];
  const chars = Array.from(word);
  const pieces: string[] = [];
  for (let i = MIN_PREFIX_CHARS; i < chars.length; i++) pieces.push(chars.slice(0, i).join(''));
  for (let i = 1; i < chars.length; i++) pieces.push(CONTINUATION + chars.slice(i).join(''));
  return pieces;
}

/** tokenizer.json in the format of Hugging Face `tokenizers`, as far as transformers.js reads it. */
export function tokenizerJson(vocabulary: string[]): object {
  const vocab: Record<string, number> = {};
  vocabulary.forEach((token, id) => (vocab[token] = id));
  const id = (token: string): number => vocabulary.indexOf(token);
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: id(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: NORMALIZER,
    pre_tokenizer: { type: 'BertPreTokenizer' },
    // [CLS] keeps an empty text from pooling over zero tokens (a NaN vector); see model.ts.
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: CLS, type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: SEP, type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: CLS, type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: SEP, type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: SEP, type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        [CLS, SEP].map((token) => [token, { id: token, ids: [id(token)], tokens: [token] }]),
      ),
    },
    decoder: { type: 'WordPiece', prefix: CONTINUATION, cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: UNK,
      continuing_subword_prefix: CONTINUATION,
      max_input_chars_per_word: MAX_WORD_CHARS,
      vocab,
    },
  };
}

/** The model has no position limit, so this only caps pathological inputs (the pipeline truncates to it). */
export const MODEL_MAX_LENGTH = 8192;

/** tokenizer_config.json. transformers.js needs `pad_token` to batch. */
export function tokenizerConfig(): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: false,
    tokenize_chinese_chars: true,
    model_max_length: MODEL_MAX_LENGTH,
    clean_up_tokenization_spaces: true,
    pad_token: PAD,
    unk_token: UNK,
    cls_token: CLS,
    sep_token: SEP,
    mask_token: MASK,
  };
}
