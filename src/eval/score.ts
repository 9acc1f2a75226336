import type { AskResponse, Language, SearchHit } from '../shared/api.js';
import { citationValidity, type CitationChecker } from './citations.js';
import { decisionMetrics, goldDecisionOf, outcomeOf } from './decision.js';
import { faithfulness } from './faithfulness.js';
import {
  abstentionOutcome,
  framingLanguageMatch,
  framingText,
  goldIndexOf,
  matchFacts,
  ndcgAt,
  reciprocalRank,
  regionCoverage,
  regionHitAt1,
  sectionHitAt,
} from './metrics.js';
import { citedGoldShare, leadOnTopic } from './relevance.js';
import { QUESTION_METRICS, type CitationResult, type FailureKind, type HitResult, type QuestionMetrics, type QuestionResult } from './result.js';
import type { EvalRecord } from './schema.js';

/** Turns one question's record and the system's output into metrics and readable failures. */

export interface ScoringContext {
  citations: CitationChecker;
  /** Language of a piece of text (the answer's framing); without it framing language is not measured. */
  detectLanguage?: (text: string) => Language | undefined;
}

export interface QuestionOutcome {
  response?: AskResponse;
  /** Why ask failed, if it did (then `response` is missing). */
  askError?: string;
  /** Why search failed, if it did (then `hits` is empty). */
  searchError?: string;
  searchQuery: string;
  hits: SearchHit[];
  latencyMs: number | null;
}

const EMPTY_METRICS = (): QuestionMetrics => Object.fromEntries(QUESTION_METRICS.map((m) => [m, null])) as QuestionMetrics;

