/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.177,
  "weights": {
    "coverage": 0.192,
    "needCoverage": 1.637,
    "concepts": 1.403,
    "unknown": -3.97,
    "dense": 2.59,
    "agreement": 0.116,
    "named": 1.52
  },
  "direct": 0.676,
  "related": 0.4,
  "fittedOn": {
    "positives": 231,
    "negatives": 62,
    "answeredPositives": 0.926,
    "refusedNegatives": 0.806
  }
};
