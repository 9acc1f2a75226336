import { markerOf } from './lines.js';
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
 * A slide deck exported to text: each slide's title ("Theme - Sub" or "Theme – Sub") comes AFTER the
 * slide's text, so a slide's content is everything between the previous title and its own.
 *
 * Decks open with an overview grid naming every theme and sub-theme, each with a one-sentence blurb that
 * the slide itself repeats. The grid is not content; it ends after the blurb of the last slide's sub-theme.
 * Its spelling is the deck's own, while exported titles are sometimes lowercased ("Psykiatri -
 * forebyggelse"), so labels take their spelling from the grid when it names them.
 */

const SLIDE_TITLE = /^(.+?)\s+[-–—]\s+(.+)$/;

interface SlideTitle {
  line: number;
  theme: string;
  sub: string;
}

const capitalize = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('da'));

function slideTitleAt(line: AnnotatedLine, index: number): SlideTitle | undefined {
  if (line.blank || line.noise || line.cut || markerOf(line.clean) !== null || !hasHeadingShape(line.clean)) return undefined;
  const m = SLIDE_TITLE.exec(line.clean);
  // The sub-theme may be lowercased in an exported title ("Psykiatri - forebyggelse").
  if (!m || !hasHeadingShape(m[1]) || !hasHeadingShape(capitalize(m[2]))) return undefined;
  return { line: index, theme: headingText(m[1]), sub: headingText(m[2]) };
}

/** Where the overview grid spells each name, and on which line that spelling ends. */
function overviewNames(lines: AnnotatedLine[], end: number): Map<string, { text: string; line: number }> {
  const names = new Map<string, { text: string; line: number }>();
  const add = (text: string, line: number) => {
    const key = headingKey(text);
    if (!names.has(key)) names.set(key, { text: headingText(text), line });
  };
  for (let i = 0; i < end; i++) {
    if (lines[i].blank) continue;
    add(lines[i].clean, i);
    // Grid cells are narrow: "Helhedsorienteret ⏎ indsats".
    if (i + 1 < end && !lines[i + 1].blank) add(`${lines[i].clean} ${lines[i + 1].clean}`, i + 1);
  }
  return names;
}

/** The slide outline, or undefined when the text has no "Theme - Sub" titles (it is then read as plain text). */
export function slidesOutline(doc: SourceDocument): OutlineSection[] | undefined {
  const lines = annotateLines(doc.text, doc.hints);
  const titles = lines.map(slideTitleAt).filter((t): t is SlideTitle => t !== undefined);
  if (titles.length === 0) return undefined;

  const grid = overviewNames(lines, titles[0].line);
  const lastSub = grid.get(headingKey(titles[titles.length - 1].sub));
  const firstLine = lines.findIndex((l) => !l.blank);
  // Without a grid, the deck's own title line (if it opens the text) is still not slide content.
  let firstSlideStart = headingKey(lines[firstLine].clean) === headingKey(doc.meta.title) ? firstLine + 1 : 0;
  if (lastSub) {
    const blurbEnd = lines.findIndex((l, i) => i > lastSub.line && i < titles[0].line && /[.!?]$/.test(l.clean));
    if (blurbEnd !== -1) firstSlideStart = blurbEnd + 1;
  }

  const outline = new OutlineBuilder(doc.meta.title);
  const addContent = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (lines[i].noise) outline.interrupt();
      else if (!lines[i].blank) outline.content(lines[i]);
    }
  };
  let from = firstSlideStart;
  for (const title of titles) {
    const spelled = (name: string) => grid.get(headingKey(name))?.text ?? capitalize(name);
    outline.open([spelled(title.theme), spelled(title.sub)]);
    addContent(from, title.line);
    from = title.line + 1;
  }
  // Text after the last title has no title of its own: it goes under the deck's.
  outline.open([headingText(doc.meta.title)]);
  addContent(from, lines.length);
  return outline.sections;
}
