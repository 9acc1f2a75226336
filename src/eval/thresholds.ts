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

const ModeBounds = z.strictObject({ min: Bounds.optional(), max: Bounds.optional() });

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

/** Violations of the bounds set for this run's mode; a mode without bounds has none. */
export function checkThresholds(run: ModeRun, thresholds: Thresholds): Violation[] {
  const bounds = thresholds[run.mode];
  if (!bounds) return [];
  const violations: Violation[] = [];
  const measured = (metric: string) => run.overall.metrics[metric] ?? null;
  for (const [metric, limit] of Object.entries(bounds.min ?? {})) {
    const actual = measured(metric);
    if (actual === null || actual < limit) violations.push({ mode: run.mode, metric, bound: 'min', limit, actual });
  }
  for (const [metric, limit] of Object.entries(bounds.max ?? {})) {
    const actual = measured(metric);
    if (actual === null || actual > limit) violations.push({ mode: run.mode, metric, bound: 'max', limit, actual });
  }
  return violations;
}
