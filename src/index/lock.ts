import { randomBytes } from 'node:crypto';
import { link, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * An inter-process lock file, so that two processes (two replicas starting at once, a server and a CLI)
 * never write, commit or prune builds in the same index directory at the same time.
 *
 * The lock file is created whole and atomically: its content (owner pid, host, a random token) is written to
 * a private file first, then hard-linked to the lock's name, which fails if the name exists. A lock whose
 * owner died (kill -9, power cut) is stale and taken over: on the same host as soon as the owner's pid is
 * gone, so the next start after a crash never waits; for an owner on another host (an index directory on a
 * shared volume) once the owner has not refreshed the file's mtime for `staleAfterMs`.
 */
export interface LockOptions {
  /** Wait for a held lock (true) or give up at once (false). */
  wait: boolean;
  /** Called once when the lock is held by another live process and we wait for it. */
  onWait?: (owner: LockOwner) => void;
  /** When an owner on another host counts as dead; it refreshes the lock every third of this. Default 10 min. */
  staleAfterMs?: number;
}

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

export interface Lock {
  release(): Promise<void>;
}

const POLL_MS = 200;
const DEFAULT_STALE_MS = 10 * 60_000;
/** Locks this process holds, by path: a second caller in the same process waits instead of seeing "our pid". */
const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

async function readOwner(path: string): Promise<{ owner: LockOwner; mtimeMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { owner: JSON.parse(text) as LockOwner, mtimeMs: info.mtimeMs };
  } catch {
    return undefined; // gone meanwhile, or unreadable: the next attempt decides
  }
}

function isStale({ owner, mtimeMs }: { owner: LockOwner; mtimeMs: number }, path: string, staleAfterMs: number): boolean {
  if (owner.host === hostname()) {
    // Our own pid in a lock we do not hold: a previous life of this process (containers reuse pids).
    return owner.pid === process.pid ? !heldHere.has(path) : !alive(owner.pid);
  }
  return Date.now() - mtimeMs > staleAfterMs;
}

/** Moves a stale lock out of the way; puts it back if it turns out someone else took it over meanwhile. */
async function breakStale(path: string, stale: LockOwner): Promise<void> {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch {
    return; // already gone
  }
  const moved = await readOwner(aside);
  if (moved && moved.owner.token !== stale.token) await link(aside, path).catch(() => {});
  await unlink(aside).catch(() => {});
}

export async function acquireLock(path: string, options: LockOptions): Promise<Lock | undefined> {
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_MS;
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  let waited = false;
  for (;;) {
    if (!heldHere.has(path)) {
      if (await tryCreate(path, owner)) {
        heldHere.add(path);
        return holding(path, owner, staleAfterMs);
      }
      const current = await readOwner(path);
      if (current && isStale(current, path, staleAfterMs)) {
        await breakStale(path, current.owner);
        continue;
      }
      if (current && !waited) options.onWait?.(current.owner);
    }
    if (!options.wait) return undefined;
    waited = true;
    await sleep(POLL_MS);
  }
}

/** Drafts of lock files (`<lock>.<token>`) live for a moment; one older than this was left by a crash. */
export const LOCK_DRAFT_MAX_AGE_MS = 60_000;

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  const draft = `${path}.${owner.token}`;
  await writeFile(draft, JSON.stringify(owner));
  try {
    await link(draft, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await unlink(draft).catch(() => {});
  }
}

function holding(path: string, owner: LockOwner, staleAfterMs: number): Lock {
  const refresh = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => {});
  }, staleAfterMs / 3);
  refresh.unref();
  return {
    async release() {
      clearInterval(refresh);
      heldHere.delete(path);
      const current = await readOwner(path);
      if (current?.owner.token === owner.token) await unlink(path).catch(() => {});
    },
  };
}
