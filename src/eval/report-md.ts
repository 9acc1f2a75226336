import { shownMetrics } from './aggregate.js';
import type { Comparison } from './compare.js';
import {
  AGREEMENT_HEADER,
  agreementRows,
  BREAKDOWN_METRICS,
  DECISION_HEADER,
  decisionRows,
  deltaDirection,
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
import type { GroupAggregate, ModeRun, QuestionResult } from './result.js';

/** report.md: the same content as the HTML report, readable in a terminal or a pull request. */

/** Markdown table cells: pipes and line breaks would break the row. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function breakdownTable(title: string, groups: Record<string, GroupAggregate>): string {
  const header = [title, 'n', ...BREAKDOWN_METRICS.map((m) => metricInfo(m).label)];
  const rows = Object.entries(groups).map(([g, a]) => [g, String(a.count), ...BREAKDOWN_METRICS.map((m) => formatValue(m, a.metrics[m]))]);
  return table(header, rows);
}

function questionLine(r: QuestionResult): string {
  const lines = [`- **${r.id}** (${r.category}, ${r.language}): ${cell(r.question)}`];
  for (const f of r.failures) lines.push(`  - ${cell(f)}`);
  return lines.join('\n');
}

export function comparisonMarkdown(comparison: Comparison): string {
  const parts = [`## Compared with ${comparison.baseRunId}`];
  for (const m of comparison.modes) {
    const changes = m.outcomeChanges ?? [];
    parts.push(
      `### ${m.mode}`,
      `Changed outcomes (${changes.length}):${changes.length ? '' : ' none'}`,
      ...(changes.length ? [changes.map((c) => `- ${c.direction === 'worse' ? '**worse**' : c.direction}: ${c.id} ${c.base} → ${c.head} (${c.expectAbstain ? 'unanswerable' : 'answerable'}): ${cell(c.question)}`).join('\n')] : []),
      table(
        ['Metric', 'Before', 'Now', 'Δ', ''],
        m.metrics.map((d) => {
          const dir = deltaDirection(d.metric, d.delta);
          return [metricInfo(d.metric).label, formatValue(d.metric, d.base), formatValue(d.metric, d.head), formatDelta(d.metric, d.delta), dir === 'same' ? '' : dir];
        }),
      ),
      `Better (${m.better.length}): ${m.better.map((q) => q.id).join(', ') || 'none'}`,
      `Worse (${m.worse.length}): ${m.worse.map((q) => q.id).join(', ') || 'none'}`,
    );
    for (const q of m.worse) parts.push(`- ${q.id}: ${cell(q.headFailures.join('; '))}`);
    if (m.onlyInBase.length || m.onlyInHead.length) {
      parts.push(`Only before: ${m.onlyInBase.join(', ') || 'none'}; only now: ${m.onlyInHead.join(', ') || 'none'}`);
    }
  }
  return parts.join('\n\n');
}

function decisionMarkdown(run: ModeRun): string {
  const parts = partsOf(run);
  const header = parts.length > 1 ? ['Part', ...DECISION_HEADER] : DECISION_HEADER;
  const rows = parts.flatMap((p) => decisionRows(p.agg.decisions).map((row) => (parts.length > 1 ? [p.label, ...row] : row)));
  const lines = parts.map((p) => `- ${parts.length > 1 ? `${p.label}: ` : ''}${headline(p.agg).join(' · ')}`);
  return `### Decisions\n\nRows: what the gold asks for; columns: what the system did.\n\n${table(header, rows)}\n\n${lines.join('\n')}`;
}

function judgeMarkdown(run: ModeRun): string {
  if (!run.judge) return '';
  return `### Model judge\n\n${judgeLine(run.judge)}.\n\n${table(AGREEMENT_HEADER, agreementRows(run.judge))}`;
}

function runMarkdown(run: ModeRun): string {
  const failing = run.results.filter((r) => r.failures.length > 0).sort((a, b) => b.failures.length - a.failures.length || a.id.localeCompare(b.id));
  // The frozen test part's questions stay out of the list read while tuning, in a run of both parts and in
  // a `--split test` run alike (its numbers are for the final before/after; its questions are in report.json).
  const listed = failing.filter((r) => r.part !== 'test');
  const withheld = failing.length - listed.length;
  return [
    `## Mode: ${run.mode}`,
    `Answers: ${Object.entries(run.answerModes).map(([m, n]) => `${n} ${m}`).join(', ') || 'none'}. ` +
      `${failing.length} of ${run.results.length} questions have failures.`,
    decisionMarkdown(run),
    judgeMarkdown(run),
    `### By category\n\n${breakdownTable('Category', run.byCategory)}`,
    `### By region\n\n${breakdownTable('Region', run.byRegion)}`,
    `### By language\n\n${breakdownTable('Language', run.byLanguage)}`,
    `### Failing questions${withheld ? ' (tune part)' : ''}\n\n${listed.map(questionLine).join('\n') || 'None.'}` +
      (withheld ? `\n\n${withheld} failing question(s) of the frozen test part are not listed here (they are in report.json).` : ''),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function renderMarkdown(report: EvalReport): string {
  const target = report.target.kind === 'http' ? `HTTP ${report.target.url}` : 'in-process engine';
  const columns = overallColumns(report);
  const overall = table(
    ['Metric', ...columns.map((c) => c.head)],
    [
      ['Questions', ...columns.map((c) => String(c.agg.count))],
      ...shownMetrics(columns.map((c) => c.agg)).map((m) => [m.label, ...columns.map((c) => formatValue(m.name, c.agg.metrics[m.name]))]),
    ],
  );
  const parts = [
    `# Eval report ${report.runId}`,
    [
      `- Created: ${report.createdAt}${report.gitSha ? ` (git ${report.gitSha})` : ''}`,
      `- Target: ${target}`,
      `- Question set: ${setLine(report)}`,
      `- Questions: ${report.runs[0]?.results.length ?? 0} of ${report.config.totalQuestions} from ${report.config.questionsFile}` +
        filtersText(report.config.filters),
      `- Answers: ${report.config.generative ? 'generative (LLM) for some or all' : 'extractive'}${report.config.llmModel ? `; LLM configured: ${report.config.llmModel}` : ''}`,
      report.config.judge ? `- Model judge: ${report.config.judge.model}, prompts ${report.config.judge.promptVersion}` : '',
      report.config.index ? `- Index: ${report.config.index.chunks} chunks, embeddings ${report.config.index.embeddingModel}, built ${report.config.index.builtAt}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    `## Overall\n\n${overall}`,
  ];
  if (report.thresholds) {
    const v = report.thresholds.violations;
    parts.push(
      `## Thresholds (${report.thresholds.file})\n\n` +
        (v.length
          ? v.map((x) => `- **${x.mode} ${metricInfo(x.metric).label}**: ${formatValue(x.metric, x.actual)}, ${x.bound} ${formatValue(x.metric, x.limit)}`).join('\n')
          : 'All thresholds met.'),
    );
  }
  if (report.comparison) parts.push(comparisonMarkdown(report.comparison));
  parts.push(...report.runs.map(runMarkdown));
  return `${parts.join('\n\n')}\n`;
}

function filtersText(filters: EvalReport['config']['filters']): string {
  const f = [
    filters.category && `category ${filters.category}`,
    filters.region && `region ${filters.region}`,
    filters.ids && `ids ${filters.ids.join(',')}`,
  ].filter(Boolean);
  return f.length ? ` (filtered: ${f.join('; ')})` : '';
}
