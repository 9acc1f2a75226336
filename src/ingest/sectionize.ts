import type { OutlineSection } from './outline.js';
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

/**
 * The document's sections in text order, each with its heading path and its content blocks. Noise lines
 * (from the manifest's patterns) are left out, and sections left without content are dropped.
 */
export function sectionize(doc: SourceDocument): Section[] {
  const sections: Section[] = [];
  for (const { path, runs } of outlineOf(doc)) {
    const blocks = runs.flatMap((run) => parseBlocks(doc.text, run.start, run.end));
    if (blocks.length === 0) continue;
    sections.push({
      path,
      label: path.join(SECTION_SEPARATOR),
      start: blocks[0].start,
      end: blocks[blocks.length - 1].end,
      blocks,
    });
  }
  return sections;
}
