/** A piece of answer text: plain text, or a reference to citation `id`. */
export type AnswerPart = { type: 'text'; text: string } | { type: 'citation'; id: number };

const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;

/**
 * Splits answer text into text and citation parts. Recognises `[n]` and `[n, m]`, but only numbers that are
 * among `known`; anything else (a half-streamed "[1", a "[2024]" in a quote) stays text.
 */
export function splitCitations(text: string, known: ReadonlySet<number>): AnswerPart[] {
  const parts: AnswerPart[] = [];
  const pushText = (t: string) => {
    if (!t) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text') last.text += t;
    else parts.push({ type: 'text', text: t });
  };
  let pos = 0;
  for (const match of text.matchAll(MARKER)) {
    const ids = match[1].split(',').map((n) => Number(n.trim()));
    pushText(text.slice(pos, match.index));
    if (ids.every((id) => known.has(id))) for (const id of ids) parts.push({ type: 'citation', id });
    else pushText(match[0]);
    pos = match.index + match[0].length;
  }
  pushText(text.slice(pos));
  return parts;
}

/** The answer as a screen reader should hear it: without the bracketed numbers. */
export function withoutCitations(text: string): string {
  return text.replace(MARKER, '').replace(/[ \t]+([.,;:!?])/g, '$1').replace(/[ \t]{2,}/g, ' ').trim();
}
