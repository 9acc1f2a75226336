import { boundedCache } from './bounded-cache.js';
import snowball from 'snowball-stemmers';
import { LANGUAGE_DATA } from '../lang/index.js';
import { splitCompound, type Vocabulary } from './compounds.js';
import { equivalentLookup, fullStem } from './equivalents.js';
import { foldNordic, tokenize } from './normalize.js';
import { spellingKey } from './spelling.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Turns Danish or Norwegian text into index/query terms: folded tokens, minus stopwords, stemmed with both
 * the Danish and the Norwegian Snowball stemmer (a Danish question must find a Norwegian passage and vice
 * versa), each stem's cross-language spelling key (patient → pasient), the other language's word where
 * the spellings are too far apart for a key (hospital → sykehus), plus the parts of compounds the corpus knows.
 */

const danish = snowball.newStemmer('danish');
const norwegian = snowball.newStemmer('norwegian');

/** A compound's parts are weaker evidence than the word itself ("vente" in "ventetid" is not "vente"). */
export const COMPOUND_PART_WEIGHT = 0.5;
/** The other language's spelling of a word matches, but the asker's own spelling is the better evidence. */
export const SPELLING_VARIANT_WEIGHT = 0.5;
/** Lexicon entries shorter than this would let suffixes pass for compound parts. */
export const MIN_LEXICON_STEM = 3;
/**
 * Caches fed by questions are bounded; least recently used words go first, so a stream of questions keeps
 * the common words every question needs.
 */
const MAX_CACHED_WORDS = 100_000;

interface WordCache<V> {
  get(word: string): V | undefined;
  set(word: string, value: V): unknown;
}

/**
 * `bounded`: an LRU of {@link MAX_CACHED_WORDS} words. Otherwise a plain map: for one pass over a corpus (an
 * index build), which analyses each of its words once and then drops the analyzer; there the LRU's
 * bookkeeping, and evicting the pieces that compound splitting looks up again and again, cost most of the pass.
 */
function wordCache<V extends {}>(bounded: boolean): WordCache<V> {
  return bounded ? boundedCache<string, V>(MAX_CACHED_WORDS) : new Map<string, V>();
}

/** `compute` with its results kept in `cache`. */
function cached<V extends {}>(cache: WordCache<V>, compute: (word: string) => V): (word: string) => V {
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) cache.set(word, (value = compute(word)));
    return value;
  };
}

export interface AnalyzerOptions {
  /** Known stems (from {@link buildLexicon}); without it compounds are not split. */
  lexicon?: Iterable<string>;
  /**
   * `bounded` (default): for analysing questions, which never end. `unbounded`: for one pass over a corpus
   * (see {@link wordCache}); the analyzer holds every word it saw until it is dropped.
   */
  caches?: 'bounded' | 'unbounded';
}

export interface AnalyzedQuery {
  /**
   * Distinct terms with a weight: 1 for a word's own stems, {@link SPELLING_VARIANT_WEIGHT} for their
   * spelling keys and the other language's word for it (src/lang/equivalents.ts), and for its compound
   * parts {@link COMPOUND_PART_WEIGHT} if the corpus knows the whole word, else 1 (the parts are then all
   * the evidence there is: "samisktalende" vs "samisk talende").
   */
  weights: Map<string, number>;
  /** Each distinct content word's terms (stems, keys, parts), in order: lets a ranker count words, not terms. */
  words: string[][];
  /** The folded word each of `words` was read from. */
  tokens: string[];
}

export interface Analyzer {
  /** The known stems compounds are split against, sorted; save it with an index so queries split alike. */
  readonly lexicon: readonly string[];
  /** Terms of a text in order, a token's terms repeated each time it occurs (term frequency counts). */
  terms(text: string): string[];
  /** Terms of one folded token from {@link tokenize}: its stems and their spelling keys, then its parts'. */
  tokenTerms(token: string): readonly string[];
  /** Terms of a text's words themselves (stems and spelling keys), without compound parts. */
  wordTerms(text: string): string[];
  /**
   * Terms of a name ("Helse Nord"): its words' stems and spelling keys and their compound parts, but not
   * the other language's words for them: "Helse" names the region, and Danish "sundhed" does not.
   */
  nameTerms(text: string): string[];
  /** A query's terms, weighted, and grouped by the word they come from. */
  analyzeQuery(text: string): AnalyzedQuery;
  /**
   * One key per distinct content word, in order: the spelling key of its Danish stem, which {@link terms}
   * emits for the word in either language ("patienter" and "pasientene" both give "pasient"). Lets a caller
   * measure how much of a question a passage covers via `new Set(analyzer.terms(passage))`.
   */
  contentTerms(text: string): string[];
  /** The same analysis with another lexicon (e.g. the one saved with an index). */
  withLexicon(lexicon: Iterable<string>): Analyzer;
}

