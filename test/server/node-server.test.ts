import { serve, type ServerType } from '@hono/node-server';
import { request as httpRequest, type Server as HttpServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskOptions } from '../../src/engine.js';
import { CLIENT_CLOSED_REQUEST } from '../../src/server/errors.js';
import type { AskRequest, AskResponse, AskStreamEvent } from '../../src/shared/api.js';
import { FakeEngine } from '../helpers/fake-engine.js';
import {
  AskResponseShape,
  NORWEGIAN_QUESTION,
  PINO_INFO,
  PINO_WARN,
  SearchResponseShape,
  errorOf,
  expectSecurityHeaders,
  json,
  testApp,
} from './harness.js';

/** The app behind @hono/node-server on an ephemeral port, the way main.ts serves it. */
async function listen(app: Hono): Promise<{ server: ServerType; base: string; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server, base: `http://127.0.0.1:${info.port}`, port: info.port }),
    );
  });
}

const close = (server: ServerType) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Writes bytes on a bare socket and returns everything the server sends back before closing. */
function rawExchange(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.end(bytes);
  });
}

/** POSTs `pieces` one write each with Transfer-Encoding: chunked (no Content-Length), as a stream would. */
function postChunked(port: number, pieces: string[]): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    let next = 0;
    const pump = () => {
      while (next < pieces.length) if (!req.write(pieces[next++])) return void req.once('drain', pump);
      req.end();
    };
    pump();
  });
}

