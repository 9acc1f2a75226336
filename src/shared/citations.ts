/**
 * The `[n]` citation markers in answer text, read the same way by the answer checks, the eval and the
 * widget. Imports nothing: the widget bundle includes this module.
 */

/** A marker's numbers: `[3]`, or the grouped `[1, 3]` / `[1; 3]` that models write despite being asked for `[1][3]`. */
const NUMBERS = String.raw`\d+(?:\s*[,;]\s*\d+)*`;

/** One marker as regex source without groups, for patterns that step over markers (sentence ends). */
export const CITATION_PATTERN = String.raw`\[${NUMBERS}\]`;

const MARKER = new RegExp(String.raw`\[(${NUMBERS})\]`, 'g');

/** A piece of answer text: plain text, or a reference to citation `id`. */
export type AnswerPart = { type: 'text'; text: string } | { type: 'citation'; id: number };

const numbersOf = (group: string): number[] => group.split(/[,;]/).map((n) => Number(n.trim()));
const isKnown = (ids: number[], known: ReadonlySet<number> | undefined) => !known || ids.every((id) => known.has(id));

/** Every cited number in order, repeats included: `A [1]. B [2; 1]` → 1, 2, 1. */
export function citedNumbers(text: string): number[] {
  return [...text.matchAll(MARKER)].flatMap((m) => numbersOf(m[1]));
}

/**
 * The text without its markers, as it reads aloud or to a language detector: a marker counts as a space,
 * and no space is left before punctuation, at a line's end, doubled, or around the whole. With `known`,
 * only markers citing known numbers go, as in {@link splitCitations}.
 */
export function stripCitations(text: string, known?: ReadonlySet<number>): string {
  return text
    .replace(MARKER, (marker, numbers: string) => (isKnown(numbersOf(numbers), known) ? ' ' : marker))
    .replace(/[ \t]+(?=[.,;:!?]|$)/gm, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * Splits text into text and citation parts, one citation part per cited number, keeping all other text.
 * With `known`, a marker citing any number outside it stays text (a "[2024]" in a quote, a "[9]" that has
 * no source); a half-streamed "[1" is never a marker.
 */
export function splitCitations(text: string, known?: ReadonlySet<number>): AnswerPart[] {
  const parts: AnswerPart[] = [];
  const pushText = (t: string) => {
    if (!t) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text') last.text += t;
    else parts.push({ type: 'text', text: t });
  };
  let pos = 0;
  for (const match of text.matchAll(MARKER)) {
    const ids = numbersOf(match[1]);
    pushText(text.slice(pos, match.index));
    if (isKnown(ids, known)) for (const id of ids) parts.push({ type: 'citation', id });
    else pushText(match[0]);
    pos = match.index + match[0].length;
  }
  pushText(text.slice(pos));
  return parts;
}
