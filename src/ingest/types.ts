import type { DocumentProvenance, Language } from '../shared/api.js';

/** One entry of corpus/manifest.json, after validation, with its region resolved. */
export interface DocumentMeta extends DocumentProvenance {
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

/** What the manifest tells the sectionizer about a document's layout, beyond what the text itself shows. */
export interface LayoutHints {
  /** Regular expressions (case-insensitive) for page furniture: a match ending a line removes it from the content. */
  noiseLines: readonly string[];
  /** Plain-text documents: headings that group the headings below them (the only ones that nest, when given). */
  groupHeadings: readonly string[];
}

/** A document's text as loaded, with a content hash for staleness checks. */
export interface SourceDocument {
  meta: DocumentMeta;
  /** The file as read (UTF-8, a leading BOM removed); every offset indexes this string. */
  text: string;
  sha256: string;
  /** Absent: no noise removal and heading groups inferred from the text alone. */
  hints?: LayoutHints;
}

/** A unit a chunk never splits (except a paragraph, at sentence ends): a paragraph or one list item. */
export interface Block {
  kind: 'paragraph' | 'bullet';
  start: number;
  end: number;
}

/** A section: the document's own heading path and the character span of its body in the source text. */
export interface Section {
  /** Heading path from the outermost heading, e.g. ["Sundhed", "Respekt for patientens tid"]. */
  path: string[];
  /** Display label: path joined with " › ". */
  label: string;
  /** Body span (headings excluded) in the source text: from the first block's start to the last block's end. */
  start: number;
  end: number;
  /** The body's content in order; noise lines inside the span fall between blocks, never in one. */
  blocks: Block[];
  /**
   * Headings with no text of their own that stand in this section's place in the document (a figure's or
   * table's title whose body is not text): searchable with the section, never quoted as its text.
   */
  headings?: string[];
}

/** A quotable passage: a paragraph or a few whole bullets from one section; it knows its document's provenance. */
export interface Chunk extends DocumentProvenance {
  /** Stable id: `${documentId}#${ordinal}`, numbered from 1 in text order. */
  id: string;
  documentId: string;
  region: string;
  title: string;
  language: Language;
  section: string;
  sectionPath: string[];
  /** {@link Section.headings} of its section, when it has any. */
  headings?: string[];
  /** Clean text (line breaks inside bullets joined, bullet glyphs normalised to "• "). */
  text: string;
  /** Span in the source text that `text` was cleaned from: `normalizePassageText(text.slice(start, end)) === text`. */
  start: number;
  end: number;
}
