import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { ErrorBody } from '../shared/api.js';

/** Canonical form (`scheme://host[:port]`) so "https://x.dk/" in the settings matches the header "https://x.dk". */
function toOrigin(entry: string): string {
  const origin = URL.canParse(entry) ? new URL(entry).origin : 'null';
  if (origin === 'null') throw new Error(`ALLOWED_ORIGINS: "${entry}" is not an origin like https://intra.region.dk`);
  return origin;
}

/**
 * CORS for /api/*: the page that serves the widget (same host) and the origins in ALLOWED_ORIGINS may call
 * the API from a browser. A request from any other origin is refused with 403 and no
 * Access-Control-Allow-Origin header, preflight included, so it fails before it reaches the engine. Requests
 * without an Origin header (curl, servers) are not cross-origin browser requests and pass.
 *
 * Same-origin is judged by host, not scheme, so a server behind a TLS-terminating proxy (which sees http)
 * still recognises its own https pages. Mount it before the rate limiter, so a 429 carries CORS headers
 * and the widget can tell "slow down" from "unreachable".
 */
export function apiCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map(toOrigin));

  // The request URL's host is the Host header the browser sent (that is how @hono/node-server builds it).
  const isAllowed = (origin: string, c: Context): boolean =>
    allowed.has(origin) || (URL.canParse(origin) && new URL(origin).host === new URL(c.req.url).host);

  const withHeaders = cors({
    origin: (origin, c) => (isAllowed(origin, c) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type'],
    // The widget reads Retry-After to say how long to wait after a 429.
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });

  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !isAllowed(origin, c)) {
      c.header('Vary', 'Origin');
      const body: ErrorBody = { error: { code: 'origin_not_allowed', message: `Origin ${origin} may not use this API.` } };
      return c.json(body, 403);
    }
    return withHeaders(c, next);
  };
}
