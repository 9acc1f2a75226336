import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskStreamEvent } from '../../src/shared/api.js';
import { withoutCitations } from '../../src/widget/citations.js';
import { MARK_ASK, MARK_FIRST_DELTA } from '../../src/widget/widget.js';
import { createFakeEngine, FAKE_PASSAGES, HOSTILE_PASSAGE } from '../helpers/fake-engine.js';
import { readEvents } from '../widget/helpers.js';
import { ADMIN_TOKEN, CHROMIUM, CHROMIUM_ARGS, startHostSite, startStrategisvar, startWithEngine, type Running } from './servers.js';

/**
 * The widget in headless Chromium, against real HTTP servers on 127.0.0.1: the demo page, a page on another
 * origin that embeds the widget, and a server whose corpus holds an HTML injection attempt.
 */
const ARTIFACTS = 'test-artifacts';
const HOSTILE_HTML = '<img src=x onerror="window.__pwned=1">';

if (!existsSync(CHROMIUM)) {
  console.warn(`Skipping the widget e2e tests: ${CHROMIUM} is missing (install it with "apt-get install -y chromium").`);
}

describe.skipIf(!existsSync(CHROMIUM))('widget in Chromium', () => {
  let browser: Browser;
  let api: Running;
  let hostSite: Running;
  let otherSite: Running;
  const measurements: Record<string, number> = {};

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    let apiOrigin = '';
    hostSite = await startHostSite(() => apiOrigin, 'no');
    otherSite = await startHostSite(() => apiOrigin, 'da');
    api = await startStrategisvar([hostSite.origin]);
    apiOrigin = api.origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([api, hostSite, otherSite].map((s) => s?.close()));
    if (Object.keys(measurements).length) {
      writeFileSync(`${ARTIFACTS}/widget-measurements.json`, JSON.stringify(measurements, null, 2) + '\n');
      console.log('widget measurements', measurements);
    }
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport, locale: 'da-DK' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // Browsers ask every site for /favicon.ico; its 404 is not the widget's.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
    });
    return { context, page, errors };
  }

  /**
   * What the widget sent, and the events the server streams for it. DevTools keeps no body of a response the
   * page read as a stream, so the same request is replayed from Node: the engine is deterministic.
   */
  async function streamEvents(page: Page, ask: () => Promise<void>) {
    const [request] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/api/ask/stream')), ask()]);
    const body = request.postDataJSON() as { question: string; history?: { role: string; content: string }[] };
    const events = await readEvents(await fetch(request.url(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: request.postData()! }));
    return { request: body, events, meta: events.find((e) => e.event === 'meta') as Extract<AskStreamEvent, { event: 'meta' }> };
  }

  const input = (page: Page, name = 'Dit spørgsmål') => page.getByRole('textbox', { name });
  const answers = (page: Page) => page.locator('.msg.bot');

  it('demo page: streamed answer, citation, follow-up with history, feedback, export, reload and reset', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${api.origin}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Spørg om regionernes strategier', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hvad er Region Nordjyllands vision?' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/01-demo-da-start.png` });

    await input(page).fill('Hvad vil Region Nordjylland gøre ved ventetiden?');
    const first = await streamEvents(page, () => page.getByRole('button', { name: 'Send', exact: true }).click());
    expect(first.request.history).toBeUndefined();
    const answer = answers(page).first();
    await expect.poll(() => answer.locator('.feedback').count()).toBe(1);
    const streamed = first.events.flatMap((e) => (e.event === 'delta' ? [e.data.text] : [])).join('');
    expect((await answer.locator('.text').textContent())!.replace(/\s+/g, ' ')).toBe(
      streamed.replace(/\[(\d+)\]/g, '$1').replace(/\s+/g, ' '),
    );
    expect(await page.getByRole('status').textContent()).toBe(`Svar: ${withoutCitations(streamed)}`);
    await expect.poll(() => page.evaluate((name) => performance.getEntriesByName(name).length, MARK_FIRST_DELTA)).toBe(1);
    measurements.timeToFirstDeltaMs = await page.evaluate(
      ([ask, delta]) => performance.getEntriesByName(delta)[0].startTime - performance.getEntriesByName(ask)[0].startTime,
      [MARK_ASK, MARK_FIRST_DELTA],
    );

    // The first citation opens its passage with region, document and section.
    const cited = first.meta.data.citations[0];
    expect(cited).toBeDefined();
    const citeButton = answer.getByRole('button', { name: `Kilde ${cited.id}: ${cited.region}, ${cited.section}` }).first();
    await citeButton.click();
    expect(await citeButton.getAttribute('aria-expanded')).toBe('true');
    const source = answer.locator('.source');
    expect(await source.isVisible()).toBe(true);
    for (const text of [cited.region, cited.document, cited.section, cited.quote]) expect(await source.textContent()).toContain(text);
    await page.screenshot({ path: `${ARTIFACTS}/02-demo-da-answer-source.png` });
    expect(await page.locator('.strategisvar-widget').evaluate((host) => host.shadowRoot!.activeElement?.className)).toBe('cite');

    // A follow-up carries the conversation so far.
    await input(page).fill('og hvad med Helse Nord?');
    const second = await streamEvents(page, () => input(page).press('Enter'));
    expect(second.request.history).toEqual([
      { role: 'user', content: 'Hvad vil Region Nordjylland gøre ved ventetiden?' },
      { role: 'assistant', content: streamed },
    ]);
    // The follow-up borrowed the topic (waiting times) and answers from the other region.
    expect(second.meta.data.abstained).toBe(false);
    expect(second.meta.data.citations.map((c) => c.region)).toContain('Helse Nord');
    expect(second.meta.data.citations.some((c) => /ventetid/i.test(c.quote))).toBe(true);
    await expect.poll(() => answers(page).nth(1).locator('.feedback').count()).toBe(1);

    // Feedback with a comment, then found in the admin export (JSON and CSV).
    await answer.getByRole('button', { name: 'Ja, nyttigt svar' }).click();
    await answer.getByRole('textbox', { name: 'Kommentar (valgfri)' }).fill('Fin kilde, men svaret er kort');
    await answer.getByRole('button', { name: 'Send vurdering' }).click();
    await expect.poll(() => answer.locator('.feedback').textContent()).toBe('Tak for din vurdering.');
    await page.screenshot({ path: `${ARTIFACTS}/03-demo-da-followup-feedback.png` });
    const exported = (await (await fetch(`${api.origin}/api/feedback`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as {
      feedback: Array<{ question: string; answer: string; rating: string; comment: string; language: string; citations: unknown[] }>;
    };
    expect(exported.feedback).toContainEqual(
      expect.objectContaining({
        question: 'Hvad vil Region Nordjylland gøre ved ventetiden?',
        answer: streamed,
        rating: 'up',
        comment: 'Fin kilde, men svaret er kort',
        language: first.meta.data.language,
        citations: expect.arrayContaining([expect.objectContaining({ id: cited.id, region: cited.region, section: cited.section })]),
      }),
    );
    const csv = await (await fetch(`${api.origin}/api/feedback?format=csv`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
    expect(csv).toContain('Fin kilde, men svaret er kort');

    // The conversation (and the given feedback) survives a reload; "Ny samtale" clears it.
    await page.reload();
    await expect.poll(() => page.locator('.msg.user').count()).toBe(2);
    expect(await answers(page).first().locator('.feedback').textContent()).toBe('Tak for din vurdering.');
    await page.getByRole('button', { name: 'Ny samtale' }).click();
    expect(await page.locator('.msg').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hvad er Region Nordjyllands vision?' }).isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Ny samtale' }).isVisible()).toBe(true);
    expect(await page.locator('.msg').count()).toBe(0);

    await page.goto(`${api.origin}/?lang=no`);
    await expect.poll(() => page.getByRole('heading', { name: 'Spør om regionenes strategier', exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/04-demo-no.png` });

    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains each failure in Danish with a retry (too long, unreachable, rate-limited, broken stream); marks abstentions', async () => {
    const { context, page } = await newPage({ width: 800, height: 800 });
    await page.goto(`${api.origin}/`);
    const box = input(page);
    await box.waitFor();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/ask/stream')) sent.push(r.url());
    });

    await box.fill('x'.repeat(1001));
    expect(await page.getByText('1001 / 1000 tegn').isVisible()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('højst 1000 tegn');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Send', exact: true }).isDisabled()).toBe(true);
    await box.press('Enter');
    await page.screenshot({ path: `${ARTIFACTS}/05-state-too-long.png` });
    expect(sent).toEqual([]);
    await box.fill('Hvad vil Region Nordjylland gøre ved ventetiden?');
    expect(await box.getAttribute('aria-invalid')).toBe('false');

    await page.route('**/api/ask/stream', (route) => route.abort('connectionrefused'));
    await box.press('Enter');
    const error = page.locator('.msg.error');
    await expect.poll(() => error.textContent()).toContain('ingen forbindelse til serveren');
    await page.screenshot({ path: `${ARTIFACTS}/06-state-unreachable.png` });

    await page.unroute('**/api/ask/stream');
    await page.route('**/api/ask/stream', (route) =>
      route.fulfill({ status: 429, headers: { 'Retry-After': '30' }, contentType: 'application/json', body: '{"error":{"code":"rate_limited","message":"Too many requests"}}' }),
    );
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await expect.poll(() => error.textContent()).toContain('Vent 30 sekunder');
    await page.screenshot({ path: `${ARTIFACTS}/07-state-rate-limited.png` });

    await page.unroute('**/api/ask/stream');
    await page.route('**/api/ask/stream', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: 'event: meta\ndata: {"language":"da","abstained":false,"citations":[],"mode":"extractive"}\n\nevent: delta\ndata: {"text":"Halv"}\n\nevent: error\ndata: {"code":"internal","message":"boom"}\n\n',
      }),
    );
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await expect.poll(() => error.textContent()).toContain('Der skete en fejl');

    await page.unroute('**/api/ask/stream');
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await expect.poll(() => answers(page).first().locator('.feedback').count()).toBe(1);
    expect(await error.count()).toBe(0);
    expect(await page.locator('.msg.user').count()).toBe(1);

    // Not covered by the documents: the answer looks different and says so.
    await box.fill('Skriv et digt om foråret');
    await box.press('Enter');
    const abstained = answers(page).nth(1);
    await expect.poll(() => abstained.locator('.feedback').count()).toBe(1);
    expect(await abstained.getAttribute('class')).toContain('abstained');
    expect(await abstained.getByText('Ikke dækket af dokumenterne').isVisible()).toBe(true);
    expect(await abstained.locator('.cite').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/13-abstained.png` });

    // A `done` that replaces the streamed text (a generative answer that failed its check) wins.
    await page.route('**/api/ask/stream', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body:
          'event: meta\ndata: {"language":"da","abstained":false,"citations":[],"mode":"generative"}\n\n' +
          'event: delta\ndata: {"text":"Et udkast, der ikke holdt"}\n\n' +
          'event: done\ndata: {"timings":{"retrieveMs":1,"totalMs":2},"mode":"extractive","answer":"Det erstattede svar.","citations":[],"abstained":true}\n\n',
      }),
    );
    await box.fill('Hvad siger Helse Nord om rekruttering?');
    await box.press('Enter');
    const replaced = answers(page).nth(2);
    await expect.poll(() => replaced.locator('.feedback').count()).toBe(1);
    expect(await replaced.locator('.text').textContent()).toBe('Det erstattede svar.');
    expect(await replaced.getAttribute('class')).toContain('abstained');
    await page.unroute('**/api/ask/stream');
    await context.close();
  });

  it('works embedded on another origin: keyboard only, Norwegian, at 360 px', async () => {
    const { context, page, errors } = await newPage({ width: 360, height: 740 });
    await page.goto(`${hostSite.origin}/`);
    const launcher = page.getByRole('button', { name: 'Spør om strategiene' });
    await launcher.waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/08-crossorigin-launcher.png` });

    const focusedInWidget = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        const inner = host?.shadowRoot?.activeElement;
        return inner ? `${inner.tagName.toLowerCase()}.${inner.className}` : `page:${host?.tagName.toLowerCase()}`;
      });
    for (let i = 0; i < 5 && (await focusedInWidget()) !== 'button.launcher'; i++) await page.keyboard.press('Tab');
    expect(await focusedInWidget()).toBe('button.launcher');
    await page.keyboard.press('Enter');
    expect(await focusedInWidget()).toBe('textarea.');

    await page.keyboard.type('Hva sier Helse Nord om');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('rekruttering?');
    expect(await input(page, 'Spørsmålet ditt').inputValue()).toBe('Hva sier Helse Nord om\nrekruttering?');
    const asked = await streamEvents(page, () => page.keyboard.press('Enter'));
    expect(asked.request.question).toBe('Hva sier Helse Nord om\nrekruttering?');
    await expect.poll(() => answers(page).first().locator('.feedback').count()).toBe(1);
    expect(await answers(page).first().locator('.cite').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const panel = await page.locator('.panel').boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(360);

    // Tab from the box backwards into the answer: reach the citation and open it with the keyboard.
    for (let i = 0; i < 12 && !(await focusedInWidget()).startsWith('button.cite'); i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedInWidget()).toBe('button.cite');
    await page.keyboard.press('Enter');
    expect(await answers(page).first().locator('.source').isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/09-crossorigin-360-no.png` });

    await page.keyboard.press('Escape');
    expect(await page.locator('.panel').isVisible()).toBe(false);
    expect(await focusedInWidget()).toBe('button.launcher');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cannot call the API from an origin that is not allowed', async () => {
    const { context, page } = await newPage();
    await page.goto(`${otherSite.origin}/`);
    await page.getByRole('button', { name: 'Spørg om strategierne' }).click();
    await input(page).fill('Hvad vil Region Nordjylland gøre ved ventetiden?');
    await input(page).press('Enter');
    await expect.poll(() => page.locator('.msg.error').textContent()).toContain('ingen forbindelse til serveren');
    await context.close();
  });

  it('shows waiting, then the answer piece by piece; renders hostile question and corpus text as text', async () => {
    const gates = new Map<number, Promise<void>>();
    const releases: Array<() => void> = [];
    const engine = createFakeEngine({ passages: [...FAKE_PASSAGES, HOSTILE_PASSAGE], pauseBeforeDelta: async (i) => gates.get(i) });
    const server = await startWithEngine(engine);
    const { context, page, errors } = await newPage();
    try {
      await page.goto(`${server.origin}/`);
      await input(page).waitFor();
      expect(await page.getByText(HOSTILE_PASSAGE.document, { exact: false }).first().isVisible()).toBe(true);

      // Before the first delta the waiting indicator shows; after it, the first words; then the rest.
      for (const i of [0, 1]) gates.set(i, new Promise((resolve) => releases.push(resolve)));
      await input(page).fill('Hvad vil Region Nordjylland gøre ved ventetiden?');
      await input(page).press('Enter');
      const answer = answers(page).first();
      await expect.poll(() => answer.textContent()).toContain('Søger i dokumenterne');
      expect(await page.getByRole('button', { name: 'Send', exact: true }).isDisabled()).toBe(true);
      await page.screenshot({ path: `${ARTIFACTS}/10-waiting.png` });
      releases[0]();
      await expect.poll(() => answer.locator('.text').textContent()).toBe('Region Nordjylland ');
      expect(await answer.locator('.feedback').count()).toBe(0);
      await page.screenshot({ path: `${ARTIFACTS}/11-streaming-half-way.png` });
      releases[1]();
      await expect.poll(() => answer.locator('.feedback').count()).toBe(1);
      gates.clear();

      const question = `${HOSTILE_HTML} hvad står der i citatet?`;
      await input(page).fill(question);
      await input(page).press('Enter');
      const hostile = answers(page).nth(1);
      await expect.poll(() => hostile.locator('.feedback').count()).toBe(1);
      await hostile.getByRole('button', { name: /^Kilde 1:/ }).click();

      expect(await page.locator('.msg.user').nth(1).textContent()).toContain(question);
      expect(await hostile.locator('.text').textContent()).toContain(HOSTILE_HTML);
      const source = await hostile.locator('.source').textContent();
      expect(source).toContain(HOSTILE_PASSAGE.text);
      expect(source).toContain(HOSTILE_PASSAGE.region);
      expect(source).toContain(HOSTILE_PASSAGE.section);
      expect(await page.getByText(HOSTILE_HTML).first().isVisible()).toBe(true);
      await page.screenshot({ path: `${ARTIFACTS}/12-injection-as-text.png` });

      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      const injected = await page.locator('.strategisvar-widget').evaluate((host) => host.shadowRoot!.querySelectorAll('img, script, b, i:not(.dots i)').length);
      expect(injected).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('ships a small bundle', async () => {
    const code = await (await fetch(`${api.origin}/widget.js`)).text();
    measurements.bundleBytes = Buffer.byteLength(code);
    measurements.bundleGzipBytes = gzipSync(code, { level: 9 }).length;
    expect(measurements.bundleBytes).toBeGreaterThan(0);
  });
});
