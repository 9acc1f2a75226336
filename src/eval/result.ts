import type { AnswerMode, Language, RetrievalMode, Support, Turn } from '../shared/api.js';
import type { CitationVerdict } from './citations.js';
import type { DecisionTable, Outcome } from './decision.js';
import type { JudgeRunSummary, QuestionJudgement } from './judge/types.js';
import type { AbstentionOutcome } from './metrics.js';
import type { Category, Gold } from './schema.js';

/** What one question scored, with everything a reader needs to see why (stored in report.json). */

/** Metrics computed per question; null means "does not apply" (e.g. retrieval metrics of an abstain record). */
export const QUESTION_METRICS = [
  'hit@1',
  'hit@3',
  'hit@5',
  'regionHit@1',
  'mrr',
  'ndcg@5',
  'citationValidity',
  'faithfulness',
  'factHit',
  'factRecall',
  'languageMatch',
  'framingLanguage',
  'regionCoverage',
  'abstentionCorrect',
  'refusedAnswerable',
  'directAnswerable',
  'answeredUnanswerable',
  'citedGold',
  'leadOnTopic',
  'factsRetrieved',
  'judgeFaithfulness',
  'judgeAnswerRelevancy',
  'judgeContextPrecision',
  'judgeContextRecall',
] as const;
export type QuestionMetric = (typeof QUESTION_METRICS)[number];
export type QuestionMetrics = Record<QuestionMetric, number | null>;

/**
 * What a failure is about; each failure reads "<kind>: <why>", so reports can filter by it. In order of
 * how much it matters to an asker.
 */
export const FAILURE_KINDS = [
  'error',
  'abstention',
  'relevance',
  'facts',
  'regions',
  'citations',
  'faithfulness',
  'language',
  'retrieval',
  'judge',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export function failureKind(failure: string): string {
  const colon = failure.indexOf(':');
  return colon < 0 ? failure : failure.slice(0, colon);
}

export interface HitResult {
  rank: number;
  region: string;
  documentId: string;
  section: string;
  score: number;
  gold: boolean;
  /** The passage's text, so a reader (and a judge) can see what was retrieved. */
  text: string;
  /** The gold key facts this passage contains. */
  goldFacts: string[];
}

export interface CitationResult {
  id: number;
  region: string;
  documentId: string;
  document: string;
  section: string;
  quote: string;
  verdict: CitationVerdict;
}

export interface AnswerResult {
  text: string;
  language: Language;
  abstained: boolean;
  /** How well the engine said the documents support the answer (see src/shared/api.ts). */
  support: Support;
  mode: AnswerMode;
  fallbackReason?: string;
  standaloneQuestion?: string;
  citations: CitationResult[];
  /** The engine's own total time, without transport. */
  serverMs: number;
}

export interface QuestionResult {
  id: string;
  category: Category;
  language: Language;
  question: string;
  history?: Turn[];
  expectAbstain: boolean;
  gold?: Gold;
  /** Which part of its set the question is in, when the run knows the whole set. */
  part?: 'tune' | 'test';
  /** What was searched: the standalone question for follow-ups, else the question. */
  searchQuery: string;
  hits: HitResult[];
  answer: AnswerResult | null;
  /** Wall-clock time of the ask call as the client saw it. */
  latencyMs: number | null;
  metrics: QuestionMetrics;
  abstention: AbstentionOutcome | null;
  /** What the system did: answered directly or with related passages, refused, or failed. */
  outcome: Outcome;
  /** The model judge's verdicts, when a judge was configured. */
  judge?: QuestionJudgement;
  /** Human-readable reasons this question did not fully pass; empty = passed. */
  failures: string[];
}

export interface GroupAggregate {
  count: number;
  metrics: Record<string, number | null>;
  /** Outcome against gold decision: the confusion table of the answer/abstain decision. */
  decisions: DecisionTable;
}

export interface ModeRun {
  mode: RetrievalMode;
  /** How many answers each answer mode produced (extractive vs generative). */
  answerModes: Partial<Record<AnswerMode, number>>;
  overall: GroupAggregate;
  byCategory: Record<string, GroupAggregate>;
  byRegion: Record<string, GroupAggregate>;
  byLanguage: Record<string, GroupAggregate>;
  /** The tune and test parts side by side, when the run covered both. */
  parts?: Partial<Record<'tune' | 'test', GroupAggregate>>;
  /** Judge settings, failures and agreement with the heuristic metrics, when a judge ran. */
  judge?: JudgeRunSummary;
  results: QuestionResult[];
}
