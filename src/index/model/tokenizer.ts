import { foldNordic } from '../../text/normalize.js';

/**
 * The static model's WordPiece tokenizer, as transformers.js reads it from tokenizer.json. Its vocabulary
 * holds every corpus word whole, so passages are one token per word, plus word prefixes, "##" suffixes
 * and single characters, so an unseen word (a typo, the other language's spelling) is split into known
 * pieces instead of becoming [UNK].
 */

const PAD = '[PAD]';
const UNK = '[UNK]';
export const CLS = '[CLS]';
const SEP = '[SEP]';
const MASK = '[MASK]';
export const SPECIAL_TOKENS = [PAD, UNK, CLS, SEP, MASK] as const;
export const CONTINUATION = '##';

/** Longer "words" (URLs, runs of digits) become [UNK] in WordPiece; they carry nothing to embed. */
const MAX_WORD_CHARS = 100;
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
 * The vocabulary, sorted (code-unit order) after the special tokens, so the same words always give the
 * same ids. `words` are whole words (corpus and stopwords); each also contributes prefixes, "##" suffixes
 * and its characters.
 */
export function buildVocabulary(words: Iterable<string>): string[] {
  const entries = new Set<string>();
  const addCharacter = (c: string): void => {
    entries.add(c);
    entries.add(CONTINUATION + c);
  };
  BASE_CHARACTERS.forEach(addCharacter);
  for (const word of words) {
    const chars = Array.from(word);
    if (chars.length === 0 || chars.length > MAX_WORD_CHARS) continue;
    entries.add(word);
    chars.forEach(addCharacter);
    if (!isContent(word)) continue;
    for (let i = MIN_PREFIX_CHARS; i < chars.length; i++) entries.add(chars.slice(0, i).join(''));
    for (let i = 1; i < chars.length; i++) entries.add(CONTINUATION + chars.slice(i).join(''));
  }
  for (const special of SPECIAL_TOKENS) entries.delete(special);
  return [...SPECIAL_TOKENS, ...[...entries].sort()];
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

/**
 * tokenizer_config.json. transformers.js needs `pad_token` to batch; the model has no position limit, so
 * `model_max_length` only caps pathological inputs.
 */
export function tokenizerConfig(): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: false,
    tokenize_chinese_chars: true,
    model_max_length: 8192,
    clean_up_tokenization_spaces: true,
    pad_token: PAD,
    unk_token: UNK,
    cls_token: CLS,
    sep_token: SEP,
    mask_token: MASK,
  };
}
