import { join } from 'node:path';
import { withoutPassword } from '../config.js';
import type { Language } from '../shared/api.js';
import type { FeedbackCitation, FeedbackRating, NewFeedback } from './schema.js';

/** One stored rating, as the export returns it. */
export interface FeedbackEntry {
  id: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  question: string;
  answer: string;
  rating: FeedbackRating;
  comment: string | null;
  language: Language | null;
  citations: FeedbackCitation[];
}

/** A page of the export: at most `limit` ratings, newest first, only those with an id below `before` if given. */
export interface FeedbackPage {
  limit: number;
  before?: number;
}

/** What a store holds and takes on disk, for metrics and the startup log. */
export interface FeedbackUsage {
  rows: number;
  bytes: number;
}

/**
 * Where ratings are kept: SQLite in DATA_DIR by default (./sqlite.ts). Every method is asynchronous so a
 * database server can stand behind the same interface.
 */
export interface FeedbackStore {
  /** Persists one rating (durably committed before the promise resolves), drops the oldest beyond the cap, gives its id. */
  add(feedback: NewFeedback): Promise<number>;
  list(page: FeedbackPage): Promise<FeedbackEntry[]>;
  /** Rejects when the store cannot take a rating now (readiness). */
  check(): Promise<void>;
  usage(): Promise<FeedbackUsage>;
  close(): Promise<void>;
}

export interface FeedbackStoreOptions {
  /** How many ratings to keep (the newest); without it the table is not capped. */
  maxRows?: number;
}

/** Where the server keeps feedback by default: one SQLite file inside the data directory. */
export function feedbackDbPath(dataDir: string): string {
  return join(dataDir, 'feedback.sqlite');
}

/** The ratings of `page`, read `batchSize` at a time, each batch only when wanted. */
export async function* inBatches(store: FeedbackStore, { limit, before }: FeedbackPage, batchSize: number): AsyncGenerator<FeedbackEntry[]> {
  for (let left = limit; left > 0; ) {
    const batch = await store.list({ limit: Math.min(batchSize, left), before });
    if (batch.length === 0) return;
    yield batch;
    left -= batch.length;
    before = batch[batch.length - 1].id;
  }
}

export interface FeedbackStoreConfig {
  DATA_DIR: string;
  FEEDBACK_MAX_ROWS: number;
  DATABASE_URL?: string;
}

/**
 * The configured store, checked that it takes writes: PostgreSQL when DATABASE_URL is set (replicas share
 * it), otherwise SQLite at <DATA_DIR>/feedback.sqlite.
 */
export async function openFeedbackStore(config: FeedbackStoreConfig): Promise<FeedbackStore> {
  if (config.DATABASE_URL) {
    const { openPostgresFeedbackStore } = await import('./postgres.js');
    return openPostgresFeedbackStore(config.DATABASE_URL, { maxRows: config.FEEDBACK_MAX_ROWS });
  }
  const { openSqliteFeedbackStore } = await import('./sqlite.js');
  return openSqliteFeedbackStore(feedbackDbPath(config.DATA_DIR), { maxRows: config.FEEDBACK_MAX_ROWS });
}

/** Where the configured store is, for an operator's error message (a URL without its password). */
export function feedbackStoreName(config: FeedbackStoreConfig): string {
  return config.DATABASE_URL ? `DATABASE_URL (${withoutPassword(config.DATABASE_URL)})` : `DATA_DIR (${config.DATA_DIR})`;
}
