import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildFigures, ServeFigures } from './scale-worker.js';
import { writeSyntheticCorpus } from './synthetic.js';

/**
 * The scale benchmark: for each size, generate the synthetic corpus, build its index in one child process
 * and load and query it in another (so each peak RSS is that step's own), then print one table row. The
 * children run the ordinary build and engine code; the corpus is just a directory of documents.
 */

export interface ScaleOptions {
  sizes: number[];
  sourceDir: string;
  questionsFile: string;
  /** Passes over the question set; latency percentiles are over all asks. */
  rounds: number;
  /** Keep the generated corpora and indexes (their paths are printed) instead of deleting them. */
  keep: boolean;
  log: (line: string) => void;
}

export interface ScaleRow {
  passages: number;
  documents: number;
  generateMs: number;
  build: BuildFigures;
  indexBytes: number;
  modelBytes: number;
  serve: ServeFigures;
}

const workerFile = fileURLToPath(new URL('./scale-worker.ts', import.meta.url));

/** Runs the worker with this process's loader flags (tsx), returning its JSON line. */
function runWorker<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...process.execArgv, workerFile, ...args],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`bench worker ${args[0]} failed: ${stderr.trim() || error.message}`));
        const last = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(last) as T);
        } catch {
          reject(new Error(`bench worker ${args[0]} printed no figures: ${stdout.slice(-500)}`));
        }
      },
    );
  });
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/** The one build an index directory holds (the bench builds into a fresh directory). */
async function buildDir(indexDir: string): Promise<string> {
  const builds = await readdir(join(indexDir, 'builds'));
  return join(indexDir, 'builds', builds[0]);
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

export async function runScaleBench(options: ScaleOptions): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const passages of options.sizes) {
    const dir = await mkdtemp(join(tmpdir(), `strategisvar-scale-${passages}-`));
    const corpusDir = join(dir, 'corpus');
    const indexDir = join(dir, 'index');
    try {
      options.log(`${passages} passages: generating…`);
      const generateStarted = performance.now();
      const corpus = await writeSyntheticCorpus({ passages, sourceDir: options.sourceDir, outDir: corpusDir });
      const generateMs = performance.now() - generateStarted;

      options.log(`${passages} passages: building…`);
      const build = await runWorker<BuildFigures>(['build', corpusDir, indexDir]);
      const built = await buildDir(indexDir);
      const indexBytes = await sizeOf(built);
      const modelBytes = await fileSize(join(built, 'model', 'strategisvar-static', 'onnx', 'model.onnx'));

      options.log(`${passages} passages: loading and asking…`);
      const serve = await runWorker<ServeFigures>([
        'serve',
        corpusDir,
        indexDir,
        options.questionsFile,
        String(options.rounds),
      ]);
      const row = { passages: corpus.passages, documents: corpus.documents, generateMs, build, indexBytes, modelBytes, serve };
      rows.push(row);
      options.log(formatRow(row));
      if (options.keep) options.log(`  kept ${dir}`);
    } finally {
      if (!options.keep) await rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number): string => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`);
const ms = (value: number): string => (value >= 10 ? value.toFixed(0) : value.toFixed(1));

export const TABLE_HEADER = [
  '| passages | build | build peak RSS | index on disk | model.onnx | load (CPU) | server RSS | ask p50 / p95 (in-process, after a warm-up pass) |',
  '|---|---|---|---|---|---|---|---|',
];

export function formatRow(row: ScaleRow): string {
  const { build, serve } = row;
  return `| ${row.passages.toLocaleString('en')} | ${s(build.buildMs)} | ${mb(build.peakRssMb * 1024 ** 2)} | ${mb(row.indexBytes)} | ${mb(row.modelBytes)} | ${s(serve.loadMs)} (${s(serve.loadCpuMs)}) | ${mb(serve.rssMb * 1024 ** 2)} | ${ms(serve.p50)} / ${ms(serve.p95)} ms |`;
}

const stageList = (stages: Partial<Record<string, number>>): string =>
  Object.entries(stages)
    .map(([stage, time]) => `${stage} ${s(time ?? 0)}`)
    .join(', ');

/** Where build and load time go, per stage, for the rows of a run. */
export function formatStages(rows: ScaleRow[]): string[] {
  return rows.map(
    (row) =>
      `${row.passages.toLocaleString('en')}: build: ${stageList(row.build.stages)}; ` +
      `load: ${stageList(row.serve.loadStages)} (CPU ${s(row.serve.loadCpuMs)}, all threads); corpus generated in ${s(row.generateMs)}; RSS after load ${row.serve.rssAfterLoadMb} MB, heap ${row.serve.heapMb} MB after ${row.serve.asks} asks; ` +
      `warm-up pass (the first asks after loading, not in the table) p50 / p95 ${ms(row.serve.coldP50)} / ${ms(row.serve.coldP95)} ms`,
  );
}
