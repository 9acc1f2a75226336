/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.218,
  "weights": {
    "coverage": 0.354,
    "needCoverage": 1.445,
    "concepts": 1.276,
    "unknown": -4.705,
    "dense": 2.532,
    "agreement": 0.452,
    "named": 1.492
  },
  "direct": 0.698,
  "related": 0.358,
  "fittedOn": {
    "positives": 231,
    "negatives": 62,
    "answeredPositives": 0.952,
    "refusedNegatives": 0.806
  }
};
