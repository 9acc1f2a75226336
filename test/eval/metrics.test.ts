import { describe, expect, it } from 'vitest';
import {
  abstentionOutcome,
  abstentionScores,
  containsFact,
  framingLanguageMatch,
  framingText,
  goldIndexOf,
  matchFacts,
  ndcgAt,
  percentile,
  reciprocalRank,
  regionCoverage,
  regionHitAt1,
  sectionHitAt,
  type SectionRef,
} from '../../src/eval/metrics.js';
import type { GoldSection } from '../../src/eval/schema.js';

const hit = (region: string, section: string, documentId = 'doc'): SectionRef => ({ region, section, documentId });
const A = hit('Region A', 'Ventetid');
const B = hit('Region A', 'Klima');
const C = hit('Helse B', 'Visjon', 'doc-b');
const X = hit('Region A', 'Andet');
const gold = (...refs: SectionRef[]): GoldSection[] => refs.map((r) => ({ region: r.region, section: r.section }));

describe('retrieval metrics', () => {
  it('matches a gold section by region and label, and by document only when the gold names one', () => {
    expect(goldIndexOf(A, gold(B, A))).toBe(1);
    expect(goldIndexOf(hit('Helse B', 'Ventetid'), gold(A))).toBe(-1);
    expect(goldIndexOf(A, [{ region: 'Region A', section: 'Ventetid', document: 'other-doc' }])).toBe(-1);
    expect(goldIndexOf(A, [{ region: 'Region A', section: 'Ventetid', document: 'doc' }])).toBe(0);
  });

  it('section hit@k looks only at the first k hits', () => {
    const hits = [X, X, A];
    expect(sectionHitAt(hits, gold(A), 1)).toBe(0);
    expect(sectionHitAt(hits, gold(A), 3)).toBe(1);
    expect(sectionHitAt([], gold(A), 5)).toBe(0);
  });

  it('region hit@1 is about the top hit only', () => {
    expect(regionHitAt1([C, A], ['Region A'])).toBe(0);
    expect(regionHitAt1([B, C], ['Region A'])).toBe(1);
    expect(regionHitAt1([], ['Region A'])).toBe(0);
  });

  it('reciprocal rank is 1/rank of the first gold hit, 0 without one', () => {
    expect(reciprocalRank([X, A, B], gold(A, B))).toBeCloseTo(1 / 2);
    expect(reciprocalRank([A], gold(A))).toBe(1);
    expect(reciprocalRank([X, X], gold(A))).toBe(0);
    expect(reciprocalRank([], gold(A))).toBe(0);
  });

  it('nDCG@5 is 1 for an ideal ranking and lower when gold sections come later', () => {
    expect(ndcgAt([A, B, X], gold(A, B), 5)).toBeCloseTo(1);
    const late = ndcgAt([X, A], gold(A), 5);
    expect(late).toBeCloseTo(1 / Math.log2(3));
    expect(ndcgAt([], gold(A), 5)).toBe(0);
    expect(ndcgAt([X, X, X, X, X, A], gold(A), 5)).toBe(0);
  });

  it('nDCG@5 gives a duplicate section no extra gain and does not double-count duplicate gold entries', () => {
    // Two chunks of the same gold section: the second is a wasted slot.
    const duplicates = ndcgAt([A, A], gold(A, B), 5);
    const ideal = 1 + 1 / Math.log2(3);
    expect(duplicates).toBeCloseTo(1 / ideal);
    // The gold list naming A twice still has one distinct section: finding it first is ideal.
    expect(ndcgAt([A, X], gold(A, A), 5)).toBeCloseTo(1);
  });
});

