import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/eval/aggregate.js';
import { CitationChecker } from '../../src/eval/citations.js';
import { decisionMetrics, decisionTable, outcomeOf } from '../../src/eval/decision.js';
import { headline } from '../../src/eval/format.js';
import type { EvalRecord } from '../../src/eval/schema.js';
import { scoreQuestion } from '../../src/eval/score.js';
import type { AskResponse } from '../../src/shared/api.js';
import { tinyCorpus } from './fakes.js';

/** The answer/abstain decision on hand-made cases: what counts as a refusal, an answer, and how related counts. */

const ctx = { citations: new CitationChecker(tinyCorpus) };

const answerable: EvalRecord = {
  id: 'a',
  language: 'da',
  category: 'factual',
  question: 'Hvad siger Region A om ventetider?',
  gold: { regions: ['Region A'], sections: [{ region: 'Region A', section: 'Ventetid' }], facts: ['korte ventetider'] },
};
const unanswerable: EvalRecord = { id: 'u', language: 'da', category: 'out-of-scope', question: 'Hvornår åbner kantinen?', abstain: true };

const base = { language: 'da', timings: { retrieveMs: 1, totalMs: 1 }, mode: 'extractive' } as const;
const refusal: AskResponse = { ...base, answer: 'Det står der ikke noget om i dokumenterne.', abstained: true, support: 'none', citations: [] };
const quote = 'Region A vil være den grønneste region.';
const klima = { id: 1, region: 'Region A', document: 'Strategi for Region A', documentId: 'doc-a', section: 'Klima', quote, start: 0, end: 1, score: 1 };
const direct: AskResponse = { ...base, answer: `Region A skriver:\n• ${quote} [1]`, abstained: false, support: 'direct', citations: [klima] };
const related: AskResponse = { ...direct, support: 'related', answer: `Dokumenterne svarer ikke præcist på det. Det nærmeste er:\n• ${quote} [1]` };

const score = (record: EvalRecord, response?: AskResponse) =>
  scoreQuestion(record, { response, askError: response ? undefined : 'boom', searchQuery: record.question, hits: [], latencyMs: 1 }, ctx);

describe('outcome of a response', () => {
  it('reads support, and falls back to abstained for servers that predate it', () => {
    expect(outcomeOf(direct)).toBe('direct');
    expect(outcomeOf(related)).toBe('related');
    expect(outcomeOf(refusal)).toBe('refused');
    expect(outcomeOf(undefined)).toBe('error');
    expect(outcomeOf({ abstained: true })).toBe('refused');
    expect(outcomeOf({ abstained: false })).toBe('direct');
  });
});

describe('decision metrics per question', () => {
  it('a refused answerable question is a refusal, not a direct answer, and fails', () => {
    const r = score(answerable, refusal);
    expect(r.outcome).toBe('refused');
    expect(r.metrics).toMatchObject({ refusedAnswerable: 1, directAnswerable: 0, answeredUnanswerable: null });
    expect(r.failures).toContain('abstention: refused a question the documents answer');
  });

  it('an answered unanswerable question counts as answered and fails, also when the answer is related', () => {
    const r = score(unanswerable, direct);
    expect(r.outcome).toBe('direct');
    expect(r.metrics).toMatchObject({ refusedAnswerable: null, directAnswerable: null, answeredUnanswerable: 1 });
    expect(r.failures).toContain('abstention: answered (direct) a question it must refuse');
    const hedged = score(unanswerable, related);
    expect(hedged.metrics.answeredUnanswerable).toBe(1);
    expect(hedged.failures).toContain('abstention: answered (related) a question it must refuse');
  });

  it('a related answer to an answerable question is neither a refusal nor a direct answer', () => {
    const r = score(answerable, related);
    expect(r.outcome).toBe('related');
    expect(r.metrics).toMatchObject({ refusedAnswerable: 0, directAnswerable: 0 });
    expect(r.failures.some((f) => f.startsWith('abstention'))).toBe(false);
  });

  it('a failed call counts against both rates', () => {
    expect(score(answerable).metrics).toMatchObject({ refusedAnswerable: 1, directAnswerable: 0 });
    expect(score(unanswerable).metrics).toMatchObject({ answeredUnanswerable: 1 });
    expect(decisionMetrics('unanswerable', 'refused')).toEqual({ refusedAnswerable: null, directAnswerable: null, answeredUnanswerable: 0 });
  });
});

describe('the confusion table', () => {
  const results = [
    score(answerable, direct),
    score(answerable, related),
    score(answerable, refusal),
    score(answerable),
    score(unanswerable, refusal),
    score(unanswerable, related),
  ];

  it('counts outcome against gold decision', () => {
    expect(decisionTable(results)).toEqual({
      answerable: { direct: 1, related: 1, refused: 1, error: 1 },
      unanswerable: { direct: 0, related: 1, refused: 1, error: 0 },
    });
  });

  it('gives the headline rates with their counts', () => {
    const agg = aggregate(results);
    expect(agg.metrics.refusedAnswerable).toBe(0.5);
    expect(agg.metrics.directAnswerable).toBe(0.25);
    expect(agg.metrics.answeredUnanswerable).toBe(0.5);
    expect(headline(agg)).toEqual(['Refused (answerable) 50.0% (2/4)', 'Direct (answerable) 25.0% (1/4)', 'Answered (unanswerable) 50.0% (1/2)']);
  });
});
