import { serve } from '@hono/node-server';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { formatAskCosts, measureAskCosts } from '../bench/ask-costs.js';
import { formatHttpRow, httpBenchPort, runHttpBench } from '../bench/http.js';
import { hasWrk } from '../bench/wrk.js';
import { formatRow, formatStages, runScaleBench, TABLE_HEADER } from '../bench/scale.js';
import { loadConfigWith } from '../config.js';
import { parseCli, usageError } from './args.js';
import { createEngine } from '../engine.js';
import { buildIndex } from '../index/build.js';
import { percentile } from '../eval/metrics.js';
import { answerPolicy } from '../policy.js';
import { createRegionMatcher, type RegionCatalog } from '../retrieve/regions.js';
import { decideLanguage } from '../text/language.js';
import { createApp } from '../server/app.js';

/**
 * `npm run bench`: on the real corpus, prints index build time, /api/ask latency in-process and over HTTP,
 * each ask's CPU time in-process (per ask and per question, p50 to max, and garbage collection: see
 * src/bench/ask-costs.ts), the cost of reading a question (region mentions with the whole gazetteer, and the
 * language decision), and peak RSS (with the service's own share: the peak before the HTTP client starts).
 * Targets: build < 10 s, in-process ask p50 < 10 ms, reading a question p95 < 1 ms, RSS < 400 MB.
 *
 * `npm run bench -- --synthetic 1000,10000,100000`: the scale benchmark (src/bench/scale.ts) on generated
 * corpora of those sizes; prints build time and peak RSS, index and model size, load time, server RSS and
 * ask p50/p95 per size (after a warm-up pass, whose own figures follow the table). Targets at 100k passages: build ≤ 60 s at ≤ 2 GB, load ≤ 3 s, RSS ≤ 800 MB,
 * p95 ≤ 25 ms.
 *
 * `npm run bench -- --http`: throughput of the server as deployed (src/bench/http.ts): distinct asks per
 * second with p50/p99 latency at 50 connections, for WORKERS=1 and 2. Target on 2 cores: ≥ 2,000 asks/s
 * with p99 ≤ 50 ms. `--wrk` adds a row per worker count loaded by wrk, a lighter generator than autocannon.
 *
 * Figures, not tests: timing assertions flake on shared machines.
 */
const ROUNDS = 3;
const QUESTIONS_FILE = 'eval/questions.jsonl';
const HTTP_WORKERS = '1,2';
const HTTP_CONNECTIONS = 50;
const HTTP_DURATION_S = 15;

const CLI = {
  name: 'bench',
  usage: `usage: npm run bench -- [--rounds N] [--questions FILE] [--synthetic SIZES [--keep]] [--http [--workers N,M] [--connections C] [--duration S] [--port P] [--wrk]]
  (no options)       the real corpus: index build time, /api/ask latency in-process and over HTTP, peak RSS
  --http             the real corpus served as deployed: distinct asks/s and p50/p99 under load, per worker count
  --workers LIST     with --http: the WORKERS values to measure, comma-separated (default ${HTTP_WORKERS})
  --connections C    with --http: concurrent keep-alive connections (default ${HTTP_CONNECTIONS})
  --duration S       with --http: seconds measured per worker count, after a warm-up (default ${HTTP_DURATION_S})
  --port P           with --http: the server's port, on 127.0.0.1 (default: a free one the OS picks)
  --wrk              with --http: after autocannon, load each worker count with wrk too (apt-get install wrk),
                     a lighter generator: a second row, labelled wrk
  --rounds N         times through the questions (default ${ROUNDS})
  --questions FILE   the questions asked, one JSON object with a "question" per line (default ${QUESTIONS_FILE});
                     e.g. a dev set written as citizens write, whose typos and everyday words take other paths
  --synthetic SIZES  the scale benchmark on generated corpora of these passage counts, comma-separated
                     (e.g. 1000,10k,100k): build time and peak RSS, index size, load, server RSS, ask p50/p95
                     after one warm-up pass over the questions (whose own p50/p95 are printed too)
  --keep             keep the generated corpora and indexes (with --synthetic)`,
};
const { values: args } = parseCli({
  ...CLI,
  options: {
    synthetic: { type: 'string' },
    rounds: { type: 'string', default: String(ROUNDS) },
    keep: { type: 'boolean', default: false },
    http: { type: 'boolean', default: false },
    workers: { type: 'string', default: HTTP_WORKERS },
    connections: { type: 'string', default: String(HTTP_CONNECTIONS) },
    duration: { type: 'string', default: String(HTTP_DURATION_S) },
    wrk: { type: 'boolean', default: false },
    port: { type: 'string' },
    questions: { type: 'string', default: QUESTIONS_FILE },
  },
});
const questionsFile = args.questions;
const askedQuestions = await readQuestions(questionsFile);
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) usageError(CLI, '--rounds must be a positive integer');

