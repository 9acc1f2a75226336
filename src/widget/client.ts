import type { FeedbackRequest } from '../feedback/schema.js';
import type { AskRequest, AskStreamEvent, ErrorBody } from '../shared/api.js';
import { SseParser } from './sse.js';

/** Why a request failed, in the terms the widget explains to people. */
export type FailureKind = 'unreachable' | 'rate_limited' | 'busy' | 'rejected' | 'server';

export class RequestFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** Seconds to wait, from Retry-After (429 and 503). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

async function post(url: URL, body: unknown, signal?: AbortSignal, accept = 'application/json'): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: accept },
      body: JSON.stringify(body),
      credentials: 'omit',
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new RequestFailure('unreachable', String(err));
  }
  if (res.ok) return res;
  const error = ((await res.json().catch(() => undefined)) as ErrorBody | undefined)?.error;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${res.status}`;
  const retryAfter = retryAfterSeconds(res.headers.get('Retry-After'));
  if (res.status === 429) throw new RequestFailure('rate_limited', message, retryAfter);
  if (res.status === 503) throw new RequestFailure('busy', message, retryAfter);
  // The server's own message (in the asker's language) says what was wrong with the request.
  throw new RequestFailure(res.status < 500 ? 'rejected' : 'server', message);
}

const STREAM_EVENTS = new Set(['meta', 'delta', 'done', 'error']);

/**
 * POST /api/ask/stream, yielding `meta`, `delta`… and `done`. An `error` event, a broken connection or a
 * stream that ends early throw a RequestFailure; aborting `signal` throws the AbortError.
 */
export async function* askStream(
  url: URL,
  request: AskRequest,
  signal: AbortSignal,
): AsyncGenerator<Exclude<AskStreamEvent, { event: 'error' }>> {
  const res = await post(url, request, signal, 'text/event-stream');
  if (!res.body) throw new RequestFailure('server', 'empty response');
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch (err) {
        if (signal.aborted) throw err;
        throw new RequestFailure('unreachable', String(err));
      }
      const messages = chunk.done ? parser.end() : parser.push(chunk.value);
      for (const message of messages) {
        if (!STREAM_EVENTS.has(message.event)) continue;
        let event: AskStreamEvent;
        try {
          event = { event: message.event, data: JSON.parse(message.data) } as AskStreamEvent;
        } catch {
          throw new RequestFailure('server', 'malformed event');
        }
        if (event.event === 'error') throw new RequestFailure('server', event.data.message);
        yield event;
        if (event.event === 'done') return;
      }
      if (chunk.done) throw new RequestFailure('server', 'the answer stream ended early');
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** POST /api/feedback. */
export async function sendFeedback(url: URL, feedback: FeedbackRequest): Promise<void> {
  await post(url, feedback);
}
