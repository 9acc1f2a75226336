/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -1.872,
  "weights": {
    "coverage": 0.973,
    "needCoverage": 0.601,
    "concepts": 1.321,
    "unknown": -4.197,
    "dense": 3.592,
    "agreement": -0.471,
    "named": 0.25
  },
  "direct": 0.5832,
  "related": 0.3312,
  "fittedOn": {
    "positives": 2186,
    "negatives": 143,
    "costs": {
      "relatedAnswerable": 0.05,
      "relatedUnanswerable": 1,
      "directUnanswerable": 2
    },
    "answeredPositives": 0.999,
    "answeredNegatives": 0.378
  }
};
