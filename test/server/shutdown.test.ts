import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeOpenAI } from '../helpers/fake-openai.js';
import { alive, exitWithin, killLeftoverProcesses, loadWithStalledLogReader, NODE, prepareServerEnv, startProcess } from '../helpers/process.js';

/**
 * The production command (`node dist/server/main.js`) and `npm start` as real processes, stopped with
 * SIGTERM the way a process manager stops them.
 */
let env: Record<string, string>;
let llm: FakeOpenAI;

beforeAll(async () => {
  ({ env, llm } = await prepareServerEnv());
}, 120_000);

afterAll(() => llm?.close());
afterEach(killLeftoverProcesses);

const refused = (base: string) =>
  new Promise<boolean>((resolve) => {
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('connect', () => (socket.destroy(), resolve(false)));
    socket.on('error', () => resolve(true));
  });

/** Generous: on a loaded machine a start or an answer can take seconds; a wait that times out is a failure. */
async function waitFor(condition: () => boolean, ms = 30_000): Promise<void> {
  for (const until = Date.now() + ms; !condition(); ) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const QUESTION = { question: 'Hvad gør Region Nordjylland for at korte ventetiderne?' };

describe('stopping the server with SIGTERM', { timeout: 120_000 }, () => {
  it('node dist/server/main.js stops accepting, finishes an open answer stream, closes SQLite and exits 0', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    llm.replies({ content: 'Region Nordjylland vil korte ventetiderne [1].', gate });
    const server = startProcess(NODE, ['dist/server/main.js'], env);
    const base = await server.listening;

    const feedback = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'q', answer: 'a', rating: 'up' }),
    });
    expect(feedback.status).toBe(201);

    const requestsBefore = llm.requests.length;
    const stream = fetch(`${base}/api/ask/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(QUESTION),
    }).then(async (res) => ({ status: res.status, body: await res.text() }));
    await waitFor(() => llm.requests.length > requestsBefore); // the answer is being written

    server.child.kill('SIGTERM');
    await waitFor(() => server.logs.some((l) => String(l.msg).startsWith('shutting down')));
    expect(await refused(base)).toBe(true);
    const ready = alive(server.child.pid!);
    setTimeout(release, 300);

    const { status, body } = await stream;
    expect(ready).toBe(true); // still running while the stream was open
    expect(status).toBe(200);
    expect(body).toMatch(/event: done/);
    expect(await server.exited).toBe(0);
    // A clean close checkpoints the write-ahead log into the database and removes it.
    const file = join(env.DATA_DIR, 'feedback.sqlite');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM feedback').get()).toEqual({ n: 1 });
    db.close();
  });

  it('a stream that outlives SHUTDOWN_GRACE_MS is cut and the exit code says so', async () => {
    llm.replies({ hang: true });
    const server = startProcess(NODE, ['dist/server/main.js'], { ...env, SHUTDOWN_GRACE_MS: '300' });
    const base = await server.listening;
    const requestsBefore = llm.requests.length;
    const stream = fetch(`${base}/api/ask/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(QUESTION),
    }).then((res) => res.text()).catch((err: Error) => `cut: ${err.message}`);
    await waitFor(() => llm.requests.length > requestsBefore);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(server.logs.map((l) => l.msg)).toContain('open requests did not finish within the grace period; cutting them');
    await stream;
  });

  it('npm start passes SIGTERM on to the server itself', async () => {
    llm.replies({ content: 'ok' });
    const npm = startProcess('npm', ['start', '--silent'], env);
    await npm.listening;
    const serverPid = Number(npm.logs.find((l) => typeof l.pid === 'number')!.pid);
    expect(serverPid).not.toBe(npm.child.pid);
    npm.child.kill('SIGTERM');
    expect(await npm.exited).toBe(0);
    await waitFor(() => !alive(serverPid));
    expect(npm.logs.map((l) => l.msg)).toContain('all requests finished');
  });

  it('a log reader that stops reading costs log lines, not answers or the shutdown', async () => {
    const server = startProcess(NODE, ['dist/server/main.js'], env);
    const base = await server.listening;
    const linesBefore = server.logs.length;
    const statuses = await loadWithStalledLogReader(server, base);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(server.logs.length - linesBefore).toBeLessThan(statuses.length / 2); // the reader did stall
    server.child.kill('SIGTERM');
    expect(await exitWithin(server, 20_000)).toBe(0);
  });
});
