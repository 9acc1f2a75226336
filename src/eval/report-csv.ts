import { METRICS } from './aggregate.js';
import type { EvalReport } from './report.js';
import { failureKind, QUESTION_METRICS } from './result.js';

/**
 * results.csv: one row per question and mode, for spreadsheets and dashboards. RFC 4180 quoting; text that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. Metrics are plain
 * numbers 0..1 (empty where they don't apply), so a dashboard can average them itself.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toFixed(6))) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = ['mode', 'part', 'id', 'category', 'language', 'regions', 'gold', 'outcome', 'passed', 'failure_kinds', 'failures', 'latency_ms', 'question'];

/** The per-question metrics that are measured in this report (judge columns only when a judge ran). */
function metricColumns(report: EvalReport): string[] {
  const shown = new Set(METRICS.filter((m) => !m.optional || report.config.judge).map((m) => m.name));
  return QUESTION_METRICS.filter((m) => shown.has(m));
}

export function renderCsv(report: EvalReport): string {
  const metrics = metricColumns(report);
  const rows = [[...COLUMNS, ...metrics].map(csvCell).join(',')];
  for (const run of report.runs) {
    for (const r of run.results) {
      rows.push(
        [
          run.mode,
          r.part,
          r.id,
          r.category,
          r.language,
          (r.gold?.regions ?? []).join('; '),
          r.expectAbstain ? 'unanswerable' : 'answerable',
          r.outcome,
          r.failures.length ? 'no' : 'yes',
          [...new Set(r.failures.map(failureKind))].join('; '),
          r.failures.join(' | '),
          r.latencyMs,
          r.question,
          ...metrics.map((m) => r.metrics[m as keyof typeof r.metrics]),
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
