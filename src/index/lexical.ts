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
  /** Query terms (stems and compound parts) that matched the passage, exactly or, for misspellings, fuzzily. */
  matched: string[];
}

/** The serialized index: MiniSearch's own plain object plus the lexicon queries must be analyzed with. */
export interface LexicalIndexJSON {
  version: 1;
  lexicon: string[];
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

function miniSearchOptions(analyzer: Analyzer): Options<IndexedChunk> {
  return {
    fields: FIELDS,
    tokenize: (text) => tokenize(text),
    processTerm: (token) => [...analyzer.tokenTerms(token)],
    searchOptions: { boost: FIELD_BOOST },
  };
}

export class LexicalIndex {
  private constructor(
    private readonly miniSearch: MiniSearch<IndexedChunk>,
    /** The analyzer queries go through, with the lexicon the index was built with. */
    readonly analyzer: Analyzer,
  ) {}

  /** Indexes chunks in id order, so the same chunks give the same index whatever order they come in. */
  static build(chunks: Chunk[], analyzer: Analyzer): LexicalIndex {
    const miniSearch = new MiniSearch<IndexedChunk>(miniSearchOptions(analyzer));
    const sorted = [...chunks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    miniSearch.addAll(sorted.map(({ id, text, section, title }) => ({ id, text, section, title })));
    return new LexicalIndex(miniSearch, analyzer);
  }

  /**
   * Restores an index from {@link toJSON}. Queries are analyzed with the saved lexicon (`analyzer`, if
   * given, is re-created with it), so compounds split exactly as when the index was built.
   */
  static fromJSON(json: LexicalIndexJSON, analyzer?: Analyzer): LexicalIndex {
    if (json?.version !== 1 || !Array.isArray(json.lexicon)) {
      throw new Error('Not a lexical index (version 1) in the given JSON');
    }
    const restored = analyzer ? analyzer.withLexicon(json.lexicon) : createAnalyzer({ lexicon: json.lexicon });
    return new LexicalIndex(MiniSearch.loadJS(json.index, miniSearchOptions(restored)), restored);
  }

  get size(): number {
    return this.miniSearch.documentCount;
  }

  /**
   * The best `k` chunks for a query, best first; empty when the query has no content words. A passage's
   * score is its BM25 sum times the number of query *words* it matches: MiniSearch multiplies by matched
   * *terms*, which would count a word once per stem and compound part.
   */
  search(query: string, k: number): LexicalHit[] {
    const { weights, words } = this.analyzer.analyzeQuery(query);
    if (weights.size === 0 || k <= 0) return [];
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
        const matchedWords = words.filter((word) => word.some((term) => matched.has(term))).length;
        return { id: String(r.id), score: (r.score / r.queryTerms.length) * matchedWords, matched: r.queryTerms };
      })
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, k);
  }

  /** Deterministic for the same chunks and lexicon (MiniSearch serializes in insertion order). */
  toJSON(): LexicalIndexJSON {
    return { version: 1, lexicon: [...this.analyzer.lexicon], index: this.miniSearch.toJSON() };
  }
}

function unmatchedTerms(terms: string[], results: SearchResult[]): string[] {
  const matched = new Set(results.flatMap((r) => r.queryTerms));
  return terms.filter((term) => !matched.has(term));
}
