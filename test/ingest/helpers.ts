import type { LayoutHints, SourceDocument } from '../../src/ingest/types.js';

/** An in-memory document, for layout rules that are easier to see on a few lines than in the corpus. */
export function makeDoc(
  text: string,
  options: { format?: SourceDocument['meta']['format']; title?: string; hints?: Partial<LayoutHints> } = {},
): SourceDocument {
  return {
    meta: {
      id: 'doc',
      region: 'Region Test',
      country: 'Denmark',
      language: 'da',
      title: options.title ?? 'Testdokument',
      file: 'doc.txt',
      format: options.format ?? 'text',
    },
    text,
    sha256: '',
    hints: { noiseLines: [], groupHeadings: [], ...options.hints },
  };
}
