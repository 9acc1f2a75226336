import { readFile } from 'node:fs/promises';
import { loadConfigWith } from '../config.js';
import { createEngine, type StartStage } from '../engine.js';
import { percentile } from '../eval/metrics.js';
import { buildIndex, type BuildStage } from '../index/build.js';

/**
 * One measurement of the scale benchmark, in a process of its own so that its peak RSS is its own:
 *   build <corpusDir> <indexDir>                 → build time, per-stage times, peak RSS
 *   serve <corpusDir> <indexDir> <questions> <n> → load time, RSS, ask latencies in-process
 * Prints one JSON line on stdout for scale.ts to read.
 *
 * The asks are timed as benchmarks usually are: after one discarded warm-up pass over the questions, each
 * asked with " (warm-up)" appended, so that no question is asked in the same words twice (the language
 * verdicts are cached by text). The warm-up pass is what a server's first minute of questions costs: V8
 * compiling the hot paths and the word caches filling. Its p50/p95 are reported too, as the cold figures.
 */

export interface BuildFigures {
  buildMs: number;
  stages: Partial<Record<BuildStage, number>>;
  peakRssMb: number;
}

export interface ServeFigures {
  loadMs: number;
  /** CPU time of the whole process (every thread) during the load: on a shared machine, steadier than its wall time. */
  loadCpuMs: number;
  loadStages: Partial<Record<StartStage, number>>;
  rssAfterLoadMb: number;
  rssMb: number;
  heapMb: number;
  asks: number;
  p50: number;
  p95: number;
  /** The warm-up pass: the first asks after loading. */
  coldP50: number;
  coldP95: number;
  abstained: number;
}

const MB = 1024 * 1024;

/** Times the steps a callback reports as they start: each lasts until the next one starts, the last until `stop`. */
function stageTimer<S extends string>(): { start: (stage: S) => void; stop: () => Partial<Record<S, number>> } {
  const stages: Partial<Record<S, number>> = {};
  let current: S | undefined;
  let since = 0;
  const close = () => {
    const now = performance.now();
    if (current) stages[current] = Math.round((stages[current] ?? 0) + now - since);
    since = now;
  };
  return {
    start: (stage) => {
      close();
      current = stage;
    },
    stop: () => {
      close();
      current = undefined;
      return stages;
    },
  };
}

async function build(corpusDir: string, indexDir: string): Promise<BuildFigures> {
  const config = loadConfigWith({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
  const timer = stageTimer<BuildStage>();
  const started = performance.now();
  await buildIndex(config, { force: true, onProgress: timer.start });
  const buildMs = performance.now() - started;
  return { buildMs: Math.round(buildMs), stages: timer.stop(), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

async function serve(corpusDir: string, indexDir: string, questionsFile: string, rounds: number): Promise<ServeFigures> {
  const config = loadConfigWith({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
  const questions = (await readFile(questionsFile, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { question: string }).question);

  const timer = stageTimer<StartStage>();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const engine = await createEngine(config, undefined, undefined, { onStartStage: timer.start });
  const loadMs = performance.now() - started;
  const loadStages = timer.stop();
  const cpu = process.cpuUsage(cpuBefore);
  const rssAfterLoadMb = process.memoryUsage().rss / MB;

  const cold: number[] = [];
  for (const question of questions) {
    const t = performance.now();
    await engine.ask({ question: `${question} (warm-up)` });
    cold.push(performance.now() - t);
  }

  const latencies: number[] = [];
  let abstained = 0;
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const t = performance.now();
      const response = await engine.ask({ question });
      latencies.push(performance.now() - t);
      if (response.abstained) abstained++;
    }
  }
  const memory = process.memoryUsage();
  return {
    loadMs: Math.round(loadMs),
    loadCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    loadStages,
    rssAfterLoadMb: Math.round(rssAfterLoadMb),
    rssMb: Math.round(memory.rss / MB),
    heapMb: Math.round(memory.heapUsed / MB),
    asks: latencies.length,
    p50: percentile(latencies, 50) ?? 0,
    p95: percentile(latencies, 95) ?? 0,
    coldP50: percentile(cold, 50) ?? 0,
    coldP95: percentile(cold, 95) ?? 0,
    abstained: abstained / rounds,
  };
}

const [command, corpusDir, indexDir, questionsFile, rounds] = process.argv.slice(2);
const figures =
  command === 'build'
    ? await build(corpusDir, indexDir)
    : command === 'serve'
      ? await serve(corpusDir, indexDir, questionsFile, Number(rounds))
      : undefined;
if (!figures) {
  console.error('usage: scale-worker build <corpusDir> <indexDir> | serve <corpusDir> <indexDir> <questions.jsonl> <rounds>');
  process.exit(2);
}
console.log(JSON.stringify(figures));
