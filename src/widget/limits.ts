/**
 * The contract's limits, repeated here because the bundle must not pull in zod through src/shared/api.ts
 * (test/widget checks they stay equal).
 */
export const MAX_QUESTION_CHARS = 1000;
export const MAX_HISTORY_TURNS = 20;
export const MAX_TURN_CHARS = 8000;
export const MAX_COMMENT_CHARS = 1000;
export const MAX_FEEDBACK_ANSWER_CHARS = 4000;
export const MAX_FEEDBACK_CITATIONS = 8;
export const MAX_FEEDBACK_QUOTE_CHARS = 300;
