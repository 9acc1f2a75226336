import type { Language } from '../../../src/shared/api.js';

/**
 * A tiny Danish/Norwegian detector for these tests, counting words only one of the two languages uses,
 * so the checks can be tested without depending on how the real detector scores a given sentence.
 */
const DANISH = new Set(['af', 'efter', 'gennem', 'bliver', 'nogle', 'meget', 'hvad', 'sig', 'mig', 'vores', 'spørgsmål', 'sygehuse', 'ventetiden']);
const NORWEGIAN = new Set(['av', 'etter', 'gjennom', 'blir', 'noen', 'mye', 'hva', 'seg', 'meg', 'våre', 'spørsmål', 'sykehus', 'ventetidene', 'ikkje']);

export function markerLanguage(text: string, fallback: Language = 'da'): Language {
  let score = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DANISH.has(word)) score--;
    if (NORWEGIAN.has(word)) score++;
  }
  return score > 0 ? 'no' : score < 0 ? 'da' : fallback;
}
