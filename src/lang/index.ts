import type { Language } from '../shared/api.js';
import { data as da } from './da/index.js';
import { requests as english } from './en/requests.js';
import { data as no } from './no/index.js';
import type { LanguageData, RequestWords } from './types.js';

/** Every answer language's data. A new language: a folder like ./da/, one entry here and in `LANGUAGES`. */
export const LANGUAGE_DATA: Record<Language, LanguageData> = { da, no };

/**
 * Request words of every language a request may come in: askers mix languages, and attempts to re-instruct
 * the assistant often come in English.
 */
export const ALL_REQUEST_WORDS: readonly RequestWords[] = [da.requests, no.requests, english];

/** A word list of every answer language, merged (a Danish question may ask about a Norwegian document). */
export function allLanguages<T>(pick: (data: LanguageData) => readonly T[]): T[] {
  return [...new Set(Object.values(LANGUAGE_DATA).flatMap((d) => [...pick(d)]))];
}

export type { AnswerMessages, LanguageData, QuestionWords, RequestWords } from './types.js';
