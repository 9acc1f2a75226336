import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
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

export interface FeedbackStore {
  /** Persists one rating (committed before it returns), drops the oldest beyond the cap, and gives its id. */
  add(feedback: NewFeedback): number;
  list(page: FeedbackPage): FeedbackEntry[];
  close(): void;
}

export interface FeedbackStoreOptions {
  /** How many ratings to keep (the newest); without it the table is not capped. */
  maxRows?: number;
}

/** Where the server keeps feedback: one SQLite file inside the data directory. */
export function feedbackDbPath(dataDir: string): string {
  return join(dataDir, 'feedback.sqlite');
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  question   TEXT NOT NULL,
  answer     TEXT NOT NULL,
  citations  TEXT NOT NULL DEFAULT '[]',
  rating     TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  comment    TEXT,
  language   TEXT CHECK (language IN ('da', 'no'))
)`;

interface Row {
  id: number;
  created_at: string;
  question: string;
  answer: string;
  citations: string;
  rating: FeedbackRating;
  comment: string | null;
  language: Language | null;
}

/**
 * Opens (creating if needed) the feedback database. WAL lets the export read while the widget writes, and
 * several server processes may share the file: writers wait up to `busy_timeout` for each other's lock
 * instead of failing. `synchronous = FULL` because a rating is written once and never recomputed.
 *
 * Anyone may post feedback, so the table is capped at `maxRows`: each insert removes, in the same
 * transaction, the rows more than `maxRows` ids older than itself: one range delete on the primary key. Ids
 * only grow (AUTOINCREMENT never reuses one), so what stays is at most the newest `maxRows`.
 */
export function openFeedbackStore(file: string, { maxRows = Infinity }: FeedbackStoreOptions = {}): FeedbackStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);

  const insert = db.prepare<[string, string, string, string, FeedbackRating, string | null, Language | null]>(
    `INSERT INTO feedback (created_at, question, answer, citations, rating, comment, language)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const trim = db.prepare<[number]>('DELETE FROM feedback WHERE id <= ?');
  const selectPage = db.prepare<[number, number], Row>('SELECT * FROM feedback WHERE id < ? ORDER BY id DESC LIMIT ?');

  // Run IMMEDIATE: the write lock is taken at BEGIN, so writers in other processes queue there (busy_timeout).
  const add = db.transaction((f: NewFeedback) => {
    const id = Number(
      insert.run(
        new Date().toISOString(),
        f.question,
        f.answer,
        JSON.stringify(f.citations ?? []),
        f.rating,
        f.comment ?? null,
        f.language ?? null,
      ).lastInsertRowid,
    );
    if (id > maxRows) trim.run(id - maxRows);
    return id;
  });

  return {
    add: (f) => add.immediate(f),
    list({ limit, before = Number.MAX_SAFE_INTEGER }) {
      return selectPage.all(before, limit).map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        question: r.question,
        answer: r.answer,
        rating: r.rating,
        comment: r.comment,
        language: r.language,
        citations: JSON.parse(r.citations) as FeedbackCitation[],
      }));
    },
    close() {
      db.close();
    },
  };
}

/** The ratings of `page`, read `batchSize` at a time: a generator, so each batch is read only when wanted. */
export function* inBatches(store: FeedbackStore, { limit, before }: FeedbackPage, batchSize: number): Generator<FeedbackEntry[]> {
  for (let left = limit; left > 0; ) {
    const batch = store.list({ limit: Math.min(batchSize, left), before });
    if (batch.length === 0) return;
    yield batch;
    left -= batch.length;
    before = batch[batch.length - 1].id;
  }
}