describe('key facts', () => {
  it('matches case-, diacritic- and ae/oe/aa-insensitively', () => {
    expect(containsFact('Overholdelse af KRÆFTPAKKER', 'kræftpakker')).toBe(true);
    expect(containsFact('overholdelse af kraeftpakker', 'kræftpakker')).toBe(true);
    expect(containsFact('Vi vil være den grønneste region', 'gronneste')).toBe(false);
    expect(containsFact('Vi vil være den grønneste region', 'groenneste')).toBe(true);
    expect(containsFact('Målbillede', 'maalbillede')).toBe(true);
  });

  it('matches at word starts, so endings may differ but a fact cannot hide inside a word', () => {
    expect(containsFact('korte ventetiderne', 'ventetid')).toBe(true);
    expect(containsFact('ingen ventetid', 'tid')).toBe(false);
    expect(containsFact('ni strategiske fokusområder', 'ni strategiske')).toBe(true);
    expect(containsFact('nissan strategiske', 'ni strategiske')).toBe(false);
  });

  it('ignores punctuation and accepts alternatives', () => {
    expect(containsFact('120.000 nye indbyggere', '120.000')).toBe(true);
    expect(containsFact('reducere med 70%', '70%')).toBe(true);
    expect(containsFact('CO2-aftrykket', 'CO2 aftryk')).toBe(true);
    expect(containsFact('telemedisinske tjenester', 'telemedicin|telemedisin')).toBe(true);
    expect(containsFact('', 'ventetid')).toBe(false);
    expect(containsFact('noget', '!!!')).toBe(false);
  });

  it('reports found and missing facts', () => {
    expect(matchFacts('Korte ventetider og kræftpakker', ['ventetid', 'ambulance', 'kræftpakker'])).toEqual({
      found: ['ventetid', 'kræftpakker'],
      missing: ['ambulance'],
    });
    expect(matchFacts('', ['x'])).toEqual({ found: [], missing: ['x'] });
  });
});

describe('region coverage', () => {
  it('is the share of gold regions cited', () => {
    expect(regionCoverage([{ region: 'Region A' }, { region: 'Region A' }], ['Region A', 'Helse B'])).toBe(0.5);
    expect(regionCoverage([{ region: 'Region A' }, { region: 'Helse B' }], ['Region A', 'Helse B'])).toBe(1);
  });
  it('is 0 without citations and null without gold regions', () => {
    expect(regionCoverage([], ['Region A'])).toBe(0);
    expect(regionCoverage([{ region: 'Region A' }], [])).toBeNull();
    // With minRegions, covering that many of the gold regions is full marks.
    const three = ['Region A', 'Helse B', 'Region C'];
    expect(regionCoverage([{ region: 'Region A' }, { region: 'Region C' }], three, 2)).toBe(1);
    expect(regionCoverage([{ region: 'Region A' }], three, 2)).toBe(0.5);
    expect(regionCoverage([{ region: 'Region A' }], three, 5)).toBe(1 / 3);
  });
});

describe('abstention', () => {
  it('classifies refusals as a detector', () => {
    expect(abstentionOutcome(true, true)).toBe('tp');
    expect(abstentionOutcome(false, true)).toBe('fp');
    expect(abstentionOutcome(true, false)).toBe('fn');
    expect(abstentionOutcome(false, false)).toBe('tn');
  });
  it('computes precision and recall, null when undefined', () => {
    expect(abstentionScores(['tp', 'tp', 'fp', 'fn', 'tn'])).toEqual({ precision: 2 / 3, recall: 2 / 3 });
    expect(abstentionScores(['tn', 'tn'])).toEqual({ precision: null, recall: null });
    expect(abstentionScores(['fn'])).toEqual({ precision: null, recall: 0 });
    expect(abstentionScores([])).toEqual({ precision: null, recall: null });
  });
});

describe('percentile', () => {
  it('uses nearest rank', () => {
    const values = [50, 10, 40, 20, 30];
    expect(percentile(values, 50)).toBe(30);
    expect(percentile(values, 95)).toBe(50);
    expect(percentile(values, 0)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('framing language', () => {
  const answer = 'Region Nordjylland skriver i „Vision og retning“ (citeret på norsk):\n• Pasientene skal bli møtt med rett kompetanse [1]';
  it('removes quotes, quoted titles and markers, keeping the framing', () => {
    const framing = framingText(answer, [{ quote: 'Pasientene skal bli møtt med rett kompetanse' }]);
    expect(framing).toBe('Region Nordjylland skriver i (citeret på norsk): •');
  });
  it('is null with too few words or no detector, else compares with the expected language', () => {
    const detect = (text: string) => (text.includes('citeret') ? ('da' as const) : ('no' as const));
    expect(framingLanguageMatch('Region Nordjylland skriver i (citeret på norsk)', 'da', detect)).toBe(1);
    expect(framingLanguageMatch('Region Nordjylland skriver i (citeret på norsk)', 'no', detect)).toBe(0);
    expect(framingLanguageMatch('kun to', 'da', detect)).toBeNull();
    expect(framingLanguageMatch('Region Nordjylland skriver i (citeret på norsk)', 'da', undefined)).toBeNull();
    expect(framingLanguageMatch('Region Nordjylland skriver i noget', 'da', () => undefined)).toBeNull();
  });
});
