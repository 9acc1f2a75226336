import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWhole } from '../../src/index/binary.js';

describe('readWhole', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'strategisvar-binary-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a file of several pieces of readFile, and an empty one, byte for byte', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 11)) & 0xff;
    await writeFile(join(dir, 'big'), big);
    await writeFile(join(dir, 'empty'), '');
    expect((await readWhole(join(dir, 'big'))).equals(await readFile(join(dir, 'big')))).toBe(true);
    expect(await readWhole(join(dir, 'empty'))).toHaveLength(0);
    await expect(readWhole(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});
