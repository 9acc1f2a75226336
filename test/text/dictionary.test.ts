import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../../src/text/dictionary.js';

/** The optimal-string-alignment distance, by the textbook table: Levenshtein plus swaps of neighbours. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const WORDS = [
  'sundhed', 'sundheden', 'sundhedsvaesen', 'sundhedsvaesenet', 'sund', 'syg', 'sygehus', 'sygehuse', 'sykehus',
  'patient', 'patienter', 'pasient', 'pasienter', 'ventetid', 'ventetider', 'ventetiden', 'vente', 'venter', 'a', 'ab',
  'rekruttering', 'rekrutering', 'rekruttere', 'helsepersonell', 'helsepersonel', 'oe', 'oeget', 'aeldre', 'zebra',
  'madspild', 'kvalitet',
];

describe('TermDictionary', () => {
  const dictionary = TermDictionary.from([...WORDS, ...WORDS]);

  it('sorts by code units, drops duplicates and finds ids', () => {
    expect(dictionary.size).toBe(new Set(WORDS).size);
    const all = Array.from({ length: dictionary.size }, (_, i) => dictionary.at(i));
    expect(all).toEqual([...new Set(WORDS)].sort((a, b) => (a < b ? -1 : 1)));
    for (const word of WORDS) expect(dictionary.at(dictionary.indexOf(word))).toBe(word);
    expect(dictionary.indexOf('sundhe')).toBe(-1);
    expect(dictionary.indexOf('zz')).toBe(-1);
  });

  it('gives the range of a prefix', () => {
    const { start, end } = dictionary.prefixRange('sundhed');
    const inRange = Array.from({ length: end - start }, (_, i) => dictionary.at(start + i));
    expect(inRange).toEqual(['sundhed', 'sundheden', 'sundhedsvaesen', 'sundhedsvaesenet']);
    const none = dictionary.prefixRange('sundhedx');
    expect(none.end - none.start).toBe(0);
    expect(dictionary.prefixRange('').end).toBe(dictionary.size);
  });

  it('counts two neighbouring letters swapped as one slip of typing, not two', () => {
    const near = (query: string, max: number) => dictionary.withinDistance(query, max).map(({ id, distance: d }) => [dictionary.at(id), d]);
    expect(near('madsplid', 1)).toEqual([['madspild', 1]]);
    expect(near('kvailtet', 1)).toEqual([['kvalitet', 1]]);
    expect(near('psaient', 1)).toEqual([['pasient', 1]]);
    // Two swaps are two slips.
    expect(near('apsietn', 1)).toEqual([]);
  });

  it('finds exactly the terms within an edit distance, as a scan would', () => {
    const queries = ['sundhed', 'sygehs', 'pasient', 'ventetdi', 'rekrutering', 'helsepersonel', 'x', '', 'oeg', 'zebras', 'madsplid', 'ptaient'];
    for (const query of queries) {
      for (const max of [0, 1, 2, 3]) {
        const expected = WORDS.filter((w, i) => WORDS.indexOf(w) === i && distance(w, query) <= max)
          .sort()
          .map((w) => [w, distance(w, query)]);
        const got = dictionary.withinDistance(query, max).map(({ id, distance: d }) => [dictionary.at(id), d]);
        expect(got, `${query} ≤ ${max}`).toEqual(expected);
      }
    }
  });

  it('finds the same as a scan over thousands of terms with deep shared prefixes, in any range', () => {
    // Deterministic pseudo-random words over a small alphabet: long runs of terms share prefixes, so whole
    // subtrees are skipped at every depth.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (length: number) => Array.from({ length }, () => 'aeiknrstø'[random(9)]).join('');
    const words = Array.from({ length: 4000 }, () => word(2 + random(10)));
    const big = TermDictionary.from(words);
    const all = Array.from({ length: big.size }, (_, i) => big.at(i));
    const queries = [...Array.from({ length: 40 }, () => word(1 + random(12))), ...words.slice(0, 20)];
    for (const query of queries) {
      for (const max of [1, 2]) {
        const expected = all.map((w, id) => ({ id, distance: distance(w, query) })).filter((n) => n.distance <= max);
        expect(big.withinDistance(query, max), `${query} ≤ ${max}`).toEqual(expected);
        const range = big.prefixRange(query.slice(0, 1));
        expect(big.withinDistance(query, max, range)).toEqual(expected.filter(({ id }) => id >= range.start && id < range.end));
      }
    }
  });

  it('searches within a range only', () => {
    const s = dictionary.prefixRange('s');
    const near = dictionary.withinDistance('sykehus', 1, s).map(({ id }) => dictionary.at(id));
    expect(near).toEqual(['sygehus', 'sykehus']);
    const p = dictionary.prefixRange('p');
    expect(dictionary.withinDistance('sykehus', 1, p)).toEqual([]);
  });

  it('round-trips through its serialized form and rejects an unsorted list', () => {
    const restored = TermDictionary.deserialize(dictionary.serialize());
    expect(restored.size).toBe(dictionary.size);
    expect(restored.indexOf('sykehus')).toBe(dictionary.indexOf('sykehus'));
    expect(TermDictionary.deserialize('').size).toBe(0);
    expect(() => TermDictionary.fromSorted(['b', 'a'])).toThrow(/not sorted/);
    expect(() => TermDictionary.fromSorted(['a', 'a'])).toThrow(/not sorted/);
  });
});
