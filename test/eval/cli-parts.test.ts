import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../src/eval/args.js';
import { createProgress } from '../../src/eval/progress.js';

describe('eval arguments', () => {
  it('defaults to the hybrid mode and the eval/ files', () => {
    expect(parseEvalArgs([])).toEqual({
      options: {
        set: 'own',
        split: 'all',
        questionsFile: 'eval/questions.jsonl',
        thresholdsFile: 'eval/thresholds.json',
        outDir: 'eval/reports',
        modes: ['hybrid'],
        url: undefined,
        category: undefined,
        region: undefined,
        ids: undefined,
        compare: undefined,
        check: false,
        validate: false,
        formats: [],
        noJudge: false,
      },
    });
  });

  it('parses every option', () => {
    const parsed = parseEvalArgs(['--url', 'http://127.0.0.1:8787', '--mode', 'all', '--category', 'typos', '--region', 'Helse Nord', '--ids', 'a, b,', '--compare', 'old.json', '--check', '--out', 'x']);
    expect(parsed).toMatchObject({
      options: { url: 'http://127.0.0.1:8787', modes: ['hybrid', 'lexical', 'dense'], category: 'typos', region: 'Helse Nord', ids: ['a', 'b'], compare: 'old.json', check: true, outDir: 'x' },
    });
  });

  it.each([
    [['--mode', 'bm25'], '--mode must be one of'],
    [['--category', 'trivia'], '--category must be one of'],
    [['--url', 'not a url'], '--url is not a URL'],
    [['--ids', ' , '], '--ids needs at least one id'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j', (argv, message) => {
    const parsed = parseEvalArgs(argv);
    expect('error' in parsed && parsed.error).toContain(message);
  });

  it('takes option values in any case', () => {
    expect(parseEvalArgs(['--category', 'Typos', '--mode', 'HYBRID', '--split', 'Tune', '--set', 'Citizen'])).toMatchObject({
      options: { category: 'typos', modes: ['hybrid'], split: 'tune', set: 'citizen' },
    });
  });

  it('picks the set’s own thresholds file, and takes any JSONL path as a set', () => {
    expect(parseEvalArgs(['--set', 'citizen'])).toMatchObject({ options: { set: 'citizen', thresholdsFile: 'eval/thresholds.citizen.json' } });
    expect(parseEvalArgs(['--set', '/tmp/Mine.jsonl'])).toMatchObject({
      options: { set: '/tmp/Mine.jsonl', questionsFile: '/tmp/Mine.jsonl', thresholdsFile: 'eval/thresholds.json' },
    });
    expect(parseEvalArgs(['--questions', 'q.jsonl'])).toMatchObject({ options: { questionsFile: 'q.jsonl' } });
    expect(parseEvalArgs(['--set', 'own', '--questions', 'q.jsonl'])).toEqual({ error: 'give --set or --questions, not both' });
    expect(parseEvalArgs(['--split', 'half'])).toMatchObject({ error: expect.stringContaining('--split must be one of') });
  });

  it('knows --help', () => {
    expect(parseEvalArgs(['-h'])).toEqual({ help: true });
  });
});

describe('progress', () => {
  it('prints a line every N questions and at the end when not on a terminal', () => {
    let text = '';
    const p = createProgress('hybrid', { write: (s: string) => (text += s), isTTY: false }, 2);
    for (let i = 1; i <= 5; i++) p.update(i, 5, i === 3);
    p.finish();
    expect(text.split('\n').filter(Boolean)).toEqual([
      'hybrid: 2/5 questions, 0 with failures',
      'hybrid: 4/5 questions, 1 with failures',
      'hybrid: 5/5 questions, 1 with failures',
    ]);
  });

  it('redraws one bar on a terminal', () => {
    let text = '';
    const p = createProgress('dense', { write: (s: string) => (text += s), isTTY: true }, 2);
    p.update(1, 2, false);
    p.update(2, 2, true);
    p.finish();
    expect(text.split('\r').filter(Boolean)).toHaveLength(2);
    expect(text).toContain('[##############################] dense: 2/2 questions, 1 with failures\n');
  });
});
