import type { Language } from '../shared/api.js';

/** One entry of corpus/manifest.json, after validation, with its region resolved. */
export interface DocumentMeta {
  id: string;
  region: string;
  country: string;
  language: Language;
  title: string;
  /** Path relative to the corpus directory. */
  file: string;
  /** 'text' (plain text with heuristically found headings), 'markdown' (# headings), or 'slides' (titles after content). */
  format: 'text' | 'markdown' | 'slides';
}

/** A document's text as loaded, with a content hash for staleness checks. */
export interface SourceDocument {
  meta: DocumentMeta;
  text: string;
  sha256: string;
}

/** A section: the document's own heading path and the character span of its body in the source text. */
export interface Section {
  /** Heading path from the outermost heading, e.g. ["Sundhed", "Respekt for patientens tid"]. */
  path: string[];
  /** Display label: path joined with " › ". */
  label: string;
  /** Body span (headings excluded) in the source text. */
  start: number;
  end: number;
}

/** A quotable passage: a paragraph or a few whole bullets from one section. */
export interface Chunk {
  /** Stable id: `${documentId}#${ordinal}`. */
  id: string;
  documentId: string;
  region: string;
  title: string;
  language: Language;
  section: string;
  sectionPath: string[];
  /** Clean text (line breaks inside bullets joined, bullet glyphs normalised to "• "). */
  text: string;
  /** Span in the source text that `text` was cleaned from. */
  start: number;
  end: number;
}
