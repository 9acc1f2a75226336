import { METRICS } from './aggregate.js';
import { goldDecisionOf, type Outcome } from './decision.js';
import type { EvalReport } from './report.js';
import type { QuestionResult } from './result.js';

/**
 * Compares a run with an earlier report: first the questions whose outcome changed (answered, related,
 * refused), since those are what an asker notices; then the change of every overall metric, and the
 * questions that got better or worse. A question is better when it has fewer failures than before, worse
 * when it has more.
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

export interface OutcomeChange {
  id: string;
  category: string;
  question: string;
  expectAbstain: boolean;
  base: Outcome;
  head: Outcome;
  /** Whether the new outcome is closer to what the gold asks for (see {@link decisionRank}). */
  direction: 'better' | 'worse' | 'same';
}

export interface ModeComparison {
  mode: string;
  metrics: MetricDelta[];
  /** Questions whose outcome changed, worse ones first. */
  outcomeChanges: OutcomeChange[];
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
    const outcomeChanges: OutcomeChange[] = [];
    for (const [id, now] of after) {
      const then = before.get(id);
      if (!then) continue;
      const moved = outcomeChangeOf(then, now);
      if (moved) outcomeChanges.push(moved);
      const change = changeOf(then, now);
      if (now.failures.length < then.failures.length) better.push(change);
      else if (now.failures.length > then.failures.length) worse.push(change);
    }
    modes.push({
      mode: headRun.mode,
      metrics,
      outcomeChanges: outcomeChanges.sort((a, b) => DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction] || a.id.localeCompare(b.id)),
      better,
      worse,
      onlyInBase: [...before.keys()].filter((id) => !after.has(id)),
      onlyInHead: [...after.keys()].filter((id) => !before.has(id)),
    });
  }
  return { baseRunId: base.runId, modes };
}

const DIRECTION_ORDER = { worse: 0, same: 1, better: 2 } as const;

/**
 * How good an outcome is for the question's gold decision: for an answerable question a direct answer
 * beats a related one, which beats a refusal or a failure; for an unanswerable one only a refusal is right.
 */
export function decisionRank(expectAbstain: boolean, outcome: Outcome): number {
  if (goldDecisionOf(expectAbstain) === 'unanswerable') return outcome === 'refused' ? 1 : 0;
  return { direct: 2, related: 1, refused: 0, error: 0 }[outcome];
}

/** Reports written before outcomes were stored: the outcome follows from the answer, as the scorer decides it. */
function storedOutcome(r: QuestionResult): Outcome {
  if (r.outcome) return r.outcome;
  if (!r.answer) return 'error';
  return r.answer.abstained ? 'refused' : 'direct';
}

function outcomeChangeOf(then: QuestionResult, now: QuestionResult): OutcomeChange | undefined {
  const base = storedOutcome(then);
  const head = storedOutcome(now);
  if (base === head) return undefined;
  const delta = decisionRank(now.expectAbstain, head) - decisionRank(now.expectAbstain, base);
  return {
    id: now.id,
    category: now.category,
    question: now.question,
    expectAbstain: now.expectAbstain,
    base,
    head,
    direction: delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same',
  };
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
