import { describe, expect, it } from 'vitest';
import { francAllMargin, francMargin } from '../../src/text/franc-margin.js';
import { corpusTexts } from './corpus-texts.js';
import { LANGUAGE_QUESTIONS } from './language-questions.js';

/** Texts of every length franc is given: questions, the documents' lines, runs of their words, mixed scripts. */
function texts(): string[] {
  const lines = corpusTexts().flatMap((text) => text.split('\n')).filter((line) => line.trim());
  const words = lines.flatMap((line) => line.split(/\s+/)).filter(Boolean);
  const runs: string[] = [];
  for (let i = 0; i + 12 < words.length; i += 7) runs.push(words.slice(i, i + 1 + (i % 12)).join(' '));
  const odd = [
    '', ' ', 'a', 'Ø', '12 34', '?!', '2024', 'e-sundhed 2030', 'ventetid 5 uker', 'x y z',
    'Привет как дела', 'Hvad er Москва', 'Москва og Oslo og Bergen', 'שלום hva', 'مرحبا hvordan går det',
    '東京 og Tromsø', 'sykehus sykehus sykehus', 'hvad hvad hvad hvad', 'a'.repeat(3000), `${'kræft '.repeat(500)}`,
  ];
  return [...LANGUAGE_QUESTIONS.map(([q]) => q), ...lines, ...runs, ...odd];
}

describe("franc's Danish-against-Norwegian margin", () => {
  it('is exactly franc’s own, for every text', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(1000);
    const differing = all.filter((text) => francMargin(text) !== francAllMargin(text));
    expect(differing).toEqual([]);
  });
});
