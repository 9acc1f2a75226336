import { execFileSync } from 'node:child_process';
import { loadConfig } from '../config.js';
import { createEngine } from '../engine.js';
import { parseEvalArgs, USAGE } from '../eval/args.js';
import { runEvalCommand, type EvalSession } from '../eval/command.js';
import { createHttpTarget } from '../eval/http-target.js';
import { createDiskCache } from '../eval/judge/cache.js';
import { createJudgeModel } from '../eval/judge/client.js';
import type { Judge } from '../eval/judge/judge.js';
import { loadJudgePrompts } from '../eval/judge/prompts.js';
import { loadEvalCorpus } from '../eval/load-corpus.js';
import { detectLanguage } from '../text/language.js';

/** `npm run eval -- [--url …] [--mode hybrid|lexical|dense|all] [--check] …`; see USAGE or eval/README.md. */

const parsed = parseEvalArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`eval: ${parsed.error}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}
const options = parsed.options;
const config = loadConfig();

async function openTarget(): Promise<EvalSession> {
  if (options.url) {
    const target = createHttpTarget(options.url);
    return { target, reportAs: { kind: 'http', url: options.url }, index: await target.info() };
  }
  const engine = await createEngine(config, {
    info: (_obj, msg) => msg && process.stderr.write(`${msg}\n`),
    warn: (obj, msg) => process.stderr.write(`warning: ${msg ?? ''} ${JSON.stringify(obj)}\n`),
  });
  return { target: engine, reportAs: { kind: 'in-process' }, index: engine.info(), llmModel: config.LLM_MODEL };
}

/** The model judge when EVAL_JUDGE_BASE_URL and EVAL_JUDGE_MODEL are both set; it is never required. */
function openJudge(): Judge | undefined {
  const { EVAL_JUDGE_BASE_URL: baseUrl, EVAL_JUDGE_MODEL: model } = config;
  if (!baseUrl || !model) {
    if (baseUrl || model) process.stderr.write('note: the model judge needs both EVAL_JUDGE_BASE_URL and EVAL_JUDGE_MODEL; running without it\n');
    return undefined;
  }
  return {
    model: createJudgeModel({ baseUrl, model, apiKey: config.EVAL_JUDGE_API_KEY, timeoutMs: config.EVAL_JUDGE_TIMEOUT_MS }),
    prompts: loadJudgePrompts(),
    cache: createDiskCache(config.EVAL_JUDGE_CACHE_DIR),
    concurrency: config.EVAL_JUDGE_CONCURRENCY,
  };
}

function gitSha(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

process.exitCode = await runEvalCommand(options, {
  openTarget,
  loadCorpus: () => loadEvalCorpus(config.CORPUS_DIR),
  openJudge,
  // detectLanguage falls back to the given language when unsure: differing answers for both fallbacks = unsure.
  detectLanguage: (text) => {
    const asDanish = detectLanguage(text, 'da');
    return asDanish === detectLanguage(text, 'no') ? asDanish : undefined;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  gitSha,
});
