import { describe, expect, it } from 'vitest';
import { withoutCitations } from '../../src/widget/citations.js';

describe('withoutCitations', () => {
  it('removes the numbers and the space before punctuation', () => {
    expect(withoutCitations('Kortere ventetid [1]. Og madspild [2, 3] ')).toBe('Kortere ventetid. Og madspild');
  });

  it('removes semicolon groups and adjacent markers too', () => {
    expect(withoutCitations('Kortere ventetid [1; 2][3].')).toBe('Kortere ventetid.');
  });

  it('keeps what the answer view shows as text: brackets citing no known source', () => {
    expect(withoutCitations('Frem mod [2030] [1] og [9].', new Set([1]))).toBe('Frem mod [2030] og [9].');
  });
});
