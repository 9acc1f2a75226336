import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { treeCpuMs } from './proc.js';
import { runWrk, type LoadRun } from './wrk.js';

/**
 * Throughput over HTTP: the server as operators run it (`npm start`: dist/, WORKERS processes on one port,
 * request logs at `info`), loaded by autocannon with `connections` keep-alive connections, each request a
 * distinct question (so no cache keyed by a question's text helps). A short warm-up run goes first (JIT,
 * caches of words). The load generator shares the machine's cores with the server, as it would on a
 * developer's machine; the load average before each run is reported beside the figures, and so is the
 * server's CPU time per ask (all its processes, from /proc on Linux): the figure that other work on a
 * shared machine does not change much, and from which a core's capacity follows (1000 / ms per ask). The
 * load generator's own CPU time per request is reported too: what it took from the cores the server shares.
 * With `wrk`, each worker count is then loaded again by wrk (./wrk.ts), a lighter generator, for a second
 * row beside autocannon's.
 */
export interface HttpBenchOptions {
  workers: number[];
  connections: number;
  durationS: number;
  questions: string[];
  corpusDir: string;
  indexDir: string;
  dataDir: string;
  /** The port the server listens on (each worker count in turn); undefined: one the OS picks as free. */
  port?: number;
  /** Also load with wrk, after autocannon, for the same duration: a second row per worker count. */
  wrk?: boolean;
  /** Where wrk's script and questions are written. */
  scratchDir: string;
  log: (line: string) => void;
}

export interface HttpBenchRow {
  /** The load generator: autocannon in the bench's own process, or wrk in its own. */
  generator: 'autocannon' | 'wrk';
  workers: number;
  connections: number;
  durationS: number;
  asksPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses other than 200, and connection errors or timeouts. */
  failed: number;
  loadAverage: number;
  /** CPU time the server's processes spent per answered ask; undefined where /proc is not there. */
  cpuMsPerAsk?: number;
  /** CPU time the load generator spent per request: taken from the same cores. */
  loadGeneratorCpuMsPerRequest: number;
}

const WARM_UP_S = 3;

/**
 * `--port`'s value: the port to serve the benchmarked server on (so a shared machine's runs can keep to
 * agreed ports), undefined when not given (a free one the OS picks). Throws a RangeError for anything but a
 * whole number from 1 to 65535.
 */
export function httpBenchPort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`--port takes a port from 1 to 65535: ${text}`);
  return port;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Starts `npm start`'s script (building dist/ if needed) and resolves once /readyz says ready. */
async function startServer(env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = once(child, 'exit');
  const cpuMs = () => treeCpuMs(child.pid!);
  for (const until = Date.now() + 180_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it was ready`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > until) throw new Error('the server was not ready within 180 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    cpuMs,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function load(url: string, connections: number, durationS: number, next: () => string): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration: durationS,
    requests: [
      {
        method: 'POST',
        path: '/api/ask',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ question: next() }) }),
      },
    ],
  });
}

/** autocannon's run, in this process: its CPU time is this process's over the run. */
async function autocannonRun(url: string, connections: number, durationS: number, next: () => string): Promise<LoadRun> {
  const before = process.cpuUsage();
  const result = await load(url, connections, durationS, next);
  const own = process.cpuUsage(before);
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    failed: result.non2xx + result.errors + result.timeouts,
    failedResponses: result.non2xx,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    cpuMs: (own.user + own.system) / 1000,
  };
}

export async function runHttpBench(options: HttpBenchOptions): Promise<HttpBenchRow[]> {
  const { questions, connections, durationS } = options;
  let asked = 0;
  // Each request a question not asked before in this run: the set's questions, then the same with a number.
  const next = () => {
    const i = asked++;
    const question = questions[i % questions.length];
    return i < questions.length ? question : `${question} (${Math.floor(i / questions.length)})`;
  };
  const rows: HttpBenchRow[] = [];
  for (const workers of options.workers) {
    const port = options.port ?? (await freePort());
    options.log(`starting the server with WORKERS=${workers} on port ${port}…`);
    const server = await startServer(
      {
        CORPUS_DIR: options.corpusDir,
        INDEX_DIR: options.indexDir,
        DATA_DIR: options.dataDir,
        WORKERS: String(workers),
        RATE_LIMIT_PER_MINUTE: '1000000000',
      },
      port,
    );
    try {
      const url = `http://127.0.0.1:${port}`;
      await load(url, connections, WARM_UP_S, next);
      const measure = async (generator: HttpBenchRow['generator']) => {
        const loadAverage = loadavg()[0];
        options.log(`measuring ${durationS} s at ${connections} connections with ${generator} (load average ${loadAverage.toFixed(2)})…`);
        const cpuBefore = server.cpuMs();
        const run = generator === 'wrk' ? await runWrk(url, connections, durationS, questions, options.scratchDir) : await autocannonRun(url, connections, durationS, next);
        const cpuAfter = server.cpuMs();
        const answered = run.requests - run.failedResponses;
        rows.push({
          generator,
          workers,
          connections,
          durationS,
          asksPerSecond: run.perSecond,
          p50Ms: run.p50Ms,
          p99Ms: run.p99Ms,
          maxMs: run.maxMs,
          failed: run.failed,
          loadAverage,
          cpuMsPerAsk: cpuBefore !== undefined && cpuAfter !== undefined && answered > 0 ? (cpuAfter - cpuBefore) / answered : undefined,
          loadGeneratorCpuMsPerRequest: run.cpuMs / Math.max(1, run.requests),
        });
      };
      await measure('autocannon');
      if (options.wrk) await measure('wrk');
    } finally {
      await server.stop();
    }
  }
  return rows;
}

export function formatHttpRow(row: HttpBenchRow): string {
  return (
    `asks over HTTP  WORKERS=${row.workers}  ${row.connections} connections, ${row.durationS} s, ${row.generator.padEnd(10)}: ` +
    `${Math.round(row.asksPerSecond)} asks/s  p50 ${ms(row.p50Ms)} ms  p99 ${ms(row.p99Ms)} ms  max ${ms(row.maxMs)} ms  ` +
    `failed ${row.failed}  server CPU ${row.cpuMsPerAsk === undefined ? '–' : `${row.cpuMsPerAsk.toFixed(2)} ms/ask`}  ` +
    `load generator CPU ${row.loadGeneratorCpuMsPerRequest.toFixed(2)} ms/request  ` +
    `(load average before: ${row.loadAverage.toFixed(2)})`
  );
}

/** Latencies to the millisecond (wrk's are in microseconds): the host's noise is larger. */
const ms = (value: number) => String(Math.round(value));
