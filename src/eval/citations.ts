import { normalizePassageText } from '../ingest/passage.js';
import type { Citation } from '../shared/api.js';
import type { EvalCorpus, EvalDocument } from './corpus.js';

/**
 * Citation validity: a citation is valid when its quote really is in the cited document, inside the cited
 * section's span, and the citation names the document's region. Quotes are cleaned passage text (bullets
 * as "• ", broken lines joined): the source is cleaned the same way (the ingest's normalizePassageText,
 * which knows the PDF bullet glyphs), then both sides are compared after {@link canonicalText}.
 */

export type CitationVerdict =
  /** Quote found inside the cited section. */
  | 'valid'
  /** Quote found in the document, but not in the cited section (or the section label does not exist). */
  | 'wrong-section'
  /** Quote not found anywhere in the cited document. */
  | 'not-in-document'
  /** The cited document id is not in the corpus. */
  | 'unknown-document'
  /** The citation's region is not the cited document's region. */
  | 'wrong-region';

const BULLET_GLYPHS = /[•●▪◦‣∙·]/g;

/** Whitespace runs (line breaks, NBSP) become one space and bullet glyphs go: layout is not content. */
export function canonicalText(text: string): string {
  return text.normalize('NFC').replace(BULLET_GLYPHS, ' ').replace(/\s+/g, ' ').trim();
}

const cleanSource = (text: string) => canonicalText(normalizePassageText(text));

export class CitationChecker {
  private readonly documents = new Map<string, { doc: EvalDocument; canonical: string; sections: Map<string, string> }>();

  constructor(corpus: EvalCorpus) {
    for (const doc of corpus.documents) {
      const spans = new Map<string, string[]>();
      for (const span of doc.sections) spans.set(span.label, [...(spans.get(span.label) ?? []), doc.text.slice(span.start, span.end)]);
      // A section's spans are joined, so a quote may run across two of its blocks but never into another section.
      const sections = new Map([...spans].map(([label, texts]) => [label, cleanSource(texts.join('\n'))]));
      this.documents.set(doc.id, { doc, canonical: cleanSource(doc.text), sections });
    }
  }

  check(citation: Pick<Citation, 'documentId' | 'region' | 'section' | 'quote'>): CitationVerdict {
    const entry = this.documents.get(citation.documentId);
    if (!entry) return 'unknown-document';
    if (entry.doc.region !== citation.region) return 'wrong-region';
    const quote = canonicalText(citation.quote);
    if (!quote || !entry.canonical.includes(quote)) return 'not-in-document';
    return entry.sections.get(citation.section)?.includes(quote) ? 'valid' : 'wrong-section';
  }
}

/** Share of citations that are valid; null when there are none to check. */
export function citationValidity(verdicts: readonly CitationVerdict[]): number | null {
  return verdicts.length ? verdicts.filter((v) => v === 'valid').length / verdicts.length : null;
}
