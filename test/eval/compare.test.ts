import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/eval/compare.js';
import { emptyDecisionTable } from '../../src/eval/decision.js';
import type { EvalReport } from '../../src/eval/report.js';
import { QUESTION_METRICS, type ModeRun, type QuestionMetrics, type QuestionResult } from '../../src/eval/result.js';

const empty = Object.fromEntries(QUESTION_METRICS.map((m) => [m, null])) as QuestionMetrics;
const q = (id: string, failures: string[], outcome: QuestionResult['outcome'] = 'direct', expectAbstain = false): QuestionResult => ({
  id,
  category: 'factual',
  language: 'da',
  question: `question ${id}`,
  expectAbstain,
  searchQuery: id,
  hits: [],
  answer: null,
  latencyMs: 5,
  metrics: empty,
  abstention: null,
  outcome,
  failures,
});

const run = (mode: ModeRun['mode'], metrics: Record<string, number | null>, results: QuestionResult[]): ModeRun => ({
  mode,
  answerModes: {},
  overall: { count: results.length, metrics, decisions: emptyDecisionTable() },
  byCategory: {},
  byRegion: {},
  byLanguage: {},
  results,
});

const report = (runId: string, runs: ModeRun[]): EvalReport => ({
  version: 1,
  runId,
  createdAt: '2025-01-01T00:00:00.000Z',
  target: { kind: 'in-process' },
  config: { modes: runs.map((r) => r.mode), questionsFile: 'q', totalQuestions: 3, filters: {}, generative: false },
  runs,
});

describe('compareReports', () => {
  const base = report('old', [
    run('hybrid', { 'hit@5': 0.8, faithfulness: null, latencyP95: 100 }, [q('a', ['x']), q('b', []), q('gone', [])]),
    run('lexical', { 'hit@5': 0.5 }, []),
  ]);
  const head = report('new', [
    run('hybrid', { 'hit@5': 0.9, faithfulness: 0.7, latencyP95: 80 }, [q('a', []), q('b', ['y', 'z']), q('new', ['w'])]),
    run('dense', { 'hit@5': 0.4 }, []),
  ]);
  const comparison = compareReports(base, head);

  it('compares only modes both reports ran', () => {
    expect(comparison.baseRunId).toBe('old');
    expect(comparison.modes.map((m) => m.mode)).toEqual(['hybrid']);
  });

  it('computes metric deltas, null where either side is unmeasured', () => {
    const deltas = Object.fromEntries(comparison.modes[0].metrics.map((d) => [d.metric, d]));
    expect(deltas['hit@5'].delta).toBeCloseTo(0.1);
    expect(deltas.latencyP95.delta).toBe(-20);
    expect(deltas.faithfulness).toEqual({ metric: 'faithfulness', base: null, head: 0.7, delta: null });
    expect(deltas.mrr.delta).toBeNull();
  });

  it('lists questions with fewer failures as better and more as worse, and ids only one side has', () => {
    const m = comparison.modes[0];
    expect(m.better.map((c) => c.id)).toEqual(['a']);
    expect(m.worse).toEqual([{ id: 'b', category: 'factual', question: 'question b', baseFailures: [], headFailures: ['y', 'z'] }]);
    expect(m.onlyInBase).toEqual(['gone']);
    expect(m.onlyInHead).toEqual(['new']);
  });
});

describe('changed outcomes', () => {
  it('lists questions whose outcome changed, worse first, judged against what the gold asks for', () => {
    const base = report('old', [
      run('hybrid', {}, [q('a', [], 'direct'), q('b', [], 'refused'), q('c', [], 'refused', true), q('d', [], 'refused'), q('e', [], 'direct')]),
    ]);
    const head = report('new', [
      run('hybrid', {}, [q('a', [], 'related'), q('b', [], 'direct'), q('c', [], 'related', true), q('d', [], 'error'), q('e', [], 'direct')]),
    ]);
    const changes = compareReports(base, head).modes[0].outcomeChanges;
    expect(changes.map((c) => `${c.id} ${c.base}→${c.head} ${c.direction}`)).toEqual([
      'a direct→related worse',
      'c refused→related worse',
      'd refused→error same',
      'b refused→direct better',
    ]);
  });

  it('reads outcomes from answers in reports written before outcomes were stored', () => {
    const old = { ...q('a', []), outcome: undefined, answer: { abstained: true } } as unknown as QuestionResult;
    const changes = compareReports(report('old', [run('hybrid', {}, [old])]), report('new', [run('hybrid', {}, [q('a', [])])])).modes[0].outcomeChanges;
    expect(changes).toMatchObject([{ id: 'a', base: 'refused', head: 'direct', direction: 'better' }]);
  });
});
