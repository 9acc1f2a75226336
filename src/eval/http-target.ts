import type { AskRequest, AskResponse, IndexInfo, RetrievalMode, SearchHit, SearchResponse } from '../shared/api.js';
import type { EvalTarget } from './runner.js';

/**
 * The eval target over HTTP, for any running strategisvar: POST /api/ask and GET /api/search, each with
 * `?mode=` so the three retrieval modes can be compared on one server. Rate-limited requests (429) are
 * retried after the server's Retry-After; the wait counts in the measured latency, so run the server with
 * a RATE_LIMIT_PER_MINUTE above the suite's size when latencies matter.
 */

export interface HttpTarget extends EvalTarget {
  /** The served index, from GET /healthz; undefined if unavailable (it is only shown in the report). */
  info(): Promise<IndexInfo | undefined>;
}

/** A rate-limited request is retried after the server's Retry-After, this many times at most. */
const MAX_RATE_LIMIT_RETRIES = 5;
const MAX_RETRY_WAIT_MS = 60_000;

export interface HttpTargetOptions {
  fetch?: typeof fetch;
  /** Waits between retries; replaceable so tests don't sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export function createHttpTarget(baseUrl: string, options: HttpTargetOptions = {}): HttpTarget {
  const fetchImpl = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const url = (path: string, params: Record<string, string>) => {
    const u = new URL(path, base);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    return u;
  };

  /** The server's rate limiter (RATE_LIMIT_PER_MINUTE) would otherwise fail questions that are fine. */
  async function send(input: URL, init?: RequestInit): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetchImpl(input, init);
      if (response.status !== 429 || attempt === MAX_RATE_LIMIT_RETRIES) return response;
      await response.body?.cancel();
      const seconds = Number(response.headers.get('retry-after'));
      await sleep(Math.min(MAX_RETRY_WAIT_MS, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000));
    }
  }

  async function json<T>(response: Response): Promise<T> {
    if (!response.ok) {
      const body = await response.text();
      throw new Error(`HTTP ${response.status} from ${response.url || 'server'}: ${body.slice(0, 300)}`);
    }
    return (await response.json()) as T;
  }

  return {
    async ask(request: AskRequest, { mode }: { mode: RetrievalMode }): Promise<AskResponse> {
      const response = await send(url('api/ask', { mode }), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      return json<AskResponse>(response);
    },
    async search(query: string, k: number, mode: RetrievalMode): Promise<SearchHit[]> {
      const response = await send(url('api/search', { q: query, k: String(k), mode }));
      return (await json<SearchResponse>(response)).hits;
    },
    async info(): Promise<IndexInfo | undefined> {
      try {
        const response = await send(url('healthz', {}));
        return response.ok ? ((await response.json()) as { index?: IndexInfo }).index : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
