/**
 * Line-level primitives shared by the layout parsers and the passage normaliser. Text extracted from web
 * pages and PDFs carries non-breaking spaces, private-use bullet glyphs and ragged whitespace; these
 * helpers look through that without ever changing the source text (offsets must keep indexing it).
 */

/** One line of the source: `[start, end)` excludes the newline. */
export interface Line {
  start: number;
  end: number;
  raw: string;
}

/** Lines of `text[from, to)`; the first and last may be partial lines when the bounds fall mid-line. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 || newline > to ? to : newline;
    lines.push({ start, end, raw: text.slice(start, end) });
    if (end === to) break;
    start = end + 1;
  }
  return lines;
}

/** Whitespace runs (JS `\s` includes no-break and other Unicode spaces) collapsed to one space, trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/**
 * Unordered bullet markers: •, the Symbol-font glyphs PDFs and slides export as private-use characters
 * (U+F0A7, U+F0B7), other common dots, and Markdown's -, * and +. A marker must be followed by a space.
 */
export const BULLET_MARKER = /^[•\uF0A7\uF0B7\u25AA\u25CF\u25E6\u2023\u2043*+-]\s+/;
/** "1. " / "2) " list items: kept as written, but each starts its own line. */
const ORDERED_MARKER = /^\d{1,3}[.)]\s+/;

export type Marker = 'bullet' | 'ordered' | null;

/** The list marker that `clean` (a cleaned line) starts with, if any. */
export function markerOf(clean: string): Marker {
  if (BULLET_MARKER.test(clean)) return 'bullet';
  if (ORDERED_MARKER.test(clean)) return 'ordered';
  return null;
}

/** True when `pos` starts a line of `text` and that line begins with whitespace (a lost bullet glyph, in extracted PDFs). */
export function isIndentedAt(text: string, pos: number): boolean {
  const atLineStart = pos === 0 || text[pos - 1] === '\n';
  return atLineStart && /^[^\S\n]/.test(text.slice(pos, pos + 1));
}

/** The first word is all lowercase: the line continues a sentence ("iTOP" and "eBoks" are names). */
export function startsLowercase(clean: string): boolean {
  return /^\p{Ll}[\p{Ll}\p{N}'’-]*(?![\p{L}\p{N}])/u.test(clean);
}

export function startsUppercaseOrDigit(clean: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(clean);
}

/** Ends a sentence or announces what follows: the previous line is complete, the next one starts anew. */
export function endsComplete(clean: string): boolean {
  return /[.!?:…]["”’)]*$/.test(clean);
}

/** Offset of the first non-whitespace character of `line` (its end if there is none). */
export function contentStart(line: Line): number {
  const m = /\S/.exec(line.raw);
  return m ? line.start + m.index : line.end;
}

/** Offset just after the last non-whitespace character of `text[start, end)`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
