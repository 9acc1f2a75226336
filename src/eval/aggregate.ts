import type { RetrievalMode } from '../shared/api.js';
import { decisionTable } from './decision.js';
import { abstentionScores, percentile, type AbstentionOutcome } from './metrics.js';
import { QUESTION_METRICS, type GroupAggregate, type ModeRun, type QuestionResult } from './result.js';

/** Rolls per-question results up into overall numbers and breakdowns by category, region and language. */

export interface MetricInfo {
  name: string;
  label: string;
  /** 'ratio' is 0..1 (shown as %), 'ms' is milliseconds. */
  unit: 'ratio' | 'ms';
  higherIsBetter: boolean;
  /** Measured only in some runs (the model judge): reports leave it out when no run measured it. */
  optional?: boolean;
}

const ratio = (name: string, label: string): MetricInfo => ({ name, label, unit: 'ratio', higherIsBetter: true });
const rate = (name: string, label: string): MetricInfo => ({ name, label, unit: 'ratio', higherIsBetter: false });
const judged = (name: string, label: string): MetricInfo => ({ ...ratio(name, label), optional: true });

/** Every aggregate metric, in report order. */
export const METRICS: readonly MetricInfo[] = [
  ratio('hit@1', 'Section hit@1'),
  ratio('hit@3', 'Section hit@3'),
  ratio('hit@5', 'Section hit@5'),
  ratio('regionHit@1', 'Region hit@1'),
  ratio('mrr', 'MRR'),
  ratio('ndcg@5', 'nDCG@5'),
  ratio('citationValidity', 'Citation validity'),
  ratio('faithfulness', 'Faithfulness'),
  ratio('factHit', 'Key fact present'),
  ratio('factRecall', 'Key fact recall'),
  ratio('languageMatch', 'Response language'),
  ratio('framingLanguage', 'Framing language'),
  ratio('regionCoverage', 'Region coverage'),
  ratio('abstentionCorrect', 'Abstention correct'),
  rate('refusedAnswerable', 'Refused (answerable)'),
  ratio('directAnswerable', 'Direct (answerable)'),
  rate('answeredUnanswerable', 'Answered (unanswerable)'),
  ratio('citedGold', 'Cited from gold'),
  ratio('leadOnTopic', 'Lead on topic'),
  ratio('factsRetrieved', 'Key facts in top 5'),
  judged('judgeFaithfulness', 'Judge: faithfulness'),
  judged('judgeAnswerRelevancy', 'Judge: answer relevancy'),
  judged('judgeContextPrecision', 'Judge: context precision'),
  judged('judgeContextRecall', 'Judge: context recall'),
  ratio('abstentionPrecision', 'Abstention precision'),
  ratio('abstentionRecall', 'Abstention recall'),
  { name: 'latencyP50', label: 'Latency p50', unit: 'ms', higherIsBetter: false },
  { name: 'latencyP95', label: 'Latency p95', unit: 'ms', higherIsBetter: false },
];

export const METRIC_NAMES: ReadonlySet<string> = new Set(METRICS.map((m) => m.name));

const mean = (values: number[]): number | null => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function aggregate(results: readonly QuestionResult[]): GroupAggregate {
  const metrics: Record<string, number | null> = {};
  for (const name of QUESTION_METRICS) {
    metrics[name] = mean(results.map((r) => r.metrics[name]).filter((v): v is number => v !== null));
  }
  const outcomes = results.map((r) => r.abstention).filter((o): o is AbstentionOutcome => o !== null);
  const { precision, recall } = abstentionScores(outcomes);
  metrics.abstentionPrecision = precision;
  metrics.abstentionRecall = recall;
  const latencies = results.map((r) => r.latencyMs).filter((v): v is number => v !== null);
  metrics.latencyP50 = percentile(latencies, 50);
  metrics.latencyP95 = percentile(latencies, 95);
  return { count: results.length, metrics, decisions: decisionTable(results) };
}

/** The metrics a report shows: all, less the optional ones no run measured. */
export function shownMetrics(aggregates: readonly GroupAggregate[]): MetricInfo[] {
  return METRICS.filter((m) => !m.optional || aggregates.some((a) => a.metrics[m.name] !== null && a.metrics[m.name] !== undefined));
}

/** Aggregates per group; a result may be in several groups (a multi-region question counts for each region). */
export function breakdown(results: readonly QuestionResult[], groupsOf: (r: QuestionResult) => string[]): Record<string, GroupAggregate> {
  const groups = new Map<string, QuestionResult[]>();
  for (const r of results) for (const g of groupsOf(r)) groups.set(g, [...(groups.get(g) ?? []), r]);
  return Object.fromEntries([...groups.keys()].sort().map((g) => [g, aggregate(groups.get(g) ?? [])]));
}

/** Questions without gold regions (out-of-scope, injection) are grouped under this name. */
export const NO_REGION = '(no region)';

/** The tune and test parts side by side, when the run holds questions of both. */
function partsOf(results: readonly QuestionResult[]): Pick<ModeRun, 'parts'> {
  const tune = results.filter((r) => r.part === 'tune');
  const test = results.filter((r) => r.part === 'test');
  return tune.length && test.length ? { parts: { tune: aggregate(tune), test: aggregate(test) } } : {};
}

export function summarizeRun(mode: RetrievalMode, results: QuestionResult[]): ModeRun {
  const answerModes: ModeRun['answerModes'] = {};
  for (const r of results) if (r.answer) answerModes[r.answer.mode] = (answerModes[r.answer.mode] ?? 0) + 1;
  return {
    mode,
    answerModes,
    overall: aggregate(results),
    byCategory: breakdown(results, (r) => [r.category]),
    byRegion: breakdown(results, (r) => r.gold?.regions ?? [NO_REGION]),
    byLanguage: breakdown(results, (r) => [r.language]),
    ...partsOf(results),
    results,
  };
}
