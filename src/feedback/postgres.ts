import pg from 'pg';
import type { Language } from '../shared/api.js';
import type { FeedbackCitation, FeedbackRating } from './schema.js';
import type { FeedbackStore, FeedbackStoreOptions } from './store.js';

/**
 * Feedback in PostgreSQL (DATABASE_URL), for several server processes or machines sharing one store. The
 * same table as the SQLite store; `citations` as JSONB. A rating is acknowledged only after its INSERT has
 * committed (PostgreSQL's default `synchronous_commit = on`: flushed to the WAL), so a server killed right
 * after answering 201 loses nothing. The cap works as in SQLite: each insert removes, in its own transaction,
 * the rows more than `maxRows` ids older than itself.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  question   text NOT NULL,
  answer     text NOT NULL,
  citations  jsonb NOT NULL DEFAULT '[]',
  rating     text NOT NULL CHECK (rating IN ('up', 'down')),
  comment    text,
  language   text CHECK (language IN ('da', 'no'))
)`;
/** Serializes the schema creation of instances starting at once (CREATE TABLE IF NOT EXISTS can race). */
const SCHEMA_LOCK = 0x73766662; // "svfb"

interface Row {
  id: number;
  created_at: Date;
  question: string;
  answer: string;
  citations: FeedbackCitation[];
  rating: FeedbackRating;
  comment: string | null;
  language: Language | null;
}

export async function openPostgresFeedbackStore(url: string, { maxRows = Infinity }: FeedbackStoreOptions = {}): Promise<FeedbackStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // A connection that breaks while idle must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      // A restart with a lower cap trims at once, as SQLite does.
      if (Number.isFinite(maxRows)) await client.query('DELETE FROM feedback WHERE id <= (SELECT max(id) FROM feedback) - $1::bigint', [maxRows]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
    await probeWrite(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }

  return {
    async add(f) {
      const { rows } = await pool.query<{ id: number }>(
        `WITH added AS (
           INSERT INTO feedback (question, answer, citations, rating, comment, language)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
         ), trimmed AS (
           DELETE FROM feedback WHERE $7::bigint > 0 AND id <= (SELECT id FROM added) - $7::bigint
         )
         SELECT id FROM added`,
        [f.question, f.answer, JSON.stringify(f.citations ?? []), f.rating, f.comment ?? null, f.language ?? null, Number.isFinite(maxRows) ? maxRows : 0],
      );
      return rows[0].id;
    },
    async list({ limit, before = Number.MAX_SAFE_INTEGER }) {
      // bigint parameters: an export may ask for ids beyond the column's integer range.
      const { rows } = await pool.query<Row>('SELECT * FROM feedback WHERE id < $1::bigint ORDER BY id DESC LIMIT $2::bigint', [before, limit]);
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at.toISOString(),
        question: r.question,
        answer: r.answer,
        rating: r.rating,
        comment: r.comment,
        language: r.language,
        citations: r.citations,
      }));
    },
    check: () => probeWrite(pool),
    async usage() {
      const { rows } = await pool.query<{ rows: number; bytes: string }>(
        "SELECT count(*)::int AS rows, pg_total_relation_size('feedback') AS bytes FROM feedback",
      );
      return { rows: rows[0].rows, bytes: Number(rows[0].bytes) };
    },
    close: () => pool.end(),
  };
}

/** A read-only server (a standby, or default_transaction_read_only) cannot take ratings. */
async function probeWrite(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ readonly: string }>('SHOW transaction_read_only');
  if (rows[0].readonly === 'on') throw new Error('the database is read-only');
}
