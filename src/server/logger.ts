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

/**
 * Log lines a slow stdout reader has not taken yet, beyond this many bytes, are dropped. 16 MiB holds about
 * 80,000 request lines, minutes of a busy server; safe range 1–256 MiB (memory the process may hold).
 */
export const LOG_BUFFER_BYTES = 16 * 1024 * 1024;

/**
 * Log lines go to process.stdout, not to pino's default synchronous writer. When the reader stalls (a full
 * pipe to a log shipper, a test runner that stopped reading), a synchronous write blocks: the process then
 * answers nothing and cannot even run its SIGTERM handler. process.stdout on a pipe or socket queues what the
 * pipe cannot take yet (libuv, non-blocking) and does not wait for that queue at exit; here the queue is
 * bounded, so a stalled reader costs log lines, never answers, memory or a clean shutdown. Only one process
 * may own the pipe that way: a cluster's workers log through their primary (./cluster.ts).
 */
export function writeOutput(stream: NodeJS.WriteStream, text: string | Uint8Array): void {
  if (stream.writableLength <= LOG_BUFFER_BYTES) stream.write(text);
}

/**
 * Lines to stdout are written together, at most this many milliseconds after the first of them was logged,
 * and at exit. A busy server logs a line per request: one write for a batch of them is one system call
 * (and, in a cluster worker, one wake-up of the primary that forwards it) instead of one per request, which
 * was ~3% of a worker's CPU under load. Safe range 0–1000: a log reader sees a line that much later.
 */
export const LOG_FLUSH_MS = 20;
/** A batch reaching this many characters is written at once. */
const LOG_BATCH_CHARS = 64 * 1024;

let stdoutLines: ((line: string) => void) | undefined;
/** Queues a line for stdout; lines keep their order, and a line logged just before `process.exit` is written by the exit handler. */
function queueStdoutLine(line: string): void {
  if (!stdoutLines) {
    let queued: string[] = [];
    let chars = 0;
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (queued.length === 0) return;
      const text = queued.length === 1 ? queued[0] : queued.join('');
      queued = [];
      chars = 0;
      writeOutput(process.stdout, text);
    };
    process.once('exit', flush);
    stdoutLines = (next) => {
      queued.push(next);
      chars += next.length;
      if (chars >= LOG_BATCH_CHARS) flush();
      else timer ??= setTimeout(flush, LOG_FLUSH_MS).unref();
    };
  }
  stdoutLines(line);
}

/** The one pino logger of a process: stdout unless `destination` is given (tests read what was logged). */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options = { level: config.LOG_LEVEL, redact: { paths: SECRET_PATHS, censor: '[redacted]' } };
  return pino(options, destination ?? { write: queueStdoutLine });
}

/**
 * One info line per request: its id, the client's address (through trusted proxies), method, path, status and
 * duration. The path only, never the query string or the body: both carry what citizens typed.
 */
export function requestLogger(logger: Logger): MiddlewareHandler {
  // The line's fields are the ones below and nothing else, none of them a secret: checking every value
  // against the secret paths' wildcards (pino's redaction) was ~2% of the HTTP stack's CPU per request.
  const lines = logger.child({}, { redact: [] });
  return async (c, next) => {
    const started = performance.now();
    await next();
    lines.info(
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
