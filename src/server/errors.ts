import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../shared/api.js';
import type { Logger } from './logger.js';
import { textsFor, type Texts } from './messages.js';

/**
 * How a refusal or a failure becomes `{ error: { code, message } }`: the error type routes throw, and the
 * handlers that render it (and anything else thrown) in the asker's language.
 */

export type ErrorCode =
  | 'invalid_json'
  | 'invalid_query'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'origin_not_allowed'
  | 'unauthorized'
  | 'forbidden'
  | 'export_disabled'
  | 'rate_limited'
  | 'overloaded'
  | 'http_error'
  | 'internal';

/** Seconds a client should wait after a 503 before asking again; the engine's queue drains in seconds. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 5;

/** nginx's "client closed request": never seen by the client, it marks the request's log line. */
export const CLIENT_CLOSED_REQUEST = 499;

/** A failure with its status, a stable code for programs, and a message for people, chosen per language. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly text: (t: Texts) => string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

/** The client went away before its request's body arrived (read from Node's request, which has no signal to fire). */
export class ClientWentAway extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ClientWentAway';
  }
}

function render(c: Context, error: ApiError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.text(textsFor(c)) } };
  return c.json(body, error.status, error.headers);
}

/** The engine signals load shedding with a `code` on the error it throws. */
function engineErrorCode(err: Error): unknown {
  return 'code' in err ? err.code : undefined;
}

/**
 * Hono hands only Error instances to the error handler and lets anything else escape it. An abort reason is
 * often a plain string (@hono/node-server's is), and an engine may throw it as is: wrap such values so they
 * are handled like any other error. Mount it right inside the request logger.
 */
export function thrownValuesAsErrors(): MiddlewareHandler {
  return async (_c, next) => {
    try {
      await next();
    } catch (err) {
      throw err instanceof Error ? err : new Error(String(err), { cause: err });
    }
  };
}

export function errorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    const where = { id: c.get('requestId'), method: c.req.method, path: c.req.path };
    if (err instanceof ClientWentAway || c.req.raw.signal.aborted) {
      // The client went away (its request's signal fired) and the work stopped with it: expected, and there
      // is nobody left to answer.
      logger.info({ ...where, reason: err.message }, 'client went away');
      return new Response(null, { status: CLIENT_CLOSED_REQUEST });
    }
    if (err instanceof ApiError) return render(c, err);
    if (engineErrorCode(err) === 'OVERLOADED') {
      logger.warn(where, 'engine overloaded');
      return render(c, new ApiError(503, 'overloaded', (t) => t.overloaded, { 'Retry-After': String(OVERLOADED_RETRY_AFTER_SECONDS) }));
    }
    if (err instanceof HTTPException && err.status < 500) {
      // From Hono's own middleware (e.g. auth): keep its status and headers, speak our JSON.
      const headers = Object.fromEntries([...err.getResponse().headers].filter(([name]) => !name.startsWith('content-')));
      return render(c, new ApiError(err.status, 'http_error', () => err.message || `HTTP ${err.status}`, headers));
    }
    logger.error({ err, ...where }, 'unhandled error');
    return render(c, new ApiError(500, 'internal', (t) => t.internal));
  };
}

export const notFound: NotFoundHandler = (c) => render(c, new ApiError(404, 'not_found', (t) => t.notFound));

/** For hono/method-not-allowed: the path exists, the method doesn't. */
export function methodNotAllowedResponse(c: Context, methods: string[]): Response {
  const allow = methods.join(', ');
  return render(c, new ApiError(405, 'method_not_allowed', (t) => t.methodNotAllowed(allow), { Allow: allow }));
}
