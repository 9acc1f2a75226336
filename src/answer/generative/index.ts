/** Generative answers through a language model, grounded in the retrieved passages and checked. */
export { createGenerativeAnswerer, type GenerativeAnswerer, type GenerativeDeps } from './generative.js';
export { OverloadedError } from './limiter.js';
export { citedNumbers, isRefusal } from './check.js';
export type { FailureReason, GenerativeInput, GenerativeOutcome, GenerativePassage } from './types.js';
