import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createFakeEngine, FAKE_PASSAGES, HOSTILE_PASSAGE } from '../helpers/fake-engine.js';
import { silentLogger, testConfig } from './helpers.js';

const app = createApp({
  engine: createFakeEngine({ passages: [...FAKE_PASSAGES, HOSTILE_PASSAGE] }),
  config: testConfig(),
  logger: silentLogger,
});

describe('GET / (demo page)', () => {
  it('lists regions, documents and sections from the engine, in Danish by default', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="da">');
    expect(page).toContain('Hvad dækker assistenten?');
    for (const p of FAKE_PASSAGES) {
      expect(page).toContain(p.region);
      expect(page).toContain(p.document);
      expect(page).toContain(p.section);
    }
    expect(page).toContain('<script src="/widget.js" data-lang="da" data-mode="inline" data-target="#chat" async></script>');
    // Each document links to its page.
    expect(page).toContain('<a href="documents/helse-nord-strategi" lang="no">Helse Nords strategi</a>');
  });

  it('is Norwegian with ?lang=no', async () => {
    const page = await (await app.request('/?lang=no')).text();
    expect(page).toContain('<html lang="no">');
    expect(page).toContain('Hva dekker assistenten?');
    expect(page).toContain('data-lang="no"');
  });

  it('escapes document data', async () => {
    const page = await (await app.request('/')).text();
    expect(page).not.toContain('<script>window.__pwned');
    expect(page).not.toContain('<b>Test</b>');
    expect(page).toContain('Testdokument &lt;script&gt;window.__pwned=2&lt;/script&gt;');
    expect(page).toContain('Region &lt;b&gt;Test&lt;/b&gt;');
  });

  it("has a CSP without unsafe-inline whose style hash matches the page's only inline style", async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const page = await res.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))).toString('base64');
    expect(csp).toContain(`'sha256-${digest}'`);
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });
});

describe('GET /widget.js', () => {
  it('serves a self-contained minified bundle with an ETag that revalidates', async () => {
    const res = await app.request('/widget.js');
    const code = await res.text();
    expect(code.length).toBeGreaterThan(5000);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML|document\.write/);
    const etag = res.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await app.request('/widget.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });
});
