import type { Language } from '../shared/api.js';

/**
 * The source texts as the eval sees them: each document's raw text and where its sections are, so gold
 * labels can be validated and citation quotes looked up in the cited section.
 */

export interface SectionSpan {
  label: string;
  /** Character span in the document's source text. */
  start: number;
  end: number;
}

export interface EvalDocument {
  id: string;
  region: string;
  title: string;
  language: Language;
  text: string;
  /** A label may own several spans (e.g. a slide deck's overview and its slide). */
  sections: SectionSpan[];
}

export interface EvalCorpus {
  regions: string[];
  documents: EvalDocument[];
}

/** Distinct section labels of a document, in order of first appearance. */
export function sectionLabels(doc: EvalDocument): string[] {
  return [...new Set(doc.sections.map((s) => s.label))];
}
