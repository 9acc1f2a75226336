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

type State = { kind: 'none' | 'title' | 'group' | 'leaf'; hasContent: boolean; interrupted: boolean };

export function textOutline(doc: SourceDocument): OutlineSection[] {
  const { text } = doc;
  const lines = annotateLines(text, doc.hints);
  const groups = new Set((doc.hints?.groupHeadings ?? []).map(headingKey));
  const outline = new OutlineBuilder(doc.meta.title);

  const isItem: boolean[] = [];
  const isContent: boolean[] = [];
  const nextContent = (i: number): AnnotatedLine | undefined => {
    for (let j = i + 1; j < lines.length; j++) if (!lines[j].blank && !lines[j].noise) return lines[j];
    return undefined;
  };

  let state: State = { kind: 'none', hasContent: false, interrupted: false };
  let groupPath: string[] = [];
  /** Consecutive headings with no content between them (the title excluded). */
  let run: string[] = [];
  let previous = -1;

  const looksLikeHeading = (i: number, asItem: boolean): boolean => {
    const line = lines[i];
    if (line.cut || markerOf(line.clean) !== null || !hasHeadingShape(line.clean)) return false;
    const next = nextContent(i);
    if (!next || startsLowercase(next.clean)) return false;
    // Right under an unfinished paragraph line, this is that paragraph's next line.
    if (previous >= 0 && previous === i - 1 && isContent[previous] && !isItem[previous] && !endsComplete(lines[previous].clean)) {
      return false;
    }
    const nextIsItem = markerOf(next.clean) !== null || isIndentedAt(text, next.start);
    // An indented line inside a list is an item, unless a paragraph follows it directly (a PDF heading).
    if (asItem) return next.start === line.end + 1 && !nextIsItem;
    if (line.clean.endsWith(':')) return line.clean.split(' ').length <= MAX_COLON_HEADING_WORDS && !nextIsItem;
    return true;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    if (line.noise) {
      state.interrupted = true;
      run = [];
      outline.interrupt();
      continue;
    }
    const prev = previous >= 0 ? lines[previous] : undefined;
    const adjacent = previous === i - 1;
    const listContext = prev !== undefined && (isItem[previous] || (isContent[previous] && prev.clean.endsWith(':')));
    const indentedItem = isIndentedAt(text, line.start) && listContext;
    const continuesItem =
      prev !== undefined && isItem[previous] && (startsLowercase(line.clean) || (adjacent && !endsComplete(prev.clean)));

    let heading = looksLikeHeading(i, indentedItem);
    if (heading) {
      const label = headingText(line.raw);
      const key = headingKey(label);
      if (groups.has(key)) {
        groupPath = [label];
        state = { kind: 'group', hasContent: false, interrupted: false };
        outline.open([label]);
      } else if (state.kind === 'none') {
        // The first line is the document's title: it labels content right under it but never groups.
        state = { kind: 'title', hasContent: false, interrupted: false };
        outline.open([label]);
      } else if (groups.size > 0) {
        if (state.kind === 'leaf' && !state.hasContent && !state.interrupted) {
          heading = false;
        } else {
          state = { kind: 'leaf', hasContent: false, interrupted: false };
          outline.open([...groupPath, label]);
        }
      } else {
        const groupsNext = state.kind === 'leaf' && !state.hasContent && !state.interrupted;
        run = groupsNext ? [...run, label] : [label];
        if (run.length > 1) groupPath = run.slice(0, -1);
        state = { kind: 'leaf', hasContent: false, interrupted: false };
        outline.open([...groupPath, label]);
      }
    }
    if (!heading) {
      if (state.kind === 'none') state = { kind: 'title', hasContent: false, interrupted: false };
      state.hasContent = true;
      run = [];
      outline.content(line);
    }
    isContent[i] = !heading;
    isItem[i] = !heading && (markerOf(line.clean) !== null || indentedItem || continuesItem);
    previous = i;
  }
  return outline.sections;
}
