import { describe, expect, it } from 'vitest';
import { CITATION_PATTERN, citedNumbers, splitCitations, stripCitations } from '../../src/shared/citations.js';

describe('citedNumbers', () => {
  it('reads single, adjacent and grouped markers, in order with repeats', () => {
    expect(citedNumbers('A [1]. B [2][3]. C [1, 4]. D [2; 5]. E [6 ,7 ;8]')).toEqual([1, 2, 3, 1, 4, 2, 5, 6, 7, 8]);
  });

  it('ignores brackets that are not markers', () => {
    expect(citedNumbers('Ingen henvisninger [her], [1-3], [ 1], [1,], [] eller [1')).toEqual([]);
  });
});

describe('stripCitations', () => {
  it('removes every marker form and the space before punctuation it leaves', () => {
    expect(stripCitations('Ventetiden skal ned [1]. Også CO2 [2, 3].')).toBe('Ventetiden skal ned. Også CO2.');
    expect(stripCitations('Mindre madspild [1][3]; mere genbrug [2; 4]!')).toBe('Mindre madspild; mere genbrug!');
  });

  it('leaves one space between words and none at the ends', () => {
    expect(stripCitations('[1] Kortere [2] ventetid\t[3] ')).toBe('Kortere ventetid');
    expect(stripCitations('Sundhed[1]og trafik')).toBe('Sundhed og trafik');
  });

  it('keeps line breaks and other brackets', () => {
    expect(stripCitations('Mål:\n• Ventetid [1]\n• Grøn omstilling [2] i 2030')).toBe('Mål:\n• Ventetid\n• Grøn omstilling i 2030');
    expect(stripCitations('Se [bilag] og [1')).toBe('Se [bilag] og [1');
  });

  it('with known numbers, keeps the markers that cite anything else', () => {
    expect(stripCitations('Mål for [2030] [1], og [1, 9] [2; 1].', new Set([1, 2]))).toBe('Mål for [2030], og [1, 9].');
  });
});

describe('splitCitations', () => {
  const known = new Set([1, 2, 3]);

  it('splits text and known citation numbers, keeping all text', () => {
    expect(splitCitations('Kortere ventetid [1]. Og madspild [2]', known)).toEqual([
      { type: 'text', text: 'Kortere ventetid ' },
      { type: 'citation', id: 1 },
      { type: 'text', text: '. Og madspild ' },
      { type: 'citation', id: 2 },
    ]);
  });

  it('expands grouped and adjacent markers', () => {
    expect(splitCitations('A [1, 3][2]', known)).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'citation', id: 1 },
      { type: 'citation', id: 3 },
      { type: 'citation', id: 2 },
    ]);
    expect(splitCitations('B [3; 1]', known)).toEqual([
      { type: 'text', text: 'B ' },
      { type: 'citation', id: 3 },
      { type: 'citation', id: 1 },
    ]);
  });

  it('leaves unknown numbers, years and half-streamed markers as text', () => {
    expect(splitCitations('Mål for [2030] og [9] samt [1', known)).toEqual([{ type: 'text', text: 'Mål for [2030] og [9] samt [1' }]);
    expect(splitCitations('[1, 9]', known)).toEqual([{ type: 'text', text: '[1, 9]' }]);
  });

  it('without known numbers, takes every marker as a citation', () => {
    expect(splitCitations('Mål for [2030] [9]')).toEqual([
      { type: 'text', text: 'Mål for ' },
      { type: 'citation', id: 2030 },
      { type: 'text', text: ' ' },
      { type: 'citation', id: 9 },
    ]);
  });

  it('never interprets markup: it is just text', () => {
    const hostile = '<img src=x onerror="alert(1)"> [1]';
    const parts = splitCitations(hostile, known);
    expect(parts[0]).toEqual({ type: 'text', text: '<img src=x onerror="alert(1)"> ' });
  });
});

describe('CITATION_PATTERN', () => {
  it('matches exactly the markers the functions read, for embedding in other patterns', () => {
    const whole = new RegExp(`^${CITATION_PATTERN}$`);
    for (const marker of ['[1]', '[12]', '[1, 3]', '[1; 3]', '[1 ,2;3]']) expect(whole.test(marker), marker).toBe(true);
    for (const other of ['[]', '[a]', '[1,]', '[ 1]', '[1-3]', '1']) expect(whole.test(other), other).toBe(false);
  });
});
