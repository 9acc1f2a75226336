import { z } from 'zod';
import type { IndexInfo, RetrievalMode } from '../shared/api.js';
import type { Comparison } from './compare.js';
import type { ModeRun } from './result.js';
import type { Split } from './sets.js';
import type { ThresholdCheck, Violation } from './thresholds.js';

/** The report of one eval run: what was run against what, every question's result, the aggregates. */

export interface EvalReport {
  version: 1;
  /** Also the report's directory name: timestamp, mode and short git sha. */
  runId: string;
  createdAt: string;
  gitSha?: string;
  target: { kind: 'in-process' } | { kind: 'http'; url: string };
  config: {
    modes: RetrievalMode[];
    /** Which question set, its content hash, and which part of it ran. */
    set?: { name: string; hash: string; split: Split };
    questionsFile: string;
    totalQuestions: number;
    filters: { category?: string; region?: string; ids?: string[] };
    index?: IndexInfo;
    /** The configured LLM (in-process runs); whether it was used shows in `generative`. */
    llmModel?: string;
    /** True when any answer was produced generatively (responses carry their `mode`). */
    generative: boolean;
    /** The model judge and its prompts' version, when one ran. */
    judge?: { model: string; promptVersion: string };
  };
  runs: ModeRun[];
  /** `checks` holds every bound with whether it was met (reports before it have violations only). */
  thresholds?: { file: string; violations: Violation[]; checks?: ThresholdCheck[] };
  comparison?: Comparison;
}

/** `20250101-120000-hybrid-abc1234`: sortable, and says what ran on which commit. */
export function makeRunId(createdAt: Date, modes: readonly RetrievalMode[], gitSha?: string): string {
  const stamp = createdAt.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
  const mode = modes.length === 1 ? modes[0] : 'all';
  return [stamp, mode, gitSha].filter(Boolean).join('-');
}

export function isGenerative(runs: readonly ModeRun[]): boolean {
  return runs.some((r) => (r.answerModes.generative ?? 0) > 0);
}

/** Only what --compare relies on is checked; the rest of an older report is taken as written. */
const StoredReport = z.looseObject({
  version: z.literal(1),
  runId: z.string(),
  runs: z.array(
    z.looseObject({
      mode: z.string(),
      overall: z.looseObject({ metrics: z.record(z.string(), z.number().nullable()) }),
      results: z.array(z.looseObject({ id: z.string(), failures: z.array(z.string()) })),
    }),
  ),
});

export function parseReport(json: unknown, source: string): EvalReport {
  const parsed = StoredReport.safeParse(json);
  if (!parsed.success) throw new Error(`${source} is not an eval report.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data as unknown as EvalReport;
}
