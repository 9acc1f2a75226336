import { z } from 'zod';
import { FeedbackCitation, FEEDBACK_RATINGS } from '../feedback/schema.js';
import type { FeedbackEntry } from '../feedback/store.js';
import {
  Language,
  RETRIEVAL_MODES,
  SUPPORT_LEVELS,
  type AskResponse,
  type Citation,
  type DocumentsResponse,
  type ErrorBody,
  type IndexInfo,
  type SearchResponse,
} from '../shared/api.js';
import type { FeedbackExport } from './routes/feedback.js';
import type { HealthResponse } from './routes/health.js';

/**
 * The responses of the HTTP API as zod schemas, for the OpenAPI document (openapi.ts). The types in
 * src/shared/api.ts stay the source the code is written against; the checks at the bottom make the compiler
 * refuse any difference between a schema here and its type there, so the document cannot drift from the code.
 */

const provenance = {
  sourceUrl: z.string().optional(),
  published: z.string().optional(),
  retrieved: z.string().optional(),
};

export const CitationSchema = z.object({
  ...provenance,
  id: z.number().int(),
  region: z.string(),
  document: z.string(),
  documentId: z.string(),
  section: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  context: z.object({ before: z.string(), after: z.string() }).optional(),
});

const timings = z.object({ retrieveMs: z.number(), totalMs: z.number() });
const support = z.enum(SUPPORT_LEVELS);
const answerMode = z.enum(['extractive', 'generative']);

export const AskResponseSchema = z.object({
  answer: z.string(),
  language: Language,
  abstained: z.boolean(),
  support,
  citations: z.array(CitationSchema),
  timings,
  mode: answerMode,
  fallbackReason: z.string().optional(),
  promptVersion: z.string().optional(),
  standaloneQuestion: z.string().optional(),
});

/** The `data` of each Server-Sent Event of /api/ask/stream, by event name. */
export const AskStreamEventSchemas = {
  meta: z.object({
    language: Language,
    abstained: z.boolean(),
    support,
    citations: z.array(CitationSchema),
    mode: answerMode,
    standaloneQuestion: z.string().optional(),
  }),
  delta: z.object({ text: z.string() }),
  done: z.object({
    timings,
    mode: answerMode,
    fallbackReason: z.string().optional(),
    promptVersion: z.string().optional(),
    answer: z.string().optional(),
    citations: z.array(CitationSchema).optional(),
    abstained: z.boolean().optional(),
    support: support.optional(),
  }),
  error: z.object({ code: z.string(), message: z.string() }),
};

export const SearchResponseSchema = z.object({
  query: z.string(),
  mode: z.enum(RETRIEVAL_MODES),
  hits: z.array(
    z.object({
      chunkId: z.string(),
      region: z.string(),
      document: z.string(),
      documentId: z.string(),
      section: z.string(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      score: z.number(),
    }),
  ),
});

export const DocumentsResponseSchema = z.object({
  regions: z.array(z.string()),
  documents: z.array(
    z.object({
      ...provenance,
      id: z.string(),
      region: z.string(),
      country: z.string(),
      language: Language,
      title: z.string(),
      sections: z.array(z.string()),
    }),
  ),
});

export const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const FeedbackCreatedSchema = z.object({ id: z.number().int() });

export const FeedbackEntrySchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  question: z.string(),
  answer: z.string(),
  rating: z.enum(FEEDBACK_RATINGS),
  comment: z.string().nullable(),
  language: Language.nullable(),
  citations: z.array(FeedbackCitation),
});

export const FeedbackExportSchema = z.object({
  feedback: z.array(FeedbackEntrySchema),
  nextBefore: z.number().int().nullable(),
});

export const IndexInfoSchema = z.object({
  builtAt: z.string(),
  fingerprint: z.string(),
  documents: z.number().int(),
  chunks: z.number().int(),
  embeddingModel: z.string(),
  dimensions: z.number().int(),
});

export const HealthResponseSchema = z.object({ status: z.literal('ok'), index: IndexInfoSchema });

export const ReadyResponseSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    index: z.string(),
    feedback: z.string(),
    shutdown: z.string(),
  }),
});
export type ReadyResponse = z.infer<typeof ReadyResponseSchema>;

/** True when A and B are assignable both ways and have the same keys (an extra optional field counts). */
type Both<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Both<A, B> extends true ? Both<keyof A, keyof B> : false;
const same = <A, B>(ok: Same<A, B>) => ok;
same<z.infer<typeof CitationSchema>, Citation>(true);
same<z.infer<typeof AskResponseSchema>, AskResponse>(true);
same<z.infer<typeof SearchResponseSchema>, SearchResponse>(true);
same<z.infer<typeof DocumentsResponseSchema>, DocumentsResponse>(true);
same<z.infer<typeof ErrorBodySchema>, ErrorBody>(true);
same<z.infer<typeof FeedbackEntrySchema>, FeedbackEntry>(true);
same<z.infer<typeof IndexInfoSchema>, IndexInfo>(true);
same<z.infer<typeof FeedbackExportSchema>, FeedbackExport>(true);
same<z.infer<typeof HealthResponseSchema>, HealthResponse>(true);
