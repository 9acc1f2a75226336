import { PerformanceObserver, constants } from 'node:perf_hooks';
import { percentile } from '../eval/metrics.js';

/**
 * What each ask costs in-process, in CPU time (this process's, garbage collection included) rather than wall
 * time: on a shared machine CPU time moves far less with what else runs. Over HTTP one slow ask holds up every
 * request queued behind it on that event loop, so the spread matters as much as the mean: per ask (p50 to
 * max), per question (the median of its rounds: is the tail a few costly questions, or noise and GC that hit
 * any of them?), and the collector's pauses per 1000 asks.
 */
export interface AskCosts {
  /** CPU milliseconds of each ask, in order. */
  cpuMs: number[];
  /** Per question, the median CPU milliseconds over the rounds. */
  perQuestionMs: number[];
  /** Young-generation collections (scavenges) and full collections (mark-compact), with their pause time. */
  gc: { minor: GcTotal; major: GcTotal };
}

export interface GcTotal {
  count: number;
  ms: number;
}

/**
 * Asks each of `questions` `rounds` times, each time as a question not asked before (`(round)` appended, as
 * the HTTP benchmark does), so no cache keyed by a question's text answers it.
 */
export async function measureAskCosts(ask: (question: string) => Promise<unknown>, questions: readonly string[], rounds: number): Promise<AskCosts> {
  const gc = { minor: { count: 0, ms: 0 }, major: { count: 0, ms: 0 } };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A collection's entry tells its kind in `detail` (Node's gc entries; not in the PerformanceEntry type).
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      const total = kind === constants.NODE_PERFORMANCE_GC_MINOR ? gc.minor : kind === constants.NODE_PERFORMANCE_GC_MAJOR ? gc.major : undefined;
      if (!total) continue;
      total.count++;
      total.ms += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpuMs: number[] = [];
  const byQuestion: number[][] = questions.map(() => []);
  try {
    for (let round = 1; round <= rounds; round++) {
      for (let q = 0; q < questions.length; q++) {
        const before = process.cpuUsage();
        await ask(`${questions[q]} (${round})`);
        const used = process.cpuUsage(before);
        const ms = (used.user + used.system) / 1000;
        cpuMs.push(ms);
        byQuestion[q].push(ms);
      }
    }
    // The observer is told of collections after the fact: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    observer.disconnect();
  }
  return { cpuMs, perQuestionMs: byQuestion.map((ms) => percentile(ms, 50) ?? 0), gc };
}

/** The share of all CPU time that the costliest `fraction` of the values take (0.05: the top 5%). */
export function topShare(values: readonly number[], fraction: number): number {
  const total = values.reduce((sum, v) => sum + v, 0);
  if (total === 0) return 0;
  const top = [...values].sort((a, b) => b - a).slice(0, Math.max(1, Math.round(values.length * fraction)));
  return top.reduce((sum, v) => sum + v, 0) / total;
}

const ms = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/** The benchmark's lines for these costs. */
export function formatAskCosts({ cpuMs, perQuestionMs, gc }: AskCosts): string[] {
  const asks = cpuMs.length;
  const mean = asks ? cpuMs.reduce((sum, v) => sum + v, 0) / asks : 0;
  const per1000 = (total: GcTotal) => `${((total.count * 1000) / Math.max(1, asks)).toFixed(1)} (${((total.ms * 1000) / Math.max(1, asks)).toFixed(0)} ms)`;
  return [
    `ask CPU in-process n=${asks}  mean ${mean.toFixed(2)}  p50 ${ms(percentile(cpuMs, 50))}  p90 ${ms(percentile(cpuMs, 90))}  p99 ${ms(percentile(cpuMs, 99))}  max ${ms(percentile(cpuMs, 100))} ms   (each ask a distinct question)`,
    `  per question (median of rounds) n=${perQuestionMs.length}  p50 ${ms(percentile(perQuestionMs, 50))}  p90 ${ms(percentile(perQuestionMs, 90))}  max ${ms(percentile(perQuestionMs, 100))} ms; the costliest 5% of questions take ${(100 * topShare(perQuestionMs, 0.05)).toFixed(1)}% of the CPU`,
    `  garbage collection per 1000 asks: scavenges ${per1000(gc.minor)}, mark-compacts ${per1000(gc.major)}`,
  ];
}
