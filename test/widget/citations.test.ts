import { describe, expect, it } from 'vitest';
import { splitCitations, withoutCitations } from '../../src/widget/citations.js';

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
  });

  it('leaves unknown numbers, years and half-streamed markers as text', () => {
    expect(splitCitations('Mål for [2030] og [9] samt [1', known)).toEqual([{ type: 'text', text: 'Mål for [2030] og [9] samt [1' }]);
    expect(splitCitations('[1, 9]', known)).toEqual([{ type: 'text', text: '[1, 9]' }]);
  });

  it('never interprets markup: it is just text', () => {
    const hostile = '<img src=x onerror="alert(1)"> [1]';
    const parts = splitCitations(hostile, known);
    expect(parts[0]).toEqual({ type: 'text', text: '<img src=x onerror="alert(1)"> ' });
  });
});

describe('withoutCitations', () => {
  it('removes the numbers and the space before punctuation', () => {
    expect(withoutCitations('Kortere ventetid [1]. Og madspild [2, 3] ')).toBe('Kortere ventetid. Og madspild');
  });
});
