import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModeRun } from '../../src/eval/result.js';
import { checkThresholds, parseThresholds } from '../../src/eval/thresholds.js';

const run = (metrics: Record<string, number | null>, mode: ModeRun['mode'] = 'hybrid'): ModeRun => ({
  mode,
  answerModes: {},
  overall: { count: 1, metrics },
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

  it('eval/thresholds.json is valid and sets hybrid minimums', () => {
    const file = parseThresholds(JSON.parse(readFileSync('eval/thresholds.json', 'utf8')));
    expect(Object.keys(file.hybrid?.min ?? {}).length).toBeGreaterThan(5);
  });
});
