import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedbackDbPath } from '../../src/feedback/store.js';
import type { ErrorBody } from '../../src/shared/api.js';
import { buildApp } from './app.js';
import { createFakeEngine } from '../helpers/fake-engine.js';
import { jsonPost, silentLogger, testConfig } from './helpers.js';

const TOKEN = 'correct-horse-battery-staple';
const appWith = (env: Record<string, string> = { ADMIN_TOKEN: TOKEN }) =>
  buildApp({ engine: createFakeEngine(), config: testConfig(env), logger: silentLogger });

const FEEDBACK = {
  question: 'Hvad er Region Nordjyllands vision?',
  answer: 'Region Nordjylland skriver: … [1]',
  rating: 'down',
  comment: '=HYPERLINK("http://evil.example","klik"), og "citater"',
  citations: [
    { id: 1, region: 'Region Nordjylland', document: 'Vision og retning', documentId: 'nordjylland-vision', section: 'Sundhed › Respekt for patientens tid', quote: 'Vi vil …', start: 0, end: 8, score: 0.9 },
  ],
  language: 'da',
};

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('POST /api/feedback', () => {
  it('stores a rating and answers 201 with its id', async () => {
    const app = appWith();
    const res = await app.request('/api/feedback', jsonPost(FEEDBACK));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect(id).toBeGreaterThan(0);
    const exported = (await (await app.request('/api/feedback', bearer(TOKEN))).json()) as { feedback: Array<Record<string, unknown>> };
    expect(exported.feedback).toEqual([expect.objectContaining({ ...FEEDBACK, id })]);
  });

  it('accepts the minimal form', async () => {
    const res = await appWith().request('/api/feedback', jsonPost({ question: 'q', answer: 'a', rating: 'up' }));
    expect(res.status).toBe(201);
  });

  it.each([
    ['a missing rating', { question: 'q', answer: 'a' }],
    ['an unknown rating', { question: 'q', answer: 'a', rating: 'meh' }],
    ['an unknown field', { question: 'q', answer: 'a', rating: 'up', userId: 7 }],
    ['a comment over 2000 characters', { question: 'q', answer: 'a', rating: 'up', comment: 'x'.repeat(2001) }],
    ['an empty question', { question: ' ', answer: 'a', rating: 'up' }],
    ['a question over 1000 characters', { question: 'x'.repeat(1001), answer: 'a', rating: 'up' }],
    ['an unknown language', { question: 'q', answer: 'a', rating: 'up', language: 'sv' }],
    ['a malformed citation', { question: 'q', answer: 'a', rating: 'up', citations: [{ id: 'one' }] }],
    ['too many citations', { question: 'q', answer: 'a', rating: 'up', citations: Array(21).fill({ id: 1, region: 'r', document: 'd', section: 's' }) }],
  ])('refuses %s with 422', async (_, body) => {
    const res = await appWith().request('/api/feedback', jsonPost(body));
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_request');
  });

  it('refuses broken JSON with 400, a body that is not JSON with 415 and an oversized body with 413', async () => {
    const app = appWith();
    expect((await app.request('/api/feedback', jsonPost('{"rating":'))).status).toBe(400);
    const text = await app.request('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(FEEDBACK) });
    expect(text.status).toBe(415);
    const huge = await app.request('/api/feedback', jsonPost({ question: 'q', answer: 'x'.repeat(200_000), rating: 'up' }));
    expect(huge.status).toBe(413);
  });
});

describe('GET /api/feedback (export)', () => {
  it('needs a token: none → 401, wrong → 403', async () => {
    const app = appWith();
    const none = await app.request('/api/feedback');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await app.request('/api/feedback', { headers: { Authorization: `Basic ${btoa(`admin:${TOKEN}`)}` } })).status).toBe(401);
    expect((await app.request('/api/feedback', bearer('wrong'))).status).toBe(403);
    expect((await app.request('/api/feedback', bearer(`${TOKEN}x`))).status).toBe(403);
    expect((await app.request('/api/feedback', bearer(TOKEN.slice(0, -1)))).status).toBe(403);
  });

  it('is switched off entirely without ADMIN_TOKEN, saying why', async () => {
    const app = appWith({});
    for (const init of [{}, bearer(''), bearer('anything')]) {
      const res = await app.request('/api/feedback', init);
      expect(res.status).toBe(503);
      expect(((await res.json()) as ErrorBody).error.message).toMatch(/ADMIN_TOKEN/);
    }
    // Collecting feedback still works.
    expect((await app.request('/api/feedback', jsonPost(FEEDBACK))).status).toBe(201);
  });

  it('exports JSON with the right token', async () => {
    const app = appWith();
    await app.request('/api/feedback', jsonPost(FEEDBACK));
    const res = await app.request('/api/feedback?format=json', bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { feedback: unknown[] };
    expect(body.feedback).toHaveLength(1);
  });

  it('exports CSV with escaped, formula-safe cells', async () => {
    const app = appWith();
    await app.request('/api/feedback', jsonPost(FEEDBACK));
    const res = await app.request('/api/feedback?format=csv', bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="feedback.csv"/);
    const csv = await res.text();
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('id,created_at,rating,language,question,answer,comment,citations');
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""klik""), og ""citater"""`);
  });

  it('refuses an unknown format', async () => {
    const res = await appWith().request('/api/feedback?format=xml', bearer(TOKEN));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_query');
  });

  it('does not create the database until feedback arrives', async () => {
    const config = testConfig({ ADMIN_TOKEN: TOKEN });
    const app = buildApp({ engine: createFakeEngine(), config, logger: silentLogger });
    await app.request('/api/feedback');
    expect(existsSync(feedbackDbPath(config.DATA_DIR))).toBe(false);
    await app.request('/api/feedback', jsonPost(FEEDBACK));
    expect(existsSync(feedbackDbPath(config.DATA_DIR))).toBe(true);
  });
});
