import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import proxyAddr from 'proxy-addr';
import type { TrustProxy } from '../config.js';
import { addResponseHeader } from './response-headers.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** X-Request-Id: the caller's (a proxy's) when well-formed, else generated; echoed on the response. */
    requestId: string;
    /** The client's address: the socket's peer, or the X-Forwarded-For entry the trusted proxies vouch for. */
    clientAddress: string;
  }
}

/** What an id from outside may look like: UUIDs, trace ids, nginx's $request_id. Anything else is replaced. */
const REQUEST_ID = /^[\w.:@+=/-]{1,128}$/;

/** An address no request can have, for requests without a socket (`app.request()` in tests). */
const NO_SOCKET = 'unknown';

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * Which X-Forwarded-For entries to believe, per TRUST_PROXY: none (the socket's peer is the client), the
 * nearest `hops` proxies, or proxies at the given addresses. proxy-addr (Express's) walks the chain from
 * the socket leftwards while the hop is trusted, so a client cannot pick its own address by sending the
 * header itself: whatever it writes sits left of what the trusted proxies appended.
 */
function trustFunction(trust: TrustProxy | undefined): (address: string, hop: number) => boolean {
  if (!trust) return () => false;
  if ('hops' in trust) return (_address, hop) => hop < trust.hops;
  return proxyAddr.compile(trust.addresses);
}

export function requestContext({ trustProxy }: { trustProxy?: TrustProxy }): MiddlewareHandler {
  const trusted = trustFunction(trustProxy);
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', id);
    const remote = socketAddress(c);
    const forwardedFor = c.req.header('x-forwarded-for');
    c.set(
      'clientAddress',
      remote === undefined
        ? NO_SOCKET
        : proxyAddr({ connection: { remoteAddress: remote }, headers: { 'x-forwarded-for': forwardedFor } } as never, trusted),
    );
    addResponseHeader(c, 'X-Request-Id', id);
    await next();
  };
}
