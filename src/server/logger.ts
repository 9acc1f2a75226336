import { pino, type DestinationStream } from 'pino';
import type { MiddlewareHandler } from 'hono';
import type { Config } from '../config.js';

export type Logger = pino.Logger;

/** Secrets that might ride along in a logged object (a config, a header bag) are masked, never written. */
const SECRET_PATHS = [
  'LLM_API_KEY',
  'ADMIN_TOKEN',
  'DATABASE_URL',
  'REDIS_URL',
  '*.LLM_API_KEY',
  '*.ADMIN_TOKEN',
  '*.DATABASE_URL',
  '*.REDIS_URL',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

/** The one pino logger of a process; `destination` lets tests read what was logged. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options = { level: config.LOG_LEVEL, redact: { paths: SECRET_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * One info line per request: its id, the client's address (through trusted proxies), method, path, status and
 * duration. The path only, never the query string or the body: both carry what citizens typed.
 */
export function requestLogger(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        id: c.get('requestId'),
        client: c.get('clientAddress'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}
