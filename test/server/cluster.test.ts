import { get } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeOpenAI } from '../helpers/fake-openai.js';
import {
  alive,
  exitWithin,
  killLeftoverProcesses,
  loadWithStalledLogReader,
  NODE,
  prepareServerEnv,
  startProcess,
  type ServerProcess,
} from '../helpers/process.js';

/** WORKERS=2: one port, two server processes under a primary that restarts them and stops them gracefully. */
let env: Record<string, string>;
let llm: FakeOpenAI;

beforeAll(async () => {
  ({ env, llm } = await prepareServerEnv());
  env = { ...env, WORKERS: '2' };
}, 120_000);

afterAll(() => llm?.close());
afterEach(killLeftoverProcesses);

async function waitFor(condition: () => boolean, ms = 30_000): Promise<void> {
  for (const until = Date.now() + ms; !condition(); ) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** GET on a new connection each time (the primary hands each connection to the next worker). */
const status = (url: string) =>
  new Promise<number>((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    }).on('error', reject);
  });

const workerPids = (server: ServerProcess) => server.logs.filter((l) => l.msg === 'worker ready').map((l) => Number(l.pid));
const servedBy = (server: ServerProcess) => new Set(server.logs.filter((l) => l.msg === 'request').map((l) => Number(l.pid)));

describe('WORKERS=2', () => {
  it('both workers serve one port; a killed worker is replaced while the other answers; SIGTERM drains and exits 0', { timeout: 120_000 }, async () => {
    const server = startProcess(NODE, ['dist/server/main.js'], env);
    const base = await server.listening;
    // The workers' lines come through the primary's pipe: "worker ready" may follow the primary's own line.
    await waitFor(() => workerPids(server).length >= 2);
    const [first, second] = workerPids(server);
    expect(workerPids(server)).toHaveLength(2);
    expect(first).not.toBe(server.child.pid);
    // Each worker runs with the young generation WORKER_SEMI_SPACE_MB sets (its default, 64 MiB).
    const flags = server.logs.filter((l) => l.msg === 'worker ready').map((l) => l.execArgv);
    expect(flags).toEqual([expect.arrayContaining(['--max-semi-space-size=64']), expect.arrayContaining(['--max-semi-space-size=64'])]);

    const statuses = await Promise.all(Array.from({ length: 8 }, () => status(`${base}/healthz`)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    await waitFor(() => server.logs.filter((l) => l.msg === 'request').length >= 8);
    expect(servedBy(server)).toEqual(new Set([first, second]));

    // A connection the primary hands to a worker at the instant it dies is lost with it (node:cluster), as
    // requests in flight on a crashed single process would be; from the primary's noticing on, none is.
    process.kill(first, 'SIGKILL');
    await waitFor(() => server.logs.some((l) => l.msg === 'a worker died; starting another'));
    const during = [];
    for (let i = 0; i < 6; i++) during.push(await status(`${base}/healthz`));
    expect(during.every((s) => s === 200)).toBe(true); // the other worker took every connection
    await waitFor(() => workerPids(server).length === 3);
    const replacement = workerPids(server)[2];
    expect(alive(replacement)).toBe(true);

    // An answer stream open at SIGTERM is finished before the worker exits; the primary exits 0 after them.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    llm.replies({ content: 'Region Nordjylland vil korte ventetiderne [1].', gate });
    const requestsBefore = llm.requests.length;
    const stream = fetch(`${base}/api/ask/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Hvad gør Region Nordjylland for at korte ventetiderne?' }),
    }).then(async (res) => ({ status: res.status, body: await res.text() }));
    await waitFor(() => llm.requests.length > requestsBefore);
    server.child.kill('SIGTERM');
    await waitFor(() => server.logs.filter((l) => String(l.msg).startsWith('shutting down')).length >= 3);
    setTimeout(release, 300);
    const { status: streamStatus, body } = await stream;
    expect(streamStatus).toBe(200);
    expect(body).toMatch(/event: done/);
    expect(await server.exited).toBe(0);
    expect(server.logs.filter((l) => l.msg === 'all requests finished')).toHaveLength(2);
    expect([second, replacement].some(alive)).toBe(false);
  });

  it("without Redis, one client's rate limit holds across the workers (counted in the primary)", { timeout: 120_000 }, async () => {
    const server = startProcess(NODE, ['dist/server/main.js'], { ...env, RATE_LIMIT_PER_MINUTE: '4' });
    try {
      const base = await server.listening;
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push(await status(`${base}/api/documents`));
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
      await waitFor(() => server.logs.filter((l) => l.msg === 'request').length === 8);
      expect(servedBy(server).size).toBe(2); // each new connection went to the next worker
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });

  it('a log reader that stops reading costs log lines, not answers or the shutdown', { timeout: 120_000 }, async () => {
    const server = startProcess(NODE, ['dist/server/main.js'], env);
    const base = await server.listening;
    const statuses = await loadWithStalledLogReader(server, base);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // The workers exit first; the primary must still get its last line out (or drop it) and exit.
    server.child.kill('SIGTERM');
    expect(await exitWithin(server, 20_000)).toBe(0);
  });

  it('a worker that cannot start stops the whole start with exit 1', async () => {
    const server = startProcess(NODE, ['dist/server/main.js'], { ...env, INDEX_DIR: '/proc/strategisvar-index' });
    expect(await server.exited).toBe(1);
    expect(server.logs.map((l) => l.msg)).toContain('a worker could not start; stopping');
  });
});
