import { describe, expect, it } from 'vitest';
import type { AskResponse, ErrorBody } from '../../src/shared/api.js';
import { createApp } from '../../src/server/app.js';
import { createFakeEngine, type FakeEngineOptions } from '../helpers/fake-engine.js';
import { jsonPost, readEvents, silentLogger, testConfig } from './helpers.js';

function appWith(options: FakeEngineOptions = {}) {
  const engine = createFakeEngine(options);
  return { engine, app: createApp({ engine, config: testConfig(), logger: silentLogger }) };
}

const QUESTIONS = [
  { question: 'Hvad vil Region Nordjylland gøre ved ventetiden?' },
  { question: 'Hvad gør Midtjylland ved madspild, og hvad siger Helse Nord om at rekruttere?' },
  { question: 'Skriv et digt om foråret' },
  { question: 'og hvad med Midtjylland?', history: [{ role: 'user' as const, content: 'Hvad vil Nordjylland?' }, { role: 'assistant' as const, content: 'Kortere ventetid [1]' }] },
];

describe('POST /api/ask/stream', () => {
  it('sends meta, then deltas, then done, as text/event-stream', async () => {
    const { app } = appWith();
    const res = await app.request('/api/ask/stream', jsonPost(QUESTIONS[0]));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = await readEvents(res);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('meta');
    expect(names.at(-1)).toBe('done');
    expect(names.slice(1, -1).length).toBeGreaterThan(1);
    expect(new Set(names.slice(1, -1))).toEqual(new Set(['delta']));
  });

  it.each(QUESTIONS)('joins its deltas into exactly the answer of POST /api/ask ($question)', async (body) => {
    const { app } = appWith();
    const asked = (await (await app.request('/api/ask', jsonPost(body))).json()) as AskResponse;
    const events = await readEvents(await app.request('/api/ask/stream', jsonPost(body)));
    const meta = events.find((e) => e.event === 'meta');
    const done = events.find((e) => e.event === 'done');
    const streamed = events.flatMap((e) => (e.event === 'delta' ? [e.data.text] : [])).join('');
    expect(done?.event === 'done' && done.data.answer !== undefined ? done.data.answer : streamed).toBe(asked.answer);
    expect(meta?.event === 'meta' && meta.data.citations).toEqual(asked.citations);
    expect(meta?.event === 'meta' && meta.data.abstained).toBe(asked.abstained);
  });

  it('passes the validated request, history included, to the engine', async () => {
    const { app, engine } = appWith();
    await readEvents(await app.request('/api/ask/stream', jsonPost({ ...QUESTIONS[3], question: '  og hvad med Midtjylland?  ' })));
    expect(engine.requests).toEqual([{ question: 'og hvad med Midtjylland?', history: QUESTIONS[3].history }]);
  });

  it('passes ?mode= to the engine like /api/ask, and refuses an unknown mode or another parameter before any stream', async () => {
    const { app, engine } = appWith();
    const res = await app.request('/api/ask/stream?mode=dense', jsonPost(QUESTIONS[0]));
    expect(res.status).toBe(200);
    await readEvents(res);
    expect(engine.calls.ask.map((call) => call.options?.mode)).toEqual(['dense']);
    for (const query of ['mode=psychic', 'debug=1', 'mode=lexical&k=3']) {
      const refused = await app.request(`/api/ask/stream?${query}`, jsonPost(QUESTIONS[0]));
      const plain = await app.request(`/api/ask?${query}`, jsonPost(QUESTIONS[0]));
      expect(refused.status, query).toBe(400);
      const error = (await refused.json()) as ErrorBody;
      expect(error.error.code).toBe('invalid_query');
      expect(error).toEqual(await plain.json());
    }
    expect(engine.calls.ask).toHaveLength(1);
  });

  it.each([
    ['no question', {}, 422, 'invalid_request'],
    ['an empty question', { question: '   ' }, 422, 'invalid_request'],
    ['a question over 1000 characters', { question: 'x'.repeat(1001) }, 422, 'invalid_request'],
    ['an unknown field', { question: 'Hej', debug: true }, 422, 'invalid_request'],
    ['21 history turns', { question: 'Hej', history: Array(21).fill({ role: 'user', content: 'x' }) }, 422, 'invalid_request'],
    ['broken JSON', '{"question": ', 400, 'invalid_json'],
  ])('refuses %s with a JSON error before any stream, like /api/ask', async (_, body, status, code) => {
    const { app, engine } = appWith();
    const res = await app.request('/api/ask/stream', jsonPost(body));
    const plain = await app.request('/api/ask', jsonPost(body));
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const error = (await res.json()) as ErrorBody;
    expect(error.error.code).toBe(code);
    expect(error).toEqual(await plain.json());
    expect(engine.requests).toHaveLength(0);
  });

  it("refuses in the asker's language, and a body that is not JSON with 415", async () => {
    const { app } = appWith();
    const da = (await (await app.request('/api/ask/stream', jsonPost({ question: 'Hvad er visionen? '.repeat(80) }))).json()) as ErrorBody;
    const no = (await (await app.request('/api/ask/stream', jsonPost({ question: 'x'.repeat(1001), language: 'no' }))).json()) as ErrorBody;
    expect(da.error.message).toMatch(/Spørgsmålet er for langt/);
    expect(no.error.message).toMatch(/Spørsmålet er for langt/);
    const text = await app.request('/api/ask/stream', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"question":"Hej"}' });
    expect(text.status).toBe(415);
  });

  it('refuses a body over MAX_BODY_BYTES with 413', async () => {
    const engine = createFakeEngine();
    const app = createApp({ engine, config: testConfig({ MAX_BODY_BYTES: '2048' }), logger: silentLogger });
    const res = await app.request('/api/ask/stream', jsonPost({ question: 'x', history: [{ role: 'user', content: 'y'.repeat(4000) }] }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('payload_too_large');
  });

  it('ends with an error event when the engine fails mid-stream', async () => {
    const { app } = appWith({ failAfterDeltas: 2 });
    const res = await app.request('/api/ask/stream', jsonPost(QUESTIONS[0]));
    expect(res.status).toBe(200);
    const events = await readEvents(res);
    expect(events.map((e) => e.event)).toEqual(['meta', 'delta', 'delta', 'error']);
    const last = events.at(-1)!;
    expect(last.event === 'error' && last.data.code).toBe('internal');
    expect(JSON.stringify(last)).not.toMatch(/model crashed/);
  });

  it('says so in the asker’s language when the stream breaks off', async () => {
    const { app } = appWith({ failAfterDeltas: 1 });
    const res = await app.request('/api/ask/stream', jsonPost({ question: 'Hva gjør Helse Nord for pasientene?', language: 'no' }));
    const last = (await readEvents(res)).at(-1)!;
    expect(last.event === 'error' && last.data.message).toBe('Det oppstod en uventet feil. Prøv igjen senere.');
  });

  it('answers JSON when the engine fails before its first event: 500, or 503 with Retry-After when overloaded', async () => {
    const { app } = appWith({ failBeforeFirst: true });
    const res = await app.request('/api/ask/stream', jsonPost(QUESTIONS[0]));
    expect(res.status).toBe(500);
    expect(((await res.json()) as ErrorBody).error.code).toBe('internal');

    const overloaded = appWith({ failBeforeFirst: Object.assign(new Error('queue full'), { code: 'OVERLOADED' }) });
    const busy = await overloaded.app.request('/api/ask/stream', jsonPost(QUESTIONS[0]));
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('aborts the engine when the client stops reading', async () => {
    const { app, engine } = appWith({ deltaDelayMs: 20, wordsPerDelta: 1 });
    const res = await app.request('/api/ask/stream', jsonPost(QUESTIONS[1]));
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => engine.aborted, { timeout: 2000 }).toBe(1);
  });
});
