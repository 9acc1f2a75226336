import { z } from 'zod';
import { Language, MAX_QUESTION_CHARS, NO_CONTROL_CHARS } from '../shared/api.js';

/**
 * POST /api/feedback. Strict like the rest of the contract, with the questions' text rules (no control
 * characters) for every string. The whole body is at most MAX_FEEDBACK_BODY_BYTES, and a stored rating is
 * never larger than its body (JSON escaping only adds bytes), so the database holds at most about
 * FEEDBACK_MAX_ROWS × MAX_FEEDBACK_BODY_BYTES (README: Feedback). The field caps below fit inside it with
 * room for Danish and Norwegian text; the widget trims what it sends to them.
 */
export const MAX_FEEDBACK_ANSWER_CHARS = 4000;
export const MAX_FEEDBACK_COMMENT_CHARS = 1000;
export const MAX_FEEDBACK_CITATIONS = 8;
export const MAX_FEEDBACK_QUOTE_CHARS = 300;
export const MAX_FEEDBACK_BODY_BYTES = 20 * 1024;

const text = (max: number) => z.string().max(max).regex(NO_CONTROL_CHARS);
const label = text(120);

/** The fields of a `Citation` worth keeping with a rating; only what identifies the passage is required. */
export const FeedbackCitation = z.strictObject({
  id: z.number().int().min(0).max(1000),
  region: label,
  document: label,
  section: text(300),
  documentId: label.optional(),
  quote: text(MAX_FEEDBACK_QUOTE_CHARS).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  score: z.number().finite().optional(),
});
export type FeedbackCitation = z.infer<typeof FeedbackCitation>;

export const FEEDBACK_RATINGS = ['up', 'down'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

export const FeedbackRequest = z.strictObject({
  question: z
    .string()
    .regex(NO_CONTROL_CHARS)
    .transform((s) => s.trim())
    .pipe(z.string().min(1).max(MAX_QUESTION_CHARS)),
  answer: text(MAX_FEEDBACK_ANSWER_CHARS).min(1),
  rating: z.enum(FEEDBACK_RATINGS),
  comment: text(MAX_FEEDBACK_COMMENT_CHARS)
    .transform((s) => s.trim() || undefined)
    .optional(),
  citations: z.array(FeedbackCitation).max(MAX_FEEDBACK_CITATIONS).optional(),
  language: Language.optional(),
});
/** What a client sends. */
export type FeedbackRequest = z.input<typeof FeedbackRequest>;
/** What the store receives after validation. */
export type NewFeedback = z.output<typeof FeedbackRequest>;
