import type { DocumentText } from '../engine.js';
import type { PassageAnalysis } from '../text/passage-analysis.js';
import type { Chunk } from '../ingest/types.js';
import type { PassageConcepts } from '../retrieve/concepts.js';
import type { DenseSearcher, LexicalSearcher } from '../retrieve/hybrid.js';
import type { RegionCatalog } from '../retrieve/regions.js';
import type { DocumentsResponse, IndexInfo } from '../shared/api.js';

/**
 * What answering needs from a loaded index, and nothing about how it was built or stored: the composition
 * root (src/engine.ts) adapts the index to this, tests may hand in anything that fits.
 */
export interface AnswerCorpus {
  chunks: Chunk[];
  /** Each document's text exactly as indexed (chunk and citation offsets index it); a look-up, as an index reads it on demand. */
  documentTexts: Pick<ReadonlyMap<string, string>, 'get'>;
  /** Each document's sections, for its page (see Engine.document). */
  documentSections: Pick<ReadonlyMap<string, DocumentText['sections']>, 'get'>;
  regions: RegionCatalog;
  /** The corpus as the API lists it. */
  documents: DocumentsResponse;
  info: IndexInfo;
  lexical: LexicalSearcher;
  dense: DenseSearcher;
  analysis: CorpusAnalysis;
  /** The chunks' analysis for the evidence check, as stored with the index; without it, computed from `chunks`. */
  passages?: PassageAnalysis;
  /** The concepts each chunk mentions (in `chunks` order) and the corpus's words for them, as stored with the index; without it, found in `chunks`. */
  concepts?: PassageConcepts;
}

/** The analysis the index was built with (stopwords dropped), so questions are read as passages were. */
export interface CorpusAnalysis {
  /** Index terms of a text: stems, spelling variants and compound parts. */
  terms(text: string): string[];
  /** Terms of a text's words themselves, without compound parts. */
  wordTerms(text: string): string[];
  /** One key per distinct content word. */
  contentTerms(text: string): string[];
}
