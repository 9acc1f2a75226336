import { existsSync, mkdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskStreamEvent, Citation } from '../../src/shared/api.js';
import { bundleWidget } from '../../src/widget/bundle.js';
import { readEvents } from '../widget/helpers.js';
import { ADMIN_TOKEN, CHROMIUM, CHROMIUM_ARGS, listen, startStrategisvar, type Running } from './servers.js';

/**
 * The widget as an integrator hosts it: widget.js as a static file on another origin, pointed at the server
 * with data-api and customised with data-title/-accent/-examples; a citation read on its document page; the
 * page language sent as the answer's language hint; a thumbs-down found again on the admin feedback page;
 * and the document page checked with axe-core and driven by keyboard alone.
 */
const ARTIFACTS = 'test-artifacts';
const ACCENT = '#2e8b57'; // too light for white text: the widget darkens it
/** A fixture manifest's provenance: the real manifest records none. */
const PROVENANCE = { sourceUrl: 'https://example.org/nordjylland/vision-og-retning', published: '2024-03', retrieved: '2025-01-15' };
const QUESTION = 'Hvad vil Region Nordjylland gøre ved ventetiden?';
const COMMENT = 'Svaret siger ikke, hvor lang ventetiden er';

/** The corpus, its manifest giving one document a source address and dates, indexed in a temp directory. */
async function fixtureCorpus(): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-embed-'));
  const corpusDir = join(dir, 'corpus');
  await cp('corpus', corpusDir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8'));
  Object.assign(manifest.documents.find((d: { id: string }) => d.id === 'nordjylland-vision'), PROVENANCE);
  await writeFile(join(corpusDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { CORPUS_DIR: corpusDir, INDEX_DIR: join(dir, 'index') };
}

/** An intranet on another origin hosting widget.js itself (as `npm run build-widget` makes it), like any static file. */
async function startStaticSite(apiOrigin: () => string): Promise<Running> {
  const widget = await bundleWidget();
  const site = new Hono();
  site.get('/widget.js', (c) => c.body(widget, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  site.get('/', (c) =>
    c.html(`<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Intranet – Region Nordjylland</title></head>
<body style="font-family: sans-serif; margin: 16px">
<main><h1>Medarbejderportalen</h1>
<div id="assistent" style="max-width: 640px"></div></main>
<script src="/widget.js" data-api="${apiOrigin()}/" data-lang="da" data-mode="inline" data-target="#assistent"
  data-title="Spørg Region Nordjylland" data-accent="${ACCENT}"
  data-examples="${QUESTION}|Hvad er regionens vision?" async></script>
</body></html>`),
  );
  return listen(site.fetch);
}

describe.skipIf(!existsSync(CHROMIUM))('embedding anywhere, reading the source, and the feedback view', () => {
  let browser: Browser;
  let api: Running;
  let site: Running;
  /** The same static page on an origin the server does not list in ALLOWED_ORIGINS. */
  let unlisted: Running;
  let context: BrowserContext;
  let page: Page;
  let cited: Citation;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    let apiOrigin = '';
    site = await startStaticSite(() => apiOrigin);
    unlisted = await startStaticSite(() => apiOrigin);
    api = await startStrategisvar([site.origin], await fixtureCorpus());
    apiOrigin = api.origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([api, site, unlisted].map((s) => s?.close()));
  });

  const widget = () => page.locator('.strategisvar-widget');
  const answers = () => page.locator('.msg.bot');

  /** Sends `question` from the widget; gives the request the widget made and the events the server streams for it. */
  async function ask(question: string) {
    await page.getByRole('textbox', { name: 'Dit spørgsmål' }).fill(question);
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/ask/stream')),
      page.getByRole('textbox', { name: 'Dit spørgsmål' }).press('Enter'),
    ]);
    // DevTools keeps no body of a streamed response, so the same request is replayed from Node.
    const events = await readEvents(await fetch(request.url(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: request.postData()! }));
    return { url: request.url(), body: request.postDataJSON() as Record<string, unknown>, events };
  }
  const metaOf = (events: AskStreamEvent[]) => (events.find((e) => e.event === 'meta') as Extract<AskStreamEvent, { event: 'meta' }>).data;

  it('a static page on another origin, pointed at the server with data-api, gets a streamed answer', async () => {
    await page.goto(`${site.origin}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Spørg Region Nordjylland' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hvad er regionens vision?' }).isVisible()).toBe(true);
    // The accent, darkened until white text on it reaches 5:1.
    const head = await widget().evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.head')!).backgroundColor);
    expect(head).not.toBe('rgb(46, 139, 87)');
    expect(head).toMatch(/^rgb\(\d+, \d+, \d+\)$/);

    const asked = await ask(QUESTION);
    expect(asked.url).toBe(`${api.origin}/api/ask/stream`);
    expect(asked.body).toEqual({ question: QUESTION, languageHint: 'da' });
    expect(asked.events.filter((e) => e.event === 'delta').length).toBeGreaterThan(1);
    const answer = answers().first();
    await expect.poll(() => answer.locator('.feedback').count()).toBe(1);
    const streamed = asked.events.flatMap((e) => (e.event === 'delta' ? [e.data.text] : [])).join('');
    expect((await answer.locator('.text').textContent())!.replace(/\s+/g, ' ')).toBe(streamed.replace(/\[(\d+)\]/g, '$1').replace(/\s+/g, ' '));
    await page.screenshot({ path: `${ARTIFACTS}/embed-01-static-host-answer.png` });

    cited = metaOf(asked.events).citations.find((c) => c.documentId === 'nordjylland-vision')!;
    expect(cited).toMatchObject(PROVENANCE);
  });

  it('CORS still applies: the same page on an origin the server does not list cannot ask', async () => {
    const other = await context.newPage();
    await other.goto(`${unlisted.origin}/`);
    await other.getByRole('button', { name: QUESTION }).click();
    await expect.poll(() => other.locator('.strategisvar-widget .msg.error').textContent()).toContain('ingen forbindelse til serveren');
    await other.close();
  });

  it('a citation shows its quote in context with the document’s dates, and its link opens the passage highlighted and in view', async () => {
    const answer = answers().first();
    await answer.getByRole('button', { name: `Kilde ${cited.id}: ${cited.region}, ${cited.section}` }).first().click();
    const source = answer.locator('.source');
    expect(await source.locator('mark').textContent()).toBe(cited.quote);
    if (cited.context) expect(await source.locator('blockquote').textContent()).toBe(`${cited.context.before}${cited.quote}${cited.context.after}`);
    expect(await source.textContent()).toContain('Udgivet marts 2024 · Hentet 15. januar 2025');
    expect(await source.getByRole('link', { name: /^Originalen/ }).getAttribute('href')).toBe(PROVENANCE.sourceUrl);
    await page.screenshot({ path: `${ARTIFACTS}/embed-02-citation-in-context.png` });

    const [documentPage] = await Promise.all([context.waitForEvent('page'), source.getByRole('link', { name: /^Læs i dokumentet/ }).click()]);
    await documentPage.waitForLoadState();
    expect(documentPage.url()).toBe(`${api.origin}/documents/nordjylland-vision?hl=${cited.start}-${cited.end}#hl`);
    const mark = documentPage.locator('mark#hl');
    expect(await documentPage.locator('mark').allTextContents().then((t) => t.join(''))).toBe(cited.quote);
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    });
    expect(inView).toBe(true);
    expect(await documentPage.locator('html').getAttribute('lang')).toBe('da');
    expect(await documentPage.getByText('Det markerede er den passage, svaret citerer.').isVisible()).toBe(true);
    expect(await documentPage.locator('time[datetime="2024-03"]').textContent()).toBe('marts 2024');
    await documentPage.screenshot({ path: `${ARTIFACTS}/embed-03-document-highlight.png` });
    await documentPage.close();
  });

  it('the Danish widget answers a question that reads as either language in Danish', async () => {
    const question = 'Hvor lang er ventetiden?';
    const asked = await ask(question);
    expect(asked.body.languageHint).toBe('da');
    expect(metaOf(asked.events).language).toBe('da');
    await expect.poll(() => answers().nth(1).locator('.feedback').count()).toBe(1);
    // The hint decided it: the same question with the Norwegian hint is answered in Norwegian.
    const norwegian = await (await fetch(`${api.origin}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question, languageHint: 'no' }) })).json();
    expect(norwegian.language).toBe('no');
    await page.screenshot({ path: `${ARTIFACTS}/embed-04-danish-hint.png` });
  });

  it('marks an answer from nearby passages (support: related) more softly than a refusal', async () => {
    const events = [
      ['meta', { language: 'da', abstained: false, support: 'related', citations: [cited], mode: 'extractive' }],
      ['delta', { text: 'Dokumenterne svarer ikke præcist på det, men nævner dette: [1]' }],
      ['done', { timings: { retrieveMs: 1, totalMs: 2 }, mode: 'extractive' }],
    ];
    await page.route('**/api/ask/stream', (route) =>
      route.fulfill({ status: 200, contentType: 'text/event-stream', body: events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join('') }),
    );
    await page.getByRole('textbox', { name: 'Dit spørgsmål' }).fill('Hvor kan jeg parkere?');
    await page.getByRole('textbox', { name: 'Dit spørgsmål' }).press('Enter');
    const related = answers().nth(2);
    await expect.poll(() => related.locator('.feedback').count()).toBe(1);
    expect(await related.getAttribute('class')).toContain('related');
    expect(await related.getAttribute('class')).not.toContain('abstained');
    expect(await related.getByText('Nærmeste svar i dokumenterne').isVisible()).toBe(true);
    await page.unroute('**/api/ask/stream');
  });

  it('a thumbs-down given in the widget shows on the admin feedback page, filterable by rating and region', async () => {
    const answer = answers().first();
    await answer.getByRole('button', { name: 'Nej, ikke nyttigt svar' }).click();
    await answer.getByRole('textbox', { name: 'Kommentar (valgfri)' }).fill(COMMENT);
    await answer.getByRole('button', { name: 'Send vurdering' }).click();
    await expect.poll(() => answer.locator('.feedback').textContent()).toBe('Tak for din vurdering.');

    const admin = await context.newPage();
    await admin.goto(`${api.origin}/admin/feedback`);
    await admin.getByLabel('Administratornøgle').fill('wrong-token');
    await admin.getByRole('button', { name: 'Vis vurderinger' }).click();
    await expect.poll(() => admin.getByRole('alert').textContent()).toContain('Nøglen blev ikke godkendt');
    await admin.getByLabel('Administratornøgle').fill(ADMIN_TOKEN);
    await admin.getByRole('button', { name: 'Vis vurderinger' }).click();
    const entry = admin.locator('article.entry').filter({ hasText: COMMENT });
    await expect.poll(() => entry.count()).toBe(1);
    expect(await admin.getByLabel('Administratornøgle').isVisible()).toBe(false);
    expect(await entry.getByRole('heading', { level: 2 }).textContent()).toContain(QUESTION);
    expect(await entry.textContent()).toContain('Ikke nyttigt');
    const link = entry.getByRole('link', { name: `${cited.region} · ${cited.document} · ${cited.section}` });
    expect(await link.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toContain(
      `${api.origin}/documents/nordjylland-vision?hl=${cited.start}-${cited.end}#hl`,
    );
    // The token is kept for this tab only, and never in an address.
    expect(admin.url()).toBe(`${api.origin}/admin/feedback`);
    expect(await admin.evaluate(() => sessionStorage.getItem('strategisvar:admin-token'))).toBe(ADMIN_TOKEN);

    await admin.getByLabel('Vurdering').selectOption('up');
    await expect.poll(() => entry.count()).toBe(0);
    await admin.getByLabel('Vurdering').selectOption('down');
    await admin.getByLabel('Region i kilderne').selectOption('Helse Nord');
    await expect.poll(() => entry.count()).toBe(0);
    await admin.getByLabel('Region i kilderne').selectOption('Region Nordjylland');
    await expect.poll(() => entry.count()).toBe(1);
    await admin.screenshot({ path: `${ARTIFACTS}/embed-05-admin-feedback.png`, fullPage: true });

    await admin.reload();
    await expect.poll(() => admin.locator('article.entry').filter({ hasText: COMMENT }).count()).toBe(1);
    await admin.close();
  });

  it('the document page has no serious accessibility violations (axe-core) and works by keyboard alone', async () => {
    // axe is injected as a script: a context that ignores the page's CSP (which allows no script) lets it in.
    const a11y = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', bypassCSP: true });
    const doc = await a11y.newPage();
    const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    /** Runs axe on `url` (or the page as it is); every serious or critical violation fails. */
    const check = async (url?: string) => {
      if (url) await doc.goto(url);
      if (!(await doc.evaluate(() => 'axe' in window))) await doc.addScriptTag({ path: axeSource });
      const result = await doc.evaluate(() =>
        (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[]; passes: unknown[] }> } }).axe.run(),
      );
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      console.log(`axe ${url ?? doc.url()}: ${result.passes.length} rules passed, violations: ${JSON.stringify(result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`))}`);
      expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
    };
    await check(`${api.origin}/documents/nordjylland-vision?hl=${cited.start}-${cited.end}#hl`);
    await check(`${api.origin}/documents/helse-nord-strategi`);
    await check(`${api.origin}/documents`);
    // The feedback page, asking for the token and then listing.
    await check(`${api.origin}/admin/feedback`);
    await doc.getByLabel('Administratornøgle').fill(ADMIN_TOKEN);
    await doc.getByRole('button', { name: 'Vis vurderinger' }).click();
    await expect.poll(() => doc.locator('article.entry').count()).toBeGreaterThan(0);
    await check();
    // The widget on the static page, an answer's source open (axe looks into its shadow root).
    await doc.goto(`${site.origin}/`);
    await doc.getByRole('button', { name: QUESTION }).click();
    await expect.poll(() => doc.locator('.strategisvar-widget .msg.bot .feedback').count()).toBe(1);
    await doc.locator('.strategisvar-widget .msg.bot .cite').first().click();
    await check();

    // Keyboard only: the skip link comes first and moves focus to the text.
    await doc.goto(`${api.origin}/documents/nordjylland-vision`);
    const focused = () => doc.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
    await doc.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Gå til teksten' });
    expect(await doc.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await doc.keyboard.press('Enter');
    expect((await focused()).id).toBe('text');

    // Tab to a heading in the contents and follow it: its section scrolls into view.
    await doc.goto(`${api.origin}/documents/nordjylland-vision`);
    for (let i = 0; i < 30 && (await focused()).text !== 'Sammenhæng og nærhed'; i++) await doc.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Sammenhæng og nærhed' });
    await doc.screenshot({ path: `${ARTIFACTS}/embed-06-document-keyboard.png` });
    await doc.keyboard.press('Enter');
    await expect.poll(() => doc.evaluate(() => location.hash)).toBe('#sundhed-sammenhaeng-og-naerhed');
    const heading = doc.locator('#sundhed-sammenhaeng-og-naerhed');
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    await a11y.close();
  });
});
