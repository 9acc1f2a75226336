import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEvalCorpus } from '../../src/eval/load-corpus.js';
import { parseQuestions, type EvalRecord } from '../../src/eval/schema.js';
import { validateGold } from '../../src/eval/validate.js';
import { tinyCorpus, tinyRecords } from './fakes.js';

const withSection = (section: { region: string; document?: string; section: string }, regions = [section.region]): EvalRecord => ({
  id: 'x',
  language: 'da',
  category: 'factual',
  question: 'q',
  gold: { regions, sections: [section], facts: ['f'] },
});

describe('gold label check', () => {
  it('passes labels that exist and lists corpus sections no question covers', () => {
    const result = validateGold(tinyRecords, tinyCorpus);
    expect(result.problems).toEqual([]);
    expect(result.uncovered).toEqual([]);
    const onlyOne = validateGold(tinyRecords.slice(0, 1), tinyCorpus);
    expect(onlyOne.uncovered.map((u) => u.section)).toEqual(['Klima', 'Visjon']);
  });

  it('catches a made-up section, region or document', () => {
    const problems = (r: EvalRecord) => validateGold([r], tinyCorpus).problems.map((p) => p.message);
    expect(problems(withSection({ region: 'Region A', section: 'Sundhed › Findes ikke' }))).toEqual(['no section "Sundhed › Findes ikke" in Region A']);
    expect(problems(withSection({ region: 'Region Z', section: 'Ventetid' }))).toEqual([
      'unknown region "Region Z" (known: Region A, Helse B)',
      'no document from "Region Z"',
    ]);
    expect(problems(withSection({ region: 'Region A', document: 'doc-z', section: 'Ventetid' }))).toEqual(['unknown document "doc-z"']);
    expect(problems(withSection({ region: 'Region A', document: 'doc-b', section: 'Visjon' }))).toEqual(['document "doc-b" is not from Region A']);
    expect(problems(withSection({ region: 'Helse B', document: 'doc-b', section: 'Ventetid' }))).toEqual(['no section "Ventetid" in doc-b']);
  });

  it('catches a key fact that its gold sections do not contain', () => {
    const record = (facts: string[]): EvalRecord => ({ ...withSection({ region: 'Region A', section: 'Ventetid' }), gold: { regions: ['Region A'], sections: [{ region: 'Region A', section: 'Ventetid' }], facts } });
    expect(validateGold([record(['korte ventetider', 'AMBULANCEN', 'helikopter|hurtig udredning'])], tinyCorpus).problems).toEqual([]);
    expect(validateGold([record(['grønneste', 'helikopter'])], tinyCorpus).problems).toEqual([
      { id: 'x', kind: 'fact', message: 'fact "grønneste" is not in the text of its gold sections' },
      { id: 'x', kind: 'fact', message: 'fact "helikopter" is not in the text of its gold sections' },
    ]);
    // A section's heading is part of what an answer citing it can say.
    expect(validateGold([record(['ventetid'])], tinyCorpus).problems).toEqual([]);
  });
});

describe('eval/questions.jsonl against the real corpus', () => {
  it('uses only sections the sectionizer produces, and covers every one of them', async () => {
    const corpus = await loadEvalCorpus('corpus');
    const { records } = parseQuestions(readFileSync('eval/questions.jsonl', 'utf8'));
    const result = validateGold(records, corpus);
    expect(result.problems).toEqual([]);
    expect(result.uncovered).toEqual([]);
  });
});
