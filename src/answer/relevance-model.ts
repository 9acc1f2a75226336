/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.157,
  "weights": {
    "coverage": 0.167,
    "needCoverage": 1.608,
    "concepts": 1.279,
    "unknown": -5.568,
    "dense": 2.463,
    "agreement": 0.546,
    "named": 1.644
  },
  "direct": 0.671,
  "related": 0.304,
  "fittedOn": {
    "positives": 231,
    "negatives": 62,
    "answeredPositives": 0.97,
    "refusedNegatives": 0.806
  }
};