/** Whether a folded token carries meaning: not a stopword, and not a lone letter ("s" of "FN's"). */
export function isContentToken(token: string): boolean {
  return !STOPWORDS.has(token) && (token.length >= 2 || /\d/.test(token));
}

/**
 * A definite ending (Danish and Norwegian -en, -et, -ene, -erne, and their genitives) the stemmer removed.
 * The stemmers take off one ending per word, so a word whose own stem ends like an ending keeps it when the
 * definite ending comes off first: "kvaliteten" → kvalitet, but "kvalitet" → kvalit; "klimaet" → klima but
 * "klima" → klim. Such a stem is stemmed once more, so both forms of the word share a term.
 */
const DEFINITE_ENDING = /^(?:en|et|ene|erne|ens|ets)$/;
/** A second pass shorter than this is too short to say which word it came from. */
const MIN_SECOND_STEM = 4;

function withSecondStem(token: string, stemmer: { stem(word: string): string }): string[] {
  const stem = stemmer.stem(token);
  if (!token.startsWith(stem) || !DEFINITE_ENDING.test(token.slice(stem.length))) return [stem];
  const again = stemmer.stem(stem);
  return again !== stem && again.length >= MIN_SECOND_STEM ? [stem, again] : [stem];
}

/**
 * Each form of a verb kept apart from a noun (`Derivation.verbsApart`), folded, mapped to its folded
 * infinitive, which is then its one stem: its spelling key ("leke") is no noun's either.
 */
const VERBS_APART = new Map<string, string>(
  Object.values(LANGUAGE_DATA).flatMap(({ derivation }) =>
    derivation.verbsApart.flatMap((verb) => {
      const infinitive = foldNordic(verb);
      const stem = infinitive.replace(/e$/, '');
      return ['', ...derivation.verbEndings].map((ending) => [stem + ending, infinitive] as const);
    }),
  ),
);

/** Whether a folded word is a form of a verb kept apart from a noun (its typos are no other word's). */
export function isVerbApart(word: string): boolean {
  return VERBS_APART.has(word);
}

/** {@link stems}, uncached. */
function stemsOf(token: string): readonly string[] {
  const apart = VERBS_APART.get(token);
  if (apart) return [apart];
  const [da, ...daMore] = withSecondStem(token, danish);
  return [...new Set([da, ...withSecondStem(token, norwegian), ...daMore])];
}

/**
 * A word's stems and their spelling keys ("patienter" → patient, pasient), then the other language's word
 * for it where the spellings are too far apart to share a key ("hospitaler" → sykehus), by that word's full
 * stem and key only (Norwegian "helse" gives "sundhed", never the root "sund"); without compound parts.
 */
function wordTermsOf(stemmed: (token: string) => readonly string[]): (token: string) => readonly string[] {
  return (token) => {
    const own = stemmed(token);
    const other = equivalents(own).map((word) => fullStem(stemmed(word)));
    return [...new Set([...own, ...own.map(spellingKey), ...other, ...other.map(spellingKey)])];
  };
}

/** A word's stems and their spelling keys only: the word as written, in either spelling. */
function ownTermsOf(stemmed: (token: string) => readonly string[]): (token: string) => readonly string[] {
  return (token) => {
    const own = stemmed(token);
    return [...new Set([...own, ...own.map(spellingKey)])];
  };
}

/** Danish stem first, then the Norwegian one if it differs ("sundhed" → sund, sundhed), then a definite form's second pass. */
export const stems = cached(wordCache<readonly string[]>(true), stemsOf);

