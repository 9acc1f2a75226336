import { METRICS, type MetricInfo } from './aggregate.js';
import { GOLD_DECISIONS, OUTCOMES, rowTotal, type DecisionTable } from './decision.js';
import type { EvalReport } from './report.js';
import type { JudgeRunSummary } from './judge/types.js';
import type { GroupAggregate, ModeRun } from './result.js';

/** Number formatting shared by the console, Markdown and HTML reports. */

/** The columns of the per-category/region/language tables: the few numbers an evaluator scans first. */
export const BREAKDOWN_METRICS = [
  'hit@5',
  'mrr',
  'citationValidity',
  'faithfulness',
  'factHit',
  'citedGold',
  'languageMatch',
  'regionCoverage',
  'refusedAnswerable',
  'answeredUnanswerable',
  'latencyP95',
] as const;

/** The decision metrics shown under every confusion table. */
export const HEADLINE_METRICS = ['refusedAnswerable', 'directAnswerable', 'answeredUnanswerable'] as const;

/** The confusion table as rows of text: gold decision, count, then one count per outcome. */
export function decisionRows(table: DecisionTable): string[][] {
  return GOLD_DECISIONS.map((gold) => [gold, String(rowTotal(table[gold])), ...OUTCOMES.map((o) => String(table[gold][o]))]);
}

export const DECISION_HEADER = ['gold', 'n', ...OUTCOMES];

/** The headline decision rates of a group, each with the counts it comes from ("5/140"). */
export function headlineRates(agg: GroupAggregate): { metric: (typeof HEADLINE_METRICS)[number]; value: number | null; counts: string }[] {
  const t = agg.decisions;
  const answerable = rowTotal(t.answerable);
  const unanswerable = rowTotal(t.unanswerable);
  const counts: Record<(typeof HEADLINE_METRICS)[number], string> = {
    refusedAnswerable: `${t.answerable.refused + t.answerable.error}/${answerable}`,
    directAnswerable: `${t.answerable.direct}/${answerable}`,
    answeredUnanswerable: `${t.unanswerable.direct + t.unanswerable.related + t.unanswerable.error}/${unanswerable}`,
  };
  return HEADLINE_METRICS.map((metric) => ({ metric, value: agg.metrics[metric] ?? null, counts: counts[metric] }));
}

/** "Refused (answerable) 3.6% (5/140)", one string per headline rate. */
export function headline(agg: GroupAggregate): string[] {
  return headlineRates(agg).map((h) => `${metricInfo(h.metric).label} ${formatValue(h.metric, h.value)} (${h.counts})`);
}

/** The run's aggregates to show side by side: all of it, then its tune and test parts when it has both. */
export function partsOf(run: ModeRun): { label: string; agg: GroupAggregate }[] {
  const parts = [{ label: 'all', agg: run.overall }];
  if (run.parts?.tune) parts.push({ label: 'tune', agg: run.parts.tune });
  if (run.parts?.test) parts.push({ label: 'test (frozen)', agg: run.parts.test });
  return parts;
}

/** The columns of an overall table: each mode, with its tune and test parts beside it when it has both. */
export function overallColumns(report: EvalReport): { head: string; agg: GroupAggregate }[] {
  return report.runs.flatMap((run) => partsOf(run).map((p) => ({ head: p.label === 'all' ? run.mode : `${run.mode} ${p.label}`, agg: p.agg })));
}

/** "own (a1b2c3d4e5f6), split all": which questions the report measured. */
export function setLine(report: EvalReport): string {
  const set = report.config.set;
  return set ? `set ${set.name} (sha256 ${set.hash}), split ${set.split}` : `questions ${report.config.questionsFile}`;
}

const byName = new Map(METRICS.map((m) => [m.name, m]));

export function metricInfo(name: string): MetricInfo {
  return byName.get(name) ?? { name, label: name, unit: 'ratio', higherIsBetter: true };
}

export function formatValue(name: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return metricInfo(name).unit === 'ms' ? `${Math.round(value)} ms` : `${(value * 100).toFixed(1)}%`;
}

/** Ratio deltas in percentage points, latencies in ms; sign always shown. */
export function formatDelta(name: string, delta: number | null): string {
  if (delta === null) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  return metricInfo(name).unit === 'ms' ? `${sign}${Math.round(magnitude)} ms` : `${sign}${(magnitude * 100).toFixed(1)} pp`;
}

/** Whether a delta is an improvement, a regression or neither (for colouring and arrows). */
export function deltaDirection(name: string, delta: number | null): 'better' | 'worse' | 'same' {
  if (delta === null || Math.abs(delta) < 1e-9) return 'same';
  return delta > 0 === metricInfo(name).higherIsBetter ? 'better' : 'worse';
}

/** "qwen (prompts judge-1+…): 120 judgements, 30 from cache, 2 failed (timeout ×2)". */
export function judgeLine(j: JudgeRunSummary): string {
  const errors = Object.entries(j.errors).map(([kind, n]) => `${kind} ×${n}`).join(', ');
  return `${j.model} (prompts ${j.promptVersion}): ${j.judged} judgements, ${j.cached} from cache, ${j.failed} failed${errors ? ` (${errors})` : ''}`;
}

export const AGREEMENT_HEADER = ['Judge metric', 'Heuristic', 'n', 'Pearson r', "Cohen's κ", 'Agreement'];

/** One row per judge/heuristic pair: correlation and kappa to two decimals, agreement as a percentage. */
export function agreementRows(j: JudgeRunSummary): string[][] {
  const num = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  return j.agreement.map((a) => [a.judge, metricInfo(a.heuristic).label, String(a.n), num(a.pearson), num(a.kappa), formatValue('agreement', a.agreement)]);
}
