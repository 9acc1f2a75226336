import { headingKey, type OutlineSection } from './outline.js';
import { parseBlocks } from './passage.js';
import { markdownOutline } from './sections-markdown.js';
import { slidesOutline } from './sections-slides.js';
import { textOutline } from './sections-text.js';
import type { Section, SourceDocument } from './types.js';

/** Joins a heading path into the label chunks and citations show: "Sundhed › Respekt for patientens tid". */
const SECTION_SEPARATOR = ' › ';

function outlineOf(doc: SourceDocument): OutlineSection[] {
  switch (doc.meta.format) {
    case 'markdown':
      return markdownOutline(doc);
    case 'slides':
      return slidesOutline(doc) ?? textOutline(doc);
    case 'text':
      return textOutline(doc);
  }
}

/** Whether `path` heads the one after it (a group heading: "Sundhed" above "Sundhed › Respekt for patientens tid"). */
function headsNext(outline: OutlineSection[], i: number): boolean {
  const { path } = outline[i];
  const next = outline[i + 1]?.path;
  return next !== undefined && next.length > path.length && path.every((heading, k) => next[k] === heading);
}

/**
 * The document's sections in text order, each with its heading path and its content blocks. Noise lines
 * (from the manifest's patterns) are left out, and sections left without content are dropped. A dropped
 * heading that groups no other (it titles a figure or table that is not text: a chart's name and year)
 * would take its words out of the index; it is kept as a searchable heading of the section before it,
 * whose text it follows. (The document's title, which every passage carries
 * already, is not: it stands first, or is repeated on a closing slide.)
 */
export function sectionize(doc: SourceDocument): Section[] {
  const sections: Section[] = [];
  const outline = outlineOf(doc);
  outline.forEach(({ path, runs }, i) => {
    const blocks = runs.flatMap((run) => parseBlocks(doc.text, run.start, run.end));
    if (blocks.length === 0) {
      const previous = sections[sections.length - 1];
      const heading = path[path.length - 1];
      if (previous && !headsNext(outline, i) && headingKey(heading) !== headingKey(doc.meta.title)) {
        previous.headings = [...(previous.headings ?? []), heading];
      }
      return;
    }
    sections.push({
      path,
      label: path.join(SECTION_SEPARATOR),
      start: blocks[0].start,
      end: blocks[blocks.length - 1].end,
      blocks,
    });
  });
  return sections;
}
