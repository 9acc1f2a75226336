import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { Config } from '../config.js';
import { ApiError } from './errors.js';
import { addResponseHeader } from './response-headers.js';

const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];
/** The widget reads Retry-After to say how long to wait after a 429. */
const EXPOSED_HEADERS = ['Retry-After'];
/** Listening on every interface includes loopback. */
const WILDCARD_HOSTNAMES = ['0.0.0.0', '[::]'];

/** HOST as a URL spells it: lower case, an IPv6 address in brackets. */
function urlHostname(host: string): string {
  const name = host.trim().toLowerCase();
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

const isLoopback = (hostname: string) => LOOPBACK_HOSTNAMES.includes(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);

/** The names under which a browser reaches this server directly: HOST itself, or loopback's names. */
function ownHostnames(host: string): Set<string> {
  const name = urlHostname(host);
  if (WILDCARD_HOSTNAMES.includes(name)) return new Set(LOOPBACK_HOSTNAMES);
  return new Set(isLoopback(name) ? [name, ...LOOPBACK_HOSTNAMES] : [name]);
}

/**
 * CORS for /api/*: the server's own pages and the origins in ALLOWED_ORIGINS may call the API from a
 * browser. A request from any other origin is refused with 403 and no Access-Control-Allow-Origin header,
 * preflight included, so it fails before it reaches the engine. Requests without an Origin header (curl,
 * servers, a same-origin GET) are not cross-origin browser requests and pass.
 *
 * The server's own origin is `http://HOST:PORT` (and its loopback aliases when HOST is loopback). An origin
 * that merely matches the request's Host header is not enough: after DNS rebinding, a hostile page at
 * http://evil.example:PORT sends Host and Origin that agree. So the Host header is trusted only when its
 * hostname is one of the server's own names, which a rebinding page cannot have; that also covers a server
 * whose port is chosen at listen time (PORT 0, as in tests). A server behind a TLS-terminating proxy lists its public
 * https origin in ALLOWED_ORIGINS. Mount it before the rate limiter, so a 429 carries CORS headers and the
 * widget can tell "slow down" from "unreachable".
 */
export function apiCors({ ALLOWED_ORIGINS, HOST, PORT }: Pick<Config, 'ALLOWED_ORIGINS' | 'HOST' | 'PORT'>): MiddlewareHandler {
  const hostnames = ownHostnames(HOST);
  // With PORT 0 the port is known only after listen; isOwnPage below covers that case.
  const ownOrigins = PORT ? [...hostnames].map((name) => new URL(`http://${name}:${PORT}`).origin) : [];
  const allowed = new Set([...ALLOWED_ORIGINS, ...ownOrigins]);

  // The request URL's host is the Host header the browser sent (that is how @hono/node-server builds it).
  const isOwnPage = (origin: string, c: Context): boolean => {
    const { hostname, host } = new URL(c.req.url);
    return hostnames.has(hostname) && origin === `http://${host}`;
  };
  const isAllowed = (origin: string, c: Context): boolean => allowed.has(origin) || isOwnPage(origin, c);

  const withHeaders = cors({
    origin: (origin, c) => (isAllowed(origin, c) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });

  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined && c.req.method !== 'OPTIONS') {
      // Not a browser's cross-origin request: the same headers as for one, added to the route's response.
      // Hono's cors sets them on a response made before the route's, which the route's response then
      // replaces by copying its body through a web stream: most of a small JSON answer's cost in the HTTP
      // stack. (No route sets a Vary of its own; one that did would replace this one.)
      addResponseHeader(c, 'Access-Control-Expose-Headers', EXPOSED_HEADERS.join(','));
      addResponseHeader(c, 'Vary', 'Origin');
      return next();
    }
    if (origin !== undefined && !isAllowed(origin, c)) {
      throw new ApiError(403, 'origin_not_allowed', (t) => t.originNotAllowed(origin), { Vary: 'Origin' });
    }
    return withHeaders(c, next);
  };
}
