/** What the optional model judge produces, per question and per run (stored in report.json). */

/** RAGAS-style metrics the judge scores, each 0..1. */
export const JUDGE_METRICS = ['faithfulness', 'answerRelevancy', 'contextPrecision', 'contextRecall'] as const;
export type JudgeMetric = (typeof JUDGE_METRICS)[number];

/** The per-question metric each judge metric is stored as. */
export const JUDGE_METRIC_KEYS = {
  faithfulness: 'judgeFaithfulness',
  answerRelevancy: 'judgeAnswerRelevancy',
  contextPrecision: 'judgeContextPrecision',
  contextRecall: 'judgeContextRecall',
} as const satisfies Record<JudgeMetric, string>;

export interface JudgeVerdict {
  /** 0..1, or null when the judge failed or found nothing to score (an answer without statements). */
  score: number | null;
  /** The judge's reasons in short: unsupported statements, the question it read, useless passages. */
  notes?: string[];
  /** Why there is no score: a timeout, an HTTP error, a reply that was not the asked-for JSON. */
  error?: string;
  /** Served from the on-disk cache, not a new model call. */
  cached?: boolean;
}

export type QuestionJudgement = Partial<Record<JudgeMetric, JudgeVerdict>>;

/** How well a judge metric and a heuristic metric agree over the questions both scored. */
export interface Agreement {
  judge: JudgeMetric;
  heuristic: string;
  /** Questions both scored. */
  n: number;
  /** Pearson correlation of the two scores; null with fewer than 3 pairs or no spread. */
  pearson: number | null;
  /** Cohen's kappa of the two scores cut at 0.5 (pass/fail); null when chance agreement is total. */
  kappa: number | null;
  /** Share of questions on which both pass or both fail. */
  agreement: number | null;
}

export interface JudgeRunSummary {
  model: string;
  promptVersion: string;
  /** Judgements asked for, how many came from the cache, how many failed. */
  judged: number;
  cached: number;
  failed: number;
  /** The distinct failure reasons with counts, e.g. { "timeout": 3 }. */
  errors: Record<string, number>;
  agreement: Agreement[];
}
