/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.992,
  "weights": {
    "coverage": 2.466,
    "needCoverage": 0.608,
    "concepts": 1.373,
    "unknown": -4.39,
    "dense": 3.563,
    "agreement": -0.07,
    "named": 1.787
  },
  "direct": 0.765,
  "related": 0.197,
  "fittedOn": {
    "positives": 239,
    "negatives": 66,
    "answeredPositives": 0.996,
    "refusedNegatives": 0.803
  }
};
