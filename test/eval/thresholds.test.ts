import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDecisionTable } from '../../src/eval/decision.js';
import type { ModeRun } from '../../src/eval/result.js';
import { checkThresholds, parseThresholds } from '../../src/eval/thresholds.js';

const run = (metrics: Record<string, number | null>, mode: ModeRun['mode'] = 'hybrid'): ModeRun => ({
  mode,
  answerModes: {},
  overall: { count: 1, metrics, decisions: emptyDecisionTable() },
  byCategory: {},
  byRegion: {},
  byLanguage: {},
  results: [],
});

describe('thresholds', () => {
  const thresholds = parseThresholds({ hybrid: { min: { 'hit@5': 0.6, faithfulness: 0.8 }, max: { latencyP95: 1000 } } });

  it('reports values below a minimum, above a maximum, or not measured', () => {
    expect(checkThresholds(run({ 'hit@5': 0.7, faithfulness: 0.9, latencyP95: 500 }), thresholds)).toEqual([]);
    expect(checkThresholds(run({ 'hit@5': 0.5, faithfulness: null, latencyP95: 1500 }), thresholds)).toEqual([
      { mode: 'hybrid', metric: 'hit@5', bound: 'min', limit: 0.6, actual: 0.5 },
      { mode: 'hybrid', metric: 'faithfulness', bound: 'min', limit: 0.8, actual: null },
      { mode: 'hybrid', metric: 'latencyP95', bound: 'max', limit: 1000, actual: 1500 },
    ]);
  });

  it('does not check modes it sets nothing for', () => {
    expect(checkThresholds(run({ 'hit@5': 0 }, 'lexical'), thresholds)).toEqual([]);
  });

  it('rejects unknown metrics and modes', () => {
    expect(() => parseThresholds({ hybrid: { min: { 'hit@7': 0.5 } } })).toThrow(/unknown metric/);
    expect(() => parseThresholds({ bm25: {} })).toThrow(/Invalid thresholds/);
    expect(() => parseThresholds({ hybrid: { min: { 'hit@5': 'high' } } })).toThrow(/Invalid thresholds/);
  });

  it('rejects a minimum on a lower-is-better rate and a maximum on a higher-is-better one', () => {
    expect(() => parseThresholds({ hybrid: { min: { refusedAnswerable: 0.1 } } })).toThrow(/lower is better for refusedAnswerable; bound it with max/);
    expect(() => parseThresholds({ hybrid: { max: { 'hit@5': 0.9 } } })).toThrow(/higher is better for hit@5; bound it with min/);
    const rates = parseThresholds({ hybrid: { max: { refusedAnswerable: 0.1, answeredUnanswerable: 0.05 } } });
    expect(checkThresholds(run({ refusedAnswerable: 0.2, answeredUnanswerable: 0 }), rates)).toEqual([
      { mode: 'hybrid', metric: 'refusedAnswerable', bound: 'max', limit: 0.1, actual: 0.2 },
    ]);
  });

  it.each(['eval/thresholds.json', 'eval/thresholds.citizen.json'])('%s is valid and gates both decision rates', (path) => {
    const file = parseThresholds(JSON.parse(readFileSync(path, 'utf8')));
    expect(Object.keys(file.hybrid?.min ?? {}).length).toBeGreaterThan(5);
    expect(Object.keys(file.hybrid?.max ?? {})).toEqual(expect.arrayContaining(['refusedAnswerable', 'answeredUnanswerable']));
  });
});
