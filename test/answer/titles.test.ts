import { beforeAll, describe, expect, it } from 'vitest';
import { createTitleMatcher } from '../../src/answer/titles.js';
import { createEngine, type Engine } from '../../src/engine.js';
import { foldNordic } from '../../src/text/normalize.js';
import { tempConfig } from '../helpers/corpus.js';

// Function words drop out; a word's term is its first five letters, as a stemmer would join inflections.
const FUNCTION_WORDS = new Set(['i', 'og', 'for', 'den', 'de', 'om', 'noget', 'der', 'står', 'hvad']);
const wordTerms = (word: string) => (FUNCTION_WORDS.has(foldNordic(word)) ? [] : [foldNordic(word).slice(0, 5)]);
const stripRegions = (text: string) => text.replace(/Region Vest|Vestrup/g, ' ');

const titlesIn = createTitleMatcher(
  [
    { title: 'Kurs og kompas', region: 'Region Nord' },
    { title: 'Lokale handlingslinjer for sundhedsrådet i Region Vest', region: 'Region Vest' },
    { title: 'Vestrups strategi', region: 'Region Vest' },
  ],
  wordTerms,
  stripRegions,
);

describe('documents named by their title', () => {
  it('names a short title by all its words, a long one by two consecutive ones, and leaves the rest of the question', () => {
    expect(titlesIn('Står der noget om tandpleje i Kurs og kompas?')).toEqual({ regions: ['Region Nord'], rest: 'Står der noget om tandpleje i og ?' });
    expect(titlesIn('hvad står der om cykler i de lokale handlingslinjer')).toEqual({ regions: ['Region Vest'], rest: 'hvad står der om cykler i de' });
  });

  it('needs the words together and in the title’s order, and a title of only its region and frame words names nothing', () => {
    expect(titlesIn('Hvad er kursen for sygehusene, og hvem sætter kompasset?')).toBeUndefined();
    expect(titlesIn('Er handlingslinjerne lokale?')).toBeUndefined();
    expect(titlesIn('Hvad siger strategien om ventetider?')).toBeUndefined();
  });

  it('reads a word the same the next time it is asked (its terms and titles are remembered)', () => {
    const question = 'Står der noget om tandpleje i Kurs og kompas?';
    const first = titlesIn(question);
    expect(titlesIn('Hvad er kursen for sygehusene, og hvem sætter kompasset?')).toBeUndefined();
    expect(titlesIn(question)).toEqual(first);
    expect(titlesIn('hvad står der om tandpleje i kurs og kompas')).toEqual({ regions: ['Region Nord'], rest: 'hvad står der om tandpleje i og' });
  });
});

describe('a title in a question to the real corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine(await tempConfig());
  });

  it('refuses a theme the named document does not treat, though the title’s words are in it', async () => {
    const r = await engine.ask({ question: 'Nævner Vision og retning noget om fodterapeuter?' });
    expect(r.support).toBe('none');
  });

  it('answers a theme the named document treats from that document’s region, led by the theme', async () => {
    const r = await engine.ask({ question: 'Hvad skriver Den styrende politiske ambition om genanvendelse?' });
    expect(r.support).toBe('direct');
    expect(r.citations[0]).toMatchObject({ region: 'Region Midtjylland', section: 'Bæredygtighed › Genanvendelse' });
  });
});
