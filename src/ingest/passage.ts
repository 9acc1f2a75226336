import type { Block } from './types.js';
import {
  BULLET_MARKER,
  cleanText,
  contentStart,
  endsComplete,
  isBlank,
  isIndentedAt,
  markerOf,
  splitLines,
  startsLowercase,
  startsUppercaseOrDigit,
  trimEnd,
  type Marker,
} from './lines.js';

/**
 * A passage's logical lines: a paragraph or a list item, with the line breaks of its wrapping removed.
 *
 * Extracted text wraps lines wherever the page ended, so a source line break is only kept when the next
 * line starts something new: a bullet, an indented item (a PDF bullet whose glyph was lost), or, after a
 * blank line, anything not starting in lowercase (a PDF may even break a bullet across a blank line:
 * "… kan foregå på ⏎⏎ samme dag."). This one rule set both cleans chunk text and splits a section into
 * blocks, so a chunk's text is by construction the normalised text of its source span.
 */
interface LogicalLine {
  start: number;
  end: number;
  marker: Marker | 'indent';
  parts: string[];
}

function logicalLines(text: string, from: number, to: number): LogicalLine[] {
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  let blankBefore = false;
  let previousClean = '';
  for (const line of splitLines(text, from, to)) {
    if (isBlank(line.raw)) {
      blankBefore = true;
      continue;
    }
    const clean = cleanText(line.raw);
    const marker = markerOf(clean);
    const indented = line.start !== from && isIndentedAt(text, line.start);
    const inBullet = current?.marker === 'bullet' || current?.marker === 'ordered';
    const startsNew =
      !current ||
      marker !== null ||
      (indented && (!inBullet || blankBefore)) ||
      (blankBefore && !startsLowercase(clean)) ||
      // "• … virksomhet.⏎Helse Nord vil:" – a complete bullet followed by a new unindented line.
      (!blankBefore && inBullet && endsComplete(previousClean) && startsUppercaseOrDigit(clean));
    const end = trimEnd(text, line.start, line.end);
    if (!current || startsNew) {
      current = { start: contentStart(line), end, marker: marker ?? (indented ? 'indent' : null), parts: [clean] };
      out.push(current);
    } else {
      current.end = end;
      current.parts.push(clean);
    }
    blankBefore = false;
    previousClean = clean;
  }
  return out;
}

function render(line: LogicalLine): string {
  const joined = line.parts.join(' ');
  return line.marker === 'bullet' ? `• ${joined.replace(BULLET_MARKER, '')}` : joined;
}

/**
 * The clean form of a source passage: wrapped lines joined with spaces, one line per paragraph or list
 * item, bullet glyphs as "• ", all whitespace (no-break spaces included) collapsed. Chunk texts are
 * exactly this of their source span, so a quote can be checked against the source with it.
 */
export function normalizePassageText(raw: string): string {
  return logicalLines(raw, 0, raw.length).map(render).join('\n');
}

/**
 * The blocks (paragraphs and list items) of `text[from, to)`, a stretch of section content with no
 * headings or noise inside. An indented item counts as a bullet only inside a list: after a bullet or a
 * line ending in ':'; otherwise (a slide's opening question, say) it is a paragraph.
 */
export function parseBlocks(text: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let previous: { kind: Block['kind']; text: string } | undefined;
  for (const line of logicalLines(text, from, to)) {
    const rendered = render(line);
    const inList = previous !== undefined && (previous.kind === 'bullet' || previous.text.endsWith(':'));
    const kind = line.marker === 'bullet' || line.marker === 'ordered' || (line.marker === 'indent' && inList) ? 'bullet' : 'paragraph';
    blocks.push({ kind, start: line.start, end: line.end });
    previous = { kind, text: rendered };
  }
  return blocks;
}

/** Any glyph BULLET_MARKER accepts: a quote's "• " may stand for any of them in the source. */
const BULLET_GLYPHS = new Set(['•', '\uF0A7', '\uF0B7', '\u25AA', '\u25CF', '\u25E6', '\u2023', '\u2043', '*', '+', '-']);

/** Whether a UTF-16 code unit is whitespace as a regular expression's `\s` has it. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Where `quote` (clean text: a sentence, a bullet or a whole passage) lies in `text[from, to)`, the source
 * span of the passage it was taken from. Cleaning only collapses whitespace and swaps bullet glyphs for
 * "• ", so the quote's other characters appear in the source in order, separated by any whitespace. The
 * first occurrence wins; undefined when the quote is not in the span. (A scan, not a regular expression
 * built per quote: compiling one cost more than the search.)
 */
export function locateQuote(text: string, from: number, to: number, quote: string): { start: number; end: number } | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  // The end of the quote's words from `at` on, each after at least one whitespace character; -1 if they are not there.
  const matchAt = (at: number): number => {
    let pos = at;
    for (let w = 0; w < words.length; w++) {
      if (w > 0) {
        if (pos >= to || !isSpace(text.charCodeAt(pos))) return -1;
        while (pos < to && isSpace(text.charCodeAt(pos))) pos++;
      }
      const word = words[w];
      if (word === '•') {
        if (pos >= to || !BULLET_GLYPHS.has(text[pos])) return -1;
        pos++;
      } else {
        if (pos + word.length > to || !text.startsWith(word, pos)) return -1;
        pos += word.length;
      }
    }
    return pos;
  };
  for (let at = from; at < to; at++) {
    if (words[0] !== '•') {
      at = text.indexOf(words[0], at);
      if (at < 0 || at + words[0].length > to) return undefined;
    }
    const end = matchAt(at);
    if (end >= 0) return { start: at, end };
  }
  return undefined;
}

/** How much of a passage's text a quote's context shows on each side, at most (cut at a word boundary). */
export const QUOTE_CONTEXT_CHARS = 160;

/**
 * The passage text around `quote`, so a reader sees what it was taken from: up to `maxChars` on each side,
 * cut at a word boundary and marked with "…" where cut. Undefined when the quote is not in the passage or
 * nothing surrounds it.
 */
export function quoteContext(passage: string, quote: string, maxChars = QUOTE_CONTEXT_CHARS): { before: string; after: string } | undefined {
  const at = passage.indexOf(quote);
  if (at < 0) return undefined;
  let before = passage.slice(0, at).trimStart();
  let after = passage.slice(at + quote.length).trimEnd();
  if (before.length > maxChars) before = `…${before.slice(before.length - maxChars).replace(/^\S*\s+/, '')}`;
  if (after.length > maxChars) after = `${after.slice(0, maxChars).replace(/\s+\S*$/, '')}…`;
  return before.trim() || after.trim() ? { before, after } : undefined;
}
