import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { feedbackCsvStream } from '../../feedback/csv.js';
import { FeedbackRequest, MAX_FEEDBACK_BODY_BYTES } from '../../feedback/schema.js';
import { inBatches, openFeedbackStore, type FeedbackEntry, type FeedbackStore } from '../../feedback/store.js';
import { ApiError } from '../errors.js';
import { jsonBody, validate } from '../validation.js';

export interface FeedbackRoutesDeps {
  config: Pick<Config, 'ADMIN_TOKEN' | 'DATA_DIR' | 'FEEDBACK_MAX_ROWS' | 'DATABASE_URL'>;
  /** Default: the configured store (feedback/store.ts), opened by the first request that needs it. */
  store?: FeedbackStore;
}

/** GET /api/feedback as JSON: one page, newest first; pass `nextBefore` as `?before=` for the next (null: no more). */
export interface FeedbackExport {
  feedback: FeedbackEntry[];
  nextBefore: number | null;
}

export const DEFAULT_EXPORT_LIMIT = 1000;
export const MAX_EXPORT_LIMIT = 10_000;
/** Rows read from the database per chunk of a CSV export. */
const CSV_BATCH_ROWS = 200;

/** Compares digests, which have equal length, so neither the token's content nor its length leaks. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** 503 when no token is configured, 401 without credentials, 403 with the wrong ones. */
function requireAdmin(adminToken: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken) throw new ApiError(503, 'export_disabled', (t) => t.exportDisabled);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!match) {
      throw new ApiError(401, 'unauthorized', (t) => t.unauthorized, { 'WWW-Authenticate': 'Bearer realm="strategisvar feedback"' });
    }
    if (!sameToken(match[1], adminToken)) throw new ApiError(403, 'forbidden', (t) => t.forbidden);
    await next();
  };
}

export const ExportQuery = z.strictObject({
  format: z.enum(['json', 'csv']).default('json'),
  limit: z.coerce.number().int().min(1).max(MAX_EXPORT_LIMIT).default(DEFAULT_EXPORT_LIMIT),
  before: z.coerce.number().int().min(1).optional(),
});

/**
 * POST /api/feedback (from the widget: 201 `{ id }`) and GET /api/feedback (the admin export, JSON or
 * `?format=csv`, newest first, `?limit=` rows below id `?before=`). Opening the database lazily keeps an app
 * that never gets feedback from creating the file. The CSV streams, so a large page is never in memory whole.
 */
export function feedbackRoutes({ config, store }: FeedbackRoutesDeps) {
  let opened: Promise<FeedbackStore> | undefined = store && Promise.resolve(store);
  const feedback = () =>
    (opened ??= openFeedbackStore(config).catch((err: unknown) => {
      opened = undefined;
      throw err;
    }));

  return new Hono()
    .post('/', jsonBody(FeedbackRequest, MAX_FEEDBACK_BODY_BYTES), async (c) => {
      const id = await (await feedback()).add(c.get('body'));
      return c.json({ id }, 201);
    })
    .get('/', requireAdmin(config.ADMIN_TOKEN), async (c) => {
      const { format, ...page } = validate(c, ExportQuery, c.req.query(), 400);
      c.header('Cache-Control', 'no-store');
      if (format === 'csv') {
        c.header('Content-Disposition', 'attachment; filename="feedback.csv"');
        const rows = feedbackCsvStream(inBatches(await feedback(), page, CSV_BATCH_ROWS));
        return c.body(rows, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
      }
      // One row more than asked tells whether another page follows.
      const entries = await (await feedback()).list({ ...page, limit: page.limit + 1 });
      const body: FeedbackExport = {
        feedback: entries.slice(0, page.limit),
        nextBefore: entries.length > page.limit ? entries[page.limit - 1].id : null,
      };
      return c.json(body);
    });
}
