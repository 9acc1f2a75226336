import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_FEEDBACK_BODY_BYTES } from '../../src/feedback/schema.js';
import { feedbackDbPath, openFeedbackStore } from '../../src/feedback/store.js';
import { MAX_EXPORT_LIMIT, type FeedbackExport } from '../../src/server/routes/feedback.js';
import type { ErrorBody } from '../../src/shared/api.js';
import { createApp } from '../../src/server/app.js';
import { createFakeEngine } from '../helpers/fake-engine.js';
import { jsonPost, silentLogger, testConfig } from './helpers.js';

const TOKEN = 'correct-horse-battery-staple';
const appWith = (env: Record<string, string> = { ADMIN_TOKEN: TOKEN }) =>
  createApp({ engine: createFakeEngine(), config: testConfig(env), logger: silentLogger });

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
    ['a comment over 1000 characters', { question: 'q', answer: 'a', rating: 'up', comment: 'x'.repeat(1001) }],
    ['an answer over 4000 characters', { question: 'q', answer: 'x'.repeat(4001), rating: 'up' }],
    ['a quote over 300 characters', { question: 'q', answer: 'a', rating: 'up', citations: [{ id: 1, region: 'r', document: 'd', section: 's', quote: 'x'.repeat(301) }] }],
    ['an escape character in the question', { question: 'q\u001b[31m', answer: 'a', rating: 'up' }],
    ['a bell in the answer', { question: 'q', answer: 'a\u0007', rating: 'up' }],
    ['a NUL in the comment', { question: 'q', answer: 'a', rating: 'up', comment: 'x\u0000y' }],
    ['a control character in a citation', { question: 'q', answer: 'a', rating: 'up', citations: [{ id: 1, region: 'r\u0008', document: 'd', section: 's' }] }],
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

  it('names the control characters it refuses, in the asker\'s language', async () => {
    const res = await appWith().request('/api/feedback', jsonPost({ question: 'Hvad er visionen?', answer: 'a\u001b', rating: 'up' }));
    expect(((await res.json()) as ErrorBody).error.message).toBe('Feltet «answer» indeholder kontroltegn, som ikke er tilladt.');
  });

  it('keeps tabs and line breaks, which answers and comments have', async () => {
    const res = await appWith().request('/api/feedback', jsonPost({ question: 'q', answer: 'Svar:\n\n• et\tto', rating: 'up', comment: 'linje 1\r\nlinje 2' }));
    expect(res.status).toBe(201);
  });
});

describe('feedback database size', () => {
  it('stays within FEEDBACK_MAX_ROWS × MAX_FEEDBACK_BODY_BYTES however large the ratings', async () => {
    const MAX_ROWS = 40;
    const config = testConfig({ ADMIN_TOKEN: TOKEN, FEEDBACK_MAX_ROWS: String(MAX_ROWS), RATE_LIMIT_PER_MINUTE: '1000' });
    const app = createApp({ engine: createFakeEngine(), config, logger: silentLogger });
    // As large as the caps allow, in letters that take two or three bytes each, cut to fit the body limit.
    const citation = (i: number) => ({ id: i, region: 'æ'.repeat(120), document: 'ø'.repeat(120), documentId: 'å'.repeat(120), section: '€'.repeat(300), quote: '€'.repeat(300), start: 1e9, end: 1e9, score: 1 });
    let biggest = 0;
    for (let i = 0; i < MAX_ROWS * 3; i++) {
      const body = { question: '€'.repeat(1000), answer: 'ø'.repeat(4000), rating: 'up', comment: '€'.repeat(1000), citations: [1, 2, 3].map(citation), language: 'da' };
      while (Buffer.byteLength(JSON.stringify(body)) > MAX_FEEDBACK_BODY_BYTES) body.answer = body.answer.slice(0, -20);
      expect(body.answer.length).toBeGreaterThan(1000);
      biggest = Math.max(biggest, Buffer.byteLength(JSON.stringify(body)));
      expect((await app.request('/api/feedback', jsonPost(body))).status).toBe(201);
    }
    expect(biggest).toBeGreaterThan(MAX_FEEDBACK_BODY_BYTES - 100);
    // Into the main file: the write-ahead log is checkpointed back at about 4 MB whatever the rows.
    const db = new Database(feedbackDbPath(config.DATA_DIR));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const rows = (db.prepare('SELECT count(*) AS n FROM feedback').get() as { n: number }).n;
    db.close();
    const bytes = statSync(feedbackDbPath(config.DATA_DIR)).size;
    expect(rows).toBe(MAX_ROWS);
    // SQLite's own overhead (page headers, free space, the schema) stays within a tenth.
    expect(bytes).toBeLessThan(MAX_ROWS * MAX_FEEDBACK_BODY_BYTES * 1.1 + 64 * 1024);
    console.log(`feedback size: ${rows} maximal rows take ${bytes} bytes (${(bytes / rows / 1024).toFixed(1)} KiB a row)`);
  });
});

