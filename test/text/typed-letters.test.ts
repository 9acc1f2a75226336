import { describe, expect, it } from 'vitest';
import { restoredReadings, restoreTypedLetters, type TypedVocabulary } from '../../src/text/typed-letters.js';

/**
 * A corpus that writes "laeger", "vaerdier" and "boern" and knows "lange", and a lexicon word "foede" whose concept
 * is found in "fode" too.
 */
const vocabulary: TypedVocabulary = {
  isStopword: (w) => ['paa', 'pa', 'og', 'har', 'for', 'foer'].includes(w),
  typedFunctionWord: (w) => (w === 'pa' ? 'paa' : undefined),
  knows: (w) => ['laeger', 'vaerdier', 'boern', 'lange', 'maal', 'foede', 'fode'].includes(w),
  writes: (w) => ['laeger', 'vaerdier', 'boern', 'lange', 'maal', 'foede'].includes(w),
};
const restore = (text: string, maxRestored = 2, minLength = 3) => restoreTypedLetters(text, vocabulary, { maxRestored, minLength });

describe('restoredReadings', () => {
  it('reads a as å or æ, o as ø and e as æ, fewest letters first', () => {
    expect(restoredReadings('mal', 1)).toEqual(['maal', 'mael']);
    expect(restoredReadings('boren', 1)).toEqual(['boraen', 'boeren']);
    expect(restoredReadings('boren', 2)).toEqual(['boraen', 'boeren', 'boeraen']);
  });

  it('reads nothing into a word that writes a digraph already', () => {
    expect(restoredReadings('laeger', 2)).toEqual([]);
    expect(restoredReadings('paa', 2)).toEqual([]);
  });
});

describe('restoreTypedLetters', () => {
  it('writes a word nothing knows as typed as the word a passage writes', () => {
    expect(restore('flere lager og vardier')).toBe('flere laeger og vaerdier');
  });

  it('keeps stopwords, words the corpus knows and words the lexicon finds a concept in', () => {
    expect(restore('har for lange fode')).toBe('har for lange fode');
  });

  it('writes a function word typed without æ/ø/å as the word it stands for, so a phrase with it is found', () => {
    expect(restore('mangel pa folk')).toBe('mangel paa folk');
    expect(restore('Pa Fyn')).toBe('Paa Fyn');
    expect(restore('mangel pa folk', 0)).toBe('mangel pa folk');
  });

  it('reads a word as one of the lexicon’s own words too', () => {
    const conceptsMissFode: TypedVocabulary = { ...vocabulary, knows: (w) => w !== 'fode' && vocabulary.knows(w) };
    expect(restoreTypedLetters('skal fode', conceptsMissFode, { maxRestored: 2, minLength: 3 })).toBe('skal foede');
  });

  it('keeps a word with no known reading, and the capital of a name', () => {
    expect(restore('Born i Tarm')).toBe('Boern i Tarm');
    expect(restore('kolde born')).toBe('kolde boern');
    expect(restore('sengen')).toBe('sengen');
  });

  it('leaves a word with letters of its own as it is', () => {
    expect(restore('børn og born')).toBe('børn og boern');
  });

  it('maxRestored 0 reads every word as typed; minLength leaves short words alone', () => {
    expect(restore('flere lager', 0)).toBe('flere lager');
    expect(restore('et mal', 2, 3)).toBe('et maal');
    expect(restore('et mal', 2, 4)).toBe('et mal');
  });
});
