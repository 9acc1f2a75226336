import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { buildIndex } from '../../src/index/build.js';
import { tempConfig } from './corpus.js';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai.js';

/**
 * Real server processes for tests that need a process boundary: signals, kills, several instances. Each
 * process logs pino JSON lines on stdout; `listening` resolves with the base URL from the line that says
 * where it listens (so PORT=0 works).
 */
export interface ServerProcess {
  child: ChildProcess;
  /** Every log line so far, parsed (lines that are not JSON are kept as `{ msg: line }`). */
  logs: Record<string, unknown>[];
  stderr: string[];
  listening: Promise<string>;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
}

export const NODE = process.execPath;
export const TSX_LOADER = ['--import', 'tsx'];

/** Every process startProcess started, for killLeftoverProcesses. */
const started = new Set<ServerProcess>();

export function startProcess(command: string, args: string[], env: Record<string, string>): ServerProcess {
  const child = spawn(command, args, {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        entry = { msg: line };
      }
      logs.push(entry);
      const match = /listening on (http:\/\/\S+)/.exec(String(entry.msg ?? ''));
      if (match) resolve(match[1]);
    });
    createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
    void exited.then((code) => reject(new Error(`exited (${code}) before listening: ${stderr.join('\n')}`)));
  });
  listening.catch(() => {}); // awaited by the test that wants it
  const server = { child, logs, stderr, listening, exited };
  started.add(server);
  void exited.then(() => started.delete(server));
  return server;
}

/**
 * SIGKILLs every started process still running and every process that logged through it (cluster workers,
 * the server under `npm start`): for `afterEach`, so a test that fails half-way leaves no server behind.
 */
export function killLeftoverProcesses(): void {
  for (const server of started) {
    const logged = server.logs.map((l) => l.pid).filter((pid): pid is number => typeof pid === 'number');
    for (const pid of new Set([...logged, server.child.pid])) if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    started.delete(server);
  }
}

/**
 * Stops reading the process's stdout, so its pipe fills (~64 KiB in the kernel, as much again here), then
 * sends `requests` GETs to /healthz, each logging a ~200-byte line. Resolves with the statuses; a server whose
 * logging blocks on the full pipe stops answering.
 */
export async function loadWithStalledLogReader(server: ServerProcess, base: string, requests = 2_000): Promise<number[]> {
  server.child.stdout!.pause();
  const statuses: number[] = [];
  for (let i = 0; i < requests; i++) {
    const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  return statuses;
}

/** The exit code, or 'hung' if the process has not exited within `ms`. */
export const exitWithin = (server: ServerProcess, ms: number) =>
  Promise.race([server.exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms))]);

/** Builds dist/ unless it already holds a build of the current sources. */
export function ensureDist(): void {
  const current = spawnSync(NODE, ['-e', "import('./scripts/sources.mjs').then(async (m) => process.exit((await m.distIsCurrent()) ? 0 : 1))"]);
  if (current.status === 0) return;
  const built = spawnSync(NODE, ['scripts/build.mjs'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed: ${built.stderr}`);
}

/** Whether a process with this pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a test needs to start the compiled server as a real process: `dist/` built, an index built in a temp
 * config (so each start only loads it) and a fake model server; `env` listens on 127.0.0.1 at a free port.
 */
export async function prepareServerEnv(): Promise<{ env: Record<string, string>; llm: FakeOpenAI }> {
  ensureDist();
  const config = await tempConfig();
  await buildIndex(config);
  const llm = await startFakeOpenAI();
  const env = {
    CORPUS_DIR: config.CORPUS_DIR,
    INDEX_DIR: config.INDEX_DIR,
    DATA_DIR: config.DATA_DIR,
    HOST: '127.0.0.1',
    PORT: '0',
    LLM_BASE_URL: llm.baseURL,
    LLM_MODEL: 'fake',
  };
  return { env, llm };
}
