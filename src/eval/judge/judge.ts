import type { QuestionResult } from '../result.js';
import type { JudgeCache } from './cache.js';
import { judgeCacheKey } from './cache.js';
import { JudgeCallError, type JudgeModel } from './client.js';
import { renderJudgePrompt, type JudgeInput, type JudgePassage, type JudgePrompts } from './prompts.js';
import { JUDGE_METRIC_KEYS, JUDGE_METRICS, type JudgeMetric, type JudgeRunSummary, type JudgeVerdict } from './types.js';
import { parseVerdict } from './verdicts.js';
import { agreements, PASS_AT } from './agreement.js';

/**
 * The optional model judge over a run's results: RAGAS-style faithfulness and answer relevancy for every
 * answer given (direct or related), context precision and recall for every question with gold. It adds
 * each verdict to the question (`judge`) and its score to the question's metrics, so judge scores are
 * averaged and broken down like every other metric. A failed or timed-out call is recorded on the
 * question and counted in the summary; it never fails the run.
 */

export interface Judge {
  model: JudgeModel;
  prompts: JudgePrompts;
  cache?: JudgeCache;
  /** Judge calls in flight at once. */
  concurrency: number;
}

interface Task {
  result: QuestionResult;
  metric: JudgeMetric;
  input: JudgeInput;
}

/** What the judge reads as the question: a follow-up with the asker's earlier turns before it. */
function questionText(r: QuestionResult): string {
  const earlier = r.history?.filter((t) => t.role === 'user').map((t) => t.content) ?? [];
  return [...earlier, r.question].join('\n');
}

function tasksOf(r: QuestionResult): Task[] {
  const tasks: Task[] = [];
  const base = { language: r.language, question: questionText(r), answer: r.answer?.text ?? '', reference: r.gold?.facts ?? [] };
  if (r.answer && (r.outcome === 'direct' || r.outcome === 'related')) {
    const cited: JudgePassage[] = r.answer.citations.map((c) => ({ source: `${c.region} · ${c.document} · ${c.section}`, text: c.quote }));
    tasks.push({ result: r, metric: 'faithfulness', input: { ...base, passages: cited } });
    tasks.push({ result: r, metric: 'answerRelevancy', input: { ...base, passages: [] } });
  }
  if (r.gold && r.hits.length) {
    const retrieved: JudgePassage[] = r.hits.map((h) => ({ source: `${h.region} · ${h.section}`, text: h.text }));
    tasks.push({ result: r, metric: 'contextPrecision', input: { ...base, passages: retrieved } });
    tasks.push({ result: r, metric: 'contextRecall', input: { ...base, passages: retrieved } });
  }
  return tasks;
}

/** Runs `work` over items with at most `limit` in flight. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

async function judgeOne(judge: Judge, task: Task): Promise<JudgeVerdict> {
  const prompt = renderJudgePrompt(judge.prompts, task.metric, task.input);
  const key = judgeCacheKey({ model: judge.model.name, metric: task.metric, promptVersion: judge.prompts.version, ...prompt });
  const expected = { passages: task.input.passages.length, facts: task.input.reference };
  const cachedReply = await judge.cache?.get(key);
  if (cachedReply !== undefined) {
    try {
      return { ...parseVerdict(task.metric, cachedReply, expected), cached: true };
    } catch {
      // A cached reply the scorer no longer accepts is asked again.
    }
  }
  let reply: string;
  try {
    reply = await judge.model.complete(prompt);
  } catch (error) {
    if (error instanceof JudgeCallError) return { score: null, error: `${error.reason}: ${error.message}` };
    return { score: null, error: `error: ${error instanceof Error ? error.message : String(error)}` };
  }
  let verdict: JudgeVerdict;
  try {
    verdict = parseVerdict(task.metric, reply, expected);
  } catch (error) {
    return { score: null, error: `invalid reply: ${(error as Error).message}` };
  }
  await judge.cache?.set(key, { metric: task.metric, model: judge.model.name, promptVersion: judge.prompts.version, question: task.input.question, reply });
  return verdict;
}

const JUDGE_LABELS: Record<JudgeMetric, string> = {
  faithfulness: 'faithfulness',
  answerRelevancy: 'answer relevancy',
  contextPrecision: 'context precision',
  contextRecall: 'context recall',
};

/** The kind of a verdict's error ("timeout", "invalid reply" …), for the summary's counts. */
const errorKind = (error: string) => error.split(':')[0];

export async function judgeResults(
  results: readonly QuestionResult[],
  judge: Judge,
  onJudged?: (done: number, total: number, failed: boolean) => void,
): Promise<JudgeRunSummary> {
  const tasks = results.flatMap(tasksOf);
  const summary: JudgeRunSummary = { model: judge.model.name, promptVersion: judge.prompts.version, judged: 0, cached: 0, failed: 0, errors: {}, agreement: [] };
  await forEachLimited(tasks, judge.concurrency, async (task) => {
    const verdict = await judgeOne(judge, task);
    task.result.judge = { ...task.result.judge, [task.metric]: verdict };
    task.result.metrics[JUDGE_METRIC_KEYS[task.metric]] = verdict.score;
    if (verdict.score !== null && verdict.score < PASS_AT) {
      const why = verdict.notes?.[0] ? `: ${verdict.notes[0]}` : '';
      task.result.failures.push(`judge: ${JUDGE_LABELS[task.metric]} ${Math.round(verdict.score * 100)}%${why}`);
    }
    summary.judged++;
    if (verdict.cached) summary.cached++;
    if (verdict.error) {
      summary.failed++;
      const kind = errorKind(verdict.error);
      summary.errors[kind] = (summary.errors[kind] ?? 0) + 1;
    }
    onJudged?.(summary.judged, tasks.length, verdict.error !== undefined);
  });
  for (const r of results) {
    // A stable order in report.json, whatever order the calls finished in.
    if (r.judge) r.judge = Object.fromEntries(JUDGE_METRICS.filter((m) => r.judge?.[m]).map((m) => [m, r.judge?.[m]]));
  }
  summary.agreement = agreements(results);
  return summary;
}
