import type { FeedbackEntry } from './store.js';

/**
 * RFC 4180 CSV for spreadsheet users. Cells a spreadsheet would evaluate as a formula (OWASP's list:
 * leading = + - @ tab CR) get a leading apostrophe, so a comment like `=HYPERLINK(...)` stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Control characters other than tab and line breaks: refused on the way in, and never written out raw. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const clean = value.replace(CONTROL_CHARS, '\uFFFD'); // rows stored before the text rules applied
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(text) || text !== clean ? `"${text.replaceAll('"', '""')}"` : text;
}

const HEADER = ['id', 'created_at', 'rating', 'language', 'question', 'answer', 'comment', 'citations'];

/** Citations as people read them: "[1] Region – Document – Section", one per line of the cell. */
function citationSummary(entry: FeedbackEntry): string {
  return entry.citations.map((c) => `[${c.id}] ${c.region} – ${c.document} – ${c.section}`).join('\n');
}

function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/**
 * The export as CSV bytes, one batch of rows per read, so a large export is never in memory whole and the
 * database is read only as fast as the client takes it. Starts with a byte order mark so spreadsheet
 * programs read æ, ø and å as UTF-8.
 */
export function feedbackCsvStream(batches: AsyncIterator<FeedbackEntry[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        return controller.enqueue(encoder.encode('\uFEFF' + csvLine(HEADER)));
      }
      const next = await batches.next();
      if (next.done) return controller.close();
      const lines = next.value.map((e) =>
        csvLine([e.id, e.createdAt, e.rating, e.language, e.question, e.answer, e.comment, citationSummary(e)]),
      );
      controller.enqueue(encoder.encode(lines.join('')));
    },
    async cancel() {
      await batches.return?.();
    },
  });
}
