import { cleanText, contentStart, isBlank, splitLines, startsUppercaseOrDigit, trimEnd, type Line } from './lines.js';
import { createNoiseMatcher } from './noise.js';
import type { LayoutHints } from './types.js';

/**
 * The form every layout parser (text, Markdown, slides) produces: heading paths with the content found
 * under each, as runs of lines with nothing else (heading, noise) in between. sectionize() turns an
 * outline into Sections.
 */
export interface OutlineSection {
  path: string[];
  runs: { start: number; end: number }[];
}

/** A source line as the layout parsers see it. */
export interface AnnotatedLine extends Line {
  clean: string;
  blank: boolean;
  /** The whole line is noise. */
  noise: boolean;
  /** Content, then noise to the end of the line ("… transport. Redaktør"). */
  cut: boolean;
  /** Where the line's content ends: before any trailing noise, trailing spaces trimmed. */
  contentEnd: number;
}

export function annotateLines(text: string, hints: LayoutHints | undefined): AnnotatedLine[] {
  const noiseAt = createNoiseMatcher(hints?.noiseLines ?? []);
  return splitLines(text).map((line) => {
    const blank = isBlank(line.raw);
    const at = blank ? -1 : noiseAt(line.raw);
    const contentEnd = trimEnd(text, line.start, at === -1 ? line.end : line.start + at);
    const noise = at !== -1 && contentEnd <= contentStart(line);
    return { ...line, clean: cleanText(line.raw), blank, noise, cut: at !== -1 && !noise, contentEnd };
  });
}

const MAX_HEADING_CHARS = 80;
const MAX_HEADING_WORDS = 12;

/**
 * Could this cleaned line be a heading by its shape alone: short, starting with a capital or digit, no
 * closing full stop, comma or dash, and no sentence break inside ("iTOP. Indflydelse. Tillid" is a tagline).
 */
export function hasHeadingShape(clean: string): boolean {
  return (
    clean.length > 0 &&
    clean.length <= MAX_HEADING_CHARS &&
    clean.split(' ').length <= MAX_HEADING_WORDS &&
    startsUppercaseOrDigit(clean) &&
    !/[.,;!?…\-–—]["”’)]*$/.test(clean) &&
    !/[.!?]\s/.test(clean)
  );
}

/** A heading's display text: whitespace cleaned, a trailing colon ("Vår visjon:") dropped. */
export function headingText(raw: string): string {
  return cleanText(raw).replace(/\s*:$/, '');
}

/** Case- and whitespace-insensitive key for comparing heading texts. */
export function headingKey(text: string): string {
  return cleanText(text).replace(/:$/, '').toLocaleLowerCase('da');
}

/** Collects an outline line by line; content before any heading goes under the document's title. */
export class OutlineBuilder {
  readonly sections: OutlineSection[] = [];
  private run: { start: number; end: number } | undefined;

  constructor(private readonly fallbackTitle: string) {}

  open(path: string[]): void {
    this.sections.push({ path, runs: [] });
    this.run = undefined;
  }

  content(line: AnnotatedLine): void {
    if (this.sections.length === 0) this.open([cleanText(this.fallbackTitle)]);
    if (this.run) {
      this.run.end = line.contentEnd;
    } else {
      this.run = { start: contentStart(line), end: line.contentEnd };
      this.sections[this.sections.length - 1].runs.push(this.run);
    }
    // A line cut short by trailing noise ends its run: the noise must not fall inside a chunk.
    if (line.cut) this.interrupt();
  }

  /** Noise (or anything else not content) came between: the next content line starts a new run. */
  interrupt(): void {
    this.run = undefined;
  }
}
