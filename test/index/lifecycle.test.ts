import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuild, cleanLeftovers, ensureBuild, liveBuild, readLiveBuild, type EnsureBuildOptions } from '../../src/index/lifecycle.js';
import { acquireLock } from '../../src/index/lock.js';

const tempIndex = async () => join(await mkdtemp(join(tmpdir(), 'strategisvar-lifecycle-')), 'index');

/** A writer that leaves two files, one in a subdirectory, holding `content`. */
function writer(content: string): EnsureBuildOptions['write'] {
  return async (dir) => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a.json'), JSON.stringify({ content }));
    await writeFile(join(dir, 'sub', 'b.bin'), Buffer.alloc(1000, content));
  };
}

const build = (indexDir: string, content: string, extra: Partial<EnsureBuildOptions> = {}) =>
  ensureBuild(indexDir, {
    label: content,
    isCurrent: async (b) => JSON.parse(await readFile(join(b.dir, 'a.json'), 'utf8')).content === content,
    write: writer(content),
    ...extra,
  });

describe('index build lifecycle', () => {
  it('commits a build with its own file list and points current.json at it', async () => {
    const indexDir = await tempIndex();
    const { build: ref, built } = await build(indexDir, 'one');
    expect(built).toBe(true);
    expect(ref.name).toMatch(/^one-/);
    expect(JSON.parse(await readFile(join(indexDir, 'current.json'), 'utf8'))).toEqual({ build: ref.name });
    const { files } = JSON.parse(await readFile(join(ref.dir, 'files.json'), 'utf8'));
    expect(files.map((f: { path: string }) => f.path)).toEqual(['a.json', 'sub/b.bin']);
    expect(files[1]).toMatchObject({ size: 1000, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await checkBuild(ref.dir, { hashes: true })).toBeUndefined();
    expect((await build(indexDir, 'one')).built).toBe(false);
  });

  it('a build missing a file or with a short file is incomplete, and gets rebuilt', async () => {
    const indexDir = await tempIndex();
    const first = (await build(indexDir, 'one')).build;
    await truncate(join(first.dir, 'sub', 'b.bin'), 10);
    expect(await checkBuild(first.dir)).toBe('sub/b.bin has 10 bytes, not 1000');
    expect(await liveBuild(indexDir)).toBeUndefined();
    const second = await build(indexDir, 'one');
    expect(second.built).toBe(true);
    expect(await readdir(join(indexDir, 'builds'))).toEqual([second.build.name]);

    await writeFile(join(second.build.dir, 'sub', 'b.bin'), Buffer.alloc(1000, 'x'));
    expect(await checkBuild(second.build.dir)).toBeUndefined(); // same size: only the hashes tell
    expect(await checkBuild(second.build.dir, { hashes: true })).toBe('sub/b.bin does not match its sha256');
    await writeFile(join(second.build.dir, 'files.json'), '{"fil');
    expect(await checkBuild(second.build.dir)).toBe('no readable files.json');
  });

  it('a forced rebuild writes a new build while the live one stays whole, then prunes it', async () => {
    const indexDir = await tempIndex();
    const old = (await build(indexDir, 'one')).build;
    const seenDuringWrite: (string | undefined)[] = [];
    const steps: string[] = [];
    const { build: fresh } = await build(indexDir, 'one', {
      force: true,
      write: async (dir) => {
        seenDuringWrite.push((await liveBuild(indexDir))?.name, await checkBuild(old.dir));
        await writer('one')(dir);
      },
      onStep: (step) => steps.push(step),
    });
    expect(seenDuringWrite).toEqual([old.name, undefined]);
    expect(steps).toEqual(['commit', 'switch', 'prune']);
    expect(fresh.name).not.toBe(old.name);
    expect(existsSync(old.dir)).toBe(false);
  });

  it('a failing writer leaves the live build as it was and no temp directory', async () => {
    const indexDir = await tempIndex();
    const old = (await build(indexDir, 'one')).build;
    await expect(build(indexDir, 'two', { write: async () => { throw new Error('disk full'); } })).rejects.toThrow('disk full');
    expect(await liveBuild(indexDir)).toEqual(old);
    expect((await readdir(indexDir)).sort()).toEqual(['builds', 'current.json']);
  });

  it('leftovers of killed builds go at the next start, but not while a build holds the lock', async () => {
    const indexDir = await tempIndex();
    const live = (await build(indexDir, 'one')).build;
    await mkdir(join(indexDir, '.tmp-killed-1'));
    await mkdir(join(indexDir, 'builds', 'renamed-but-never-switched'));
    await writeFile(join(indexDir, 'current.json.12345'), '{"bui');

    const lock = await acquireLock(join(indexDir, '.lock'), { wait: false });
    expect(await cleanLeftovers(indexDir)).toEqual([]);
    await lock!.release();

    expect((await cleanLeftovers(indexDir)).sort()).toEqual(['.tmp-killed-1', 'builds/renamed-but-never-switched', 'current.json.12345']);
    expect((await readdir(indexDir)).sort()).toEqual(['builds', 'current.json']);
    expect(await liveBuild(indexDir)).toEqual(live);
  });

  it('two builders at once: one builds, the other waits for it and uses its build', async () => {
    const indexDir = await tempIndex();
    let writes = 0;
    const waits: number[] = [];
    const slowWriter: EnsureBuildOptions['write'] = async (dir) => {
      writes++;
      await new Promise((r) => setTimeout(r, 300));
      await writer('one')(dir);
    };
    const [a, b] = await Promise.all([
      build(indexDir, 'one', { write: slowWriter, onWait: (o) => waits.push(o.pid) }),
      build(indexDir, 'one', { write: slowWriter, onWait: (o) => waits.push(o.pid) }),
    ]);
    expect(writes).toBe(1);
    expect(a.build).toEqual(b.build);
    expect([a.built, b.built].sort()).toEqual([false, true]);
  });

  it('a lock left by a dead process is taken over at once', async () => {
    const indexDir = await tempIndex();
    await mkdir(indexDir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(dead.stdout.toString());
    await writeFile(join(indexDir, '.lock'), JSON.stringify({ pid: deadPid, host: hostname(), token: 'dead' }));
    const started = Date.now();
    expect((await build(indexDir, 'one')).built).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(existsSync(join(indexDir, '.lock'))).toBe(false);
  });

  it('a lock held by a live process on another host waits until it goes stale', async () => {
    const indexDir = await tempIndex();
    await mkdir(indexDir, { recursive: true });
    await writeFile(join(indexDir, '.lock'), JSON.stringify({ pid: 1, host: 'elsewhere', token: 'remote' }));
    expect(await acquireLock(join(indexDir, '.lock'), { wait: false, staleAfterMs: 60_000 })).toBeUndefined();
    const lock = await acquireLock(join(indexDir, '.lock'), { wait: true, staleAfterMs: 400 });
    expect(JSON.parse(await readFile(join(indexDir, '.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock!.release();
  });

  it('a reader racing a commit that prunes its build reads the new build instead', async () => {
    const indexDir = await tempIndex();
    const first = (await build(indexDir, 'one')).build;
    let attempts = 0;
    const content = await readLiveBuild(indexDir, async (b) => {
      attempts++;
      if (attempts === 1) {
        expect(b).toEqual(first);
        await build(indexDir, 'two'); // commits and prunes `first` mid-read
      }
      return JSON.parse(await readFile(join(b.dir, 'a.json'), 'utf8')).content;
    });
    expect([attempts, content]).toEqual([2, 'two']);
  });
});
