import { METRICS } from './aggregate.js';
import { BREAKDOWN_METRICS, formatDelta, formatValue, metricInfo } from './format.js';
import type { EvalReport } from './report.js';

/** The compact plain-text summary printed at the end of a run. */

const SHORT: Record<string, string> = {
  'hit@5': 'hit@5',
  mrr: 'MRR',
  citationValidity: 'cite',
  faithfulness: 'faith',
  factHit: 'fact',
  languageMatch: 'lang',
  regionCoverage: 'regions',
  abstentionCorrect: 'abstain',
  answeredInScope: 'answered',
  refusedOutOfScope: 'refused',
  latencyP95: 'p95',
};

function textTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

export function renderSummary(report: EvalReport, reportDir: string): string {
  const out: string[] = [];
  out.push(
    textTable([
      ['metric', ...report.runs.map((r) => r.mode)],
      ...METRICS.map((m) => [m.label, ...report.runs.map((r) => formatValue(m.name, r.overall.metrics[m.name]))]),
    ]),
  );
  for (const run of report.runs) {
    out.push(
      '',
      `${run.mode} by category:`,
      textTable([
        ['category', 'n', ...BREAKDOWN_METRICS.map((m) => SHORT[m] ?? m)],
        ...Object.entries(run.byCategory).map(([g, a]) => [g, String(a.count), ...BREAKDOWN_METRICS.map((m) => formatValue(m, a.metrics[m]))]),
      ]),
      `${run.results.filter((r) => r.failures.length).length} of ${run.results.length} questions have failures. ` +
        `Answers: ${Object.entries(run.answerModes).map(([m, n]) => `${n} ${m}`).join(', ') || 'none'}.`,
    );
  }
  for (const m of report.comparison?.modes ?? []) {
    const moved = m.metrics.filter((d) => d.delta !== null && Math.abs(d.delta) > 1e-9);
    out.push(
      '',
      `${m.mode} vs ${report.comparison?.baseRunId}: ${moved.map((d) => `${metricInfo(d.metric).label} ${formatDelta(d.metric, d.delta)}`).join(', ') || 'no metric changed'}`,
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
  out.push('', `Report: ${reportDir}/report.html (also report.md, report.json)`);
  return out.join('\n');
}
