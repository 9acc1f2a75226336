/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.451,
  "weights": {
    "coverage": 0.621,
    "needCoverage": 1.096,
    "concepts": 1.536,
    "unknown": -4.865,
    "dense": 2.5,
    "agreement": 0.562,
    "named": 1.428
  },
  "direct": 0.732,
  "related": 0.334,
  "fittedOn": {
    "positives": 231,
    "negatives": 62,
    "answeredPositives": 0.948,
    "refusedNegatives": 0.806
  }
};
