import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ensureDir } from '../dirs.js';
import { acquireLock, LOCK_DRAFT_MAX_AGE_MS, type LockOwner } from './lock.js';

/**
 * How a build reaches the disk and becomes the one in use, whatever it contains. Layout of an index directory:
 *
 *   current.json            {"build": "<name>"}: the build in use; replaced atomically, as the very last step
 *   builds/<name>/          one committed build: the writer's files, plus
 *   builds/<name>/files.json  every other file of the build with its size and sha256, written after them
 *   .tmp-<name>-<random>/   a build being written (renamed into builds/ once complete)
 *   .lock                   held while a build is written, committed and old builds pruned (see lock.ts)
 *
 * A build counts as complete when its files.json exists and every file it lists is there with its size.
 * The order of a commit (write and fsync the files, write files.json, rename into builds/, switch
 * current.json, prune the rest) means a crash at any point leaves current.json naming a complete build,
 * or no build at all on the very first one; never a build that cannot be loaded. Builds are never replaced
 * in place: a forced rebuild gets a new name, so the live build is untouched until the pointer moves.
 * Leftovers of killed builds (.tmp-* directories, builds current.json does not name) are removed by the
 * next build, and at start when no build is running.
 *
 * A process that has loaded a build keeps working after a newer one prunes it: files it holds open stay
 * readable until it closes them (POSIX unlink), so load everything a build needs at start.
 */

export const FILE_LIST = 'files.json';
const POINTER = 'current.json';
const BUILDS = 'builds';
const TMP_PREFIX = '.tmp-';
const LOCK = '.lock';

export interface FileEntry {
  /** Relative to the build directory, with `/` separators. */
  path: string;
  size: number;
  sha256: string;
}

export interface BuildRef {
  name: string;
  dir: string;
}

/** Steps of a commit, reported as they start (a build's own stages come before, from its writer). */
export type CommitStep = 'commit' | 'switch' | 'prune';

export interface EnsureBuildOptions {
  /** Whether a complete live build is what is wanted (same inputs); checked again after waiting for the lock. */
  isCurrent: (build: BuildRef) => Promise<boolean>;
  /** Build even when the live build is current. */
  force?: boolean;
  /** A readable prefix for the new build's name (a content fingerprint); a unique suffix is added. */
  label: string;
  /** Writes the build's files into `dir` (empty, fresh). Whatever files it leaves there are the build. */
  write: (dir: string) => Promise<void>;
  onStep?: (step: CommitStep) => void;
  /** Another process holds the lock (it is building); called once before waiting for it. */
  onWait?: (owner: LockOwner) => void;
}

const buildsDir = (indexDir: string) => join(indexDir, BUILDS);

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

async function pointedName(indexDir: string): Promise<string | undefined> {
  try {
    const { build } = await readJson<{ build: unknown }>(join(indexDir, POINTER));
    // A name is one path segment of our own making; anything else is not a pointer we wrote.
    return typeof build === 'string' && /^[\w.-]+$/.test(build) && !build.startsWith('.') ? build : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with the build in `dir`, or undefined when it is complete: every file of its list present
 * with its size (and, with `hashes`, its sha256: slower, reads every byte).
 */
export async function checkBuild(dir: string, { hashes = false }: { hashes?: boolean } = {}): Promise<string | undefined> {
  let files: FileEntry[];
  try {
    files = (await readJson<{ files: FileEntry[] }>(join(dir, FILE_LIST))).files;
    if (!Array.isArray(files)) return `${FILE_LIST} lists no files`;
  } catch {
    return `no readable ${FILE_LIST}`;
  }
  for (const entry of files) {
    const file = join(dir, ...entry.path.split('/'));
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch {
      return `${entry.path} is missing`;
    }
    if (size !== entry.size) return `${entry.path} has ${size} bytes, not ${entry.size}`;
    if (hashes && (await hashAndSync(file)) !== entry.sha256) return `${entry.path} does not match its sha256`;
  }
  return undefined;
}

/** The build current.json names, if it is complete. */
export async function liveBuild(indexDir: string): Promise<BuildRef | undefined> {
  const name = await pointedName(indexDir);
  if (!name) return undefined;
  const dir = join(buildsDir(indexDir), name);
  return (await checkBuild(dir)) === undefined ? { name, dir } : undefined;
}

/**
 * Reads the live build with `read`. Should a newer build be committed (and this one pruned) while reading,
 * the read fails with a missing file: then it is done again on the new build.
 */
export async function readLiveBuild<T>(indexDir: string, read: (build: BuildRef) => Promise<T>): Promise<T> {
  for (;;) {
    const build = await liveBuild(indexDir);
    if (!build) throw new Error(`no complete index build in ${indexDir}`);
    try {
      return await read(build);
    } catch (err) {
      if ((await pointedName(indexDir)) === build.name) throw err;
    }
  }
}

/** Hashes a file and flushes it to the disk: both need every byte once, so one pass does both. */
async function hashAndSync(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ autoClose: false })) hash.update(chunk as Buffer);
    await handle.sync();
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/** fsync a directory, so a rename or new entry in it survives a power cut (not possible everywhere: skipped). */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Some platforms cannot open or fsync a directory; the rename is still atomic there.
  }
}

