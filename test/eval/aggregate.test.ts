import { describe, expect, it } from 'vitest';
import { aggregate, breakdown, NO_REGION, summarizeRun } from '../../src/eval/aggregate.js';
import { QUESTION_METRICS, type QuestionMetrics, type QuestionResult } from '../../src/eval/result.js';

function result(id: string, patch: Partial<QuestionResult>, metrics: Partial<QuestionMetrics> = {}): QuestionResult {
  const empty = Object.fromEntries(QUESTION_METRICS.map((m) => [m, null])) as QuestionMetrics;
  return {
    id,
    category: 'factual',
    language: 'da',
    question: id,
    expectAbstain: false,
    searchQuery: id,
    hits: [],
    answer: null,
    latencyMs: null,
    abstention: null,
    outcome: 'direct',
    failures: [],
    ...patch,
    metrics: { ...empty, ...metrics },
  };
}

const gold = (...regions: string[]) => ({ regions, sections: regions.map((region) => ({ region, section: 's' })), facts: ['f'] });

describe('aggregation', () => {
  it('averages each metric over the questions it applies to', () => {
    const agg = aggregate([
      result('a', {}, { 'hit@5': 1, faithfulness: null }),
      result('b', {}, { 'hit@5': 0, faithfulness: 0.5 }),
      result('c', {}, { 'hit@5': null, faithfulness: null }),
    ]);
    expect(agg.count).toBe(3);
    expect(agg.metrics['hit@5']).toBe(0.5);
    expect(agg.metrics.faithfulness).toBe(0.5);
    expect(agg.metrics.mrr).toBeNull();
  });

  it('computes abstention precision/recall from outcomes and latency percentiles', () => {
    const agg = aggregate([
      result('a', { abstention: 'tp', latencyMs: 10 }),
      result('b', { abstention: 'fp', latencyMs: 20 }),
      result('c', { abstention: 'fn', latencyMs: 30 }),
      result('d', { abstention: null, latencyMs: null }),
    ]);
    expect(agg.metrics.abstentionPrecision).toBe(0.5);
    expect(agg.metrics.abstentionRecall).toBe(0.5);
    expect(agg.metrics.latencyP50).toBe(20);
    expect(agg.metrics.latencyP95).toBe(30);
  });

  it('breaks down by group, counting a multi-region question in each of its regions', () => {
    const results = [
      result('a', { gold: gold('Region A') }, { 'hit@5': 1 }),
      result('b', { gold: gold('Region A', 'Helse B'), category: 'multi-region' }, { 'hit@5': 0 }),
      result('c', { expectAbstain: true, category: 'injection', language: 'no' }, { abstentionCorrect: 1 }),
    ];
    const byRegion = breakdown(results, (r) => r.gold?.regions ?? [NO_REGION]);
    expect(Object.keys(byRegion)).toEqual([NO_REGION, 'Helse B', 'Region A']);
    expect(byRegion['Region A'].count).toBe(2);
    expect(byRegion['Region A'].metrics['hit@5']).toBe(0.5);
    expect(byRegion['Helse B'].metrics['hit@5']).toBe(0);

    const run = summarizeRun('hybrid', results);
    expect(Object.keys(run.byCategory)).toEqual(['factual', 'injection', 'multi-region']);
    expect(run.byLanguage.no.count).toBe(1);
    expect(run.answerModes).toEqual({});
  });

  it('handles an empty run', () => {
    const agg = aggregate([]);
    expect(agg.count).toBe(0);
    expect(agg.metrics['hit@1']).toBeNull();
    expect(agg.metrics.latencyP95).toBeNull();
  });
});
