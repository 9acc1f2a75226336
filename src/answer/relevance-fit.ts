/**
 * Fitting the relevance model: L2-regularised logistic regression by batch gradient descent (a handful of
 * features in [0, 1], a few hundred samples: no library needed), with the two classes weighted equally
 * however many of each there are, and the thresholds that turn its probability into direct / related / none.
 */

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

/**
 * Share of the unanswerable questions that must score below `related` (be refused). The hand-labelled
 * ones are near misses on purpose (a strategy topic, a detail it doesn't hold), harder than most real ones,
 * and rules refuse many real ones before the model; so the floor is set below the 95% the system aims for.
 */
const TARGET_REFUSED_NEGATIVES = 0.8;
/** Share of the unanswerable questions that may still score at or above `direct` (an unhedged answer). */
const DIRECT_FALSE_RATE = 0.06;

/**
 * `related`: the threshold that answers the most answerable questions while refusing at least
 * {@link TARGET_REFUSED_NEGATIVES} of the others (if none can, the one that best balances the two);
 * `direct`: the lowest threshold that almost no unanswerable question reaches ({@link DIRECT_FALSE_RATE}); in
 * between, answers are given as related, with a sentence saying the documents don't answer exactly this.
 */
export function chooseThresholds(samples: Sample[], model: Logistic) {
  const scored = samples.map((s) => ({ p: predict(model, s.x), y: s.y }));
  const pos = scored.filter((s) => s.y === 1);
  const neg = scored.filter((s) => s.y === 0);
  const rate = (list: typeof scored, t: number, above: boolean) => list.filter((s) => (s.p >= t) === above).length / Math.max(1, list.length);
  const candidates = [...new Set(scored.map((s) => s.p))].sort((a, b) => a - b);
  let related = 0.5;
  let bestScore = -Infinity;
  for (const t of candidates) {
    const tpr = rate(pos, t, true);
    const tnr = rate(neg, t, false);
    // Past the floor, the more answered the better; below it, the better balanced.
    const score = tnr >= TARGET_REFUSED_NEGATIVES ? 2 + tpr : Math.min(tpr, tnr);
    if (score > bestScore) {
      bestScore = score;
      related = t;
    }
  }
  const direct = Math.max(related, candidates.find((t) => rate(neg, t, true) <= DIRECT_FALSE_RATE) ?? 1);
  return { related, direct, answeredPositives: rate(pos, related, true), refusedNegatives: rate(neg, related, false) };
}
