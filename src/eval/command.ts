import { readFile } from 'node:fs/promises';
import type { IndexInfo, Language } from '../shared/api.js';
import { tokenize } from '../text/normalize.js';
import type { EvalOptions } from './args.js';
import { CitationChecker } from './citations.js';
import { compareReports } from './compare.js';
import { sectionLabels, type EvalCorpus } from './corpus.js';
import type { Judge } from './judge/judge.js';
import { createProgress, type ProgressStream } from './progress.js';
import { isGenerative, makeRunId, parseReport, type EvalReport } from './report.js';
import { renderSummary } from './report-console.js';
import type { ModeRun } from './result.js';
import { runMode, type EvalTarget } from './runner.js';
import { parseQuestions, type EvalRecord } from './schema.js';
import { inSplit, setHash, testIds } from './sets.js';
import { evaluateThresholds, parseThresholds } from './thresholds.js';
import { validateGold } from './validate.js';
import { EXTRA_FILES, writeReport } from './write-report.js';

/**
 * `npm run eval`, minus argument parsing and process wiring: load and check the gold set, run it per mode,
 * write the report, compare, check thresholds. Returns the exit code (0 ok, 1 failed check, 2 bad input).
 */

export interface EvalSession {
  target: EvalTarget;
  /** How the report names the target. */
  reportAs: EvalReport['target'];
  index?: IndexInfo;
  llmModel?: string;
}

export interface EvalDeps {
  /** Opens the system under test; only called when questions are actually run. */
  openTarget(): Promise<EvalSession>;
  loadCorpus(): Promise<EvalCorpus>;
  /** The model judge, when one is configured (and not switched off); only called when questions run. */
  openJudge?: () => Judge | undefined;
  detectLanguage?: (text: string) => Language | undefined;
  stdout: ProgressStream;
  stderr: ProgressStream;
  now?: () => Date;
  gitSha?: () => string | undefined;
}

class InputError extends Error {}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

