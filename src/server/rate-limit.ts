import type { MiddlewareHandler } from 'hono';
import { RedisStore, rateLimiter, type Store } from 'hono-rate-limiter';
import { Redis } from 'ioredis';
import { ApiError } from './errors.js';
import type { Logger } from './logger.js';

const WINDOW_MS = 60_000;

/**
 * `perMinute` requests per client address (from the request context: through trusted proxies) and minute.
 * Without a store, counts live in this process's memory; with several processes behind one proxy, pass the
 * shared Redis store (`connectRedisStore`), or each process would grant the full limit.
 */
export function rateLimit(perMinute: number, store?: Store): MiddlewareHandler {
  return rateLimiter({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => c.get('clientAddress'),
    ...(store ? { store } : {}),
    handler: () => {
      throw new ApiError(429, 'rate_limited', (t) => t.rateLimited);
    },
  });
}

export interface RedisRateLimit {
  store: Store;
  close(): Promise<void>;
}

/**
 * Counts in Redis (REDIS_URL), shared by every process: hono-rate-limiter's RedisStore (an atomic Lua script
 * per hit) over ioredis. Checked with a PING at start, so a wrong REDIS_URL fails the start. Should Redis
 * go away later, requests are let through (logged, at most once a minute) rather than refused: a rate limit
 * is a guard against abuse, not a reason to take the service down with Redis.
 */
export async function connectRedisStore(url: string, logger: Logger): Promise<RedisRateLimit> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000, enableOfflineQueue: false });
  // It reconnects by itself; failures surface per request below. The last error is what a failed start reports
  // (ioredis's own rejection only says the connection closed).
  let lastError: Error | undefined;
  redis.on('error', (err: Error) => (lastError = err));
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw lastError ?? err;
  }
  const inner = new RedisStore({
    prefix: 'strategisvar:rl:',
    client: {
      scriptLoad: (script) => redis.script('LOAD', script) as Promise<string>,
      evalsha: (sha, keys, args) => redis.evalsha(sha, keys.length, ...keys, ...args.map(String)) as never,
      decr: (key) => redis.decr(key),
      del: (key) => redis.del(key),
    },
  });
  let lastWarning = 0;
  const failOpen = (err: unknown) => {
    if (Date.now() - lastWarning > WINDOW_MS) {
      lastWarning = Date.now();
      logger.warn({ err }, 'rate limit store (Redis) failed; letting requests through');
    }
    return { totalHits: 0, resetTime: new Date(Date.now() + WINDOW_MS) };
  };
  const store: Store = {
    init: (options) => inner.init(options),
    increment: (key) => Promise.resolve(inner.increment(key)).catch(failOpen),
    decrement: (key) => Promise.resolve(inner.decrement(key)).catch(() => {}),
    resetKey: (key) => Promise.resolve(inner.resetKey(key)).catch(() => {}),
    localKeys: false,
  };
  return { store, close: async () => void (await redis.quit().catch(() => redis.disconnect())) };
}
