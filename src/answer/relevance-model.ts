/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -3.001,
  "weights": {
    "coverage": 2.469,
    "needCoverage": 0.592,
    "concepts": 1.348,
    "unknown": -4.381,
    "dense": 3.601,
    "agreement": -0.104,
    "named": 1.817
  },
  "direct": 0.748,
  "related": 0.194,
  "fittedOn": {
    "positives": 239,
    "negatives": 66,
    "answeredPositives": 0.996,
    "refusedNegatives": 0.803
  }
};
