import { describe, expect, it } from 'vitest';
import { STOPWORDS, STOPWORDS_OF, TYPED_FUNCTION_WORDS_OF } from '../../src/text/stopwords.js';

describe('STOPWORDS', () => {
  it('holds function words as typed without æ/ø/å, as well as folded', () => {
    for (const [folded, typed] of [['paa', 'pa'], ['gjoere', 'gjore'], ['goer', 'gor'], ['ogsaa', 'ogsa'], ['hvornaar', 'hvornar'], ['naar', 'nar']]) {
      expect(STOPWORDS.has(folded), folded).toBe(true);
      expect(STOPWORDS.has(typed), typed).toBe(true);
    }
  });

  it('holds adverbs of time and a preposition the lists leave out', () => {
    for (const word of ['endnu', 'igen', 'altid', 'mellem', 'igjen', 'alltid', 'ennaa']) expect(STOPWORDS.has(word), word).toBe(true);
  });

  it('keeps content words that a function word typed without æ/ø/å would collide with', () => {
    for (const word of ['vare', 'sann', 'tid', 'naer']) expect(STOPWORDS.has(word), word).toBe(false);
  });
});

describe('STOPWORDS_OF', () => {
  it('holds each language’s own function words; the union holds both', () => {
    expect(STOPWORDS_OF.no.has('lage')).toBe(true);
    expect(STOPWORDS_OF.da.has('lage')).toBe(false);
    expect(STOPWORDS.has('lage')).toBe(true);
    for (const language of ['da', 'no'] as const) {
      for (const word of ['og', 'paa', 'pa']) expect(STOPWORDS_OF[language].has(word), `${language} ${word}`).toBe(true);
      for (const word of STOPWORDS_OF[language]) expect(STOPWORDS.has(word), word).toBe(true);
    }
  });
});

describe('TYPED_FUNCTION_WORDS_OF', () => {
  it('maps a function word typed without æ/ø/å to the word it stands for, unless it is written so itself', () => {
    for (const language of ['da', 'no'] as const) {
      expect(TYPED_FUNCTION_WORDS_OF[language].get('pa')).toBe('paa');
      expect(TYPED_FUNCTION_WORDS_OF[language].get('nar')).toBe('naar');
      // "for" is a word of its own, not only "før" typed.
      expect(TYPED_FUNCTION_WORDS_OF[language].has('for')).toBe(false);
    }
  });
});
