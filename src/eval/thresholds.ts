import { z } from 'zod';
import { METRIC_NAMES, METRICS } from './aggregate.js';
import type { ModeRun } from './result.js';

/**
 * eval/thresholds.json: per retrieval mode, minimums (and maximums, for latencies) of overall metrics.
 * `--check` fails the run when a measured value is outside them, or was not measured at all.
 */

const Bounds = z.record(z.string(), z.number().finite()).superRefine((bounds, ctx) => {
  for (const name of Object.keys(bounds)) {
    if (!METRIC_NAMES.has(name)) {
      ctx.addIssue({ code: 'custom', path: [name], message: `unknown metric; known: ${METRICS.map((m) => m.name).join(', ')}` });
    }
  }
});

/**
 * A minimum only makes sense for a metric where higher is better, a maximum for one where lower is (a
 * refusal rate, a latency): the other way round, a threshold would pass the very regression it should catch.
 */
const ModeBounds = z.strictObject({ min: Bounds.optional(), max: Bounds.optional() }).superRefine((bounds, ctx) => {
  const wrong = (side: 'min' | 'max', higherIsBetter: boolean) => {
    for (const name of Object.keys(bounds[side] ?? {})) {
      const info = METRICS.find((m) => m.name === name);
      if (info && info.higherIsBetter === higherIsBetter) {
        ctx.addIssue({ code: 'custom', path: [side, name], message: `${higherIsBetter ? 'higher' : 'lower'} is better for ${name}; bound it with ${side === 'min' ? 'max' : 'min'}` });
      }
    }
  };
  wrong('min', false);
  wrong('max', true);
});

export const Thresholds = z.strictObject({
  $comment: z.string().optional(),
  hybrid: ModeBounds.optional(),
  lexical: ModeBounds.optional(),
  dense: ModeBounds.optional(),
});
export type Thresholds = z.infer<typeof Thresholds>;

export interface Violation {
  mode: string;
  metric: string;
  bound: 'min' | 'max';
  limit: number;
  actual: number | null;
}

export function parseThresholds(json: unknown): Thresholds {
  const parsed = Thresholds.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Invalid thresholds:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

export interface ThresholdCheck extends Violation {
  ok: boolean;
}

/** Every bound set for this run's mode, met or not; a mode without bounds has none. */
export function evaluateThresholds(run: ModeRun, thresholds: Thresholds): ThresholdCheck[] {
  const bounds = thresholds[run.mode];
  if (!bounds) return [];
  const checks: ThresholdCheck[] = [];
  const measured = (metric: string) => run.overall.metrics[metric] ?? null;
  for (const [metric, limit] of Object.entries(bounds.min ?? {})) {
    const actual = measured(metric);
    checks.push({ mode: run.mode, metric, bound: 'min', limit, actual, ok: actual !== null && actual >= limit });
  }
  for (const [metric, limit] of Object.entries(bounds.max ?? {})) {
    const actual = measured(metric);
    checks.push({ mode: run.mode, metric, bound: 'max', limit, actual, ok: actual !== null && actual <= limit });
  }
  return checks;
}

/** Violations of the bounds set for this run's mode; a mode without bounds has none. */
export function checkThresholds(run: ModeRun, thresholds: Thresholds): Violation[] {
  return evaluateThresholds(run, thresholds)
    .filter((c) => !c.ok)
    .map(({ ok: _ok, ...violation }) => violation);
}
