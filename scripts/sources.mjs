// What dist/ is built from, hashed: dist/build-info.json records it, and `npm start` rebuilds when the
// sources no longer match (a git pull, an edit) instead of running stale code.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUILD_INFO = 'dist/build-info.json';
const INPUTS = ['src', 'scripts/build.mjs', 'package.json', 'package-lock.json'];

async function filesOf(path) {
  try {
    const entries = await readdir(path, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
  } catch (err) {
    if (err.code === 'ENOTDIR') return [path];
    if (err.code === 'ENOENT') return [];
    throw err;
  }
}

export async function sourcesHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of (await filesOf(join(root, input))).sort()) {
      hash.update(relative(root, file)).update('\0').update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** Whether dist/ holds a complete build of the current sources (always true without src/: a dist-only copy). */
export async function distIsCurrent() {
  let info;
  try {
    info = JSON.parse(await readFile(join(root, BUILD_INFO), 'utf8'));
  } catch {
    return false;
  }
  return (await filesOf(join(root, 'src'))).length === 0 || info.sources === (await sourcesHash());
}
