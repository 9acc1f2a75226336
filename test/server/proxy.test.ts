import { serve, type ServerType } from '@hono/node-server';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { PINO_INFO, testApp } from './harness.js';

/**
 * A real proxy hop: clients (bound to distinct loopback addresses, as distinct users) reach the app through
 * a small Node reverse proxy that appends the address it sees to X-Forwarded-For, as nginx's
 * $proxy_add_x_forwarded_for does.
 */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const closeServer = (server: Server | ServerType) => new Promise<void>((resolve) => server.close(() => resolve()));

async function startApp(env: Record<string, string>) {
  const { app, logs } = testApp({ ...loadConfig(env), LOG_LEVEL: 'debug' });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  closers.push(() => closeServer(server));
  return { port: (server.address() as AddressInfo).port, logs };
}

async function startProxy(targetPort: number) {
  const proxy = createServer((req, res) => {
    const seen = req.socket.remoteAddress!.replace(/^::ffff:/, '');
    const forwarded = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${seen}` : seen;
    const upstream = request(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': forwarded } },
      (up) => {
        res.writeHead(up.statusCode!, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  closers.push(() => closeServer(proxy));
  return (proxy.address() as AddressInfo).port;
}

/** GET /api/documents from `from` (a loopback address of its own: one user) to `port`. */
function get(port: number, from: string, headers: Record<string, string> = {}): Promise<{ status: number; id: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/documents', localAddress: from, headers, agent: false }, (res) => {
      res.resume().on('end', () => resolve({ status: res.statusCode!, id: String(res.headers['x-request-id']) }));
    });
    req.on('error', reject).end();
  });
}

async function statuses(n: number, port: number, from: string, headers?: (i: number) => Record<string, string>) {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await get(port, from, headers?.(i))).status);
  return out;
}

const USER_A = '127.0.0.2';
const USER_B = '127.0.0.3';
const LIMIT = '5';

describe('behind a reverse proxy', () => {
  it('without TRUST_PROXY every user shares the proxy\'s bucket: A\'s requests lock B out', async () => {
    const { port } = await startApp({ RATE_LIMIT_PER_MINUTE: LIMIT });
    const proxy = await startProxy(port);
    expect(await statuses(6, proxy, USER_A)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await statuses(1, proxy, USER_B)).toEqual([429]);
  });

  it('with TRUST_PROXY=1 each user has a bucket of their own, and logs name the user', async () => {
    const { port, logs } = await startApp({ RATE_LIMIT_PER_MINUTE: LIMIT, TRUST_PROXY: '1' });
    const proxy = await startProxy(port);
    expect(await statuses(6, proxy, USER_A)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await statuses(5, proxy, USER_B)).toEqual([200, 200, 200, 200, 200]);
    const clients = logs.filter((l) => l.level === PINO_INFO && l.msg === 'request').map((l) => l.client);
    expect(new Set(clients)).toEqual(new Set([USER_A, USER_B]));
  });

  it('a client cannot escape its bucket by sending X-Forwarded-For itself', async () => {
    const forged = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });
    // Trusted by hop count, or by the proxy's own address: what A writes sits left of what the proxy appends.
    for (const TRUST_PROXY of ['1', '127.0.0.1']) {
      const { port } = await startApp({ RATE_LIMIT_PER_MINUTE: LIMIT, TRUST_PROXY });
      const proxy = await startProxy(port);
      expect(await statuses(6, proxy, USER_A, forged), TRUST_PROXY).toEqual([200, 200, 200, 200, 200, 429]);
    }
  });

  it('a direct client\'s X-Forwarded-For is ignored when its address is not a trusted proxy', async () => {
    const { port } = await startApp({ RATE_LIMIT_PER_MINUTE: LIMIT, TRUST_PROXY: '127.0.0.1' });
    const forged = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });
    expect(await statuses(6, port, USER_A, forged)).toEqual([200, 200, 200, 200, 200, 429]);
    // …while the trusted proxy address's forwarded entry is believed.
    expect(await statuses(2, port, '127.0.0.1', forged)).toEqual([200, 200]);
  });

  it('X-Request-Id is echoed when well-formed and replaced when not', async () => {
    const { port, logs } = await startApp({});
    const given = await get(port, USER_A, { 'x-request-id': 'abc-123_trace.7' });
    expect(given.id).toBe('abc-123_trace.7');
    const bad = await get(port, USER_A, { 'x-request-id': 'x'.repeat(200) });
    expect(bad.id).toMatch(/^[0-9a-f-]{36}$/);
    const generated = await get(port, USER_A);
    expect(generated.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.id).not.toBe(bad.id);
    const ids = logs.filter((l) => l.msg === 'request').map((l) => l.id);
    expect(ids).toEqual(['abc-123_trace.7', bad.id, generated.id]);
  });
});
