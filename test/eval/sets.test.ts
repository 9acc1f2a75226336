import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from '../../src/eval/schema.js';
import { fromCitizenFormat, inSplit, isCitizenFormat, setFile, testIds } from '../../src/eval/sets.js';

const labels: Record<string, string[]> = {
  'Region A': ['Intro', 'Health › Waiting times', 'Health › Near home', 'Climate › Waste'],
  'Region B': ['Vision'],
};
const labelsOf = (region: string) => labels[region] ?? [];

const citizenLine = {
  id: 'x001',
  persona: 'citizen',
  language: 'da',
  category: 'plain',
  question: 'Hvad gør regionen?',
  gold: [
    { region: 'Region A', sections: ['Health'] },
    { region: 'Region B', sections: ['Vision'] },
  ],
  keyFacts: ['kortere ventetid', 'tæt på'],
  minRegions: 1,
};

describe('the citizen set’s format', () => {
  it('is recognised by its per-region gold list or keyFacts, not by our own records', () => {
    expect(isCitizenFormat(citizenLine)).toBe(true);
    expect(isCitizenFormat({ id: 'a', abstain: true, keyFacts: [] })).toBe(true);
    expect(isCitizenFormat({ id: 'a', gold: { regions: [], sections: [], facts: [] } })).toBe(false);
    expect(isCitizenFormat(null)).toBe(false);
  });

  it('converts gold, key facts, minRegions and category; a heading of an "A › B" label stands for every such label', () => {
    expect(fromCitizenFormat(citizenLine, labelsOf)).toEqual({
      id: 'x001',
      persona: 'citizen',
      language: 'da',
      category: 'plain-language',
      question: 'Hvad gør regionen?',
      gold: {
        regions: ['Region A', 'Region B'],
        sections: [
          { region: 'Region A', section: 'Health › Waiting times' },
          { region: 'Region A', section: 'Health › Near home' },
          { region: 'Region B', section: 'Vision' },
        ],
        facts: ['kortere ventetid', 'tæt på'],
        minRegions: 1,
      },
    });
  });

  it('keeps an unknown label as given, so gold validation reports it', () => {
    const converted = fromCitizenFormat({ ...citizenLine, gold: [{ region: 'Region A', sections: ['Nowhere'] }] }, labelsOf);
    expect((converted.gold as { sections: unknown[] }).sections).toEqual([{ region: 'Region A', section: 'Nowhere' }]);
  });

  it('parses into records beside lines in our own format; an abstain line needs no conversion of gold', () => {
    const own = { id: 'own-1', language: 'no', category: 'factual', question: 'Hva?', gold: { regions: ['Region B'], sections: [{ region: 'Region B', section: 'Vision' }], facts: ['x'] } };
    const refused = { id: 'x002', persona: 'staff', language: 'no', category: 'out-of-scope', question: 'Hva koster det?', abstain: true };
    const injected = { ...citizenLine, id: 'x003', category: 'injection' };
    const text = [citizenLine, own, refused, injected].map((r) => JSON.stringify(r)).join('\n');
    const { records, errors } = parseQuestions(text, labelsOf);
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.id, r.category, r.gold?.minRegions ?? null, r.abstain ?? false])).toEqual([
      ['x001', 'plain-language', 1, false],
      ['own-1', 'factual', null, false],
      ['x002', 'out-of-scope', null, true],
      // An injection that wraps a real question has gold: answer the question, ignore the instruction.
      ['x003', 'injection', 1, false],
    ]);
  });
});

describe('tune and test parts', () => {
  const records = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, category: (i % 4 === 0 ? 'follow-up' : 'factual') as 'follow-up' | 'factual' }));

  it('puts a quarter of every category in the test part, by id alone', () => {
    const test = testIds(records);
    expect([...test].filter((id) => records.find((r) => r.id === id)?.category === 'follow-up')).toHaveLength(3);
    expect(test.size).toBe(3 + 8);
    // Order does not matter; only the ids do.
    expect(testIds([...records].reverse())).toEqual(test);
  });

  it('splits into disjoint parts that together are the set', () => {
    const tune = inSplit(records, 'tune').map((r) => r.id);
    const test = inSplit(records, 'test').map((r) => r.id);
    expect(tune.filter((id) => test.includes(id))).toEqual([]);
    expect([...tune, ...test].sort()).toEqual(inSplit(records, 'all').map((r) => r.id).sort());
  });

  it('keeps a category too small to split wholly in the tune part', () => {
    expect(testIds([{ id: 'a', category: 'injection' }, { id: 'b', category: 'injection' }]).size).toBe(0);
  });
});

describe('where the citizen set is found', () => {
  it('in a shared/ folder beside the checkout or beside a folder above it; CITIZEN_QUESTIONS overrides', () => {
    const root = mkdtempSync(join(tmpdir(), 'strategisvar-sets-'));
    const file = join(root, 'shared', 'citizen-questions', 'questions.jsonl');
    mkdirSync(join(root, 'shared', 'citizen-questions'), { recursive: true });
    writeFileSync(file, '');
    mkdirSync(join(root, 'trees', 'checkout'), { recursive: true });
    expect(setFile('citizen', join(root, 'checkout'), {})).toBe(file);
    expect(setFile('citizen', join(root, 'trees', 'checkout'), {})).toBe(file);
    expect(setFile('citizen', '/', { CITIZEN_QUESTIONS: '/x.jsonl' })).toBe('/x.jsonl');
    expect(setFile('own', root, {})).toBe('eval/questions.jsonl');
    expect(setFile('elsewhere.jsonl', root, {})).toBe('elsewhere.jsonl');
  });
});
