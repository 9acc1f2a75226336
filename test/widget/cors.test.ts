import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { apiCors } from '../../src/server/cors.js';
import { buildApp } from './app.js';
import { createFakeEngine } from '../helpers/fake-engine.js';
import { jsonPost, silentLogger, testConfig } from './helpers.js';

const ALLOWED = 'https://intra.region.dk';
const app = buildApp({
  engine: createFakeEngine(),
  config: testConfig({ ALLOWED_ORIGINS: `${ALLOWED}/, http://localhost:3000` }),
  logger: silentLogger,
});
const HOST = 'strategisvar.example:8787';
const ask = (origin?: string) =>
  app.request(`http://${HOST}/api/ask/stream`, jsonPost({ question: 'Hvad med ventetid i Nordjylland?' }, origin ? { Origin: origin } : {}));
const preflight = (origin: string) =>
  app.request(`http://${HOST}/api/ask/stream`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });

describe('CORS on /api/*', () => {
  it('lets a listed origin through, with its origin echoed (a trailing slash in the settings is fine)', async () => {
    const res = await ask(ALLOWED);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    await res.text();
  });

  it("answers a listed origin's preflight with the methods and headers the widget uses", async () => {
    const res = await preflight('http://localhost:3000');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('refuses other origins, preflight and request alike, without an allow-origin header', async () => {
    for (const origin of ['https://evil.example', 'https://intra.region.dk.evil.example', 'http://intra.region.dk', 'null']) {
      const pre = await preflight(origin);
      expect(pre.status).toBe(403);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const res = await ask(origin);
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
    }
  });

  it("always allows the server's own pages, and requests without Origin (curl, servers)", async () => {
    const same = await ask(`http://${HOST}`);
    expect(same.status).toBe(200);
    await same.text();
    const behindTls = await ask(`https://${HOST}`);
    expect(behindTls.status).toBe(200);
    await behindTls.text();
    const none = await ask();
    expect(none.status).toBe(200);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    await none.text();
  });

  it('guards the feedback endpoint too', async () => {
    const res = await app.request(`http://${HOST}/api/feedback`, jsonPost({ question: 'q', answer: 'a', rating: 'up' }, { Origin: 'https://evil.example' }));
    expect(res.status).toBe(403);
  });

  it('serves /widget.js to any origin, as a script', async () => {
    const res = await app.request(`http://${HOST}/widget.js`, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('rejects a malformed ALLOWED_ORIGINS entry at startup', () => {
    expect(() => new Hono().use(apiCors(['intra.region.dk']))).toThrow(/ALLOWED_ORIGINS/);
  });
});
