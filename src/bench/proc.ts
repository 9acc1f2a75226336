import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ: 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU time from /proc clock ticks (user + system, own or children's). */
export function ticksToMs(...ticks: number[]): number {
  return (ticks.reduce((sum, t) => sum + t, 0) * 1000) / TICKS_PER_SECOND;
}

/** CPU milliseconds (user + system) of a process and all its descendants, from /proc; undefined elsewhere. */
export function treeCpuMs(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces: the fields after its closing parenthesis are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = ticksToMs(Number(fields[11]), Number(fields[12])); // utime, stime
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    return children.reduce((sum, child) => sum + (treeCpuMs(child) ?? 0), own);
  } catch {
    return undefined;
  }
}
