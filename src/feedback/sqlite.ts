import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ensureDirSync } from '../dirs.js';
import type { Language } from '../shared/api.js';
import type { FeedbackCitation, FeedbackRating, NewFeedback } from './schema.js';
import type { FeedbackStore, FeedbackStoreOptions } from './store.js';

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

/** Free pages beyond this share of the file are given back to the file system (after a lowered cap). */
const MAX_FREE_SHARE = 0.25;
/** SQLITE_AUTO_VACUUM_INCREMENTAL, as `PRAGMA auto_vacuum` reports it. */
const INCREMENTAL = 2;

/**
 * Opens (creating if needed) the feedback database and checks that it takes writes, so a bad DATA_DIR fails
 * at start and not at the first rating. WAL lets the export read while the widget writes, and several server
 * processes may share the file: writers wait up to 5 s for each other's lock instead of failing.
 * `synchronous = FULL` because a rating is written once and never recomputed.
 *
 * Anyone may post feedback, so the table is capped at `maxRows`: each insert removes, in the same
 * transaction, the rows more than `maxRows` ids older than itself: one range delete on the primary key. Ids
 * only grow (AUTOINCREMENT never reuses one), so what stays is at most the newest `maxRows`. Pages freed by
 * those deletes are reused by the next inserts, so the file does not grow past its high-water mark; with
 * `auto_vacuum = INCREMENTAL` a file that holds many free pages (the cap was lowered) shrinks at start.
 */
export function openSqliteFeedbackStore(file: string, { maxRows = Infinity }: FeedbackStoreOptions = {}): FeedbackStore {
  ensureDirSync(dirname(file));
  const db = new Database(file, { timeout: 5000 });
  try {
    // Takes effect on a new, empty file only; an older file is converted below.
    db.pragma('auto_vacuum = INCREMENTAL');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    if (db.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL) db.exec('VACUUM'); // applies the pragma
    if (Number.isFinite(maxRows)) db.prepare('DELETE FROM feedback WHERE id <= (SELECT max(id) FROM feedback) - ?').run(maxRows);
    const pages = Number(db.pragma('page_count', { simple: true }));
    const free = Number(db.pragma('freelist_count', { simple: true }));
    if (free > pages * MAX_FREE_SHARE) db.pragma('incremental_vacuum');
    probeWrite(db);
  } catch (err) {
    db.close();
    throw err;
  }

  const insert = db.prepare<[string, string, string, string, FeedbackRating, string | null, Language | null]>(
    `INSERT INTO feedback (created_at, question, answer, citations, rating, comment, language)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const trim = db.prepare<[number]>('DELETE FROM feedback WHERE id <= ?');
  const selectPage = db.prepare<[number, number], Row>('SELECT * FROM feedback WHERE id < ? ORDER BY id DESC LIMIT ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM feedback');

  // Run IMMEDIATE: the write lock is taken at BEGIN, so writers in other processes queue there (busy timeout).
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
    add: async (f) => add.immediate(f),
    async list({ limit, before = Number.MAX_SAFE_INTEGER }) {
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
    check: async () => probeWrite(db),
    async usage() {
      const bytes = [file, `${file}-wal`].reduce((sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
      return { rows: count.get()!.n, bytes };
    },
    async close() {
      db.close();
    },
  };
}

/**
 * Takes the write lock and lets go: fails on a read-only file or directory, or a database another process
 * holds locked for longer than the busy timeout.
 */
function probeWrite(db: Database.Database): void {
  db.exec('BEGIN IMMEDIATE');
  db.exec('ROLLBACK');
}
