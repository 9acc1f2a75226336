import { Hono } from 'hono';
import { z } from 'zod';
import { AskRequest, RETRIEVAL_MODES, type SearchResponse } from '../../shared/api.js';
import type { AppDeps } from '../app.js';
import { validate } from '../validation.js';

export const DEFAULT_SEARCH_K = 5;
export const MAX_SEARCH_K = 50;

/** Strict like the JSON bodies: a misspelt parameter (`?limit=`, `?mod=`) is an error, not a silent default. */
export const SearchQuery = z.strictObject({
  q: AskRequest.shape.question,
  k: z.coerce.number().int().min(1).max(MAX_SEARCH_K).default(DEFAULT_SEARCH_K),
  mode: z.enum(RETRIEVAL_MODES).optional(),
});

/** GET /api/search?q=…&k=…&mode=…: the retrieved passages themselves, for inspection and evaluation. */
export function searchRoutes({ engine, config }: AppDeps) {
  return new Hono().get('/', async (c) => {
    const { q, k, mode = config.RETRIEVAL_MODE } = validate(c, SearchQuery, c.req.query(), 400);
    const body: SearchResponse = { query: q, mode, hits: await engine.search(q, k, mode) };
    return c.json(body);
  });
}
