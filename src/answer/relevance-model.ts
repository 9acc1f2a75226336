/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.118,
  "weights": {
    "coverage": 0.469,
    "needCoverage": 1.384,
    "concepts": 1.317,
    "unknown": -4.689,
    "dense": 2.508,
    "agreement": 0.174,
    "named": 1.465
  },
  "direct": 0.704,
  "related": 0.32,
  "fittedOn": {
    "positives": 231,
    "negatives": 62,
    "answeredPositives": 0.957,
    "refusedNegatives": 0.806
  }
};