const percent = (x: number) => `${Math.round(x * 100)}%`;
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function scoreQuestion(record: EvalRecord, outcome: QuestionOutcome, ctx: ScoringContext): QuestionResult {
  const metrics = EMPTY_METRICS();
  const failures: string[] = [];
  const fail = (kind: FailureKind, message: string) => failures.push(`${kind}: ${message}`);
  const gold = record.gold;
  const expectAbstain = record.abstain === true;

  const hits: HitResult[] = outcome.hits.map((h, i) => ({
    rank: i + 1,
    region: h.region,
    documentId: h.documentId,
    section: h.section,
    score: h.score,
    gold: gold ? goldIndexOf(h, gold.sections) >= 0 : false,
    text: h.text,
    goldFacts: gold ? matchFacts(h.text, gold.facts).found : [],
  }));

  if (outcome.searchError) fail('error', `search failed: ${outcome.searchError}`);
  if (gold && !outcome.searchError) {
    metrics['hit@1'] = sectionHitAt(outcome.hits, gold.sections, 1);
    metrics['hit@3'] = sectionHitAt(outcome.hits, gold.sections, 3);
    metrics['hit@5'] = sectionHitAt(outcome.hits, gold.sections, 5);
    metrics['regionHit@1'] = regionHitAt1(outcome.hits, gold.regions);
    metrics.mrr = reciprocalRank(outcome.hits, gold.sections);
    metrics['ndcg@5'] = ndcgAt(outcome.hits, gold.sections, 5);
    metrics.factsRetrieved = new Set(hits.slice(0, 5).flatMap((h) => h.goldFacts)).size / gold.facts.length;
    if (metrics['hit@5'] === 0) fail('retrieval', 'no gold section in the top 5 hits');
  }

  const response = outcome.response;
  const decided = outcomeOf(response);
  Object.assign(metrics, decisionMetrics(goldDecisionOf(expectAbstain), decided));
  if (outcome.askError) fail('error', `ask failed: ${outcome.askError}`);
  if (!response) {
    // A failed call is a wrong answer, not a missing measurement: it must pull the averages down.
    metrics.abstentionCorrect = 0;
    metrics.languageMatch = 0;
    if (gold) Object.assign(metrics, { factHit: 0, factRecall: 0, regionCoverage: 0 });
    return baseResult(record, outcome, hits, metrics, failures, null, null, decided);
  }

  const verdicts = response.citations.map((c) => ctx.citations.check(c));
  const citations: CitationResult[] = response.citations.map((c, i) => ({
    id: c.id,
    region: c.region,
    documentId: c.documentId,
    document: c.document,
    section: c.section,
    quote: c.quote,
    verdict: verdicts[i],
  }));
  citations.forEach((c) => {
    if (c.verdict !== 'valid') fail('citations', `[${c.id}] ${c.verdict}: ${c.region} › ${c.section}: “${clip(c.quote, 60)}”`);
  });
  metrics.citationValidity = citationValidity(verdicts);

  const outcomeOfAbstention = abstentionOutcome(expectAbstain, response.abstained);
  metrics.abstentionCorrect = outcomeOfAbstention === 'tp' || outcomeOfAbstention === 'tn' ? 1 : 0;
  if (outcomeOfAbstention === 'fn') fail('abstention', `answered (${decided}) a question it must refuse`);
  if (outcomeOfAbstention === 'fp') fail('abstention', 'refused a question the documents answer');

  metrics.languageMatch = response.language === record.language ? 1 : 0;
  if (metrics.languageMatch === 0) fail('language', `responded in ${response.language}, asked in ${record.language}`);
  metrics.framingLanguage = framingLanguageMatch(framingText(response.answer, response.citations), record.language, ctx.detectLanguage);
  if (metrics.framingLanguage === 0) fail('language', `the answer's own words are not ${record.language}`);

  if (gold) {
    const facts = matchFacts(response.answer, gold.facts);
    metrics.factHit = facts.found.length > 0 ? 1 : 0;
    metrics.factRecall = facts.found.length / gold.facts.length;
    if (!response.abstained && metrics.factHit === 0) fail('facts', `none of ${gold.facts.map((f) => `“${f}”`).join(', ')}`);
    metrics.regionCoverage = regionCoverage(response.citations, gold.regions, gold.minRegions);
    if (!response.abstained && metrics.regionCoverage !== null && metrics.regionCoverage < 1) {
      const cited = new Set(response.citations.map((c) => c.region));
      fail('regions', `cites none from ${gold.regions.filter((r) => !cited.has(r)).join(', ')}`);
    }
    if (!response.abstained && response.citations.length === 0) fail('citations', 'the answer cites nothing');
    if (!response.abstained) {
      metrics.citedGold = citedGoldShare(response.citations, gold);
      metrics.leadOnTopic = leadOnTopic(response.answer, response.citations, gold);
      if (metrics.citedGold === 0) fail('relevance', `none of the ${response.citations.length} cited passages is from a gold section`);
      else if (metrics.leadOnTopic === 0) fail('relevance', 'the lead neither cites a gold section nor holds a key fact');
    }
  }

  if (!response.abstained) {
    const faith = faithfulness(response.answer, response.citations);
    metrics.faithfulness = faith.score;
    const unsupported = faith.claims.filter((c) => !c.supported);
    if (unsupported.length) {
      fail(
        'faithfulness',
        `${unsupported.length} of ${faith.claims.length} claims unsupported (${percent(faith.score ?? 0)} supported), e.g. “${clip(unsupported[0].text)}”`,
      );
    }
  }

  return baseResult(record, outcome, hits, metrics, failures, outcomeOfAbstention, {
    text: response.answer,
    language: response.language,
    abstained: response.abstained,
    support: response.support ?? (response.abstained ? 'none' : 'direct'),
    mode: response.mode,
    fallbackReason: response.fallbackReason,
    standaloneQuestion: response.standaloneQuestion,
    citations,
    serverMs: response.timings.totalMs,
  }, decided);
}

function baseResult(
  record: EvalRecord,
  outcome: QuestionOutcome,
  hits: HitResult[],
  metrics: QuestionMetrics,
  failures: string[],
  abstention: QuestionResult['abstention'],
  answer: QuestionResult['answer'],
  decided: QuestionResult['outcome'],
): QuestionResult {
  return {
    id: record.id,
    category: record.category,
    language: record.language,
    question: record.question,
    history: record.history,
    expectAbstain: record.abstain === true,
    gold: record.gold,
    searchQuery: outcome.searchQuery,
    hits,
    answer,
    latencyMs: outcome.latencyMs,
    metrics,
    abstention,
    outcome: decided,
    failures,
  };
}
