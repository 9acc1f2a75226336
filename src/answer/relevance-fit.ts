/**
 * Fitting the relevance model: L2-regularised logistic regression by batch gradient descent (a handful of
 * features in [0, 1], a few hundred samples: no library needed), with the two classes weighted equally
 * however many of each there are, and the thresholds of least cost (DECISION_COSTS) that turn its probability
 * into direct / related / none.
 */

import { relatedThreshold, type RelatedBar } from './relevance.js';

export interface Sample {
  x: number[];
  /** 1: the documents answer the question; 0: they don't. */
  y: 0 | 1;
}

export interface Logistic {
  intercept: number;
  weights: number[];
}

const ITERATIONS = 20_000;
const LEARNING_RATE = 0.5;
const L2 = 0.001;

export function predict(model: Logistic, x: number[]): number {
  let z = model.intercept;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

export function fitLogistic(samples: Sample[]): Logistic {
  const n = samples[0]?.x.length ?? 0;
  const positives = samples.filter((s) => s.y === 1).length;
  const negatives = samples.length - positives;
  const classWeight = (y: number) => (y === 1 ? samples.length / (2 * Math.max(1, positives)) : samples.length / (2 * Math.max(1, negatives)));
  const model: Logistic = { intercept: 0, weights: new Array(n).fill(0) };
  for (let it = 0; it < ITERATIONS; it++) {
    let gIntercept = 0;
    const g = new Array(n).fill(0);
    for (const s of samples) {
      const err = (predict(model, s.x) - s.y) * classWeight(s.y);
      gIntercept += err;
      for (let i = 0; i < n; i++) g[i] += err * s.x[i];
    }
    model.intercept -= (LEARNING_RATE * gIntercept) / samples.length;
    for (let i = 0; i < n; i++) model.weights[i] -= LEARNING_RATE * (g[i] / samples.length + L2 * model.weights[i]);
  }
  return model;
}

/** What a decision outcome costs, in units of a refused answerable question. */
export interface DecisionCosts {
  /** An answerable question answered as related (hedged, nearest passages): a lesser answer. */
  relatedAnswerable: number;
  /** An unanswerable question given passages as related: the asker is told the documents come near. */
  relatedUnanswerable: number;
  /** An unanswerable question answered directly: passages offered as the answer. */
  directUnanswerable: number;
}

/**
 * The costs the thresholds are chosen by, per question. A refused answerable question costs 1, and so do
 * passages given as related to an unanswerable one: the two failures the decision must keep below 5% each. An
 * unhedged answer to an unanswerable question costs 2; a hedged answer to an answerable one 0.05 (it quotes the
 * same passages, with a sentence too many). Per question: the labels' unanswerable questions are near misses
 * written on purpose, and most real out-of-scope questions are refused by rules before the model.
 */
export const DECISION_COSTS: DecisionCosts = { relatedAnswerable: 0.05, relatedUnanswerable: 1, directUnanswerable: 2 };

/** A sample as the decision sees it: its probability and which related bar it must reach (src/answer/relevance.ts). */
export interface Scored {
  p: number;
  y: 0 | 1;
  bar: RelatedBar;
}

export interface Thresholds {
  direct: number;
  related: number;
  relatedInRegion: number;
  relatedOnTheme: number;
}

/** The outcome of each sample under thresholds, as src/answer/relevance.ts decides it. */
export function outcome(s: Scored, t: Thresholds): 'direct' | 'related' | 'refused' {
  if (s.p >= t.direct) return 'direct';
  return s.p >= relatedThreshold(s.bar, t) ? 'related' : 'refused';
}

/** Mean cost of the samples' outcomes under thresholds. */
export function decisionCost(scored: readonly Scored[], t: Thresholds, costs: DecisionCosts = DECISION_COSTS): number {
  let total = 0;
  for (const s of scored) {
    const o = outcome(s, t);
    if (s.y === 1) total += o === 'refused' ? 1 : o === 'related' ? costs.relatedAnswerable : 0;
    else total += o === 'direct' ? costs.directUnanswerable : o === 'related' ? costs.relatedUnanswerable : 0;
  }
  return total / Math.max(1, scored.length);
}

/**
 * The thresholds of least {@link decisionCost}: `direct`, and below it one related bar per kind of question
 * (`related` for any in the domain, `relatedInRegion` for one about a corpus region's service,
 * `relatedOnTheme` for one about a theme of its service), each at most the one before, as the decision
 * applies them. `fixed` keeps some bars as given (a kind too rare among the samples to fit its own bar).
 * Ties go to the higher bar: of two equally cheap, the one that answers fewer.
 */
export function chooseThresholds(scored: readonly Scored[], costs: DecisionCosts = DECISION_COSTS, fixed: Partial<Thresholds> = {}): Thresholds & { cost: number } {
  // Each threshold lies halfway between two samples' probabilities, so rounding it moves no sample across.
  const ps = [...new Set(scored.map((s) => s.p))].sort((a, b) => a - b);
  const candidates = [ps[0] / 2, ...ps.slice(1).map((p, i) => (ps[i] + p) / 2), 1.000001];
  const order = ['related', 'relatedInRegion', 'relatedOnTheme'] as const;
  const kinds = { related: 'general', relatedInRegion: 'service', relatedOnTheme: 'theme' } as const;
  const ofKind = Object.fromEntries(order.map((bar) => [bar, scored.filter((s) => s.bar === kinds[bar])])) as Record<(typeof order)[number], Scored[]>;
  let best: (Thresholds & { cost: number }) | undefined;
  for (const direct of fixed.direct !== undefined ? [fixed.direct] : candidates) {
    const t: Thresholds = { direct, related: direct, relatedInRegion: direct, relatedOnTheme: direct };
    // Each bar decides only its own kind's samples below `direct`, and can be no higher than the bar above it.
    for (const [k, bar] of order.entries()) {
      const upper = k === 0 ? direct : t[order[k - 1]];
      if (fixed[bar] !== undefined) {
        t[bar] = fixed[bar]!;
        continue;
      }
      let bestBar = upper;
      let bestCost = Infinity;
      for (const c of [upper, ...candidates.filter((c) => c < upper).reverse()]) {
        const cost = decisionCost(ofKind[bar], { ...t, [bar]: c }, costs);
        if (cost < bestCost - 1e-12) {
          bestCost = cost;
          bestBar = c;
        }
      }
      t[bar] = bestBar;
    }
    const cost = decisionCost(scored, t, costs);
    if (!best || cost < best.cost - 1e-12) best = { ...t, cost };
  }
  return best!;
}

/** Shares of each class answered (direct or related) under thresholds. */
export function answeredShares(scored: readonly Scored[], t: Thresholds) {
  const answered = (y: 0 | 1) => {
    const list = scored.filter((s) => s.y === y);
    return list.filter((s) => outcome(s, t) !== 'refused').length / Math.max(1, list.length);
  };
  return { answeredPositives: answered(1), answeredNegatives: answered(0) };
}
