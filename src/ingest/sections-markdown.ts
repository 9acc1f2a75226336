import { OutlineBuilder, annotateLines, headingText, type OutlineSection } from './outline.js';
import type { SourceDocument } from './types.js';

/**
 * Markdown: ATX headings (# … ######) make the heading path. A single level-1 heading at the top is the
 * document's title, as in most Markdown files: it labels the content right under it but is not repeated
 * in front of every section below. Thematic breaks (---) and fenced code markers are not content.
 */

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

export function markdownOutline(doc: SourceDocument): OutlineSection[] {
  const lines = annotateLines(doc.text, doc.hints);
  const outline = new OutlineBuilder(doc.meta.title);

  let fenced = false;
  const inFence = lines.map((line) => {
    if (FENCE.test(line.raw)) fenced = !fenced;
    return fenced || FENCE.test(line.raw);
  });
  const headings = lines.map((line, i) => (inFence[i] ? null : ATX_HEADING.exec(line.raw.trimEnd())));
  const levelOneCount = headings.filter((m) => m?.[1].length === 1).length;
  const firstHeading = headings.findIndex((m) => m !== null);
  const titleIndex = firstHeading >= 0 && headings[firstHeading]![1].length === 1 && levelOneCount === 1 ? firstHeading : -1;

  /** Open headings by level; the path is the texts of those still open. */
  const stack: { level: number; text: string }[] = [];
  lines.forEach((line, i) => {
    if (FENCE.test(line.raw)) {
      outline.interrupt();
      return;
    }
    const heading = headings[i];
    if (heading) {
      const text = headingText(heading[2]);
      if (!text) {
        outline.interrupt();
        return;
      }
      if (i === titleIndex) {
        outline.open([text]);
        return;
      }
      const level = heading[1].length;
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      stack.push({ level, text });
      outline.open(stack.map((h) => h.text));
    } else if (line.blank) {
      return;
    } else if (line.noise || (!inFence[i] && THEMATIC_BREAK.test(line.raw.trimEnd()))) {
      outline.interrupt();
    } else {
      outline.content(line);
    }
  });
  return outline.sections;
}
