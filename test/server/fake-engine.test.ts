import { describe, expect, it } from 'vitest';
import type { AskStreamEvent } from '../../src/shared/api.js';
import { FAKE_ABSTENTION, FakeEngine } from '../helpers/fake-engine.js';

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
});
