import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { ErrorBody } from '../../src/shared/api.js';
import { createApp } from '../../src/server/app.js';
import { createFakeEngine } from '../helpers/fake-engine.js';
import { jsonPost, silentLogger, testConfig } from './helpers.js';

const ALLOWED = 'https://intra.region.dk';
const appWith = (env: Record<string, string> = {}) =>
  createApp({ engine: createFakeEngine(), config: testConfig({ ALLOWED_ORIGINS: `${ALLOWED}/, http://localhost:3000`, ...env }), logger: silentLogger });
const app = appWith();
/** The server as its own pages reach it: HOST and PORT are 127.0.0.1 and 8787 by default. */
const HOST = '127.0.0.1:8787';
const ask = (origin?: string, host = HOST, on = app) =>
  on.request(`http://${host}/api/ask/stream`, jsonPost({ question: 'Hvad med ventetid i Nordjylland?' }, origin ? { Origin: origin } : {}));
const preflight = (origin: string, host = HOST) =>
  app.request(`http://${host}/api/ask/stream`, {
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
      expect(((await res.json()) as ErrorBody).error.code).toBe('origin_not_allowed');
    }
  });

  it('says why in Danish or Norwegian', async () => {
    const da = await ask('https://evil.example');
    expect(((await da.json()) as ErrorBody).error.message).toBe(
      'Siden https://evil.example må ikke bruge denne tjeneste. Den skal stå i serverens ALLOWED_ORIGINS.',
    );
    const no = await app.request(`http://${HOST}/api/documents`, { headers: { Origin: 'https://evil.example', 'Accept-Language': 'nb' } });
    expect(no.status).toBe(403);
    expect(no.headers.get('vary')).toMatch(/Origin/);
    expect(((await no.json()) as ErrorBody).error.message).toMatch(/^Siden https:\/\/evil\.example kan ikke bruke denne tjenesten\./);
  });

  it("allows the server's own pages (HOST:PORT and its loopback names) and requests without Origin", async () => {
    for (const [origin, host] of [
      ['http://127.0.0.1:8787', '127.0.0.1:8787'],
      ['http://localhost:8787', 'localhost:8787'],
      ['http://localhost:8787', '127.0.0.1:8787'],
      ['http://[::1]:8787', '[::1]:8787'],
    ]) {
      const res = await ask(origin, host);
      expect(res.status, `${origin} → ${host}`).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      await res.text();
    }
    const none = await ask();
    expect(none.status).toBe(200);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    await none.text();
  });

  it('marks responses to requests without Origin as varying by it, errors included, the route\'s headers kept', async () => {
    const answered = await app.request(`http://${HOST}/api/ask`, jsonPost({ question: 'Hvad med ventetid i Nordjylland?' }));
    const refused = await app.request(`http://${HOST}/api/ask`, jsonPost({ question: '' }));
    for (const res of [answered, refused]) {
      expect(res.headers.get('vary')).toMatch(/Origin/);
      expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('x-request-id')).toBeTruthy();
      expect(res.headers.get('ratelimit-limit')).toBeTruthy();
    }
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { answer: string }).answer).toBeTruthy();
    expect(refused.status).toBe(422);
  });

  it('knows its own origin on a port chosen at listen time (PORT 0) from a Host header with its own name', async () => {
    const res = await ask('http://127.0.0.1:54321', '127.0.0.1:54321');
    expect(res.status).toBe(200);
    await res.text();
    // Another local server's page is another origin.
    expect((await ask('http://127.0.0.1:3001', '127.0.0.1:54321')).status).toBe(403);
    expect((await ask('http://localhost:54321', '127.0.0.1:54321')).status).toBe(403);
  });

  it('refuses a DNS-rebinding page, whose Origin matches the Host header under a foreign name', async () => {
    for (const host of ['evil.example:8787', 'evil.example:54321', '127.0.0.1.nip.io:8787']) {
      expect((await ask(`http://${host}`, host)).status, host).toBe(403);
      expect((await preflight(`http://${host}`, host)).status, host).toBe(403);
    }
    // Plain http only: this server speaks no TLS, so an https origin is some other server (or a proxy: list it).
    expect((await ask('https://127.0.0.1:8787')).status).toBe(403);
  });

  it('with a non-loopback HOST, allows that name and not loopback', async () => {
    const named = appWith({ HOST: 'strategisvar.internal', PORT: '9000' });
    const own = await ask('http://strategisvar.internal:9000', 'strategisvar.internal:9000', named);
    expect(own.status).toBe(200);
    await own.text();
    expect((await ask('http://localhost:9000', 'localhost:9000', named)).status).toBe(403);
    expect((await ask('http://127.0.0.1:9000', 'strategisvar.internal:9000', named)).status).toBe(403);
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
});

describe('ALLOWED_ORIGINS', () => {
  it('is normalised to the origins browsers send', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: ' https://Intra.Region.dk/ ,http://localhost:3000,, https://x.dk:443' }).ALLOWED_ORIGINS).toEqual([
      'https://intra.region.dk',
      'http://localhost:3000',
      'https://x.dk',
    ]);
    expect(loadConfig({}).ALLOWED_ORIGINS).toEqual([]);
  });

  it.each(['intra.region.dk', 'https://x.dk/widget', 'https://x.dk?a=1', '*', 'null', 'ftp://x.dk', 'https://user:pw@x.dk'])(
    'refuses %s with a readable settings error',
    (entry) => {
      const load = () => loadConfig({ ALLOWED_ORIGINS: `https://ok.dk,${entry}` });
      // One line: the variable, its value, and the entry that is wrong.
      expect(load).toThrow(
        `invalid settings: ALLOWED_ORIGINS=${JSON.stringify(`https://ok.dk,${entry}`)} has "${entry}", which is not an origin like https://intra.region.dk`,
      );
    },
  );
});
