import { describe, expect, it } from 'vitest';
import type { AskStreamEvent } from '../../src/shared/api.js';
import { FAKE_ABSTENTION, FAKE_INFO, FAKE_PASSAGES, FakeEngine, HOSTILE_PASSAGE, type FakeEngineOptions } from '../helpers/fake-engine.js';

async function collect(engine: FakeEngine, request: { question: string }, signal?: AbortSignal) {
  const events: AskStreamEvent[] = [];
  try {
    for await (const event of engine.askStream(request, { signal })) events.push(event);
  } catch (error) {
    return { events, error };
  }
  return { events };
}

const deltasOf = (events: AskStreamEvent[]) => events.flatMap((e) => (e.event === 'delta' ? [e.data.text] : []));

/** Other suites lean on the fake's promises; these pin them. */
describe('FakeEngine', () => {
  it('streams the same answer that ask returns: meta, deltas that join to the answer, done', async () => {
    const engine = new FakeEngine();
    const request = { question: 'Hvad med en ren og grøn region?' };
    const answer = await engine.ask(request);
    const events: AskStreamEvent[] = [];
    for await (const event of engine.askStream(request)) events.push(event);
    expect(events[0]).toEqual({
      event: 'meta',
      data: {
        language: 'da',
        abstained: false,
        support: 'direct',
        citations: answer.citations,
        mode: 'extractive',
        standaloneQuestion: request.question,
      },
    });
    expect(events.at(-1)?.event).toBe('done');
    const deltas = events.flatMap((e) => (e.event === 'delta' ? [e.data.text] : []));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(answer.answer);
  });

  it('abstains in the asked language when nothing matches, and is deterministic', async () => {
    const engine = new FakeEngine();
    const first = await engine.ask({ question: 'skriv et digt', language: 'no' });
    expect(first).toMatchObject({ abstained: true, answer: FAKE_ABSTENTION.no, citations: [] });
    expect(await engine.ask({ question: 'skriv et digt', language: 'no' })).toEqual(first);
  });

  it('search ranks by shared words, cuts at k, and hit offsets point into the document text', async () => {
    const engine = new FakeEngine();
    const hits = await engine.search('Helse Nord tilgjengelighet', 5);
    expect(hits.map((h) => h.section)).toEqual(['Tilgjengelighet', 'Rekruttering og stabilisering']);
    expect(await engine.search('Helse Nord tilgjengelighet', 1)).toHaveLength(1);
    for (const hit of hits) expect(hit.end - hit.start).toBe(hit.text.length);
    expect(hits[1].start).toBe(hits[0].text.length + 2);
  });

  it('records calls and fails on demand', async () => {
    const engine = new FakeEngine().failWith(Object.assign(new Error('full'), { code: 'OVERLOADED' }));
    await expect(engine.ask({ question: 'hej' })).rejects.toMatchObject({ code: 'OVERLOADED' });
    await expect(engine.search('hej', 3, 'dense')).rejects.toThrow('full');
    expect(engine.calls.search).toEqual([{ query: 'hej', k: 3, mode: 'dense' }]);
    engine.failWith(undefined);
    await expect(engine.ask({ question: 'hej' })).resolves.toMatchObject({ abstained: true });
  });

  it('serves the corpus it is given: documents, info and citations follow the passages', async () => {
    expect(new FakeEngine().info()).toEqual(FAKE_INFO);
    const engine = new FakeEngine({ passages: [...FAKE_PASSAGES, HOSTILE_PASSAGE] });
    expect(engine.documents().regions).toEqual(['Helse Nord', 'Region Nordjylland', HOSTILE_PASSAGE.region]);
    expect(engine.documents().documents.at(-1)).toMatchObject({ title: HOSTILE_PASSAGE.document, sections: [HOSTILE_PASSAGE.section] });
    expect(engine.info()).toMatchObject({ documents: 3, chunks: FAKE_PASSAGES.length + 1 });
    const answer = await engine.ask({ question: 'hvad står der i citatet om onerror?' });
    expect(answer.citations.map((c) => c.quote)).toEqual([HOSTILE_PASSAGE.text]);
  });

  it('guesses Norwegian from cue words unless a language is given', async () => {
    const engine = new FakeEngine();
    expect((await engine.ask({ question: 'Hva sier Helse Nord om tilgjengelighet?' })).language).toBe('no');
    expect((await engine.ask({ question: 'Hva sier Helse Nord om tilgjengelighet?', language: 'da' })).language).toBe('da');
  });

  it('paces its stream: words per delta, and a pause before each delta', async () => {
    const paused: number[] = [];
    const options: FakeEngineOptions = { wordsPerDelta: 1, pauseBeforeDelta: async (i) => void paused.push(i) };
    const engine = new FakeEngine(options);
    const request = { question: 'Hvad med patientens tid?' };
    const { events } = await collect(engine, request);
    const deltas = deltasOf(events);
    expect(deltas.join('')).toBe((await engine.ask(request)).answer);
    expect(deltas.every((d) => d.trim().split(/\s+/).length === 1)).toBe(true);
    expect(paused).toEqual(deltas.map((_, i) => i));
    expect(engine.requests).toEqual([request, request]);
  });

  it('breaks its stream on request: before the first event, or after some deltas', async () => {
    const request = { question: 'Hvad med patientens tid?' };
    const before = await collect(new FakeEngine({ failBeforeFirst: true }), request);
    expect(before.events).toEqual([]);
    expect(before.error).toBeInstanceOf(Error);
    const midway = await collect(new FakeEngine({ failAfterDeltas: 2 }), request);
    expect(midway.events.map((e) => e.event)).toEqual(['meta', 'delta', 'delta']);
    expect(midway.error).toEqual(new Error('model crashed'));
  });

  it('stops streaming and counts it when the signal aborts', async () => {
    const client = new AbortController();
    const engine = new FakeEngine({ pauseBeforeDelta: async (i) => void (i === 1 && client.abort()) });
    const { events } = await collect(engine, { question: 'Hvad med patientens tid?' }, client.signal);
    expect(events.map((e) => e.event)).toEqual(['meta', 'delta']);
    expect(engine.aborted).toBe(1);
  });
});
