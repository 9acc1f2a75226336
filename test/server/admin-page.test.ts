import { describe, expect, it } from 'vitest';
import { citedRegions, filterFeedback } from '../../src/admin/filter.js';
import type { FeedbackEntry } from '../../src/feedback/store.js';
import { createApp } from '../../src/server/app.js';
import { createFakeEngine } from '../helpers/fake-engine.js';
import { silentLogger, testConfig } from '../widget/helpers.js';

const app = createApp({ engine: createFakeEngine(), config: testConfig({ ADMIN_TOKEN: 'secret-token' }), logger: silentLogger });

describe('GET /admin/feedback', () => {
  it('is a page without data or token, whose script may only call its own origin', async () => {
    const res = await app.request('/admin/feedback');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="da">');
    expect(page).toContain('<h1>Vurderinger af svarene</h1>');
    expect(page).toContain('<script src="feedback.js" defer></script>');
    expect(page).not.toContain('secret-token');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('speaks Norwegian by the browser’s language or ?lang=no', async () => {
    expect(await (await app.request('/admin/feedback', { headers: { 'Accept-Language': 'nb' } })).text()).toContain('<h1>Vurderinger av svarene</h1>');
    expect(await (await app.request('/admin/feedback?lang=no')).text()).toContain('<html lang="no">');
  });

  it('serves its script', async () => {
    const res = await app.request('/admin/feedback.js');
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(await res.text()).toContain('strategisvar:admin-token');
  });
});

const entry = (id: number, rating: 'up' | 'down', regions: string[]): FeedbackEntry => ({
  id,
  createdAt: '2025-01-01T00:00:00.000Z',
  question: `Spørgsmål ${id}`,
  answer: 'Svar',
  rating,
  comment: null,
  language: 'da',
  citations: regions.map((region, i) => ({ id: i + 1, region, document: 'D', section: 'S' })),
});

describe('filterFeedback', () => {
  const entries = [entry(3, 'down', ['Helse Nord']), entry(2, 'up', ['Region Nordjylland', 'Helse Nord']), entry(1, 'down', [])];

  it('keeps the order and filters by rating, by a cited region, or both', () => {
    expect(filterFeedback(entries, {}).map((e) => e.id)).toEqual([3, 2, 1]);
    expect(filterFeedback(entries, { rating: 'down' }).map((e) => e.id)).toEqual([3, 1]);
    expect(filterFeedback(entries, { region: 'Helse Nord' }).map((e) => e.id)).toEqual([3, 2]);
    expect(filterFeedback(entries, { rating: 'up', region: 'Region Nordjylland' }).map((e) => e.id)).toEqual([2]);
    expect(filterFeedback(entries, { rating: 'up', region: 'Region Midtjylland' })).toEqual([]);
  });

  it('lists the cited regions once each, sorted', () => {
    expect(citedRegions(entries)).toEqual(['Helse Nord', 'Region Nordjylland']);
  });
});
