import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from '../../src/eval/schema.js';
import { tinyRecords, toJsonl } from './fakes.js';

const good = {
  id: 'fact-99',
  language: 'da',
  category: 'factual',
  question: 'Hvad er Region Nordjyllands vision?',
  gold: { regions: ['Region Nordjylland'], sections: [{ region: 'Region Nordjylland', section: 'Kontakt' }], facts: ['x'] },
};
const line = (o: object) => JSON.stringify(o);
const errorsOf = (o: object) => parseQuestions(line(o)).errors.map((e) => e.message).join('\n');

describe('question schema', () => {
  it('accepts well-formed records', () => {
    const parsed = parseQuestions(toJsonl(tinyRecords));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => r.id)).toEqual(tinyRecords.map((r) => r.id));
  });

  it.each([
    ['no gold and no abstain', { ...good, gold: undefined }, 'needs gold labels or abstain'],
    ['both gold and abstain', { ...good, abstain: true }, 'either gold or abstain'],
    ['abstain in an answerable category', { ...good, gold: undefined, abstain: true }, 'cannot abstain'],
    ['out-of-scope with gold', { ...good, category: 'out-of-scope' }, 'must have abstain'],
    ['follow-up without history', { ...good, category: 'follow-up' }, 'needs the earlier turns'],
    ['multi-region with one region', { ...good, category: 'multi-region' }, 'at least two gold regions'],
    ['section region not among gold regions', { ...good, gold: { ...good.gold, sections: [{ region: 'Helse Nord', section: 'Vår visjon' }] } }, 'is not in gold.regions'],
    ['gold region without a section', { ...good, gold: { ...good.gold, regions: ['Region Nordjylland', 'Helse Nord'] } }, 'has no gold section'],
    ['no facts', { ...good, gold: { ...good.gold, facts: [] } }, 'gold.facts'],
    ['bad id', { ...good, id: 'Fact 1' }, 'id must be'],
    ['unknown language', { ...good, language: 'sv' }, 'language'],
    ['unknown category', { ...good, category: 'trivia' }, 'category'],
    ['unknown field', { ...good, expected: 'x' }, 'expected'],
    ['empty question', { ...good, question: '   ' }, 'question'],
    ['empty history', { ...good, category: 'follow-up', history: [] }, 'history'],
  ])('rejects %s', (_name, record, message) => {
    expect(errorsOf(record)).toContain(message);
  });

  it('reports bad JSON and duplicate ids with their line numbers, and skips blank lines', () => {
    const text = [line(good), '', '{not json', line(good)].join('\n');
    const { records, errors } = parseQuestions(text);
    expect(records).toHaveLength(1);
    expect(errors).toEqual([
      { line: 3, message: expect.stringContaining('not valid JSON') },
      { line: 4, message: 'duplicate id "fact-99" (first on line 1)' },
    ]);
  });
});

describe('eval/questions.jsonl', () => {
  const { records, errors } = parseQuestions(readFileSync('eval/questions.jsonl', 'utf8'));

  it('parses without errors', () => {
    expect(errors).toEqual([]);
  });

  it('has at least 150 questions and the planned mix of categories', () => {
    const count = (c: string) => records.filter((r) => r.category === c).length;
    expect(records.length).toBeGreaterThanOrEqual(150);
    expect(count('factual')).toBeGreaterThanOrEqual(40);
    expect(count('plain-language')).toBeGreaterThanOrEqual(20);
    expect(count('typos')).toBeGreaterThanOrEqual(20);
    expect(count('cross-lingual')).toBeGreaterThanOrEqual(20);
    expect(count('multi-region')).toBeGreaterThanOrEqual(12);
    expect(count('follow-up')).toBeGreaterThanOrEqual(12);
    expect(count('out-of-scope')).toBeGreaterThanOrEqual(16);
    expect(count('injection')).toBeGreaterThanOrEqual(10);
  });

  it('asks cross-lingual questions both ways and writes typo questions without æøå', () => {
    const cross = records.filter((r) => r.category === 'cross-lingual');
    expect(cross.some((r) => r.language === 'da' && r.gold?.regions.includes('Helse Nord'))).toBe(true);
    expect(cross.some((r) => r.language === 'no' && !r.gold?.regions.includes('Helse Nord'))).toBe(true);
    for (const r of records.filter((r) => r.category === 'typos')) expect(r.question).not.toMatch(/[æøåÆØÅ]/);
  });
});
