import { METRICS } from './aggregate.js';
import type { EvalReport } from './report.js';
import type { QuestionResult } from './result.js';

/**
 * Compares a run with an earlier report: the change of every overall metric, and the questions that got
 * better or worse. A question is better when it has fewer failures than before, worse when it has more.
 */

export interface MetricDelta {
  metric: string;
  base: number | null;
  head: number | null;
  /** head − base; null when either side was not measured. */
  delta: number | null;
}

export interface QuestionChange {
  id: string;
  category: string;
  question: string;
  baseFailures: string[];
  headFailures: string[];
}

export interface ModeComparison {
  mode: string;
  metrics: MetricDelta[];
  better: QuestionChange[];
  worse: QuestionChange[];
  /** Question ids only one of the two runs has (the gold set changed in between). */
  onlyInBase: string[];
  onlyInHead: string[];
}

export interface Comparison {
  baseRunId: string;
  /** Modes run in both reports. */
  modes: ModeComparison[];
}

export function compareReports(base: EvalReport, head: EvalReport): Comparison {
  const modes: ModeComparison[] = [];
  for (const headRun of head.runs) {
    const baseRun = base.runs.find((r) => r.mode === headRun.mode);
    if (!baseRun) continue;
    const metrics = METRICS.map(({ name }) => {
      const b = baseRun.overall.metrics[name] ?? null;
      const h = headRun.overall.metrics[name] ?? null;
      return { metric: name, base: b, head: h, delta: b === null || h === null ? null : h - b };
    });
    const before = new Map(baseRun.results.map((r) => [r.id, r]));
    const after = new Map(headRun.results.map((r) => [r.id, r]));
    const better: QuestionChange[] = [];
    const worse: QuestionChange[] = [];
    for (const [id, now] of after) {
      const then = before.get(id);
      if (!then) continue;
      const change = changeOf(then, now);
      if (now.failures.length < then.failures.length) better.push(change);
      else if (now.failures.length > then.failures.length) worse.push(change);
    }
    modes.push({
      mode: headRun.mode,
      metrics,
      better,
      worse,
      onlyInBase: [...before.keys()].filter((id) => !after.has(id)),
      onlyInHead: [...after.keys()].filter((id) => !before.has(id)),
    });
  }
  return { baseRunId: base.runId, modes };
}

function changeOf(then: QuestionResult, now: QuestionResult): QuestionChange {
  return {
    id: now.id,
    category: now.category,
    question: now.question,
    baseFailures: then.failures,
    headFailures: now.failures,
  };
}
