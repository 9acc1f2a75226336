import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const segmenter = new Intl.Segmenter('da', { granularity: 'sentence' });

describe('splitSentences on a text the segmenter cannot split', () => {
  it('gives what the segmenter gives: no character the shortcut lets through ends a sentence', () => {
    // The shortcut's characters (letters, digits, marks, spaces and punctuation that ends nothing), each
    // where a full stop would end a sentence: before a space and a capital.
    const allowed = /^[\p{L}\p{N}\p{M} ,;:'"()\-–—/&%+’‘“”«»]$/u;
    const splitting: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!allowed.test(c)) continue;
      const text = `hvad ${c} Hvor er det`;
      if ([...segmenter.segment(text)].length !== 1 || splitSentences(text).length !== 1) splitting.push(cp.toString(16));
    }
    expect(splitting).toEqual([]);
  });

  it('keeps one sentence whole and trimmed, and still splits at a mark or a line break', () => {
    expect(splitSentences('  Hvilke planer er der for cykelstier?  ')).toEqual(['Hvilke planer er der for cykelstier?']);
    expect(splitSentences('kort om planen (2024–2030), tak.')).toEqual(['kort om planen (2024–2030), tak.']);
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('Hvad med ventetiden? Og hvad med psykiatrien?')).toEqual(['Hvad med ventetiden?', 'Og hvad med psykiatrien?']);
    expect(splitSentences('far bor alene. hvad gør i')).toEqual(['far bor alene.', 'hvad gør i']);
    expect(splitSentences('Hvad sker der\nmed akutberedskabet')).toEqual(['Hvad sker der', 'med akutberedskabet']);
    expect(splitSentences('Hvad siger de om f.eks. sygehuse?')).toEqual(['Hvad siger de om f.eks. sygehuse?']);
  });
});
