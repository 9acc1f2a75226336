import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import type { ServerResponse } from 'node:http';

/**
 * Headers a middleware adds to whatever the route answers (security headers, the request id, rate-limit
 * counts), set the cheapest way the runtime allows; the route's own value for a header always wins.
 *
 * Served by Node (@hono/node-server), they go straight onto Node's ServerResponse (`setHeader`), which
 * merges them with the route's at writeHead, the route's value winning. Through Hono's `c.header` they
 * would go into a web Headers object (validated, lower-cased, sorted when written out, then copied into
 * Node's anyway): for the dozen or so headers every answer carries, that was ~10% of the HTTP stack's
 * CPU per ask. Elsewhere (`app.request()` in tests, other runtimes) Hono's headers are used.
 */

/** Node's response under a Hono context, when @hono/node-server serves the request. */
function nodeResponse(c: Context): ServerResponse | undefined {
  return (c.env as Partial<HttpBindings> | undefined)?.outgoing;
}

/**
 * Adds `name: value` to the response unless the route sets its own value. Call it before `next()` (or before
 * throwing an error that the error handler renders): without Node, it is Hono's `c.header`, which the
 * route's response then takes over.
 */
export function addResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = nodeResponse(c);
  if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}

/** Adds `headers` to every response whose route does not set its own value for one of them. */
export function defaultHeaders(headers: Readonly<Record<string, string>>): MiddlewareHandler {
  const entries = Object.entries(headers);
  return async (c, next) => {
    const outgoing = nodeResponse(c);
    if (outgoing) {
      for (const [name, value] of entries) outgoing.setHeader(name, value);
      return next();
    }
    // Set after the route, onto the response it made (error responses included), where missing.
    await next();
    for (const [name, value] of entries) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}

/**
 * hono/secure-headers' defaults, as a fixed set: what browsers should do with this server's pages and
 * answers (no sniffing, no framing by other sites, no referrer, HTTPS once seen, its own browsing context).
 * A route that must differ (the embeddable widget script's Cross-Origin-Resource-Policy) sets its own.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};
