import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildIndex } from '../../src/index/build.js';
import { tempConfig } from '../helpers/corpus.js';
import { ensureDist, NODE, startProcess } from '../helpers/process.js';

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
