import type { Citation } from '../shared/api.js';
import { splitCitations, stripCitations } from '../shared/citations.js';
import { h } from './dom.js';
import type { Messages } from './messages.js';

export interface CitedTextOptions {
  citations: readonly Citation[];
  /** The source panel the buttons open. */
  sourceId: string;
  /** The citation whose source is open. */
  shown: number | undefined;
  onToggle: (id: number) => void;
}

/**
 * Answer text for the eye: each `[n]` of a known citation becomes a button naming region and section;
 * everything else stays text nodes.
 */
export function citedText(content: string, m: Messages, options: CitedTextOptions): (Node | string)[] {
  const known = new Set(options.citations.map((c) => c.id));
  return splitCitations(content, known).map((part) => {
    if (part.type === 'text') return part.text;
    const c = options.citations.find((x) => x.id === part.id)!;
    const label = m.citation(c.id, c.region, c.section);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'cite',
        'data-id': String(c.id),
        'aria-expanded': String(options.shown === c.id),
        'aria-controls': options.sourceId,
        'aria-label': label,
        title: label,
      },
      String(c.id),
    );
    button.addEventListener('click', () => options.onToggle(c.id));
    return button;
  });
}

/** The answer for the ear (the live region): what the eye reads, without the citation buttons' numbers. */
export function withoutCitations(text: string, known?: ReadonlySet<number>): string {
  return stripCitations(text, known);
}
