import { mkdirSync, statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * mkdir -p that fails instead of hanging. Node's `mkdir(..., { recursive: true })` loops forever where
 * mkdir answers ENOENT although the parent exists (/proc: a DATA_DIR there hung the server at 100% CPU), so
 * each missing level is made by hand, and the error of the first level that cannot be made is thrown.
 */
export function ensureDirSync(dir: string): void {
  const path = resolve(dir);
  const attempt = () => {
    try {
      mkdirSync(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && statSync(path).isDirectory()) return;
      throw err;
    }
  };
  try {
    attempt();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(path) === path) throw err;
    ensureDirSync(dirname(path));
    attempt();
  }
}

export async function ensureDir(dir: string): Promise<void> {
  const path = resolve(dir);
  const attempt = async () => {
    try {
      await mkdir(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(path)).isDirectory()) return;
      throw err;
    }
  };
  try {
    await attempt();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(path) === path) throw err;
    await ensureDir(dirname(path));
    await attempt();
  }
}
