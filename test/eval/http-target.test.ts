import { describe, expect, it } from 'vitest';
import { createHttpTarget } from '../../src/eval/http-target.js';

function stubFetch(responses: (() => Response)[]) {
  const urls: string[] = [];
  const fetchStub = (async (input: URL | RequestInfo) => {
    urls.push(String(input));
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next();
  }) as typeof fetch;
  return { fetchStub, urls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('HTTP eval target', () => {
  it('sends the mode and k as query parameters, under the base URL’s path', async () => {
    const { fetchStub, urls } = stubFetch([json({ query: 'q', mode: 'lexical', hits: [] })]);
    const target = createHttpTarget('http://127.0.0.1:1/prefix', { fetch: fetchStub });
    expect(await target.search('ventetid i Nordjylland', 5, 'lexical')).toEqual([]);
    expect(urls).toEqual(['http://127.0.0.1:1/prefix/api/search?q=ventetid+i+Nordjylland&k=5&mode=lexical']);
  });

  it('retries a rate-limited request after Retry-After, a bounded number of times', async () => {
    const limited = json({ error: { code: 'rate_limited', message: 'slow down' } }, 429, { 'retry-after': '2' });
    const waits: number[] = [];
    const { fetchStub } = stubFetch([limited, limited, json({ query: 'q', mode: 'hybrid', hits: [] })]);
    const target = createHttpTarget('http://127.0.0.1:1', { fetch: fetchStub, sleep: async (ms) => void waits.push(ms) });
    expect(await target.search('q', 5, 'hybrid')).toEqual([]);
    expect(waits).toEqual([2000, 2000]);

    const forever = stubFetch(Array.from({ length: 10 }, () => limited));
    const stubborn = createHttpTarget('http://127.0.0.1:1', { fetch: forever.fetchStub, sleep: async () => {} });
    await expect(stubborn.ask({ question: 'q' }, { mode: 'hybrid' })).rejects.toThrow(/HTTP 429/);
    expect(forever.urls).toHaveLength(6);
  });

  it('reports a 4xx with its body', async () => {
    const { fetchStub } = stubFetch([json({ error: { code: 'bad_request', message: 'Spørgsmålet er tomt' } }, 400)]);
    const target = createHttpTarget('http://127.0.0.1:1', { fetch: fetchStub });
    await expect(target.ask({ question: ' ' }, { mode: 'hybrid' })).rejects.toThrow(/HTTP 400 .*Spørgsmålet er tomt/);
  });
});
