import cluster from 'node:cluster';
import type { Context, MiddlewareHandler } from 'hono';
import { MemoryStore, RedisStore, rateLimiter, type ClientRateLimitInfo, type Store } from 'hono-rate-limiter';
import { Redis } from 'ioredis';
import { ApiError } from './errors.js';
import type { Logger } from './logger.js';
import { addResponseHeader } from './response-headers.js';

const WINDOW_MS = 60_000;

/**
 * `perMinute` requests per client address (from the request context: through trusted proxies) and minute.
 * Without a store, counts live in this process's memory; in a cluster worker, pass `clusterStore()` (the
 * primary's memory); with several machines behind one proxy, the shared Redis store (`connectRedisStore`),
 * or each process would grant the full limit.
 */
export function rateLimit(perMinute: number, store?: Store): MiddlewareHandler {
  const limiter = rateLimiter({
    windowMs: WINDOW_MS,
    limit: perMinute,
    // The headers are set below, through ./response-headers.ts rather than hono-rate-limiter's `c.header`.
    standardHeaders: false,
    keyGenerator: (c) => c.get('clientAddress'),
    ...(store ? { store } : {}),
    handler: (c) => {
      const info = c.get('rateLimit');
      addCountHeaders(c, info);
      addResponseHeader(c, 'Retry-After', String(secondsUntil(info.resetTime) ?? WINDOW_MS / 1000));
      throw new ApiError(429, 'rate_limited', (t) => t.rateLimited);
    },
  });
  return (c, next) =>
    limiter(c, () => {
      addCountHeaders(c, c.get('rateLimit'));
      return next();
    });
}

/** hono-rate-limiter's count, as it leaves it on the context. */
interface RateLimitInfo {
  limit: number;
  remaining: number;
  resetTime?: Date;
}

declare module 'hono' {
  interface ContextVariableMap {
    rateLimit: RateLimitInfo;
  }
}

const secondsUntil = (time: Date | undefined) => (time ? Math.max(0, Math.ceil((time.getTime() - Date.now()) / 1000)) : undefined);

/** The IETF draft-6 RateLimit headers, as hono-rate-limiter's `standardHeaders: 'draft-6'` writes them. */
function addCountHeaders(c: Context, { limit, remaining, resetTime }: RateLimitInfo): void {
  addResponseHeader(c, 'RateLimit-Policy', `${limit};w=${WINDOW_MS / 1000}`);
  addResponseHeader(c, 'RateLimit-Limit', String(limit));
  addResponseHeader(c, 'RateLimit-Remaining', String(remaining));
  const reset = secondsUntil(resetTime);
  if (reset) addResponseHeader(c, 'RateLimit-Reset', String(reset));
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

/** One count a cluster worker asks its primary for, and the primary's answer to it. */
interface CountRequest {
  id: number;
  op: 'increment' | 'decrement' | 'resetKey';
  key: string;
}
interface CountReply {
  id: number;
  totalHits?: number;
  resetTime?: number;
}
/**
 * What goes over the cluster's IPC channel: the counts a worker asked for in one turn of its event loop, and
 * their answers, one message each way. A message per request cost each worker ~5% of its CPU (a JSON
 * encoding and a pipe write each way), and the primary as much again; a turn that reads several requests
 * now shares one.
 */
interface CountBatch {
  type: 'strategisvar:rate-limit';
  requests: CountRequest[];
}
interface ReplyBatch {
  type: 'strategisvar:rate-limit-reply';
  replies: CountReply[];
}

/** The side of the IPC channel a worker sees (`process`): what `clusterStore` needs of it. */
export interface CountChannel {
  send(message: CountBatch): unknown;
  on(event: 'message', listener: (message: ReplyBatch) => void): unknown;
}

/**
 * The primary's answers to one worker's batch, in the batch's order, from the one in-memory count of all
 * workers (`counts`): the same totals as if each request had come alone.
 */
export async function answerCounts(counts: Store, batch: CountBatch): Promise<ReplyBatch> {
  const replies: CountReply[] = [];
  for (const { id, op, key } of batch.requests) {
    if (op === 'increment') {
      const info: ClientRateLimitInfo = await counts.increment(key);
      replies.push({ id, totalHits: info.totalHits, resetTime: info.resetTime?.getTime() });
    } else {
      await counts[op](key);
      replies.push({ id });
    }
  }
  return { type: 'strategisvar:rate-limit-reply', replies };
}

/**
 * The primary's side of `clusterStore`: one in-memory count for all its workers (WORKERS > 1 without
 * Redis), so a client gets the limit once, whichever worker its connections land on.
 */
export function serveClusterCounts(): void {
  const counts = new MemoryStore();
  counts.init({ windowMs: WINDOW_MS } as Parameters<MemoryStore['init']>[0]);
  cluster.on('message', (worker, message: CountBatch) => {
    if (message?.type !== 'strategisvar:rate-limit') return;
    void answerCounts(counts, message).then((reply) => {
      if (worker.isConnected()) worker.send(reply);
    });
  });
}

/**
 * A worker's store that counts in its primary's memory (serveClusterCounts), over the cluster's IPC channel
 * (`channel`, the worker's `process`). The counts asked for in one turn of the event loop go in one message,
 * sent once the turn's I/O callbacks have run (setImmediate): the requests read in that turn.
 */
export function clusterStore(channel: CountChannel = process as unknown as CountChannel): Store {
  let nextId = 0;
  const waiting = new Map<number, (reply: CountReply) => void>();
  let pending: CountRequest[] = [];
  channel.on('message', (message: ReplyBatch) => {
    if (message?.type !== 'strategisvar:rate-limit-reply') return;
    for (const reply of message.replies) {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    }
  });
  const flush = () => {
    const requests = pending;
    pending = [];
    channel.send({ type: 'strategisvar:rate-limit', requests });
  };
  const ask = (op: CountRequest['op'], key: string) =>
    new Promise<CountReply>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      if (pending.length === 0) setImmediate(flush);
      pending.push({ id, op, key });
    });
  return {
    init: () => {},
    increment: async (key) => {
      const reply = await ask('increment', key);
      return { totalHits: reply.totalHits ?? 0, resetTime: new Date(reply.resetTime ?? Date.now() + WINDOW_MS) };
    },
    decrement: async (key) => void (await ask('decrement', key)),
    resetKey: async (key) => void (await ask('resetKey', key)),
    localKeys: false,
  };
}