async function listFiles(dir: string): Promise<FileEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: FileEntry[] = [];
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
  for (const file of paths) {
    const path = relative(dir, file).split(sep).join('/');
    if (path === FILE_LIST) continue;
    files.push({ path, size: (await stat(file)).size, sha256: await hashAndSync(file) });
  }
  return files;
}

/** Removes what killed builds left: temp directories, builds the pointer does not name, stale lock drafts. */
async function removeLeftovers(indexDir: string): Promise<string[]> {
  const removed: string[] = [];
  const live = await pointedName(indexDir);
  for (const name of await readdir(indexDir).catch(() => [] as string[])) {
    const path = join(indexDir, name);
    const staleDraft =
      name.startsWith(`${LOCK}.`) && Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0) > LOCK_DRAFT_MAX_AGE_MS;
    // write-file-atomic's temp files (current.json.<n>) are leftovers too, should it be killed mid-write.
    if (name.startsWith(TMP_PREFIX) || name.startsWith(`${POINTER}.`) || staleDraft) {
      await rm(path, { recursive: true, force: true });
      removed.push(name);
    }
  }
  for (const name of await readdir(buildsDir(indexDir)).catch(() => [] as string[])) {
    if (name === live) continue;
    await rm(join(buildsDir(indexDir), name), { recursive: true, force: true });
    removed.push(`${BUILDS}/${name}`);
  }
  return removed;
}

/**
 * Removes leftovers of killed builds unless a build is running right now (it removes them itself).
 * Returns what was removed.
 */
export async function cleanLeftovers(indexDir: string): Promise<string[]> {
  await ensureDir(indexDir);
  const lock = await acquireLock(join(indexDir, LOCK), { wait: false });
  if (!lock) return [];
  try {
    return await removeLeftovers(indexDir);
  } finally {
    await lock.release();
  }
}

/**
 * Makes sure the live build is complete and current; otherwise (or with `force`) writes a new one through
 * `options.write` and commits it. Only one process builds at a time; the others wait and then use its build.
 */
export async function ensureBuild(indexDir: string, options: EnsureBuildOptions): Promise<{ build: BuildRef; built: boolean }> {
  if (!options.force) {
    const live = await liveBuild(indexDir);
    if (live && (await options.isCurrent(live))) return { build: live, built: false };
  }
  await ensureDir(buildsDir(indexDir));
  const lock = await acquireLock(join(indexDir, LOCK), { wait: true, onWait: options.onWait });
  try {
    await removeLeftovers(indexDir);
    if (!options.force) {
      const live = await liveBuild(indexDir); // built by the process we waited for?
      if (live && (await options.isCurrent(live))) return { build: live, built: false };
    }
    return { build: await writeAndCommit(indexDir, options), built: true };
  } finally {
    await lock!.release();
  }
}

async function writeAndCommit(indexDir: string, { label, write, onStep }: EnsureBuildOptions): Promise<BuildRef> {
  const name = `${label}-${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const tmp = join(indexDir, `${TMP_PREFIX}${name}`);
  await mkdir(tmp);
  try {
    await write(tmp);
    onStep?.('commit');
    const files = await listFiles(tmp);
    await writeFileAtomic(join(tmp, FILE_LIST), JSON.stringify({ files }, null, 1) + '\n');
    await syncDir(tmp);
    const dir = join(buildsDir(indexDir), name);
    await rename(tmp, dir);
    await syncDir(buildsDir(indexDir));
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  onStep?.('switch');
  // write-file-atomic writes a temp file, fsyncs it and renames it over: readers see the old or the new.
  await writeFileAtomic(join(indexDir, POINTER), JSON.stringify({ build: name }) + '\n');
  await syncDir(indexDir);
  onStep?.('prune');
  await removeLeftovers(indexDir);
  return { name, dir: join(buildsDir(indexDir), name) };
}

/** A complete build's size on disk: the sum of its file list. */
export async function buildBytes(dir: string): Promise<number> {
  const { files } = await readJson<{ files: FileEntry[] }>(join(dir, FILE_LIST));
  return files.reduce((sum, f) => sum + f.size, 0);
}
