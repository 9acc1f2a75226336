import { describe, expect, it } from 'vitest';
import { CitationChecker } from '../../src/eval/citations.js';
import { citedGoldShare, leadOnTopic, leadSentence } from '../../src/eval/relevance.js';
import type { EvalRecord } from '../../src/eval/schema.js';
import { scoreQuestion } from '../../src/eval/score.js';
import type { AskResponse, Citation } from '../../src/shared/api.js';
import { tinyCorpus } from './fakes.js';

/** Answer relevance without a model, on hand-made answers to a question about waiting times. */

const record: EvalRecord = {
  id: 'r',
  language: 'da',
  category: 'factual',
  question: 'Hvad siger Region A om ventetider?',
  gold: { regions: ['Region A'], sections: [{ region: 'Region A', section: 'Ventetid' }], facts: ['korte ventetider'] },
};
const gold = record.gold!;

const cite = (id: number, section: string, quote: string): Citation => ({
  id,
  region: 'Region A',
  document: 'Strategi for Region A',
  documentId: 'doc-a',
  section,
  quote,
  start: 0,
  end: 1,
  score: 1,
});
const ventetid = cite(1, 'Ventetid', 'Korte ventetider og hurtig udredning for alle patienter.');
const klima = cite(2, 'Klima', 'Region A vil være den grønneste region.');
const energi = cite(3, 'Klima', 'Vi sparer på energien.');

const response = (answer: string, citations: Citation[]): AskResponse => ({
  answer,
  language: 'da',
  abstained: false,
  support: 'direct',
  citations,
  timings: { retrieveMs: 1, totalMs: 1 },
  mode: 'extractive',
});

/** A confident answer about something else: it quotes its (valid) sources word for word. */
const offTopic = response(`Region A skriver i „Klima“:\n• ${klima.quote} [2]\n• ${energi.quote} [3]`, [klima, energi]);

describe('answer relevance proxies', () => {
  it('fail an off-topic answer that citation validity and faithfulness pass', () => {
    const scored = scoreQuestion(record, { response: offTopic, searchQuery: record.question, hits: [], latencyMs: 1 }, { citations: new CitationChecker(tinyCorpus) });
    expect(scored.metrics).toMatchObject({ citationValidity: 1, faithfulness: 1, citedGold: 0, leadOnTopic: 0 });
    expect(scored.failures).toContain('relevance: none of the 2 cited passages is from a gold section');
  });

  it('pass an on-topic answer', () => {
    const onTopic = response(`Region A skriver i „Ventetid“:\n• ${ventetid.quote} [1]`, [ventetid]);
    const scored = scoreQuestion(record, { response: onTopic, searchQuery: record.question, hits: [], latencyMs: 1 }, { citations: new CitationChecker(tinyCorpus) });
    expect(scored.metrics).toMatchObject({ citedGold: 1, leadOnTopic: 1 });
    expect(scored.failures.filter((f) => f.startsWith('relevance'))).toEqual([]);
  });

  it('give partial credit for a mixed answer, and fail one that leads with the tangent', () => {
    const buried = response(`Region A skriver:\n• ${klima.quote} [2]\n• ${ventetid.quote} [1]`, [klima, ventetid]);
    expect(citedGoldShare(buried.citations, gold)).toBe(0.5);
    expect(leadOnTopic(buried.answer, buried.citations, gold)).toBe(0);
    const scored = scoreQuestion(record, { response: buried, searchQuery: record.question, hits: [], latencyMs: 1 }, { citations: new CitationChecker(tinyCorpus) });
    expect(scored.failures).toContain('relevance: the lead neither cites a gold section nor holds a key fact');
  });

  it('take as lead the first sentence that gives something from the documents, skipping lead-ins and hedges', () => {
    const hedged = 'Dokumenterne svarer ikke præcist på det. Det nærmeste er:\n• Korte ventetider for alle [1]';
    expect(leadSentence(hedged)?.text).toBe('• Korte ventetider for alle [1]');
    expect(leadSentence('Regionen vil have korte ventetider.')?.markers).toEqual([]);
    expect(leadSentence('Det står der:')).toBeUndefined();
  });

  it('count a lead holding a key fact as on topic even when its citation is off the gold', () => {
    expect(leadOnTopic('Regionen lover korte ventetider [2]', [klima], gold)).toBe(1);
  });

  it('do not apply without citations or to refusals', () => {
    expect(citedGoldShare([], gold)).toBeNull();
    const refused = scoreQuestion(
      record,
      { response: { ...response('Det ved jeg ikke.', []), abstained: true, support: 'none' }, searchQuery: record.question, hits: [], latencyMs: 1 },
      { citations: new CitationChecker(tinyCorpus) },
    );
    expect(refused.metrics).toMatchObject({ citedGold: null, leadOnTopic: null });
  });
});
