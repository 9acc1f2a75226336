import { Hono } from 'hono';
import type { DocumentsResponse } from '../../shared/api.js';
import type { AppDeps } from '../app.js';

/** GET /api/documents: the regions and documents the answers can come from. */
export function documentsRoutes({ engine }: AppDeps) {
  return new Hono().get('/', (c) => {
    const body: DocumentsResponse = engine.documents();
    return c.json(body);
  });
}
