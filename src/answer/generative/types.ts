import type { Language } from '../../shared/api.js';

/** One retrieved passage, numbered as the answer cites it: `[n]`. */
export interface GenerativePassage {
  n: number;
  region: string;
  document: string;
  section: string;
  text: string;
}

export interface GenerativeInput {
  question: string;
  language: Language;
  passages: GenerativePassage[];
}

/** Why a generative answer was not used; the engine then falls back to the extractive answer. */
export type FailureReason =
  | 'timeout'
  | 'error'
  | 'empty'
  | 'invalid-citation'
  | 'uncited-claims'
  | 'wrong-language'
  | 'injection-echo'
  | 'stream-interrupted';

export type GenerativeOutcome =
  | { ok: true; text: string; promptVersion: string }
  | { ok: false; reason: FailureReason; detail?: string; promptVersion: string };

export type DetectLanguage = (text: string, fallback?: Language) => Language;
