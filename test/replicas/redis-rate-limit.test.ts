import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/server/errors.js';
import { createLogger } from '../../src/server/logger.js';
import { connectRedisStore, rateLimit, type RedisRateLimit } from '../../src/server/rate-limit.js';
import { freePort, missingServices, startRedis, type Service } from '../helpers/services.js';

/**
 * Rate limits in Redis (REDIS_URL): two apps (as two processes would) count one client's requests together;
 * a REDIS_URL that does not answer fails the start; Redis going away later lets requests through.
 */
const missing = missingServices().filter((name) => name === 'redis-server');
if (missing.length > 0 && process.env.CI) throw new Error('test/replicas: redis-server not installed; .ci/run installs it');

const logged: { msg: string }[] = [];
const logger = createLogger({ LOG_LEVEL: 'warn' }, { write: (line: string) => void logged.push(JSON.parse(line) as { msg: string }) });

/** An app limited to `perMinute` per client, the client named by a header (in the server: requestContext). */
function limitedApp(limit: RedisRateLimit, perMinute: number): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    c.set('clientAddress' as never, (c.req.header('x-client') ?? 'anonymous') as never);
    await next();
  });
  app.use(rateLimit(perMinute, limit.store));
  app.get('/', (c) => c.text('ok'));
  app.onError((err, c) => c.text(err.message, err instanceof ApiError ? (err.status as 429) : 500));
  return app;
}

let redis: Service;
const connections: RedisRateLimit[] = [];

describe.skipIf(missing.length > 0)('rate limits in Redis', () => {
  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);
  afterAll(async () => {
    for (const c of connections) await c.close();
    await redis?.stop();
  });

  it('two processes count one client together; other clients have their own count', async () => {
    const [a, b] = await Promise.all([connectRedisStore(redis.url, logger), connectRedisStore(redis.url, logger)]);
    connections.push(a, b);
    const apps = [limitedApp(a, 5), limitedApp(b, 5)];
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await apps[i % 2].request('/', { headers: { 'x-client': 'one' } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect((await apps[1].request('/', { headers: { 'x-client': 'two' } })).status).toBe(200);
  });

  it('a REDIS_URL nobody answers at is refused at connect', async () => {
    await expect(connectRedisStore(`redis://127.0.0.1:${await freePort()}`, logger)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('when Redis goes away, requests are let through and the failure is logged', async () => {
    const limit = await connectRedisStore(redis.url, logger);
    connections.push(limit);
    const app = limitedApp(limit, 1);
    expect((await app.request('/', { headers: { 'x-client': 'three' } })).status).toBe(200);
    expect((await app.request('/', { headers: { 'x-client': 'three' } })).status).toBe(429);
    await redis.stop();
    expect((await app.request('/', { headers: { 'x-client': 'three' } })).status).toBe(200);
    expect(logged.map((l) => l.msg)).toContain('rate limit store (Redis) failed; letting requests through');
  });
});
