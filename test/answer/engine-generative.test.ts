import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';
import { buildIndex } from '../../src/index/build.js';
import type { AskStreamEvent } from '../../src/shared/api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { tempConfig } from '../helpers/corpus.js';

let fake: FakeOpenAI;
let engine: Engine;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  const config = await tempConfig({ env: { LLM_BASE_URL: 'http://placeholder/v1', LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '800' } });
  await buildIndex(config);
  engine = await createEngine({ ...config, LLM_BASE_URL: fake.baseURL });
});
afterAll(() => fake.close());

/** Each case asks a differently worded question, so the answer cache never serves one case to another. */
const PHRASINGS = [
  'Hvad gør Region Nordjylland for at korte ventetiderne?',
  'Hvad vil Region Nordjylland gøre for kortere ventetider?',
  'Hvordan får Region Nordjylland kortere ventetider for patienterne?',
  'Hvad siger Region Nordjylland om korte ventetider?',
  'Region Nordjylland og korte ventetider?',
  'Hvad har Region Nordjylland af planer for korte ventetider?',
  'Hvilke mål har Region Nordjylland for korte ventetider?',
  'Kan Region Nordjylland korte ventetiderne?',
];
let n = 0;
const ask = () => engine.ask({ question: PHRASINGS[n++] });

async function collect(events: AsyncIterable<AskStreamEvent>): Promise<AskStreamEvent[]> {
  const out: AskStreamEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe('engine with a language model', () => {
  it('uses a good cited answer and keeps only the citations it uses', async () => {
    fake.replies({ content: 'Region Nordjylland vil sikre hurtig udredning og korte ventetider [1].' });
    const r = await ask();
    expect(r).toMatchObject({ mode: 'generative', abstained: false, language: 'da' });
    expect(r.answer).toContain('korte ventetider [1]');
    expect(r.citations.map((c) => c.id)).toEqual([1]);
    expect(r.citations[0]).toMatchObject({ region: 'Region Nordjylland', section: 'Sundhed › Respekt for patientens tid' });
    expect(r.promptVersion).toBeTruthy();
    // The model saw the numbered passage and the question as data.
    const prompt = fake.requests.at(-1)!.body.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('<passage n="1"');
    expect(prompt).toContain('korte ventetider');
  });

  it.each([
    ['an invented citation number', { content: 'Regionen vil korte ventetiderne [9].' }, 'invalid-citation'],
    ['an uncited answer', { content: 'Regionen vil korte ventetiderne gennem hurtig udredning og bedre planlægning af forløb.' }, 'uncited-claims'],
    ['an answer in the wrong language', { content: 'Regionen skal sørge for raskere utredning og kortere ventetider for pasientene [1].' }, 'wrong-language'],
    ['a server error', { status: 500, message: 'boom' }, 'error'],
    ['a hang past the timeout', { hang: true as const }, 'timeout'],
  ])('falls back to the extractive answer on %s', async (_name, reply, reason) => {
    fake.replies(reply);
    const r = await ask();
    expect(r).toMatchObject({ mode: 'extractive', fallbackReason: reason, abstained: false });
    expect(r.answer).toContain('Hurtig udredning, korte ventetider');
  });

  it('turns a refusal into an abstention', async () => {
    fake.replies({ content: 'Strategidokumenterne besvarer ikke det spørgsmål.' });
    const r = await ask();
    expect(r).toMatchObject({ abstained: true, mode: 'generative', citations: [] });
  });

  it('does not ask the model when retrieval found nothing relevant', async () => {
    const before = fake.requests.length;
    const r = await engine.ask({ question: 'Hvem vandt fodboldkampen i går?' });
    expect(r.abstained).toBe(true);
    expect(fake.requests.length).toBe(before);
  });

  it('condenses a follow-up through the model', async () => {
    fake.respond((req) =>
      req.body.messages.some((m) => m.content.includes('<conversation>'))
        ? { content: 'Hvad gør Region Midtjylland for at fastholde medarbejdere?' }
        : { content: 'Region Midtjylland vil arbejde med rekruttering og tilknytning [1].' },
    );
    const r = await engine.ask({
      question: 'Og hvad med Midtjylland?',
      history: [{ role: 'user', content: 'Hvad gør Region Nordjylland for at fastholde medarbejdere?' }],
    });
    expect(r.standaloneQuestion).toBe('Hvad gør Region Midtjylland for at fastholde medarbejdere?');
    expect(r.citations.every((c) => c.region === 'Region Midtjylland')).toBe(true);
  });

  it('streams the model’s tokens, citations first', async () => {
    fake.replies({ content: 'Region Nordjylland vil korte ventetiderne og sikre hurtig udredning [1].' });
    const events = await collect(engine.askStream({ question: 'Hvordan vil Region Nordjylland korte ventetiderne?' }));
    expect(events[0]).toMatchObject({ event: 'meta', data: { mode: 'generative' } });
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(3);
    const done = events.at(-1)!;
    expect(done).toMatchObject({ event: 'done', data: { mode: 'generative' } });
    expect(done.event === 'done' && done.data.answer).toBeFalsy();
  });

  it('replaces a stream cut halfway with the extractive answer in the final event', async () => {
    fake.replies({ content: 'Region Nordjylland vil korte ventetiderne og sikre hurtig udredning [1].', cutAfter: 3 });
    const events = await collect(engine.askStream({ question: 'Hvad vil Region Nordjylland gøre ved ventetiderne?' }));
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    if (done.event !== 'done') return;
    expect(done.data).toMatchObject({ mode: 'extractive', fallbackReason: 'stream-interrupted' });
    expect(done.data.answer).toContain('[1]');
    expect(done.data.citations?.length).toBeGreaterThan(0);
  });
});
