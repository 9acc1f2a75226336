/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */
export const RELEVANCE_MODEL = {
  "intercept": -1.816,
  "weights": {
    "coverage": 0.932,
    "needCoverage": 0.562,
    "concepts": 1.324,
    "unknown": -4.198,
    "dense": 3.526,
    "agreement": -0.451,
    "named": 0.262
  },
  "direct": 0.5792,
  "related": 0.3322,
  "fittedOn": {
    "positives": 2187,
    "negatives": 143,
    "costs": {
      "relatedAnswerable": 0.05,
      "relatedUnanswerable": 1,
      "directUnanswerable": 2
    },
    "answeredPositives": 0.998,
    "answeredNegatives": 0.378
  }
};
