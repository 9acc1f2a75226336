import { describe, expect, it } from 'vitest';
import { splitCompound, type Vocabulary } from '../../src/text/compounds.js';

/** A toy vocabulary: known words by exact form; "stems" cut a few endings, enough for the rules. */
function vocabulary(words: string[], stopwords: string[] = []): Vocabulary {
  const stem = (word: string) => word.replace(/(erne|ene|en|et|er|e)$/, '');
  const known = new Set(words.map(stem));
  return {
    isKnown: (word) => known.has(stem(word)),
    isStopword: (word) => stopwords.includes(word),
    stems: (word) => [stem(word)],
  };
}

describe('splitCompound', () => {
  it('splits a compound of two known words', () => {
    expect(splitCompound('patientforloeb', vocabulary(['patient', 'forloeb']))).toEqual(['patient', 'forloeb']);
  });

  it('drops a linking s from the head', () => {
    expect(splitCompound('arbejdsmiljoe', vocabulary(['arbejd', 'miljoe']))).toEqual(['arbejd', 'miljoe']);
  });

  it('accepts an unknown head only before a substantial known tail', () => {
    const known = vocabulary(['tjenesten', 'land', 'sker']);
    expect(splitCompound('ambulancetjenesten', known)).toEqual(['ambulance', 'tjenesten']);
    expect(splitCompound('nordjylland', known)).toEqual([]);
    expect(splitCompound('sygeplejersker', known)).toEqual([]);
  });

  it('accepts an unknown tail only after a known head and a linking s', () => {
    expect(splitCompound('sundhedsvaesenet', vocabulary(['sundhed']))).toEqual(['sundhed', 'vaesenet']);
    expect(splitCompound('kommunikation', vocabulary(['kommun']))).toEqual([]);
  });

  it('does not take a suffix for a word', () => {
    expect(splitCompound('ordentlighed', vocabulary(['ordent', 'lighed']))).toEqual([]);
    expect(splitCompound('balanceret', vocabulary(['balance', 'ret']))).toEqual([]);
  });

  it('does not take a stopword for an unknown head', () => {
    expect(splitCompound('medanansvar', vocabulary(['ansvar'], ['medan']))).toEqual([]);
    expect(splitCompound('medanansvar', vocabulary(['ansvar']))).toEqual(['medan', 'ansvar']);
  });

  it('splits the parts again, one level down', () => {
    const known = vocabulary(['spesialist', 'helse', 'tjenesten', 'helsetjenesten']);
    expect(splitCompound('spesialisthelsetjenesten', known)).toEqual([
      'spesialist', 'helsetjenesten', 'helse', 'tjenesten',
    ]);
  });

  it('does not split off a short tail without a linking s', () => {
    expect(splitCompound('ventetid', vocabulary(['vente', 'tid']))).toEqual([]);
    expect(splitCompound('arbejdsliv', vocabulary(['arbejd', 'liv']))).toEqual(['arbejd', 'liv']);
  });

  it('leaves short words alone', () => {
    expect(splitCompound('tidlig', vocabulary(['tid', 'lig']))).toEqual([]);
  });
});
