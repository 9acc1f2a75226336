import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Chunk } from '../ingest/types.js';
import { createAnalyzer, type Analyzer } from '../text/analyze.js';
import { tokenize } from '../text/normalize.js';

/**
 * The lexical (BM25) channel: MiniSearch over chunk text, section label and document title, with the
 * Danish/Norwegian analyzer doing all term processing.
 */

export interface LexicalHit {
  id: string;
  score: number;
  /** Query terms (stems, spelling keys, compound parts) the passage matched, exactly or, if misspelt, fuzzily. */
  matched: string[];
}

/** The serialized index: MiniSearch's own plain object, plus what queries must be analyzed with. */
export interface LexicalIndexJSON {
  version: 1;
  lexicon: string[];
  regionTerms: string[];
  index: AsPlainObject;
}

type IndexedChunk = Pick<Chunk, 'id' | 'text' | 'section' | 'title'>;

const FIELDS = ['text', 'section', 'title'];
/**
 * A heading naming the question's topic is strong evidence (a question about "madspild" belongs in
 * "Reduktion af madspild"); the document title is shared by all of a document's chunks, so it only nudges.
 */
const FIELD_BOOST = { text: 1, section: 2, title: 0.5 };
/**
 * Misspellings and compound heads: a query term that matches nothing exactly is retried with edits
 * (1, or 2 for long terms) and as a prefix ("selvmord" → "selvmordsraten"), if it is long enough that
 * this still identifies it. Terms that match are never relaxed, so correctly spelled queries rank as
 * without fuzzy matching; on off-topic questions ("fodboldresultater", "ignorer dine instruktioner")
 * the relaxed terms matched nothing in the corpus.
 */
const RELAX_MIN_LENGTH = 6;
const TWO_EDITS_MIN_LENGTH = 10;
/**
 * Region names say where, not what: the retriever already prefers the named region's passages, while here
 * "Region Nordjylland" would match the one heading that names it ("Værdier i Region Nordjylland") and
 * outrank the passage about what was asked ("korte ventetider"). So their terms count for little.
 */
const REGION_NAME_WEIGHT = 0.2;

function miniSearchOptions(analyzer: Analyzer): Options<IndexedChunk> {
  return {
    fields: FIELDS,
    tokenize: (text) => tokenize(text),
    processTerm: (token) => [...analyzer.tokenTerms(token)],
    searchOptions: { boost: FIELD_BOOST },
  };
}

export class LexicalIndex {
  private readonly regionTerms: ReadonlySet<string>;

  private constructor(
    private readonly miniSearch: MiniSearch<IndexedChunk>,
    /** The analyzer queries go through, with the lexicon the index was built with. */
    readonly analyzer: Analyzer,
    regionTerms: Iterable<string>,
  ) {
    this.regionTerms = new Set(regionTerms);
  }

  /** Indexes chunks in id order, so the same chunks give the same index whatever order they come in. */
  static build(chunks: Chunk[], analyzer: Analyzer): LexicalIndex {
    const miniSearch = new MiniSearch<IndexedChunk>(miniSearchOptions(analyzer));
    const sorted = [...chunks].sort((a, b) => byCodeUnits(a.id, b.id));
    miniSearch.addAll(sorted.map(({ id, text, section, title }) => ({ id, text, section, title })));
    const regionTerms = new Set(chunks.flatMap((c) => analyzer.terms(c.region)));
    return new LexicalIndex(miniSearch, analyzer, regionTerms);
  }

  /**
   * Restores an index from {@link toJSON}. Queries are analyzed with the saved lexicon (`analyzer`, if
   * given, is re-created with it), so compounds split exactly as when the index was built.
   */
  static fromJSON(json: LexicalIndexJSON, analyzer?: Analyzer): LexicalIndex {
    if (json?.version !== 1 || !Array.isArray(json.lexicon) || !Array.isArray(json.regionTerms)) {
      throw new Error('Not a lexical index (version 1) in the given JSON');
    }
    const restored = analyzer ? analyzer.withLexicon(json.lexicon) : createAnalyzer({ lexicon: json.lexicon });
    const miniSearch = MiniSearch.loadJS(json.index, miniSearchOptions(restored));
    return new LexicalIndex(miniSearch, restored, json.regionTerms);
  }

  get size(): number {
    return this.miniSearch.documentCount;
  }

  /**
   * The best `k` chunks for a query, best first; empty when the query has no content words. A passage's
   * score is its BM25 sum times the number of query *words* it matches (a region name's counting
   * {@link REGION_NAME_WEIGHT}): MiniSearch multiplies by matched *terms*, which would count a word once
   * per stem, spelling and compound part.
   */
  search(query: string, k: number): LexicalHit[] {
    const { weights, words } = this.analyzer.analyzeQuery(query);
    if (weights.size === 0 || k <= 0) return [];
    const isRegionWord = (word: string[]) => word.every((term) => this.regionTerms.has(term));
    const wordWeights = words.map((word) => (isRegionWord(word) ? REGION_NAME_WEIGHT : 1));
    for (const term of weights.keys()) {
      if (this.regionTerms.has(term)) weights.set(term, weights.get(term)! * REGION_NAME_WEIGHT);
    }
    const terms = [...weights.keys()];
    const run = (relaxed: ReadonlySet<string>) =>
      this.miniSearch.search(terms.join(' '), {
        tokenize: (joined) => joined.split(' '),
        processTerm: (term) => term,
        boostTerm: (term) => weights.get(term) ?? 1,
        fuzzy: (term) => relaxed.has(term) && (term.length >= TWO_EDITS_MIN_LENGTH ? 2 : 1),
        prefix: (term) => relaxed.has(term),
      });
    let results = run(new Set());
    const unmatched = unmatchedTerms(terms, results).filter((term) => term.length >= RELAX_MIN_LENGTH);
    if (unmatched.length > 0) results = run(new Set(unmatched));
    return results
      .map((r) => {
        const matched = new Set(r.queryTerms);
        const matchedWords = words.reduce(
          (sum, word, i) => (word.some((term) => matched.has(term)) ? sum + wordWeights[i] : sum),
          0,
        );
        return { id: String(r.id), score: (r.score / r.queryTerms.length) * matchedWords, matched: r.queryTerms };
      })
      .sort((a, b) => b.score - a.score || byCodeUnits(a.id, b.id))
      .slice(0, k);
  }

  /**
   * Deterministic: the same chunks give the same JSON, and so does a loaded index. MiniSearch lists terms
   * in the order of its radix tree, which depends on the insertion history; they are sorted instead.
   */
  toJSON(): LexicalIndexJSON {
    const index = this.miniSearch.toJSON();
    index.index.sort(([a], [b]) => byCodeUnits(a, b));
    return {
      version: 1,
      lexicon: [...this.analyzer.lexicon],
      regionTerms: [...this.regionTerms].sort(),
      index,
    };
  }
}

/** Locale-independent string order, for reproducible output. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unmatchedTerms(terms: string[], results: SearchResult[]): string[] {
  const matched = new Set(results.flatMap((r) => r.queryTerms));
  return terms.filter((term) => !matched.has(term));
}
