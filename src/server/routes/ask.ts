import { Hono } from 'hono';
import { AskRequest, type AskResponse } from '../../shared/api.js';
import type { AppDeps } from '../app.js';
import { jsonBody } from '../errors.js';

/** POST /api/ask: one question (with optional history) in, one cited answer out. */
export function askRoutes({ engine, config, logger }: AppDeps) {
  return new Hono().post('/', jsonBody(AskRequest, config.MAX_BODY_BYTES), async (c) => {
    const request = c.get('body');
    // The request's signal aborts when the client goes away, so the engine can stop early.
    const response: AskResponse = await engine.ask(request, { signal: c.req.raw.signal });
    logger.debug(
      {
        questionChars: request.question.length,
        historyTurns: request.history?.length ?? 0,
        language: response.language,
        abstained: response.abstained,
        citations: response.citations.length,
      },
      'answered',
    );
    return c.json(response);
  });
}