/** The other language's words for a word's stems (src/lang/equivalents.ts). */
const equivalents = equivalentLookup(stems);

/** Known stems of the texts' content words (both stemmers), sorted, to split compounds against. */
export function buildLexicon(texts: Iterable<string>): string[] {
  const lexicon = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (!isContentToken(token) || /\d/.test(token)) continue;
      for (const stem of stems(token)) if (stem.length >= MIN_LEXICON_STEM) lexicon.add(stem);
    }
  }
  return [...lexicon].sort();
}

/**
 * The words sorted by code units, each once. A lexicon saved with an index is already so, and a check
 * costs one pass where sorting 100k+ stems again took ~0.5 s of a server's start.
 */
function sortedUnique(words: Iterable<string>): string[] {
  const list = Array.isArray(words) ? (words as string[]) : [...words];
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return [...new Set(list)].sort();
  return list;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const lexicon = sortedUnique(options.lexicon ?? []);
  const known = new Set(lexicon);
  const bounded = options.caches !== 'unbounded';
  // A bounded analyzer shares the process's stem cache; a corpus pass keeps its own, dropped with it.
  const stemmed = bounded ? stems : cached(wordCache<readonly string[]>(false), stemsOf);
  const wordTerms = cached(wordCache<readonly string[]>(bounded), wordTermsOf(stemmed));
  const ownTerms = ownTermsOf(stemmed);
  const vocabulary: Vocabulary = {
    isKnown: (word) => stemmed(word).some((stem) => known.has(stem)),
    isStopword: (word) => STOPWORDS.has(word),
    stems: stemmed,
  };
  const termCache = wordCache<readonly string[]>(bounded);
  const partCache = wordCache<readonly string[]>(bounded);

  /** Terms of the compound parts of a token, other than the token's own. */
  function partTerms(token: string): readonly string[] {
    let cached = partCache.get(token);
    if (!cached) {
      const own = wordTerms(token);
      const parts = /\d/.test(token) || known.size === 0 ? [] : splitCompound(token, vocabulary);
      const terms = new Set<string>();
      for (const part of parts) {
        if (!isContentToken(part)) continue;
        for (const term of wordTerms(part)) if (!own.includes(term)) terms.add(term);
      }
      cached = [...terms];
      partCache.set(token, cached);
    }
    return cached;
  }

  function tokenTerms(token: string): readonly string[] {
    if (!isContentToken(token)) return [];
    let cached = termCache.get(token);
    if (!cached) {
      cached = [...wordTerms(token), ...partTerms(token)];
      termCache.set(token, cached);
    }
    return cached;
  }

  return {
    lexicon,
    tokenTerms,
    terms: (text) => tokenize(text).flatMap((token) => tokenTerms(token)),
    wordTerms: (text) => tokenize(text).flatMap((token) => (isContentToken(token) ? [...wordTerms(token)] : [])),
    nameTerms: (text) =>
      [...new Set(tokenize(text).flatMap((token) => (isContentToken(token) ? [...ownTerms(token), ...partTerms(token)] : [])))],
    analyzeQuery(text) {
      const weights = new Map<string, number>();
      const words: string[][] = [];
      const tokens: string[] = [];
      const raise = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      const seen = new Set<string>();
      for (const token of tokenize(text)) {
        if (!isContentToken(token)) continue;
        const own = stemmed(token);
        // "patient" and "patienter" are one word for counting.
        if (seen.has(own[0])) continue;
        seen.add(own[0]);
        const parts = partTerms(token);
        const partWeight = vocabulary.isKnown(token) ? COMPOUND_PART_WEIGHT : 1;
        for (const term of wordTerms(token)) raise(term, own.includes(term) ? 1 : SPELLING_VARIANT_WEIGHT);
        for (const part of parts) raise(part, partWeight);
        words.push([...wordTerms(token), ...parts]);
        tokens.push(token);
      }
      return { weights, words, tokens };
    },
    contentTerms: (text) =>
      [...new Set(tokenize(text).filter(isContentToken).map((token) => spellingKey(stemmed(token)[0])))],
    // Bounded, whatever this one's caches: an index loaded for questions re-creates its analyzer this way.
    withLexicon: (other) => createAnalyzer({ lexicon: other }),
  };
}
