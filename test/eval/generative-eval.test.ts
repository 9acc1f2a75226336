import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { EvalOptions } from '../../src/eval/args.js';
import { runEvalCommand } from '../../src/eval/command.js';
import { loadEvalCorpus } from '../../src/eval/load-corpus.js';
import type { EvalReport } from '../../src/eval/report.js';
import type { QuestionResult } from '../../src/eval/result.js';
import { parseQuestions, type Category, type EvalRecord } from '../../src/eval/schema.js';
import { inSplit } from '../../src/eval/sets.js';
import { buildIndex } from '../../src/index/build.js';
import { detectLanguage } from '../../src/text/language.js';
import { startFakeOpenAI, type ChatRequest, type FakeReply, type FakeOpenAI } from '../helpers/fake-openai.js';
import { tempConfig } from '../helpers/corpus.js';

/**
 * `npm run eval` in generative mode: the real command, engine and index, with an OpenAI-compatible model
 * played by a local fake. The fake behaves like a modest but well-behaved model, so the run shows what the
 * eval measures and reports when answers come from a model, not whether a real model is any good.
 */

/**
 * A mix of categories from the own set's tune part, taken in file order (never the frozen test part, and no
 * question named): same-language and cross-lingual facts, follow-ups, refusals the engine must keep.
 */
const tune = inSplit(parseQuestions(readFileSync('eval/questions.jsonl', 'utf8')).records, 'tune');
const pick = (n: number, category: Category, keep: (r: EvalRecord) => boolean = () => true) => tune.filter((r) => r.category === category && keep(r)).slice(0, n);
const FACTUAL = [...pick(2, 'factual', (r) => r.language === 'da'), ...pick(1, 'factual', (r) => r.language === 'no')];
const CROSS = pick(2, 'cross-lingual');
const FOLLOW = pick(2, 'follow-up');
const REFUSE = [...pick(3, 'out-of-scope'), ...pick(1, 'injection', (r) => r.abstain === true)];
const IDS = [...FACTUAL, ...CROSS, ...FOLLOW, ...REFUSE].map((r) => r.id);

/** The prompts' data is neutralised (prompts.ts); a model reading it sees ordinary quotes and brackets. */
const readable = (text: string) => text.replace(/＂/g, '"').replace(/＜/g, '<').replace(/＞/g, '>');

const LEAD_IN = { da: 'Ifølge passagen:', no: 'Ifølge passasjen:' };

/**
 * Answers from the first passage: a lead-in in the prompt's language, that passage's first statement and
 * its citation. Condense prompts get the follow-up question back as it was asked.
 */
function modelReply(request: ChatRequest): FakeReply {
  const [system, user] = [request.body.messages[0]?.content ?? '', request.body.messages.at(-1)?.content ?? ''];
  const question = /<question>\n([\s\S]*?)\n<\/question>/.exec(user)?.[1] ?? '';
  if (user.includes('<conversation>')) return { content: readable(question) };

  const passage = /<passage n="1"[^>]*>\n([\s\S]*?)\n<\/passage>/.exec(user)?.[1];
  if (!passage) return { status: 400, message: 'no passage in the prompt' };
  const sentences = readable(passage)
    .split(/\n|(?<=[.!?])\s+/)
    .map((s) => s.replace(/^[\s•*–-]+/, '').trim())
    .filter(Boolean);
  // Like a model that skips the passage's headings and rhetorical questions to the first statement.
  const statement = sentences.find((s) => s.split(/\s+/).length >= 4 && !s.endsWith('?')) ?? sentences[0];
  const sentence = statement.replace(/[.!?:]$/, '');
  const language = system.includes('Svar på dansk') ? 'da' : 'no';
  return { content: `${LEAD_IN[language]} ${sentence} [1].` };
}

function capture() {
  let text = '';
  return { stream: { write: (s: string) => (text += s), isTTY: false }, text: () => text };
}

let fake: FakeOpenAI;
let report: EvalReport;
let reportDir: string;
let exitCode: number;
const stdout = capture();
/** Model requests made while answering each question, keyed by question text. */
const modelCalls = new Map<string, number>();

beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.respond(modelReply);
  const config = await tempConfig({ env: { LLM_BASE_URL: fake.baseURL, LLM_MODEL: 'fake' } });
  await buildIndex(config);
  const outDir = await mkdtemp(join(tmpdir(), 'strategisvar-gen-eval-'));

  const options: EvalOptions = {
    set: 'own',
    split: 'all',
    questionsFile: 'eval/questions.jsonl',
    thresholdsFile: 'eval/thresholds.json',
    outDir,
    modes: ['hybrid'],
    ids: IDS,
    check: false,
    validate: false,
    formats: [],
    noJudge: false,
  };
  exitCode = await runEvalCommand(options, {
    // As src/cli/eval.ts opens the in-process engine, with a pass-through that counts model calls per question.
    openTarget: async () => {
      const engine = await createEngine(config);
      return {
        target: {
          ask: async (request, opts) => {
            const before = fake.requests.length;
            const response = await engine.ask(request, opts);
            modelCalls.set(request.question, fake.requests.length - before);
            return response;
          },
          search: (query, k, mode) => engine.search(query, k, mode),
        },
        reportAs: { kind: 'in-process' },
        index: engine.info(),
        llmModel: config.LLM_MODEL,
      };
    },
    loadCorpus: () => loadEvalCorpus(config.CORPUS_DIR),
    detectLanguage: (text) => {
      const asDanish = detectLanguage(text, 'da');
      return asDanish === detectLanguage(text, 'no') ? asDanish : undefined;
    },
    stdout: stdout.stream,
    stderr: capture().stream,
    gitSha: () => 'test',
  });
  const [runId] = await readdir(outDir);
  reportDir = join(outDir, runId);
  report = JSON.parse(await readFile(join(reportDir, 'report.json'), 'utf8')) as EvalReport;
});
afterAll(() => fake.close());

const results = () => report.runs[0].results;
const generative = () => results().filter((r) => r.answer?.mode === 'generative' && !r.answer.abstained);
const byId = (id: string): QuestionResult => results().find((r) => r.id === id)!;

describe('npm run eval against an OpenAI-compatible model', () => {
  it('runs the selected questions and counts generative answers', () => {
    expect(exitCode).toBe(0);
    const run = report.runs[0];
    expect(run.results.map((r) => r.id)).toEqual(IDS);
    expect(run.answerModes.generative).toBeGreaterThan(0);
    expect((run.answerModes.generative ?? 0) + (run.answerModes.extractive ?? 0)).toBe(IDS.length);
    // Every same-language factual answer came from the model and passed its checks.
    for (const { id } of FACTUAL) {
      expect(byId(id).answer).toMatchObject({ mode: 'generative', abstained: false });
      expect(byId(id).answer?.text).toMatch(/^Ifølge (passagen|passasjen): .+ \[1\]\.$/);
    }
    // Copying a sentence from a passage in the other language fails the language check: the engine falls
    // back, and the run counts that answer as extractive and records why.
    for (const { id } of CROSS) {
      expect(byId(id).answer).toMatchObject({ mode: 'extractive', fallbackReason: 'wrong-language', abstained: false });
    }
  });

  it('says in report.json, report.md and the console summary that answers were generative', async () => {
    expect(report.config).toMatchObject({ generative: true, llmModel: 'fake' });
    expect(report.target).toEqual({ kind: 'in-process' });
    const markdown = await readFile(join(reportDir, 'report.md'), 'utf8');
    expect(markdown).toContain('- Answers: generative (LLM) for some or all; LLM configured: fake');
    const counts = Object.entries(report.runs[0].answerModes).map(([mode, n]) => `${n} ${mode}`).join(', ');
    expect(markdown).toContain(`Answers: ${counts}.`);
    expect(stdout.text()).toContain(`Answers: ${counts}.`);
    expect(stdout.text()).toContain(`Report: ${reportDir}/report.html`);
  });

  it('still abstains on out-of-scope questions, without asking the model', () => {
    for (const r of results().filter((q) => q.expectAbstain)) {
      expect(r.answer?.abstained, r.id).toBe(true);
      expect(r.abstention, r.id).toBe('tp');
      expect(modelCalls.get(r.question), r.id).toBe(0);
    }
    expect(report.runs[0].byCategory['out-of-scope'].metrics.abstentionCorrect).toBe(1);
    expect(report.runs[0].overall.metrics.abstentionRecall).toBe(1);
  });

  it('asks the model to condense follow-ups; one it hands back unchanged is condensed by the heuristic', () => {
    for (const { id } of FOLLOW) {
      const r = byId(id);
      expect(modelCalls.get(r.question), id).toBeGreaterThanOrEqual(1);
      // The fake model returns the follow-up as it is; the engine then borrows the earlier turn itself.
      expect(r.answer?.standaloneQuestion, id).toMatch(new RegExp(`^${r.question.replace(/[?.]/g, '\\$&')} \\S`));
    }
  });

  it('scores every generative citation as valid', () => {
    expect(generative().length).toBeGreaterThan(0);
    for (const r of generative()) {
      expect(r.answer?.citations.length, r.id).toBeGreaterThan(0);
      expect(r.answer?.citations.every((c) => c.verdict === 'valid'), r.id).toBe(true);
      expect(r.metrics.citationValidity, r.id).toBe(1);
      expect(r.metrics.faithfulness, r.id).toBe(1);
    }
    expect(report.runs[0].overall.metrics.citationValidity).toBe(1);
  });
});
