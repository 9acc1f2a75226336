import { Hono } from 'hono';
import type { IndexInfo } from '../../shared/api.js';
import type { AppDeps } from '../app.js';

export interface HealthResponse {
  status: 'ok';
  index: IndexInfo;
}

/** GET /healthz: liveness plus which index is being served. Outside /api, so never rate limited. */
export function healthRoutes({ engine }: AppDeps) {
  return new Hono().get('/', (c) => {
    const body: HealthResponse = { status: 'ok', index: engine.info() };
    return c.json(body);
  });
}
