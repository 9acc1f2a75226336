import { z } from 'zod';
import { Language, MAX_QUESTION_CHARS } from '../shared/api.js';

/**
 * POST /api/feedback. Strict like the rest of the contract; every string has a ceiling so one request
 * cannot grow the database by more than a few tens of kilobytes.
 */
export const MAX_FEEDBACK_COMMENT_CHARS = 2000;
export const MAX_FEEDBACK_ANSWER_CHARS = 8000;
export const MAX_FEEDBACK_CITATIONS = 20;
export const MAX_FEEDBACK_QUOTE_CHARS = 2000;
/** Above the sum of the ceilings below in UTF-8 for typical text, far below anything abusive. */
export const MAX_FEEDBACK_BODY_BYTES = 96 * 1024;

const label = z.string().max(300);

/** The fields of a `Citation` worth keeping with a rating; only what identifies the passage is required. */
export const FeedbackCitation = z.strictObject({
  id: z.number().int().min(0).max(1000),
  region: label,
  document: label,
  section: z.string().max(500),
  documentId: label.optional(),
  quote: z.string().max(MAX_FEEDBACK_QUOTE_CHARS).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  score: z.number().finite().optional(),
});
export type FeedbackCitation = z.infer<typeof FeedbackCitation>;

export const FEEDBACK_RATINGS = ['up', 'down'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

export const FeedbackRequest = z.strictObject({
  question: z.string().trim().min(1).max(MAX_QUESTION_CHARS),
  answer: z.string().min(1).max(MAX_FEEDBACK_ANSWER_CHARS),
  rating: z.enum(FEEDBACK_RATINGS),
  comment: z
    .string()
    .max(MAX_FEEDBACK_COMMENT_CHARS)
    .transform((s) => s.trim() || undefined)
    .optional(),
  citations: z.array(FeedbackCitation).max(MAX_FEEDBACK_CITATIONS).optional(),
  language: Language.optional(),
});
/** What a client sends. */
export type FeedbackRequest = z.input<typeof FeedbackRequest>;
/** What the store receives after validation. */
export type NewFeedback = z.output<typeof FeedbackRequest>;
