import type { Language } from './api.js';

/**
 * Document pages (GET /documents/:id), as the server renders them and the widget links to them. Shared so
 * the link the widget builds and the page that reads it cannot drift apart.
 */

/** The id of a page's first highlighted passage: a link ending in `#hl` scrolls it into view. */
export const HIGHLIGHT_ID = 'hl';

export interface CharacterRange {
  start: number;
  end: number;
}

/**
 * A document page's path relative to the server's root (no leading slash, so it resolves against an API
 * base with a path prefix): `documents/<id>`, with `?hl=start-end#hl` to highlight and show a passage.
 */
export function documentPath(documentId: string, highlight?: CharacterRange): string {
  const path = `documents/${encodeURIComponent(documentId)}`;
  return highlight ? `${path}?hl=${highlight.start}-${highlight.end}#${HIGHLIGHT_ID}` : path;
}

/** `?hl=` as a range inside a text of `length` characters; anything else (malformed, empty, outside) is none. */
export function parseHighlight(value: string | undefined, length: number): CharacterRange | undefined {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!match) return undefined;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return start < end && end <= length ? { start, end } : undefined;
}

const LOCALES: Record<Language, string> = { da: 'da-DK', no: 'nb-NO' };

/**
 * A manifest date ("2024", "2024-03", "2024-03-12") as people write it, only as precise as it is:
 * "2024", "marts 2024", "12. marts 2024". Anything else is shown as given.
 */
export function formatCalendarDate(value: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'UTC',
    year: 'numeric',
    month: month ? 'long' : undefined,
    day: day ? 'numeric' : undefined,
  }).format(date);
}
