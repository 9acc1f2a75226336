import { describe, expect, it } from 'vitest';
import { DANISH_NORWEGIAN } from '../../src/lang/equivalents.js';
import { createAnalyzer, stems } from '../../src/text/analyze.js';
import { tokenize } from '../../src/text/normalize.js';
import { spellingKey } from '../../src/text/spelling.js';

const analyzer = createAnalyzer();
const shares = (a: string, b: string) => {
  const terms = new Set(analyzer.wordTerms(a));
  return analyzer.wordTerms(b).some((term) => terms.has(term));
};

describe('Danish–Norwegian equivalents', () => {
  it.each([
    ['hospitalerne', 'sykehusene'],
    ['sundheden', 'helsen'],
    ['børnene', 'barna'],
    ['uddannelsen', 'utdanningen'],
    ['sygeplejersker', 'sykepleiere'],
    ['udledningen', 'utslippet'],
  ])('lets Danish %s and Norwegian %s share a term', (da, no) => {
    expect(shares(da, no)).toBe(true);
  });

  it('keys a pair by the full stem, not the root a derivation was cut to ("sund" is healthy, not health)', () => {
    expect(shares('sund', 'helse')).toBe(false);
    expect(shares('sundt', 'helsen')).toBe(false);
    expect(analyzer.wordTerms('helse')).not.toContain('sund');
    expect(shares('sundhedens', 'helse')).toBe(true);
  });

  it('gives a passage the other language’s word, so a coverage count sees it', () => {
    const passage = new Set(analyzer.terms('Vi bygger nye hospitaler.'));
    expect(analyzer.contentTerms('nye sykehus').every((term) => passage.has(term))).toBe(true);
  });

  it('weighs the other language’s word below the asker’s own', () => {
    const { weights } = analyzer.analyzeQuery('hospitalet');
    expect(weights.get('hospital')).toBe(1);
    expect(weights.get('sykehus')).toBeLessThan(1);
  });

  it('keeps a name to its own words: "Helse" in Helse Nord is not Danish "sundhed"', () => {
    expect(analyzer.wordTerms('helse')).toContain('sundhed');
    expect(analyzer.nameTerms('Helse Nord')).not.toContain('sundhed');
    expect(analyzer.nameTerms('Helse Nord')).toContain('hels');
    // Nor does Danish "sundhed" gain a region's name word; Norwegian "helse" carries the pair alone.
    expect(analyzer.wordTerms('sundhed')).not.toContain('hels');
    expect(shares('sundhed', 'helse')).toBe(true);
  });

  it('leaves false friends apart (Danish rask is healthy, Norwegian rask fast)', () => {
    expect(shares('rask', 'hurtig')).toBe(false);
  });

  it('lists only pairs the spelling keys do not already join', () => {
    const keys = (word: string) =>
      new Set(tokenize(word).flatMap((token) => stems(token).flatMap((stem) => [stem, spellingKey(stem)])));
    for (const [danish, norwegian] of DANISH_NORWEGIAN) {
      for (const da of danish) {
        for (const no of norwegian) {
          const own = keys(da);
          expect([...keys(no)].some((key) => own.has(key)), `${da} / ${no}`).toBe(false);
        }
      }
    }
  });
});
