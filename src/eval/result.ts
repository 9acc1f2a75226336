import type { AnswerMode, Language, RetrievalMode, Turn } from '../shared/api.js';
import type { CitationVerdict } from './citations.js';
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
  'answeredInScope',
  'refusedOutOfScope',
] as const;
export type QuestionMetric = (typeof QUESTION_METRICS)[number];
export type QuestionMetrics = Record<QuestionMetric, number | null>;

export interface HitResult {
  rank: number;
  region: string;
  documentId: string;
  section: string;
  score: number;
  gold: boolean;
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
  /** What was searched: the standalone question for follow-ups, else the question. */
  searchQuery: string;
  hits: HitResult[];
  answer: AnswerResult | null;
  /** Wall-clock time of the ask call as the client saw it. */
  latencyMs: number | null;
  metrics: QuestionMetrics;
  abstention: AbstentionOutcome | null;
  /** Human-readable reasons this question did not fully pass; empty = passed. */
  failures: string[];
}

export interface GroupAggregate {
  count: number;
  metrics: Record<string, number | null>;
}

export interface ModeRun {
  mode: RetrievalMode;
  /** How many answers each answer mode produced (extractive vs generative). */
  answerModes: Partial<Record<AnswerMode, number>>;
  overall: GroupAggregate;
  byCategory: Record<string, GroupAggregate>;
  byRegion: Record<string, GroupAggregate>;
  byLanguage: Record<string, GroupAggregate>;
  results: QuestionResult[];
}
