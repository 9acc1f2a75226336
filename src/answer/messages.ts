import { LANGUAGE_DATA, type AnswerMessages } from '../lang/index.js';
import type { Language } from '../shared/api.js';

/**
 * Every sentence the extractive answerer writes itself, per language (src/lang/<language>/messages.ts).
 * Quotes from the documents stay in the documents' language; only this framing follows the asker.
 */
export function messagesFor(language: Language): AnswerMessages {
  return LANGUAGE_DATA[language].messages;
}

/** Lists region names as the language writes a list: "A, B og C". */
export function listRegions(regions: readonly string[], language: Language): string {
  if (regions.length <= 1) return regions.join('');
  return `${regions.slice(0, -1).join(', ')} ${messagesFor(language).and} ${regions[regions.length - 1]}`;
}
