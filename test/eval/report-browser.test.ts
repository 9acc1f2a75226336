import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CitationChecker } from '../../src/eval/citations.js';
import type { EvalReport } from '../../src/eval/report.js';
import { runMode, type EvalTarget } from '../../src/eval/runner.js';
import type { EvalRecord } from '../../src/eval/schema.js';
import { testIds } from '../../src/eval/sets.js';
import { writeReport } from '../../src/eval/write-report.js';
import { createFakeEngine, tinyCorpus, tinyRecords } from './fakes.js';

/**
 * report.html in headless Chromium, opened from disk as a reader would: the filters and the search narrow
 * the question list, a breakdown row links to its questions, cards expand to passages with their text, the
 * frozen test part is hidden by default, and markup in an answer stays text. Screenshots go to
 * test-artifacts/.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';
const PWN = '<img src=x onerror="window.__pwned=1">';

/** The tiny set, plus a category large enough to have a frozen test part. */
const records: EvalRecord[] = [
  ...tinyRecords,
  ...Array.from({ length: 8 }, (_, i) => ({ ...tinyRecords[i % 2 ? 2 : 0], id: `syn-${i}`, category: 'synonym' as const })),
];

/** Answers carry markup, as a hostile document or a broken engine might produce. */
function hostile(): EvalTarget {
  const engine = createFakeEngine();
  return {
    search: (q, k, mode) => engine.search(q, k, mode),
    async ask(request, options) {
      const response = await engine.ask(request, options);
      return { ...response, answer: `${response.answer}\n${PWN}` };
    },
  };
}

describe.skipIf(!existsSync(CHROMIUM))('report.html in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let total = 0;
  let tune = 0;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const frozen = testIds(records);
    const run = await runMode({
      records,
      target: hostile(),
      mode: 'hybrid',
      scoring: { citations: new CitationChecker(tinyCorpus) },
      partOf: (id) => (frozen.has(id) ? 'test' : 'tune'),
    });
    total = run.results.length;
    tune = run.results.filter((r) => r.part === 'tune').length;
    const report: EvalReport = {
      version: 1,
      runId: 'browser-run',
      createdAt: '2025-01-01T00:00:00.000Z',
      target: { kind: 'in-process' },
      config: { modes: ['hybrid'], set: { name: 'tiny', hash: '0123456789ab', split: 'all' }, questionsFile: 'tiny.jsonl', totalQuestions: total, filters: {}, generative: false },
      runs: [run],
    };
    const dir = await writeReport(report, mkdtempSync(join(tmpdir(), 'report-browser-')));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // Offline: the page may ask for nothing but itself.
    await page.route(/^(?!file:)/, (route) => {
      errors.push(`request to ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const visible = () => page.locator('details.q:not([hidden])');
  const shown = () => page.locator('#shown').textContent();
  const choose = (name: string, value: string) => page.locator(`select[name="${name}"]`).selectOption(value);

  it('names the set and its hash, and hides the frozen test part until asked', async () => {
    await expect(page.locator('.setname').textContent()).resolves.toContain('Question set tiny · sha256 0123456789ab · split all');
    expect(tune).toBeLessThan(total);
    expect(await shown()).toBe(`showing ${tune} of ${total} questions`);
    expect(await visible().evaluateAll((cards) => cards.every((c) => (c as HTMLElement).dataset.part === 'tune'))).toBe(true);
    await choose('part', '');
    expect(await shown()).toBe(`showing ${total} of ${total} questions`);
  });

  it('filters by category, region, language, outcome and failing metric, and combines them', async () => {
    await choose('part', '');
    await choose('category', 'injection');
    expect(await visible().evaluateAll((cards) => cards.map((c) => c.id))).toEqual(['q-hybrid-digt']);
    await choose('category', '');
    await choose('outcome', 'refused');
    expect((await visible().evaluateAll((cards) => cards.map((c) => c.id))).sort()).toEqual(['q-hybrid-digt', 'q-hybrid-vejret']);
    await choose('outcome', '');
    await choose('region', 'Helse B');
    await choose('language', 'no');
    const norwegian = await visible().evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.region));
    expect(norwegian.length).toBeGreaterThan(0);
    expect(norwegian.every((r) => r === '|Helse B|')).toBe(true);
    await choose('language', 'da');
    expect(await visible().count()).toBe(0);
    await page.locator('button[type="reset"]').click();
    await choose('part', '');
    await choose('fail', 'facts');
    expect(await visible().evaluateAll((cards) => cards.map((c) => c.id))).toEqual(['q-hybrid-follow']);
    await page.screenshot({ path: `${ARTIFACTS}/eval-report-filter-failing-facts.png`, fullPage: false });
    await choose('fail', '-');
    expect(await visible().evaluateAll((cards) => cards.every((c) => c.classList.contains('pass')))).toBe(true);
  });

  it('searches the text of questions, answers and passages', async () => {
    await page.locator('button[type="reset"]').click();
    await choose('part', '');
    // Only a retrieved passage says this; the questions don't.
    await page.locator('input[name="q"]').fill('AMBULANCEN SKAL');
    const ids = await visible().evaluateAll((cards) => cards.map((c) => c.id));
    expect(ids).toContain('q-hybrid-follow');
    expect(ids).not.toContain('q-hybrid-visjon');
    await page.locator('input[name="q"]').fill('no such words anywhere');
    expect(await shown()).toBe(`showing 0 of ${total} questions`);
  });

  it('links a breakdown row to its questions and keeps the filter in the address', async () => {
    await page.locator('button[type="reset"]').click();
    await page.locator('table a[href="#filter:category=typos"]').first().click();
    await expect.poll(() => page.locator('select[name="category"]').inputValue()).toBe('typos');
    expect(await visible().evaluateAll((cards) => cards.map((c) => c.id))).toEqual(['q-hybrid-klima-typo']);
    await choose('outcome', 'direct');
    expect(await page.evaluate(() => location.hash)).toBe('#filter:category=typos&outcome=direct');
  });

  it('expands a question to its answer, citations and the top passages with text and gold matches', async () => {
    await page.locator('button[type="reset"]').click();
    await page.locator('input[name="q"]').fill('Region A om ventetider');
    const card = page.locator('#q-hybrid-ventetid');
    await card.locator('summary').click();
    await expect(card.locator('.answer').isVisible()).resolves.toBe(true);
    const firstHit = card.locator('ol.hits > li').first();
    await expect(firstHit.locator('blockquote').textContent()).resolves.toContain('Korte ventetider og hurtig');
    await expect(firstHit.locator('.match').textContent()).resolves.toBe('matches gold section, fact “korte ventetider”');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/eval-report-question-expanded.png` });
  });

  it('shows markup from answers as text and runs no script but its own', async () => {
    const answers = await page.locator('.answer').allTextContents();
    expect(answers.some((a) => a.includes(PWN))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('details.q img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
