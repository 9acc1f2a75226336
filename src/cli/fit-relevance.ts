import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AnswerPipeline } from '../answer/pipeline.js';
import { FEATURES, type RelevanceFeatures } from '../answer/relevance.js';
import { loadConfig } from '../config.js';
import { loadAnswerCorpus } from '../engine.js';
import { sectionLabels } from '../eval/corpus.js';
import { loadEvalCorpus } from '../eval/load-corpus.js';
import { parseQuestions } from '../eval/schema.js';
import { inSplit, setFile } from '../eval/sets.js';
import { fitLogistic, chooseThresholds, type Sample } from '../answer/relevance-fit.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { Turn } from '../shared/api.js';

/**
 * `npm run fit-relevance [-- --write]`: fits the relevance model (src/answer/relevance.ts) on labelled
 * questions and prints it; `--write` stores it in src/answer/relevance-model.ts, where the policy takes
 * its defaults from. The labels: the tune parts of both eval sets (never their frozen test parts) — answerable
 * questions are positive, out-of-scope ones negative — and the hand-written eval/relevance-labels.jsonl.
 * Only questions the model actually decides count: refusals by rule (unknown region, medical advice, …)
 * never reach it. Deterministic: the same index and labels give the same model.
 */
const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const MODEL_FILE = 'src/answer/relevance-model.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const corpus = await loadAnswerCorpus(config);
// The model to fit must not decide which questions it sees: every question reaching it is assessed.
const pipeline = new AnswerPipeline(corpus, {
  topK: config.TOP_K,
  mode: 'hybrid',
  policy: { ...DEFAULT_POLICY, relevance: { ...DEFAULT_POLICY.relevance, related: 0, direct: 0 } },
});

interface Labelled {
  question: string;
  history?: Turn[];
  answerable: boolean;
  source: string;
}

const evalCorpus = await loadEvalCorpus(config.CORPUS_DIR);
const labelsOf = (region: string) => evalCorpus.documents.filter((d) => d.region === region).flatMap((d) => sectionLabels(d));
const labelled: Labelled[] = [];
for (const set of ['own', 'citizen']) {
  const parsed = parseQuestions(await readFile(setFile(set), 'utf8'), labelsOf);
  for (const r of inSplit(parsed.records, 'tune')) {
    // Injections without a question in them are refused by rule; with one, they are answerable.
    if (r.category === 'injection' && r.abstain) continue;
    labelled.push({ question: r.question, history: r.history, answerable: !r.abstain, source: set });
  }
}
for (const line of (await readFile('eval/relevance-labels.jsonl', 'utf8')).split('\n').filter(Boolean)) {
  const { question, answerable } = JSON.parse(line) as { question: string; answerable: boolean };
  labelled.push({ question, answerable, source: 'labels' });
}

const samples: Sample[] = [];
for (const l of labelled) {
  const decision = await pipeline.decide({ question: l.question, history: l.history });
  // Refused by rule (a detail no passage holds, …) after the model was asked: its view decided nothing.
  if (!decision.assessment || (decision.kind === 'refuse' && decision.reason !== 'no-evidence')) continue;
  samples.push({ x: FEATURES.map((f) => decision.assessment!.features[f]), y: l.answerable ? 1 : 0 });
}

const fitted = fitLogistic(samples);
const thresholds = chooseThresholds(samples, fitted);
const weights = Object.fromEntries(FEATURES.map((f, i) => [f, round(fitted.weights[i])])) as Record<keyof RelevanceFeatures, number>;
const model = {
  intercept: round(fitted.intercept),
  weights,
  direct: round(thresholds.direct),
  related: round(thresholds.related),
  fittedOn: {
    positives: samples.filter((s) => s.y === 1).length,
    negatives: samples.filter((s) => s.y === 0).length,
    answeredPositives: round(thresholds.answeredPositives),
    refusedNegatives: round(thresholds.refusedNegatives),
  },
};
console.log(JSON.stringify(model, null, 2));
if (values.write) {
  const header = '/** The relevance model (src/answer/relevance.ts) as fitted by `npm run fit-relevance -- --write`, which writes this file. */';
  await writeFile(MODEL_FILE, `${header}\nexport const RELEVANCE_MODEL = ${JSON.stringify(model, null, 2)};\n`);
  console.error(`written to ${MODEL_FILE}`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
