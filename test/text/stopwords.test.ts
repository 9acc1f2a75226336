import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../src/text/stopwords.js';

describe('STOPWORDS', () => {
  it('holds function words as typed without æ/ø/å, as well as folded', () => {
    for (const [folded, typed] of [['paa', 'pa'], ['gjoere', 'gjore'], ['goer', 'gor'], ['ogsaa', 'ogsa'], ['hvornaar', 'hvornar'], ['naar', 'nar']]) {
      expect(STOPWORDS.has(folded), folded).toBe(true);
      expect(STOPWORDS.has(typed), typed).toBe(true);
    }
  });

  it('keeps content words that a function word typed without æ/ø/å would collide with', () => {
    for (const word of ['vare', 'sann', 'tid', 'naer']) expect(STOPWORDS.has(word), word).toBe(false);
  });
});