async function readJson(file: string, what: string): Promise<unknown> {
  const text = await readText(file, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} ${file} is not JSON: ${(error as Error).message}`);
  }
}

/** A bad file the user pointed at is an input error (exit 2, one line), not a crash. */
function asInput<T>(parse: (json: unknown) => T, json: unknown): T {
  try {
    return parse(json);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

function selectRecords(records: EvalRecord[], options: EvalOptions): EvalRecord[] {
  if (options.ids) {
    const known = new Set(records.map((r) => r.id));
    const unknown = options.ids.filter((id) => !known.has(id));
    if (unknown.length) throw new InputError(`unknown question ids: ${unknown.join(', ')}`);
  }
  const region = options.region ? tokenize(options.region).join(' ') : undefined;
  return records.filter(
    (r) =>
      (!options.category || r.category === options.category) &&
      (!options.ids || options.ids.includes(r.id)) &&
      (!region || (r.gold?.regions ?? []).some((g) => ` ${tokenize(g).join(' ')} `.includes(` ${region} `))),
  );
}

export async function runEvalCommand(options: EvalOptions, deps: EvalDeps): Promise<number> {
  const out = (line = '') => deps.stdout.write(`${line}\n`);
  const err = (line: string) => deps.stderr.write(`${line}\n`);
  try {
    return await run(options, deps, out, err);
  } catch (error) {
    if (error instanceof InputError) {
      err(`eval: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

async function run(options: EvalOptions, deps: EvalDeps, out: (line?: string) => void, err: (line: string) => void): Promise<number> {
  const corpus = await deps.loadCorpus();
  const questionsText = await readText(options.questionsFile, 'questions file');
  const parsed = parseQuestions(questionsText, (region) =>
    corpus.documents.filter((d) => d.region === region).flatMap((d) => sectionLabels(d)),
  );
  if (parsed.errors.length) {
    for (const e of parsed.errors) err(`${options.questionsFile}:${e.line}: ${e.message}`);
    return 2;
  }

  const gold = validateGold(parsed.records, corpus);
  for (const p of gold.problems) err(`${p.kind === 'fact' && !options.validate ? 'warning: ' : ''}gold label problem in ${p.id}: ${p.message}`);
  if (options.validate) {
    for (const u of gold.uncovered) err(`warning: no question covers ${u.region} / ${u.documentId} › ${u.section}`);
    out(
      gold.problems.length
        ? `${gold.problems.length} gold label problem(s) in ${options.questionsFile}.`
        : `${parsed.records.length} questions; every gold region, section and key fact is in the corpus (${gold.uncovered.length} corpus sections uncovered).`,
    );
    return gold.problems.length ? 1 : 0;
  }
  if (gold.problems.some((p) => p.kind === 'structure')) {
    err('eval: fix the gold labels first (npm run eval -- --validate lists them).');
    return 2;
  }

  const records = selectRecords(inSplit(parsed.records, options.split), options);
  if (records.length === 0) throw new InputError('no question matches the filters');
  const thresholds = options.check ? asInput(parseThresholds, await readJson(options.thresholdsFile, 'thresholds file')) : undefined;
  const baseline = options.compare ? asInput((json) => parseReport(json, options.compare ?? ''), await readJson(options.compare, 'report')) : undefined;

  const session = await deps.openTarget();
  const judge = options.noJudge ? undefined : deps.openJudge?.();
  const scoring = { citations: new CitationChecker(corpus), detectLanguage: deps.detectLanguage };
  // Parts are decided over the whole set, so a filtered run still knows which questions are frozen.
  const frozen = testIds(parsed.records);
  const runs: ModeRun[] = [];
  for (const mode of options.modes) {
    const progress = createProgress(mode, deps.stderr);
    const judging = judge ? createProgress(`${mode} judge`, deps.stderr) : undefined;
    runs.push(
      await runMode({
        records,
        target: session.target,
        mode,
        scoring,
        partOf: (id) => (frozen.has(id) ? 'test' : 'tune'),
        judge,
        onResult: (result, done, total) => {
          progress.update(done, total, result.failures.length > 0);
          if (done === total) progress.finish();
        },
        onJudged: (done, total, failed) => judging?.update(done, total, failed),
      }),
    );
    judging?.finish();
  }

  const createdAt = (deps.now ?? (() => new Date()))();
  const gitSha = deps.gitSha?.();
  const report: EvalReport = {
    version: 1,
    runId: makeRunId(createdAt, options.modes, gitSha),
    createdAt: createdAt.toISOString(),
    ...(gitSha ? { gitSha } : {}),
    target: session.reportAs,
    config: {
      modes: options.modes,
      set: { name: options.set, hash: setHash(questionsText), split: options.split },
      questionsFile: options.questionsFile,
      totalQuestions: parsed.records.length,
      filters: { category: options.category, region: options.region, ids: options.ids },
      index: session.index,
      llmModel: session.llmModel,
      generative: isGenerative(runs),
      ...(judge ? { judge: { model: judge.model.name, promptVersion: judge.prompts.version } } : {}),
    },
    runs,
  };
  if (thresholds) {
    const unbounded = options.modes.filter((m) => !thresholds[m]);
    if (unbounded.length) err(`note: ${options.thresholdsFile} sets no thresholds for ${unbounded.join(', ')}`);
    const checks = runs.flatMap((r) => evaluateThresholds(r, thresholds));
    report.thresholds = {
      file: options.thresholdsFile,
      violations: checks.filter((c) => !c.ok).map(({ ok: _ok, ...violation }) => violation),
      checks,
    };
  }
  if (baseline) report.comparison = compareReports(baseline, report);

  const dir = await writeReport(report, options.outDir, options.formats);
  out(renderSummary(report, dir, options.formats.map((f) => EXTRA_FILES[f].file)));
  return report.thresholds?.violations.length ? 1 : 0;
}
