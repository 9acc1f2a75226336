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

export interface FeedbackStore {
  /** Persists one rating (committed before it returns) and gives its id. */
  add(feedback: NewFeedback): number;
  /** Every rating, oldest first. */
  all(): FeedbackEntry[];
  close(): void;
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
 */
export function openFeedbackStore(file: string): FeedbackStore {
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
  const selectAll = db.prepare<[], Row>('SELECT * FROM feedback ORDER BY id');

  return {
    add(f) {
      const result = insert.run(
        new Date().toISOString(),
        f.question,
        f.answer,
        JSON.stringify(f.citations ?? []),
        f.rating,
        f.comment ?? null,
        f.language ?? null,
      );
      return Number(result.lastInsertRowid);
    },
    all() {
      return selectAll.all().map((r) => ({
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
