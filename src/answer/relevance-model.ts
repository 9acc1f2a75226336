/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -2.184,
  "weights": {
    "coverage": 0.188,
    "needCoverage": 1.649,
    "concepts": 1.301,
    "unknown": -5.097,
    "dense": 2.429,
    "agreement": 0.483,
    "named": 1.559
  },
  "direct": 0.68,
  "related": 0.338,
  "fittedOn": {
    "positives": 231,
    "negatives": 62,
    "answeredPositives": 0.957,
    "refusedNegatives": 0.806
  }
};
