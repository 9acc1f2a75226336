import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NODE, TSX_LOADER } from '../helpers/process.js';

/**
 * A process that logs 2,000 lines in one go and exits at once, through the server's logger on a pipe: it
 * reports on stderr how many writes reached process.stdout.
 */
const SCRIPT = `
  const { createLogger } = await import('./src/server/logger.ts');
  let writes = 0;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (...args) => (writes++, write(...args));
  const logger = createLogger({ LOG_LEVEL: 'info' });
  for (let i = 0; i < 2000; i++) logger.info({ i }, 'request');
  process.on('exit', () => process.stderr.write(String(writes)));
  process.exit(0);
`;

describe('log lines to stdout', () => {
  it('are written in batches, in order, and those logged right before process.exit still come out', () => {
    const run = spawnSync(NODE, [...TSX_LOADER, '--input-type=module', '-e', SCRIPT], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { i: number; msg: string });
    expect(lines.map((l) => l.i)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    expect(lines.every((l) => l.msg === 'request')).toBe(true);
    const writes = Number(run.stderr.trim().split('\n').pop());
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(20); // one per 64 KiB batch, not one per line
  });
});
