import type { QuestionMetric, QuestionResult } from '../result.js';
import { JUDGE_METRIC_KEYS, type Agreement, type JudgeMetric } from './types.js';

/**
 * How far the model judge and the model-free metrics agree. Where they agree, the cheap metrics can be
 * trusted on runs without a judge; where they don't, the disagreeing questions are the ones to read.
 * Each judge metric is paired with the heuristic that measures the same thing.
 */

export const AGREEMENT_PAIRS: readonly { judge: JudgeMetric; heuristic: QuestionMetric }[] = [
  { judge: 'faithfulness', heuristic: 'faithfulness' },
  { judge: 'answerRelevancy', heuristic: 'citedGold' },
  { judge: 'answerRelevancy', heuristic: 'leadOnTopic' },
  { judge: 'contextPrecision', heuristic: 'ndcg@5' },
  { judge: 'contextRecall', heuristic: 'factsRetrieved' },
];

/** Scores at or above this pass when both sides are cut to pass/fail for kappa. */
export const PASS_AT = 0.5;

/** Pearson's r; null with fewer than 3 pairs or when either side has no spread. */
export function pearson(pairs: readonly [number, number][]): number | null {
  if (pairs.length < 3) return null;
  const mean = (i: 0 | 1) => pairs.reduce((s, p) => s + p[i], 0) / pairs.length;
  const [mx, my] = [mean(0), mean(1)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/**
 * Cohen's kappa of two pass/fail ratings: agreement beyond what the two pass rates would give by chance.
 * Null without pairs, or when chance agreement is already total (both sides rate everything the same).
 */
export function cohensKappa(pairs: readonly [boolean, boolean][]): number | null {
  if (pairs.length === 0) return null;
  const n = pairs.length;
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? null : (observed - chance) / (1 - chance);
}

export function agreementOf(results: readonly QuestionResult[], judge: JudgeMetric, heuristic: QuestionMetric): Agreement {
  const pairs: [number, number][] = [];
  for (const r of results) {
    const j = r.metrics[JUDGE_METRIC_KEYS[judge]];
    const h = r.metrics[heuristic];
    if (j !== null && h !== null) pairs.push([j, h]);
  }
  const passes = pairs.map(([j, h]): [boolean, boolean] => [j >= PASS_AT, h >= PASS_AT]);
  return {
    judge,
    heuristic,
    n: pairs.length,
    pearson: pearson(pairs),
    kappa: cohensKappa(passes),
    agreement: passes.length ? passes.filter(([a, b]) => a === b).length / passes.length : null,
  };
}

export function agreements(results: readonly QuestionResult[]): Agreement[] {
  return AGREEMENT_PAIRS.map((p) => agreementOf(results, p.judge, p.heuristic));
}