if (args.synthetic !== undefined) {
  const sizes = args.synthetic.split(',').map((s) => Number(s.trim().replace(/_/g, '').replace(/k$/i, '000')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 200)) {
    usageError(CLI, `--synthetic takes passage counts of at least 200, comma-separated (e.g. 1000,10k,100k): ${args.synthetic}`);
  }
  const rows = await runScaleBench({
    sizes,
    sourceDir: 'corpus',
    questionsFile,
    rounds,
    keep: args.keep,
    log: (line) => console.error(line),
  });
  console.log(`strategisvar scale bench — synthetic corpora; per size one discarded warm-up pass, then ${rounds} × ${questionsFile} timed`);
  console.log([...TABLE_HEADER, ...rows.map((row) => formatRow(row))].join('\n'));
  console.log(formatStages(rows).join('\n'));
  process.exit(0);
}

if (args.http) {
  const workers = args.workers.split(',').map((w) => Number(w.trim()));
  const connections = Number(args.connections);
  const durationS = Number(args.duration);
  if (workers.some((w) => !Number.isInteger(w) || w < 1 || w > 64)) usageError(CLI, `--workers takes worker counts from 1 to 64, comma-separated: ${args.workers}`);
  if (!Number.isInteger(connections) || connections < 1) usageError(CLI, '--connections must be a positive integer');
  if (!Number.isInteger(durationS) || durationS < 1) usageError(CLI, '--duration must be a positive number of seconds');
  let port: number | undefined;
  try {
    port = httpBenchPort(args.port);
  } catch (err) {
    usageError(CLI, (err as Error).message);
  }
  if (args.wrk && !hasWrk()) usageError(CLI, '--wrk needs wrk on the PATH (apt-get install wrk)');
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-bench-http-'));
  try {
    const config = loadConfigWith({ INDEX_DIR: join(dir, 'index'), DATA_DIR: join(dir, 'data') });
    const manifest = await buildIndex(config, { force: true });
    const rows = await runHttpBench({
      workers,
      connections,
      durationS,
      questions: askedQuestions,
      corpusDir: config.CORPUS_DIR,
      indexDir: config.INDEX_DIR,
      dataDir: config.DATA_DIR,
      port,
      wrk: args.wrk,
      scratchDir: dir,
      log: (line) => console.error(line),
    });
    console.log(`strategisvar bench --http — ${manifest.documents} documents, ${manifest.chunks} chunks; each request a distinct question from ${questionsFile}`);
    console.log(rows.map(formatHttpRow).join('\n'));
    console.log('target on 2 cores: ≥ 2,000 asks/s with p99 ≤ 50 ms');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

function fmt(ms: number | null): string {
  return ms === null ? '–' : `${ms.toFixed(2)} ms`;
}

/** The questions to ask, checked before any work starts so that a wrong file fails in a second. */
async function readQuestions(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return usageError(CLI, `--questions: cannot read ${file}`);
  }
  const lines = text.split('\n').filter((l) => l.trim());
  const asked = lines.map((l) => {
    try {
      const question = (JSON.parse(l) as { question?: unknown }).question;
      return typeof question === 'string' && question.trim() ? question : undefined;
    } catch {
      return undefined;
    }
  });
  const bad = asked.findIndex((q) => q === undefined);
  if (!lines.length || bad >= 0) {
    usageError(CLI, `--questions: ${file} needs one JSON object with a "question" per line${lines.length ? ` (line ${bad + 1} has none)` : ' (it is empty)'}`);
  }
  return asked as string[];
}

const indexDir = await mkdtemp(join(tmpdir(), 'strategisvar-bench-'));
const config = loadConfigWith({ INDEX_DIR: indexDir, RATE_LIMIT_PER_MINUTE: '1000000' });
try {
  const buildStarted = performance.now();
  const manifest = await buildIndex(config, { force: true });
  const buildMs = performance.now() - buildStarted;

  const loadStarted = performance.now();
  const engine = await createEngine(config);
  const loadMs = performance.now() - loadStarted;

  for (const question of askedQuestions.slice(0, 10)) await engine.ask({ question }); // warm-up
  const inProcess: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const question of askedQuestions) {
      const t = performance.now();
      await engine.ask({ question });
      inProcess.push(performance.now() - t);
    }
  }
  const costs = await measureAskCosts((question) => engine.ask({ question }), askedQuestions, rounds);

  // Reading a question: a fresh matcher (its build is timed) and a fresh policy, so no cached verdicts.
  const catalog = JSON.parse(await readFile(join(config.CORPUS_DIR, 'manifest.json'), 'utf8')) as RegionCatalog;
  const matcherStarted = performance.now();
  const regions = createRegionMatcher(catalog);
  const matcherMs = performance.now() - matcherStarted;
  const languagePolicy = answerPolicy().language;
  const reading: number[] = [];
  for (const question of askedQuestions) {
    const t = performance.now();
    regions.mentions(question);
    decideLanguage({ question }, languagePolicy);
    reading.push(performance.now() - t);
  }

  // The HTTP client below lives in this process too (undici's buffers and pools): the peak before it is the
  // service's own (build, load, asks); the process's peak includes the client.
  const servicePeakMb = process.resourceUsage().maxRSS / 1024;
  const app = createApp({ engine, config, logger: pino({ level: 'silent' }) });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  const overHttp: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const question of askedQuestions) {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      });
      await res.arrayBuffer();
      overHttp.push(performance.now() - t);
    }
  }
  server.close();

  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`strategisvar bench — ${manifest.documents} documents, ${manifest.chunks} chunks, ${manifest.embeddingModel} (${manifest.dimensions} dims)`);
  console.log(`index build (forced, cold)   ${(buildMs / 1000).toFixed(2)} s   (target < 10 s)`);
  console.log(`index load                   ${fmt(loadMs)}`);
  console.log(`ask in-process  n=${inProcess.length}  p50 ${fmt(percentile(inProcess, 50))}  p95 ${fmt(percentile(inProcess, 95))}   (target p50 < 10 ms)`);
  console.log(formatAskCosts(costs).join('\n'));
  console.log(`ask over HTTP   n=${overHttp.length}  p50 ${fmt(percentile(overHttp, 50))}  p95 ${fmt(percentile(overHttp, 95))}`);
  console.log(`read a question n=${reading.length}  p50 ${fmt(percentile(reading, 50))}  p95 ${fmt(percentile(reading, 95))}   (regions + language; target p95 < 1 ms; matcher built in ${fmt(matcherMs)})`);
  console.log(`peak RSS                     ${rssMb.toFixed(0)} MB   (target < 400 MB; ${servicePeakMb.toFixed(0)} MB before the in-process HTTP client)`);
} finally {
  await rm(indexDir, { recursive: true, force: true });
}
