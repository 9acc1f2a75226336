import type { AskRequest, AskResponse, RetrievalMode, SearchHit } from '../shared/api.js';
import { summarizeRun } from './aggregate.js';
import { judgeResults, type Judge } from './judge/judge.js';
import type { ModeRun, QuestionResult } from './result.js';
import type { EvalRecord } from './schema.js';
import { scoreQuestion, type QuestionOutcome, type ScoringContext } from './score.js';

/**
 * Runs the suite against anything that can ask and search: the in-process Engine or a server over HTTP.
 * Questions run one at a time so latencies are not inflated by each other.
 */

export interface EvalTarget {
  ask(request: AskRequest, options: { mode: RetrievalMode }): Promise<AskResponse>;
  search(query: string, k: number, mode: RetrievalMode): Promise<SearchHit[]>;
}

/** Hits scored by the retrieval metrics. */
export const SEARCH_K = 5;

export interface RunOptions {
  records: readonly EvalRecord[];
  target: EvalTarget;
  mode: RetrievalMode;
  scoring: ScoringContext;
  /** Which part of the set a question is in (tune or frozen test), so the two can be reported side by side. */
  partOf?: (id: string) => 'tune' | 'test';
  /** The optional model judge; its verdicts join each question's metrics before they are summed up. */
  judge?: Judge;
  onResult?: (result: QuestionResult, done: number, total: number) => void;
  onJudged?: (done: number, total: number, failed: boolean) => void;
}

export async function runMode(options: RunOptions): Promise<ModeRun> {
  const { records, target, mode, scoring, onResult } = options;
  const results: QuestionResult[] = [];
  for (const record of records) {
    const result = scoreQuestion(record, await collect(record, target, mode), scoring);
    if (options.partOf) result.part = options.partOf(record.id);
    results.push(result);
    onResult?.(result, results.length, records.length);
  }
  const judge = options.judge ? await judgeResults(results, options.judge, options.onJudged) : undefined;
  return { ...summarizeRun(mode, results), ...(judge ? { judge } : {}) };
}

/** Asks first: a follow-up's search uses the standalone question the answer reports. */
async function collect(record: EvalRecord, target: EvalTarget, mode: RetrievalMode): Promise<QuestionOutcome> {
  const request: AskRequest = { question: record.question, ...(record.history ? { history: record.history } : {}) };
  const outcome: QuestionOutcome = { searchQuery: record.question, hits: [], latencyMs: null };
  const started = performance.now();
  try {
    outcome.response = await target.ask(request, { mode });
    outcome.latencyMs = Math.round(performance.now() - started);
    outcome.searchQuery = outcome.response.standaloneQuestion ?? record.question;
  } catch (error) {
    outcome.askError = messageOf(error);
  }
  try {
    outcome.hits = await target.search(outcome.searchQuery, SEARCH_K, mode);
  } catch (error) {
    outcome.searchError = messageOf(error);
  }
  return outcome;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
