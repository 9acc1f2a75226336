import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Config } from '../../config.js';
import type { Engine } from '../../engine.js';
import { AskRequest, type AskStreamEvent } from '../../shared/api.js';
import type { Logger } from '../logger.js';
import { textsFor } from '../messages.js';
import { jsonBody, validate } from '../validation.js';
import { AskQuery } from './ask.js';

export interface AskStreamRoutesDeps {
  engine: Engine;
  config: Pick<Config, 'MAX_BODY_BYTES'>;
  logger: Logger;
}

/**
 * POST /api/ask/stream[?mode=hybrid|lexical|dense]: the body and query of POST /api/ask, answered as
 * Server-Sent Events from `engine.askStream`. Everything that can be refused is refused as JSON before the
 * first byte of the stream (the same checks and messages as /api/ask), and so is an engine that fails before
 * its first event (overloaded → 503, via the app's error handler). After that, a failure becomes an `error`
 * event, and a stream always ends with `done` or `error`. The engine's signal fires when the client goes away.
 */
export function askStreamRoutes({ engine, config, logger }: AskStreamRoutesDeps) {
  return new Hono().post('/', jsonBody(AskRequest, config.MAX_BODY_BYTES), async (c) => {
    const { mode } = validate(c, AskQuery, c.req.query(), 400);
    const texts = textsFor(c);
    // The request's signal covers a client that leaves before the stream starts, `abort` one that leaves during it.
    const abort = new AbortController();
    const signal = AbortSignal.any([c.req.raw.signal, abort.signal]);
    const events = engine.askStream(c.get('body'), { mode, signal, validated: true })[Symbol.asyncIterator]();
    const first = await events.next();

    // nginx buffers proxied responses by default; this one header makes it pass each event on at once.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      stream.onAbort(() => abort.abort());
      let finished = false;
      try {
        for (let next = first; !next.done && !stream.aborted; next = await events.next()) {
          await stream.writeSSE({ event: next.value.event, data: JSON.stringify(next.value.data) });
          finished = next.value.event === 'done' || next.value.event === 'error';
          if (finished) break;
        }
      } catch (err) {
        // A client that left makes the engine stop, possibly by throwing the abort reason: not a failure.
        if (signal.aborted) logger.info({ reason: String(err) }, 'client went away mid-stream');
        else logger.error({ err }, 'ask stream failed mid-stream');
      }
      // Lets the engine run its cleanup when we stop early (client gone, or nothing read after `done`).
      await events.return?.().catch((err: unknown) => logger.warn({ err }, 'ask stream did not close'));
      if (!finished && !stream.aborted) {
        // In the asker's language, as settled while validating the request.
        const incomplete: AskStreamEvent = { event: 'error', data: { code: 'internal', message: texts.internal } };
        await stream.writeSSE({ event: incomplete.event, data: JSON.stringify(incomplete.data) });
      }
    });
  });
}