describe('the real server (@hono/node-server on 127.0.0.1, ephemeral port)', () => {
  let harness: ReturnType<typeof testApp<FakeEngine>>;
  let server: ServerType;
  let base: string;
  let port: number;

  beforeAll(async () => {
    harness = testApp({ MAX_BODY_BYTES: 8192 });
    ({ server, base, port } = await listen(harness.app));
  });
  afterAll(() => close(server));

  it('answers POST /api/ask', async () => {
    const res = await fetch(`${base}/api/ask`, json({ question: 'Hvordan er tilgjengelighet i Helse Nord?' }));
    expect(res.status).toBe(200);
    const body = AskResponseShape.parse(await res.json());
    expect(body.citations[0]?.region).toBe('Helse Nord');
    expectSecurityHeaders(res);
  });

  it('answers GET /api/search', async () => {
    const res = await fetch(`${base}/api/search?q=ren%20og%20gr%C3%B8n%20region&k=2`);
    expect(res.status).toBe(200);
    const body = SearchResponseShape.parse(await res.json());
    expect(body.hits[0].section).toBe('Regional udvikling › En ren og grøn region');
  });

  it('GET /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('405, 404, 415, 422 (in Norwegian for a Norwegian question)', async () => {
    const notAllowed = await fetch(`${base}/api/ask`);
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.get('allow')).toBe('POST');
    expect((await errorOf(notAllowed)).code).toBe('method_not_allowed');

    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('not_found');

    const wrongType = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);

    const invalid = await fetch(`${base}/api/ask`, json({ question: NORWEGIAN_QUESTION, history: [{ role: 'bot', content: 'hei' }] }));
    expect(invalid.status).toBe(422);
    expect((await errorOf(invalid)).message).toBe('Feltet «history[0].role» må være en av «user», «assistant».');
  });

  it('a raw request with a truncated JSON body → 400 JSON, and the server keeps serving', async () => {
    const body = '{"question": "hvad med';
    const reply = await rawExchange(
      port,
      `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toMatch(/\r\ncontent-type: application\/json/i);
    expect(reply).toContain('"code":"invalid_json"');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('a raw request whose body is not UTF-8 → 400 JSON', async () => {
    const body = Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]);
    const head = `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const reply = await rawExchange(port, Buffer.concat([Buffer.from(head), body]));
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toContain('"code":"invalid_json"');
  });

  it('bytes that are not HTTP at all are refused by Node, and the server keeps serving', async () => {
    const reply = await rawExchange(port, 'this is not http\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('an oversized body with Content-Length → 413 without reading it', async () => {
    const res = await fetch(`${base}/api/ask`, json({ question: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({ code: 'payload_too_large', message: 'Forespørgslen er for stor (højst 8192 bytes).' });
  });

  it('an oversized streamed (chunked) body → 413, counted as it arrives', async () => {
    const res = await postChunked(port, ['{"question":"', ...Array<string>(256).fill('x'.repeat(4096)), '"}']);
    expect(res.status).toBe(413);
    // The unread rest is discarded with the connection, so no client reuses a socket mid-body.
    expect(res.headers.connection).toBe('close');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
    expect(harness.engine.calls.ask.every(({ request }) => request.question.length < 8192)).toBe(true);
  });

  it('a small chunked body is read and answered (after a 413 on the same agent)', async () => {
    const res = await postChunked(port, ['{"quest', 'ion":"Hvad med en ren', ' og grøn region?"}']);
    expect(res.status).toBe(200);
    expect(AskResponseShape.parse(JSON.parse(res.body)).citations[0]?.region).toBe('Region Nordjylland');
  });

  it('an engine failure → 500 without internals', async () => {
    harness.engine.failWith(new Error('secret path /srv/index'));
    try {
      const res = await fetch(`${base}/api/ask`, json({ question: 'hej' }));
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('/srv/index');
      expect(text).not.toMatch(/\bat\b.*:\d+:\d+/);
    } finally {
      harness.engine.failWith(undefined);
    }
  });
});

describe('the real server: headers the middleware adds (straight onto Node\'s response)', () => {
  it('an answer, a 404 and an error carry them once; a route\'s own value wins', async () => {
    const { app } = testApp({ RATE_LIMIT_PER_MINUTE: 50 });
    app.get('/own-policy', (c) => c.body('x', 200, { 'Cross-Origin-Resource-Policy': 'cross-origin', 'X-Frame-Options': 'DENY' }));
    const { server, base } = await listen(app);
    try {
      const res = await fetch(`${base}/api/ask`, json({ question: 'Hvordan er tilgjengelighet i Helse Nord?' }));
      expect(res.status).toBe(200);
      expectSecurityHeaders(res);
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('ratelimit-policy')).toBe('50;w=60');
      expect(res.headers.get('ratelimit-limit')).toBe('50');
      expect(res.headers.get('ratelimit-remaining')).toBe('49');
      expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
      expect(res.headers.get('vary')).toBe('Origin');

      const unknown = await fetch(`${base}/api/nothing-here`);
      expect(unknown.status).toBe(404);
      expectSecurityHeaders(unknown);
      expect(unknown.headers.get('ratelimit-remaining')).toBe('48');

      const invalid = await fetch(`${base}/api/ask`, json({ question: '' }));
      expect(invalid.status).toBe(422);
      expectSecurityHeaders(invalid);
      expect(invalid.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const own = await fetch(`${base}/own-policy`);
      expect(own.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(own.headers.get('x-frame-options')).toBe('DENY');
      expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await close(server);
    }
  });
});

describe('the real server: rate limiting by client address', () => {
  it('limits a client after RATE_LIMIT_PER_MINUTE requests, with Retry-After', async () => {
    const { app } = testApp({ RATE_LIMIT_PER_MINUTE: 3 });
    const { server, base } = await listen(app);
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await fetch(`${base}/api/documents`);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(last!.headers.get('ratelimit-limit')).toBe('3');
      expect(last!.headers.get('ratelimit-remaining')).toBe('0');
      expectSecurityHeaders(last!);
      expect((await errorOf(last!)).code).toBe('rate_limited');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await close(server);
    }
  });
});

describe('the real server: a client that goes away', () => {
  /** Works until its signal aborts, then gives up the way a real engine may: by throwing the abort reason. */
  class WaitingEngine extends FakeEngine {
    readonly started: Promise<void>;
    readonly sawAbort: Promise<unknown>;
    #started!: () => void;
    #sawAbort!: (reason: unknown) => void;

    constructor() {
      super();
      this.started = new Promise((resolve) => (this.#started = resolve));
      this.sawAbort = new Promise((resolve) => (this.#sawAbort = resolve));
    }

    #untilAborted(signal: AbortSignal | undefined): Promise<never> {
      this.#started();
      return new Promise((_, reject) =>
        signal?.addEventListener('abort', () => {
          this.#sawAbort(signal.reason);
          reject(signal.reason);
        }),
      );
    }

    override ask(_request: AskRequest, options?: AskOptions): Promise<AskResponse> {
      return this.#untilAborted(options?.signal);
    }

    override async *askStream(_request: AskRequest, options?: AskOptions): AsyncIterable<AskStreamEvent> {
      yield { event: 'meta', data: { language: 'da', abstained: false, support: 'direct', citations: [], mode: 'extractive' } };
      await this.#untilAborted(options?.signal);
    }
  }

  it('aborts the signal the engine was given, and logs the abandoned request at info, not as an error', async () => {
    const harness = testApp({}, new WaitingEngine());
    const { server, base } = await listen(harness.app);
    try {
      const client = new AbortController();
      const pending = fetch(`${base}/api/ask`, { ...json({ question: 'hej' }), signal: client.signal }).catch(() => 'aborted');
      await harness.engine.started;
      client.abort();
      expect(await pending).toBe('aborted');
      expect(await harness.engine.sawAbort).toEqual(expect.any(String));
      await expect.poll(() => harness.logs.find((l) => l.msg === 'request')).toMatchObject({ path: '/api/ask', status: CLIENT_CLOSED_REQUEST });
      expect(harness.logs.find((l) => l.msg === 'client went away')?.level).toBe(PINO_INFO);
      expect(harness.logs.filter((l) => l.level >= PINO_WARN)).toEqual([]);
    } finally {
      // The aborted socket lingers a few seconds in Node's bookkeeping; don't wait for it.
      (server as HttpServer).closeAllConnections();
      await close(server);
    }
  });

  it('a client that leaves before its body has arrived is logged at info, not as an error', async () => {
    const harness = testApp();
    const { server, port } = await listen(harness.app);
    try {
      const socket = connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"question": "hv');
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await expect.poll(() => harness.logs.find((l) => l.msg === 'request')).toMatchObject({ path: '/api/ask', status: CLIENT_CLOSED_REQUEST });
      expect(harness.logs.find((l) => l.msg === 'client went away')?.level).toBe(PINO_INFO);
      expect(harness.logs.filter((l) => l.level >= PINO_WARN)).toEqual([]);
      expect(harness.engine.requests).toEqual([]);
    } finally {
      (server as HttpServer).closeAllConnections();
      await close(server);
    }
  });

  it('mid-stream: stops the engine and logs at info, not as an error', async () => {
    const harness = testApp({}, new WaitingEngine());
    const { server, base } = await listen(harness.app);
    try {
      const client = new AbortController();
      const res = await fetch(`${base}/api/ask/stream`, { ...json({ question: 'hej' }), signal: client.signal });
      const reader = res.body!.getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toContain('event: meta');
      client.abort();
      await harness.engine.sawAbort;
      await expect.poll(() => harness.logs.find((l) => l.msg === 'client went away mid-stream')?.level).toBe(PINO_INFO);
      expect(harness.logs.filter((l) => l.level >= PINO_WARN)).toEqual([]);
    } finally {
      (server as HttpServer).closeAllConnections();
      await close(server);
    }
  });
});
