/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.321,
  "weights": {
    "coverage": -0.165,
    "needCoverage": 2.03,
    "concepts": 1.237,
    "unknown": -5.507,
    "dense": 2.853,
    "agreement": 0.49,
    "named": 1.639
  },
  "direct": 0.682,
  "related": 0.273,
  "fittedOn": {
    "positives": 231,
    "negatives": 62,
    "answeredPositives": 0.974,
    "refusedNegatives": 0.806
  }
};
