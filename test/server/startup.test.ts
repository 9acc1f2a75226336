import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { workerExecArgv } from '../../src/server/cluster.js';
import { buildIndex } from '../../src/index/build.js';
import { tempConfig } from '../helpers/corpus.js';
import { ensureDist, killLeftoverProcesses, NODE, startProcess } from '../helpers/process.js';
import { freePort } from '../helpers/services.js';

/**
 * What an operator sees when a setting or the environment is wrong: the server exits 1 at once with one
 * line on stderr naming the problem, never a stack trace, never a hang, never a silently different setup.
 */
let base: Record<string, string>;

beforeAll(async () => {
  ensureDist();
  const config = await tempConfig();
  await buildIndex(config);
  base = { CORPUS_DIR: config.CORPUS_DIR, INDEX_DIR: config.INDEX_DIR, DATA_DIR: config.DATA_DIR, PORT: '0' };
}, 120_000);

afterEach(killLeftoverProcesses);

async function startFails(env: Record<string, string>): Promise<{ line: string; ms: number }> {
  const started = Date.now();
  const server = startProcess(NODE, ['dist/server/main.js'], { ...base, ...env });
  const code = await server.exited;
  expect(code).toBe(1);
  expect(server.stderr, 'exactly one line on stderr').toHaveLength(1);
  expect(server.stderr[0]).not.toMatch(/^\s+at /m);
  return { line: server.stderr[0], ms: Date.now() - started };
}

describe('a bad setting or environment stops the server at start with one clear line', () => {
  it.each([
    [{ PORT: 'abc' }, 'strategisvar: invalid settings: PORT="abc" must be a whole number from 0 to 65535'],
    [{ PORT: '-1' }, 'strategisvar: invalid settings: PORT="-1" must be a whole number from 0 to 65535'],
    [{ HOST: 'not a host' }, 'strategisvar: invalid settings: HOST="not a host" must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name'],
    [{ LLM_BASE_URL: 'localhost:8000/v1' }, 'strategisvar: invalid settings: LLM_BASE_URL="localhost:8000/v1" must be an http:// or https:// URL'],
    [{ WORKERS: 'many' }, 'strategisvar: invalid settings: WORKERS="many" must be auto or a whole number from 1 to 64'],
    [{ WORKER_SEMI_SPACE_MB: '1024' }, 'strategisvar: invalid settings: WORKER_SEMI_SPACE_MB="1024" must be a whole number from 0 to 256'],
    [{ DATABASE_URL: 'mysql://db/strategisvar' }, 'strategisvar: invalid settings: DATABASE_URL="mysql://db/strategisvar" must be a URL like postgres://user:password@host:5432/strategisvar'],
    [{ REDIS_URL: 'localhost:6379' }, 'strategisvar: invalid settings: REDIS_URL="localhost:6379" must be a URL like redis://host:6379'],
    [{ TRUST_PROXY: 'yes', LOG_LEVEL: 'loud' }, 'strategisvar: invalid settings: LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent; TRUST_PROXY="yes" must be a hop count or proxy addresses/CIDRs (invalid IP address: yes)'],
  ])('%o', async (env, expected) => {
    expect((await startFails(env)).line).toBe(expected);
  });

  it('a DATA_DIR under /proc fails fast instead of hanging', async () => {
    const { line, ms } = await startFails({ DATA_DIR: '/proc/strategisvar' });
    expect(line).toMatch(/^strategisvar: cannot open the feedback database in DATA_DIR \(\/proc\/strategisvar\): ENOENT/);
    expect(ms).toBeLessThan(15_000);
  });

  it('a DATA_DIR that is a file fails before the index is loaded', async () => {
    const file = join(base.DATA_DIR, '..', 'not-a-directory');
    writeFileSync(file, 'x');
    const { line } = await startFails({ DATA_DIR: file });
    expect(line).toMatch(/^strategisvar: cannot open the feedback database in DATA_DIR \(.*not-a-directory\): EEXIST/);
  });

  it('a DATABASE_URL nobody answers at fails fast, without showing its password', async () => {
    const port = await freePort();
    const { line, ms } = await startFails({ DATABASE_URL: `postgres://app:s3cret@127.0.0.1:${port}/strategisvar` });
    expect(line).toBe(
      `strategisvar: cannot open the feedback database in DATABASE_URL (postgres://app:…@127.0.0.1:${port}/strategisvar): connect ECONNREFUSED 127.0.0.1:${port}`,
    );
    expect(ms).toBeLessThan(15_000);
  });

  it('a REDIS_URL nobody answers at fails fast', async () => {
    const port = await freePort();
    const { line } = await startFails({ REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(line).toBe(`strategisvar: cannot reach the rate-limit store at REDIS_URL (redis://127.0.0.1:${port}): connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('WORKERS=auto is one worker per core', () => {
    expect(loadConfig({ WORKERS: 'auto' }).WORKERS).toBe(availableParallelism());
    expect(loadConfig({}).WORKERS).toBe(1);
  });

  it('workers get a 64 MiB young generation unless WORKER_SEMI_SPACE_MB says otherwise (0: V8 decides)', () => {
    expect(loadConfig({}).WORKER_SEMI_SPACE_MB).toBe(64);
    expect(loadConfig({ WORKER_SEMI_SPACE_MB: '0' }).WORKER_SEMI_SPACE_MB).toBe(0);
    expect(workerExecArgv(['--enable-source-maps'], 64)).toEqual(['--enable-source-maps', '--max-semi-space-size=64']);
    // The last of a repeated V8 flag wins: the setting overrides a size the primary was started with.
    expect(workerExecArgv(['--max-semi-space-size=8'], 32).at(-1)).toBe('--max-semi-space-size=32');
    expect(workerExecArgv(['--max-semi-space-size=8'], 0)).toEqual(['--max-semi-space-size=8']);
  });

  it('an empty PORT means the default port, not a random one', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(8787);
    expect(loadConfig({ PORT: ' ', TOP_K: '' })).toMatchObject({ PORT: 8787, TOP_K: 8 });
  });

  it('a port in use says so in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const { line } = await startFails({ PORT: String(port), HOST: '127.0.0.1' });
      expect(line).toBe(`strategisvar: port ${port} on 127.0.0.1 is in use`);
    } finally {
      blocker.close();
    }
  });
});
