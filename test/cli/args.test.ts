import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCli } from '../../src/cli/args.js';
import { NODE, TSX_LOADER } from '../helpers/process.js';

const SPEC = {
  name: 'demo',
  usage: 'usage: npm run demo -- [--flag] <thing>',
  options: { flag: { type: 'boolean' }, count: { type: 'string' } },
  positionals: { min: 1, max: 1 },
} as const;

class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
  vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(s));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Exit(code as number);
  });
  try {
    return { parsed: parseCli(SPEC, argv), out, err };
  } catch (e) {
    if (e instanceof Exit) return { exit: e.code, out, err };
    throw e;
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  process.removeAllListeners('uncaughtException');
});

describe('the CLIs\' argument parser', () => {
  it('parses options and positionals', () => {
    const { parsed } = run(['--flag', '--count', '3', 'x']);
    expect(parsed?.values).toMatchObject({ flag: true, count: '3' });
    expect(parsed?.positionals).toEqual(['x']);
  });

  it('--help and -h print the usage and exit 0', () => {
    for (const help of ['--help', '-h']) {
      const result = run([help]);
      expect(result).toMatchObject({ exit: 0, out: [SPEC.usage], err: [] });
    }
  });

  it.each([
    [['--bogus', 'x'], "demo: Unknown option '--bogus'"],
    [[], 'demo: an argument is missing'],
    [['x', 'y'], 'demo: unexpected argument: y'],
    [['--count'], "demo: Option '--count <value>' argument missing"],
  ])('%j exits 2 with the problem and the usage', (argv, message) => {
    const result = run(argv);
    expect(result.exit).toBe(2);
    expect(result.err).toEqual([`${message}\n\n${SPEC.usage}`]);
  });
});

describe('commands answer --help without running', () => {
  // Spawned for real: `npm run bench -- --help` once ran the whole benchmark, `ask -- --help` crashed.
  // (Every CLI goes through parseCli, tested above; eval has its own parser and tests.)
  it.each(['ask', 'bench'])('%s', (name) => {
    const help = spawnSync(NODE, [...TSX_LOADER, `src/cli/${name}.ts`, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run /i);
    const bogus = spawnSync(NODE, [...TSX_LOADER, `src/cli/${name}.ts`, '--no-such-option'], { encoding: 'utf8', timeout: 60_000 });
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toMatch(new RegExp(`^${name}: Unknown option '--no-such-option'`));
    expect(bogus.stderr).toMatch(/usage: npm run /i);
  });
});

describe('bench --questions', () => {
  // Checked before any work: a wrong file used to surface only after minutes of corpus generation and builds.
  it.each([
    ['/no/such/questions.jsonl', /^bench: --questions: cannot read \/no\/such\/questions\.jsonl/],
    ['package.json', /^bench: --questions: package\.json needs one JSON object with a "question" per line \(line 1 has none\)/],
  ])('%s exits 2 before any work', (file, message) => {
    const run = spawnSync(NODE, [...TSX_LOADER, 'src/cli/bench.ts', '--questions', file, '--synthetic', '1000'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/passages: generating/);
  });
});
