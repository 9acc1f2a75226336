import { Hono } from 'hono';
import { z } from 'zod';
import { AskRequest, RETRIEVAL_MODES, type AskResponse } from '../../shared/api.js';
import type { AppDeps } from '../app.js';
import { jsonBody, validate } from '../validation.js';

/**
 * The query string of POST /api/ask and /api/ask/stream: `?mode=` lets evaluators compare retrieval channels on
 * a running server; nothing else is accepted.
 */
export const AskQuery = z.strictObject({ mode: z.enum(RETRIEVAL_MODES).optional() });

/** POST /api/ask[?mode=hybrid|lexical|dense]: one question (with optional history) in, one cited answer out. */
export function askRoutes({ engine, config, logger }: AppDeps) {
  return new Hono().post('/', jsonBody(AskRequest, config.MAX_BODY_BYTES), async (c) => {
    const request = c.get('body');
    const { mode } = validate(c, AskQuery, c.req.query(), 400);
    // The request's signal aborts when the client goes away, so the engine can stop early. Read only if the
    // engine needs it (a model's calls): under Node it makes the web Request, which an answer without a model
    // can do without.
    const response: AskResponse = await engine.ask(request, {
      mode,
      validated: true,
      get signal() {
        return c.req.raw.signal;
      },
    });
    logger.debug(
      {
        questionChars: request.question.length,
        historyTurns: request.history?.length ?? 0,
        language: response.language,
        support: response.support,
        citations: response.citations.length,
      },
      'answered',
    );
    return c.json(response);
  });
}
