import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AskOptions, Engine } from '../engine.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { AnswerMode, AskRequest, Support } from '../shared/api.js';

/**
 * Prometheus metrics (prom-client), one registry per app: HTTP requests by route and status, their latency,
 * answers by how well the documents support them, model fallbacks, the index's size and age, the feedback
 * store's size, and Node's own process metrics (heap, event-loop lag, CPU).
 */
export interface Metrics {
  registry: Registry;
  /** Counts and times every request; mount it outermost. */
  http: MiddlewareHandler;
  /** The engine with every answer it gives (whole or streamed) counted. */
  countAnswers(engine: Engine): Engine;
}

export interface MetricsOptions {
  engine: Engine;
  feedback?: FeedbackStore;
  /** The index build's size on disk, when known (the server knows its build directory). */
  indexBytes?: number;
}

/** Seconds: a cached answer takes a millisecond, a model's answer seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** A fallback reason as the generative answerer names it ('timeout', 'wrong-language'…); anything else is 'other'. */
const REASON = /^[a-z][a-z-]{0,39}$/;

export function createMetrics({ engine, feedback, indexBytes }: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'strategisvar_http_requests_total',
    help: 'HTTP requests by route (the matched pattern, not the raw path) and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'strategisvar_http_request_duration_seconds',
    help: 'Time to the response headers (for an answer stream: to its start), by route.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const answers = new Counter({
    name: 'strategisvar_answers_total',
    help: 'Answers by support (direct: the documents answer it; related: nearby passages only; none: refused) and mode.',
    labelNames: ['support', 'mode'] as const,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'strategisvar_model_fallbacks_total',
    help: 'Generative answers that fell back to the extractive one, by reason.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const info = engine.info();
  new Gauge({
    name: 'strategisvar_index_info',
    help: 'The index being served (value 1), by fingerprint and embedding model.',
    labelNames: ['fingerprint', 'embedding_model'] as const,
    registers: [registry],
  }).set({ fingerprint: info.fingerprint, embedding_model: info.embeddingModel }, 1);
  new Gauge({ name: 'strategisvar_index_chunks', help: 'Passages in the index.', registers: [registry] }).set(info.chunks);
  new Gauge({ name: 'strategisvar_index_documents', help: 'Documents in the index.', registers: [registry] }).set(info.documents);
  const builtAt = Date.parse(info.builtAt) / 1000;
  new Gauge({ name: 'strategisvar_index_built_timestamp_seconds', help: 'When the index was built (Unix time).', registers: [registry] }).set(builtAt);
  new Gauge({
    name: 'strategisvar_index_age_seconds',
    help: 'Seconds since the index was built.',
    registers: [registry],
    collect() {
      this.set(Date.now() / 1000 - builtAt);
    },
  });
  if (indexBytes !== undefined) {
    new Gauge({ name: 'strategisvar_index_bytes', help: 'Size of the index build on disk.', registers: [registry] }).set(indexBytes);
  }
  if (feedback) {
    new Gauge({
      name: 'strategisvar_feedback_rows',
      help: 'Ratings stored.',
      registers: [registry],
      async collect() {
        this.set((await feedback.usage()).rows);
      },
    });
    new Gauge({
      name: 'strategisvar_feedback_bytes',
      help: 'Size of the feedback database on disk.',
      registers: [registry],
      async collect() {
        this.set((await feedback.usage()).bytes);
      },
    });
  }

  const count = (support: Support | undefined, mode: AnswerMode, fallbackReason?: string) => {
    if (support) answers.inc({ support, mode });
    if (fallbackReason) fallbacks.inc({ reason: REASON.exec(fallbackReason)?.[0] ?? 'other' });
  };

  return {
    registry,
    http: async (c, next) => {
      const end = latency.startTimer();
      await next();
      // The pattern of the route that answered ('/api/ask'), so paths cannot blow up the label set.
      const route = c.res.status === 404 ? 'unmatched' : routePath(c, -1);
      requests.inc({ method: c.req.method, route, status: c.res.status });
      end({ method: c.req.method, route });
    },
    countAnswers(target) {
      return new Proxy(target, {
        get(object, property) {
          if (property === 'ask') {
            return async (request: AskRequest, options?: AskOptions) => {
              const response = await object.ask(request, options);
              count(response.support, response.mode, response.fallbackReason);
              return response;
            };
          }
          if (property === 'askStream') {
            return async function* (request: AskRequest, options?: AskOptions) {
              let support: Support | undefined;
              for await (const event of object.askStream(request, options)) {
                if (event.event === 'meta') support = event.data.support;
                if (event.event === 'done') count(event.data.support ?? support, event.data.mode, event.data.fallbackReason);
                yield event;
              }
            };
          }
          const value = Reflect.get(object, property, object) as unknown;
          return typeof value === 'function' ? value.bind(object) : value;
        },
      });
    },
  };
}
