import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('answering is separate from index building', () => {
  it('no module under src/answer/ imports src/index/ (the composition root, src/engine.ts, wires them)', () => {
    const offenders = sources('src/answer').filter((file) => /from '(\.\.\/)+index\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
