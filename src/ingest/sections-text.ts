import { endsComplete, isIndentedAt, markerOf, startsLowercase } from './lines.js';
import {
  OutlineBuilder,
  annotateLines,
  hasHeadingShape,
  headingKey,
  headingText,
  type AnnotatedLine,
  type OutlineSection,
} from './outline.js';
import type { SourceDocument } from './types.js';

/**
 * Plain text as extracted from web pages and PDFs, where headings are only recognisable by shape:
 * a short line, starting with a capital or digit, without a closing full stop or comma, with no sentence
 * break inside, followed by content that does not continue it in lowercase. Web pages put blank lines
 * around headings; PDFs put the paragraph right under them.
 *
 * Nesting: a heading with nothing under it before the next heading groups that one ("Sundhed" above
 * "Respekt for patientens tid"), and its group holds the following headings until a new group appears.
 * Where the text is ambiguous (a one-line "Kontakt" entry looks like a heading too), the manifest lists
 * the document's group headings; then only those nest, and a heading-like line right under a heading
 * that has no content yet is that heading's content.
 */

/** "Vår visjon:" is a heading; "Helse Nord vil:" before a list is a lead-in. Colon headings are short. */
const MAX_COLON_HEADING_WORDS = 4;

/** The last line that was neither blank nor noise, and how it was read. */
interface ReadLine {
  index: number;
  line: AnnotatedLine;
  /** Read as content, not as a heading. */
  isContent: boolean;
  /** Content that is a list item or the wrapped rest of one. */
  isItem: boolean;
}

/** What reading a line needs to know about the lines before it. */
interface WalkState {
  /** The last heading: none yet, the document's title (or content before any heading), a group or a leaf. */
  last: 'none' | 'title' | 'group' | 'leaf';
  /** Content came after the last heading. */
  hasContent: boolean;
  /** Noise came after the last heading. */
  interrupted: boolean;
  /** The heading path that leaf headings go under. */
  groupPath: string[];
  /** Consecutive headings with no content between them (the title excluded). */
  run: string[];
  previous: ReadLine | undefined;
}

export function textOutline(doc: SourceDocument): OutlineSection[] {
  const { text } = doc;
  const lines = annotateLines(text, doc.hints);
  const groups = new Set((doc.hints?.groupHeadings ?? []).map(headingKey));
  const outline = new OutlineBuilder(doc.meta.title);
  const state: WalkState = { last: 'none', hasContent: false, interrupted: false, groupPath: [], run: [], previous: undefined };

  for (const [index, line] of lines.entries()) {
    if (line.blank) continue;
    if (line.noise) {
      state.interrupted = true;
      state.run = [];
      outline.interrupt();
      continue;
    }
    const { previous } = state;
    const indentedItem = isIndentedAt(text, line.start) && inList(previous);
    const isHeading =
      looksLikeHeading(text, lines, index, previous, indentedItem) && openHeading(state, groups, outline, headingText(line.raw));
    if (!isHeading) addContent(state, outline, line);
    const isItem = !isHeading && (markerOf(line.clean) !== null || indentedItem || continuesItem(previous, index, line));
    state.previous = { index, line, isContent: !isHeading, isItem };
  }
  return outline.sections;
}

/** Could line `index` be a heading, by its shape and the lines around it? `asItem`: it is indented inside a list. */
function looksLikeHeading(
  text: string,
  lines: AnnotatedLine[],
  index: number,
  previous: ReadLine | undefined,
  asItem: boolean,
): boolean {
  const line = lines[index];
  if (line.cut || markerOf(line.clean) !== null || !hasHeadingShape(line.clean)) return false;
  const next = nextContent(lines, index);
  if (!next || startsLowercase(next.clean)) return false;
  // Right under an unfinished paragraph line, this is that paragraph's next line.
  if (isDirectlyAbove(previous, index) && previous.isContent && !previous.isItem && !endsComplete(previous.line.clean)) {
    return false;
  }
  const nextIsItem = markerOf(next.clean) !== null || isIndentedAt(text, next.start);
  // An indented line inside a list is an item, unless a paragraph follows it directly (a PDF heading).
  if (asItem) return next.start === line.end + 1 && !nextIsItem;
  if (line.clean.endsWith(':')) return line.clean.split(' ').length <= MAX_COLON_HEADING_WORDS && !nextIsItem;
  return true;
}

/**
 * Opens the section a heading starts and returns true; or returns false when the line turns out to be
 * content: with group headings listed, a heading-like line right under an empty heading is its content.
 */
function openHeading(state: WalkState, groups: Set<string>, outline: OutlineBuilder, label: string): boolean {
  if (groups.has(headingKey(label))) {
    state.groupPath = [label];
    openSection(state, 'group', outline, [label]);
  } else if (state.last === 'none') {
    // The first line is the document's title: it labels content right under it but never groups.
    openSection(state, 'title', outline, [label]);
  } else if (groups.size > 0) {
    if (isEmptyLeaf(state)) return false;
    openSection(state, 'leaf', outline, [...state.groupPath, label]);
  } else {
    // Headings with nothing under them group the one that follows ("Sundhed" above "Respekt for patientens tid").
    state.run = isEmptyLeaf(state) ? [...state.run, label] : [label];
    if (state.run.length > 1) state.groupPath = state.run.slice(0, -1);
    openSection(state, 'leaf', outline, [...state.groupPath, label]);
  }
  return true;
}

function openSection(state: WalkState, kind: WalkState['last'], outline: OutlineBuilder, path: string[]): void {
  state.last = kind;
  state.hasContent = false;
  state.interrupted = false;
  outline.open(path);
}

function addContent(state: WalkState, outline: OutlineBuilder, line: AnnotatedLine): void {
  // Content before any heading goes under the document's title (the builder opens that section).
  if (state.last === 'none') state.last = 'title';
  state.hasContent = true;
  state.run = [];
  outline.content(line);
}

/** The last heading is a leaf with nothing under it yet, not even noise. */
function isEmptyLeaf(state: WalkState): boolean {
  return state.last === 'leaf' && !state.hasContent && !state.interrupted;
}

function isDirectlyAbove(previous: ReadLine | undefined, index: number): previous is ReadLine {
  return previous !== undefined && previous.index === index - 1;
}

/** An item, or a lead-in ending with a colon, came last: an indented line here is a list item. */
function inList(previous: ReadLine | undefined): boolean {
  return previous !== undefined && (previous.isItem || (previous.isContent && previous.line.clean.endsWith(':')));
}

/** The wrapped rest of the item above: it goes on in lowercase, or right under an item line left unfinished. */
function continuesItem(previous: ReadLine | undefined, index: number, line: AnnotatedLine): boolean {
  if (!previous?.isItem) return false;
  return startsLowercase(line.clean) || (isDirectlyAbove(previous, index) && !endsComplete(previous.line.clean));
}

function nextContent(lines: AnnotatedLine[], index: number): AnnotatedLine | undefined {
  for (let j = index + 1; j < lines.length; j++) if (!lines[j].blank && !lines[j].noise) return lines[j];
  return undefined;
}
