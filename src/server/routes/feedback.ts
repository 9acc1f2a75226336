import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { feedbackToCsv } from '../../feedback/csv.js';
import { FeedbackRequest, MAX_FEEDBACK_BODY_BYTES } from '../../feedback/schema.js';
import { feedbackDbPath, openFeedbackStore, type FeedbackStore } from '../../feedback/store.js';
import type { ErrorBody } from '../../shared/api.js';
import { jsonBody, validate } from '../errors.js';

export interface FeedbackRoutesDeps {
  config: Pick<Config, 'ADMIN_TOKEN' | 'DATA_DIR'>;
  /** Default: <DATA_DIR>/feedback.sqlite, opened by the first request that needs it. */
  store?: FeedbackStore;
}

const refusal = (code: string, message: string): ErrorBody => ({ error: { code, message } });

/** Compares digests, which have equal length, so neither the token's content nor its length leaks. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** 503 when no token is configured, 401 without credentials, 403 with the wrong ones. */
function requireAdmin(adminToken: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken) {
      return c.json(refusal('export_disabled', 'Feedback export is disabled: set ADMIN_TOKEN on the server to enable it.'), 503);
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer realm="strategisvar feedback"');
      return c.json(refusal('unauthorized', 'Send the admin token as "Authorization: Bearer <ADMIN_TOKEN>".'), 401);
    }
    if (!sameToken(match[1], adminToken)) {
      return c.json(refusal('forbidden', 'The admin token is not correct.'), 403);
    }
    await next();
  };
}

const ExportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });

/**
 * POST /api/feedback (from the widget: 201 `{ id }`) and GET /api/feedback (the admin export, JSON or
 * `?format=csv`). Opening the database lazily keeps an app that never gets feedback from creating the file.
 */
export function feedbackRoutes({ config, store }: FeedbackRoutesDeps) {
  let opened = store;
  const feedback = () => (opened ??= openFeedbackStore(feedbackDbPath(config.DATA_DIR)));

  return new Hono()
    .post('/', jsonBody(FeedbackRequest, MAX_FEEDBACK_BODY_BYTES), (c) => {
      const id = feedback().add(c.get('body'));
      return c.json({ id }, 201);
    })
    .get('/', requireAdmin(config.ADMIN_TOKEN), (c) => {
      const { format } = validate(c, ExportQuery, c.req.query(), 400);
      c.header('Cache-Control', 'no-store');
      const entries = feedback().all();
      if (format === 'json') return c.json({ feedback: entries });
      c.header('Content-Disposition', 'attachment; filename="feedback.csv"');
      return c.body(feedbackToCsv(entries), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    });
}
