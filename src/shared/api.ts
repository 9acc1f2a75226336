import { z } from 'zod';

/**
 * The HTTP contract, shared by the server, the CLI, the eval runner and the widget (which imports types
 * only). Request schemas are strict: unknown fields are an error, not silently dropped.
 */

export const LANGUAGES = ['da', 'no'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Control characters other than tab and newlines have no place in a question (nor in any text we store). */
export const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

export const MAX_QUESTION_CHARS = 1000;
export const MAX_HISTORY_TURNS = 20;

export const MAX_TURN_CHARS = 8000;

export const Turn = z.strictObject({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(MAX_TURN_CHARS).regex(NO_CONTROL_CHARS),
});
export type Turn = z.infer<typeof Turn>;

export const AskRequest = z.strictObject({
  question: z
    .string()
    .regex(NO_CONTROL_CHARS)
    .transform((s) => s.trim())
    .pipe(z.string().min(1).max(MAX_QUESTION_CHARS)),
  history: z.array(Turn).max(MAX_HISTORY_TURNS).optional(),
  /** Answer in this language, whatever the question is written in. */
  language: Language.optional(),
  /**
   * The language the asker most likely reads (the widget's page language): used when the question itself
   * gives no clear evidence of its language; clear evidence in the question overrides it.
   */
  languageHint: Language.optional(),
});
export type AskRequest = z.input<typeof AskRequest>;

/**
 * Where a document comes from, when the manifest says: the address of the original and when it was
 * published and retrieved. Dates are ISO 8601 calendar dates, as precise as known: "2024", "2024-03" or
 * "2024-03-12".
 */
export interface DocumentProvenance {
  sourceUrl?: string;
  published?: string;
  retrieved?: string;
}

export interface Citation extends DocumentProvenance {
  /** The number used as `[id]` in the answer text. */
  id: number;
  /** The manifest's region name, e.g. "Region Nordjylland" or "Helse Nord". */
  region: string;
  /** The document's title. */
  document: string;
  documentId: string;
  /** The document's own heading path, e.g. "Sundhed › Respekt for patientens tid". */
  section: string;
  /**
   * The quoted sentence or bullet (a whole passage for generative answers), as the passage's clean text:
   * line breaks inside a bullet joined, bullet glyphs as "• ". `start`/`end` are the character offsets of
   * the quote itself in the source file (of the passage containing it, in the rare case it cannot be
   * located), so every quote can be traced back and two quotes from one passage point at two places.
   */
  quote: string;
  start: number;
  end: number;
  score: number;
  /**
   * The passage text just before and after the quote (a sentence or two; "…" where it was cut), so a reader
   * sees what the quote was taken from. Absent when the quote is the whole passage.
   */
  context?: { before: string; after: string };
}

export type AnswerMode = 'extractive' | 'generative';

/**
 * How well the documents support the answer: `direct` — they answer the question; `related` — they don't
 * answer exactly this, and the answer says so and gives the nearest passages; `none` — a refusal
 * (nothing relevant, a region outside the corpus, or not a question about the documents).
 */
export const SUPPORT_LEVELS = ['direct', 'related', 'none'] as const;
export type Support = (typeof SUPPORT_LEVELS)[number];

export interface AskResponse {
  answer: string;
  language: Language;
  /** True exactly when `support` is `none`. */
  abstained: boolean;
  support: Support;
  citations: Citation[];
  timings: { retrieveMs: number; totalMs: number };
  /** How the answer text was produced; `fallbackReason` says why a generative attempt fell back. */
  mode: AnswerMode;
  fallbackReason?: string;
  /** Version of the prompt templates, when a language model was asked. */
  promptVersion?: string;
  /**
   * The standalone question actually searched for: a follow-up made standalone, and words typed without æ/ø/å
   * as read (with ae/oe/aa: "lagerne" → "laegerne").
   */
  standaloneQuestion?: string;
}

export interface SearchHit {
  chunkId: string;
  region: string;
  document: string;
  documentId: string;
  section: string;
  text: string;
  start: number;
  end: number;
  score: number;
}

export interface SearchResponse {
  query: string;
  mode: RetrievalMode;
  hits: SearchHit[];
}

export const RETRIEVAL_MODES = ['hybrid', 'lexical', 'dense'] as const;
export type RetrievalMode = (typeof RETRIEVAL_MODES)[number];

export interface DocumentSummary extends DocumentProvenance {
  id: string;
  region: string;
  country: string;
  language: Language;
  title: string;
  sections: string[];
}

export interface DocumentsResponse {
  regions: string[];
  documents: DocumentSummary[];
}

export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * Server-Sent Events of POST /api/ask/stream, in order: one `meta`, any number of `delta`, then `done`
 * (or `error`). The `delta` texts joined equal the `answer` of POST /api/ask for the same body, unless
 * `done.answer` is present: then it replaces what was streamed (a generative answer that failed its check).
 */
export type AskStreamEvent =
  | {
      event: 'meta';
      data: {
        language: Language;
        abstained: boolean;
        support: Support;
        citations: Citation[];
        mode: AnswerMode;
        standaloneQuestion?: string;
      };
    }
  | { event: 'delta'; data: { text: string } }
  | {
      event: 'done';
      data: {
        timings: { retrieveMs: number; totalMs: number };
        mode: AnswerMode;
        fallbackReason?: string;
        promptVersion?: string;
        /** Present when the streamed text is replaced (fallback or refusal): the answer to show instead. */
        answer?: string;
        /** The citations the final answer uses, when they differ from `meta`'s (a model cites some passages). */
        citations?: Citation[];
        abstained?: boolean;
        support?: Support;
      };
    }
  | { event: 'error'; data: { code: string; message: string } };

export interface IndexInfo {
  builtAt: string;
  /** Hash over corpus files, manifest and index-relevant settings; a change means the index is stale. */
  fingerprint: string;
  documents: number;
  chunks: number;
  embeddingModel: string;
  dimensions: number;
}
