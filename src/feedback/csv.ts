import type { FeedbackEntry } from './store.js';

/**
 * RFC 4180 CSV for spreadsheet users. Cells a spreadsheet would evaluate as a formula (OWASP's list:
 * leading = + - @ tab CR) get a leading apostrophe, so a comment like `=HYPERLINK(...)` stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

const HEADER = ['id', 'created_at', 'rating', 'language', 'question', 'answer', 'comment', 'citations'];

/** Citations as people read them: "[1] Region – Document – Section", one per line of the cell. */
function citationSummary(entry: FeedbackEntry): string {
  return entry.citations.map((c) => `[${c.id}] ${c.region} – ${c.document} – ${c.section}`).join('\n');
}

/** With a byte order mark so spreadsheet programs read æ, ø and å as UTF-8. */
export function feedbackToCsv(entries: FeedbackEntry[]): string {
  const rows = entries.map((e) =>
    [e.id, e.createdAt, e.rating, e.language, e.question, e.answer, e.comment, citationSummary(e)].map(csvCell),
  );
  return '\uFEFF' + [HEADER, ...rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
