import { expect } from 'vitest';
import { Writable } from 'node:stream';
import { z } from 'zod';
import { loadConfig, type Config } from '../../src/config.js';
import type { Engine } from '../../src/engine.js';
import { RETRIEVAL_MODES } from '../../src/shared/api.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { FakeEngine } from '../helpers/fake-engine.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A fresh app over a fake engine (a fresh one unless given), with every log line (debug and up) kept. */
export function testApp<E extends Engine = FakeEngine>(settings: Partial<Config> = {}, engine?: E) {
  const config: Config = { ...loadConfig({}), LOG_LEVEL: 'debug', ...settings };
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = createLogger(config, sink);
  const used = engine ?? new FakeEngine();
  const app = createApp({ engine: used, config, logger });
  return { app, engine: used as E, config, logs };
}

export const PINO_INFO = 30;
export const PINO_WARN = 40;
export const PINO_ERROR = 50;

// Response shapes, strict: a field the contract doesn't name is a failure too.
const Citation = z.strictObject({
  id: z.number().int().positive(),
  region: z.string().min(1),
  document: z.string().min(1),
  documentId: z.string().min(1),
  section: z.string().min(1),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number(),
  context: z.strictObject({ before: z.string(), after: z.string() }).optional(),
  sourceUrl: z.url().optional(),
  published: z.string().optional(),
  retrieved: z.string().optional(),
});

export const AskResponseShape = z.strictObject({
  answer: z.string().min(1),
  language: z.enum(['da', 'no']),
  abstained: z.boolean(),
  support: z.enum(['direct', 'related', 'none']),
  citations: z.array(Citation),
  timings: z.strictObject({ retrieveMs: z.number().nonnegative(), totalMs: z.number().nonnegative() }),
  mode: z.enum(['extractive', 'generative']),
  fallbackReason: z.string().optional(),
  standaloneQuestion: z.string().optional(),
});

export const SearchResponseShape = z.strictObject({
  query: z.string().min(1),
  mode: z.enum(RETRIEVAL_MODES),
  hits: z.array(
    z.strictObject({
      chunkId: z.string().min(1),
      region: z.string().min(1),
      document: z.string().min(1),
      documentId: z.string().min(1),
      section: z.string().min(1),
      text: z.string().min(1),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      score: z.number(),
    }),
  ),
});

export const DocumentsResponseShape = z.strictObject({
  regions: z.array(z.string().min(1)).min(1),
  documents: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        region: z.string().min(1),
        country: z.string().min(1),
        language: z.enum(['da', 'no']),
        title: z.string().min(1),
        sections: z.array(z.string().min(1)),
      }),
    )
    .min(1),
});

export const HealthResponseShape = z.strictObject({
  status: z.literal('ok'),
  index: z.strictObject({
    builtAt: z.string().min(1),
    fingerprint: z.string().min(1),
    documents: z.number().int().nonnegative(),
    chunks: z.number().int().nonnegative(),
    embeddingModel: z.string().min(1),
    dimensions: z.number().int().positive(),
  }),
});

export const ErrorBodyShape = z.strictObject({
  error: z.strictObject({ code: z.string().min(1), message: z.string().min(1) }),
});

/** Parses an error response, failing the test if it isn't `{ error: { code, message } }` JSON. */
export async function errorOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return ErrorBodyShape.parse(await res.json()).error;
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** Headers hono/secure-headers sets on every response. */
export function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
}

/** Clearly Norwegian and clearly Danish questions, for the language of error messages. */
export const NORWEGIAN_QUESTION =
  'Jeg lurer på hvordan sykehusene i nord skal bli bedre på telemedisin og ikke minst samarbeid med kommunene.';
export const DANISH_QUESTION = 'Hvad gør Region Nordjylland for at nedbringe ventetiderne for patienterne på sygehusene?';