describe('GET /api/feedback (export)', () => {
  it('needs a token: none → 401, wrong → 403', async () => {
    const app = appWith();
    const none = await app.request('/api/feedback');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.json()).toEqual({
      error: { code: 'unauthorized', message: 'Send administratornøglen som "Authorization: Bearer <ADMIN_TOKEN>".' },
    });
    expect((await app.request('/api/feedback', { headers: { Authorization: `Basic ${btoa(`admin:${TOKEN}`)}` } })).status).toBe(401);
    expect((await app.request('/api/feedback', bearer('wrong'))).status).toBe(403);
    expect((await app.request('/api/feedback', bearer(`${TOKEN}x`))).status).toBe(403);
    expect((await app.request('/api/feedback', bearer(TOKEN.slice(0, -1)))).status).toBe(403);
  });

  it('refuses in Danish or Norwegian, as Accept-Language asks', async () => {
    const app = appWith();
    const wrong = await app.request('/api/feedback', { headers: { Authorization: 'Bearer wrong', 'Accept-Language': 'nb-NO' } });
    expect(await wrong.json()).toEqual({ error: { code: 'forbidden', message: 'Administratornøkkelen er feil.' } });
    const none = await app.request('/api/feedback', { headers: { 'Accept-Language': 'nn' } });
    expect(((await none.json()) as ErrorBody).error.message).toBe('Send administratornøkkelen som "Authorization: Bearer <ADMIN_TOKEN>".');
    const da = await app.request('/api/feedback', bearer('wrong'));
    expect(((await da.json()) as ErrorBody).error.message).toBe('Administratornøglen er forkert.');
  });

  it('is switched off entirely without ADMIN_TOKEN, saying why', async () => {
    const app = appWith({});
    for (const init of [{}, bearer(''), bearer('anything')]) {
      const res = await app.request('/api/feedback', init);
      expect(res.status).toBe(503);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('export_disabled');
      expect(error.message).toMatch(/^Eksport af vurderinger er slået fra\. Sæt ADMIN_TOKEN/);
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
    const body = (await res.json()) as FeedbackExport;
    expect(body.feedback).toHaveLength(1);
    expect(body.nextBefore).toBeNull();
  });

  it('pages newest first: ?limit= rows, then ?before= the nextBefore it gave', async () => {
    const app = appWith();
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) ids.push(((await (await app.request('/api/feedback', jsonPost({ ...FEEDBACK, question: `q${i}` }))).json()) as { id: number }).id);
    const page = async (query: string) => (await (await app.request(`/api/feedback?${query}`, bearer(TOKEN))).json()) as FeedbackExport;

    const first = await page('limit=2');
    expect(first.feedback.map((e) => e.question)).toEqual(['q5', 'q4']);
    expect(first.nextBefore).toBe(ids[3]);
    const second = await page(`limit=2&before=${first.nextBefore}`);
    expect(second.feedback.map((e) => e.question)).toEqual(['q3', 'q2']);
    const last = await page(`limit=2&before=${second.nextBefore}`);
    expect(last.feedback.map((e) => e.question)).toEqual(['q1']);
    expect(last.nextBefore).toBeNull();
    expect((await page('')).feedback).toHaveLength(5);

    const csv = await (await app.request(`/api/feedback?format=csv&limit=3&before=${ids[4]}`, bearer(TOKEN))).text();
    expect(csv.match(/^\d+(?=,)/gm)).toEqual([ids[3], ids[2], ids[1]].map(String));
  });

  it.each([
    ['limit=0', /^Feltet «limit» skal være mindst 1\.$/],
    [`limit=${MAX_EXPORT_LIMIT + 1}`, /^Feltet «limit» må højst være 10000\.$/],
    ['limit=ti', /^Feltet «limit» skal være et tal\.$/],
    ['before=0', /^Feltet «before» skal være mindst 1\.$/],
    ['offset=10', /^Ukendt felt: «offset»\.$/],
  ])('refuses ?%s with 400', async (query, message) => {
    const res = await appWith().request(`/api/feedback?${query}`, bearer(TOKEN));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error).toEqual({ code: 'invalid_query', message: expect.stringMatching(message) });
  });

  it('streams a CSV export of many rows, all of them in order', async () => {
    const config = testConfig({ ADMIN_TOKEN: TOKEN });
    const store = await openFeedbackStore(config);
    const ids: number[] = [];
    for (let i = 0; i < 450; i++) ids.push(await store.add({ question: `q${i}`, answer: 'a', rating: 'up' }));
    await store.close();
    const app = createApp({ engine: createFakeEngine(), config, logger: silentLogger });
    const csv = await (await app.request('/api/feedback?format=csv', bearer(TOKEN))).text();
    expect(csv.match(/^\d+(?=,)/gm)).toEqual(ids.reverse().map(String));
  });

  it('keeps at most FEEDBACK_MAX_ROWS ratings, the newest', async () => {
    const app = appWith({ ADMIN_TOKEN: TOKEN, FEEDBACK_MAX_ROWS: '3' });
    for (let i = 1; i <= 5; i++) expect((await app.request('/api/feedback', jsonPost({ ...FEEDBACK, question: `q${i}` }))).status).toBe(201);
    const exported = (await (await app.request('/api/feedback', bearer(TOKEN))).json()) as FeedbackExport;
    expect(exported.feedback.map((e) => e.question)).toEqual(['q5', 'q4', 'q3']);
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
    const app = createApp({ engine: createFakeEngine(), config, logger: silentLogger });
    await app.request('/api/feedback');
    expect(existsSync(feedbackDbPath(config.DATA_DIR))).toBe(false);
    await app.request('/api/feedback', jsonPost(FEEDBACK));
    expect(existsSync(feedbackDbPath(config.DATA_DIR))).toBe(true);
  });
});
