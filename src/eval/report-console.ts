import { shownMetrics } from './aggregate.js';
import {
  AGREEMENT_HEADER,
  agreementRows,
  BREAKDOWN_METRICS,
  DECISION_HEADER,
  decisionRows,
  formatDelta,
  formatValue,
  headline,
  judgeLine,
  metricInfo,
  overallColumns,
  partsOf,
  setLine,
} from './format.js';
import type { EvalReport } from './report.js';
import type { ModeRun } from './result.js';

/** The compact plain-text summary printed at the end of a run. */

const SHORT: Record<string, string> = {
  'hit@5': 'hit@5',
  mrr: 'MRR',
  citationValidity: 'cite',
  faithfulness: 'faith',
  factHit: 'fact',
  citedGold: 'on-gold',
  languageMatch: 'lang',
  regionCoverage: 'regions',
  refusedAnswerable: 'refused',
  answeredUnanswerable: 'ans-unans',
  latencyP95: 'p95',
};

function textTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

/** Overall metrics; each mode's tune and frozen test parts beside it when the run covered both. */
function overallTable(report: EvalReport): string {
  const columns = overallColumns(report);
  return textTable([
    ['metric', ...columns.map((c) => c.head)],
    ['questions', ...columns.map((c) => String(c.agg.count))],
    ...shownMetrics(columns.map((c) => c.agg)).map((m) => [m.label, ...columns.map((c) => formatValue(m.name, c.agg.metrics[m.name]))]),
  ]);
}

function decisionSection(run: ModeRun): string[] {
  const parts = partsOf(run);
  const rows = parts.flatMap((p) => decisionRows(p.agg.decisions).map((row) => (parts.length > 1 ? [p.label, ...row] : row)));
  const header = parts.length > 1 ? ['part', ...DECISION_HEADER] : DECISION_HEADER;
  return [
    '',
    `${run.mode} decisions (rows: what the gold asks for; columns: what the system did):`,
    textTable([header, ...rows]),
    ...parts.map((p) => `${parts.length > 1 ? `${p.label}: ` : ''}${headline(p.agg).join(' · ')}`),
  ];
}

function judgeSection(run: ModeRun): string[] {
  if (!run.judge) return [];
  return ['', `${run.mode} judge ${judgeLine(run.judge)}`, textTable([AGREEMENT_HEADER, ...agreementRows(run.judge)])];
}

export function renderSummary(report: EvalReport, reportDir: string, alsoWritten: readonly string[] = []): string {
  const out: string[] = [`Eval ${report.runId}: ${setLine(report)}`, '', overallTable(report)];
  for (const run of report.runs) {
    out.push(
      ...decisionSection(run),
      '',
      `${run.mode} by category:`,
      textTable([
        ['category', 'n', ...BREAKDOWN_METRICS.map((m) => SHORT[m] ?? m)],
        ...Object.entries(run.byCategory).map(([g, a]) => [g, String(a.count), ...BREAKDOWN_METRICS.map((m) => formatValue(m, a.metrics[m]))]),
      ]),
      `${run.results.filter((r) => r.failures.length).length} of ${run.results.length} questions have failures. ` +
        `Answers: ${Object.entries(run.answerModes).map(([m, n]) => `${n} ${m}`).join(', ') || 'none'}.`,
      ...judgeSection(run),
    );
  }
  for (const m of report.comparison?.modes ?? []) {
    const moved = m.metrics.filter((d) => d.delta !== null && Math.abs(d.delta) > 1e-9);
    out.push(
      '',
      `${m.mode} vs ${report.comparison?.baseRunId}:`,
      `  changed outcomes (${m.outcomeChanges?.length ?? 0}): ${(m.outcomeChanges ?? []).map((c) => `${c.id} ${c.base}→${c.head} (${c.direction})`).join(', ') || 'none'}`,
      `  metrics: ${moved.map((d) => `${metricInfo(d.metric).label} ${formatDelta(d.metric, d.delta)}`).join(', ') || 'no metric changed'}`,
      `  better (${m.better.length}): ${m.better.map((q) => q.id).join(', ') || 'none'}`,
      `  worse (${m.worse.length}): ${m.worse.map((q) => q.id).join(', ') || 'none'}`,
    );
  }
  if (report.thresholds) {
    const v = report.thresholds.violations;
    out.push(
      '',
      v.length
        ? `THRESHOLDS FAILED:\n${v.map((x) => `  ${x.mode} ${metricInfo(x.metric).label}: ${formatValue(x.metric, x.actual)} (${x.bound} ${formatValue(x.metric, x.limit)})`).join('\n')}`
        : 'Thresholds: all met.',
    );
  }
  out.push('', `Report: ${reportDir}/report.html (also ${['report.md', 'report.json', ...alsoWritten].join(', ')})`);
  return out.join('\n');
}
