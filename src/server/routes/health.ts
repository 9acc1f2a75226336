import { Hono } from 'hono';
import type { IndexInfo } from '../../shared/api.js';
import type { AppDeps } from '../app.js';
import type { ReadyResponse } from '../contract.js';

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

/**
 * GET /readyz: whether to send this process traffic: its index is loaded (it is, once the app exists), the
 * feedback store takes writes, and it is not shutting down. 503 with the failing check otherwise.
 */
export function readyRoutes({ feedback, isStopping }: Pick<AppDeps, 'feedback' | 'isStopping'>) {
  return new Hono().get('/', async (c) => {
    const checks: ReadyResponse['checks'] = { index: 'ok', feedback: 'ok', shutdown: 'no' };
    if (isStopping?.()) checks.shutdown = 'in progress';
    if (!feedback) checks.feedback = 'opened on first use';
    else {
      try {
        await feedback.check();
      } catch (err) {
        checks.feedback = `not writable: ${(err as Error).message}`;
      }
    }
    const ready = checks.feedback !== 'ok' && feedback ? false : checks.shutdown === 'no';
    const body: ReadyResponse = { status: ready ? 'ready' : 'not_ready', checks };
    c.header('Cache-Control', 'no-store');
    return c.json(body, ready ? 200 : 503);
  });
}
