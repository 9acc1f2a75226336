import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalOptions } from '../../src/eval/args.js';
import { CitationChecker } from '../../src/eval/citations.js';
import { runEvalCommand, type EvalDeps } from '../../src/eval/command.js';
import { createHttpTarget } from '../../src/eval/http-target.js';
import type { EvalReport } from '../../src/eval/report.js';
import { runMode } from '../../src/eval/runner.js';
import type { AskRequest, RetrievalMode } from '../../src/shared/api.js';
import { createFakeEngine, tinyCorpus, tinyRecords, toJsonl, type FakeEngine } from './fakes.js';

const scoring = { citations: new CitationChecker(tinyCorpus), detectLanguage: () => undefined };

describe('runMode', () => {
  it('asks, then searches the standalone question with the same mode, and scores every question', async () => {
    const engine = createFakeEngine();
    const seen: string[] = [];
    const run = await runMode({ records: tinyRecords, target: engine, mode: 'lexical', scoring, onResult: (r, done, total) => seen.push(`${r.id} ${done}/${total}`) });

    expect(seen).toEqual(tinyRecords.map((r, i) => `${r.id} ${i + 1}/${tinyRecords.length}`));
    expect(engine.calls.every((c) => c.mode === 'lexical')).toBe(true);
    const followSearch = engine.calls.filter((c) => c.kind === 'search').find((c) => c.text.includes('Og ambulancen?'));
    expect(followSearch?.text).toBe('Hvad siger Region A om ventetider? Og ambulancen?');
    expect(engine.calls.find((c) => c.kind === 'ask' && c.text === 'Og ambulancen?')?.history).toBe(2);

    const byId = Object.fromEntries(run.results.map((r) => [r.id, r]));
    expect(byId.ventetid.failures).toEqual([]);
    expect(byId.ventetid.metrics).toMatchObject({ 'hit@1': 1, citationValidity: 1, faithfulness: 1, factHit: 1, languageMatch: 1, abstentionCorrect: 1 });
    expect(byId.visjon.metrics.languageMatch).toBe(1);
    // The follow-up finds the right section but its answer lacks the asked-for fact.
    expect(byId.follow.metrics['hit@1']).toBe(1);
    expect(byId.follow.failures).toEqual(['facts: none of “ambulancen”']);
    expect(byId.digt.abstention).toBe('tp');
    expect(byId.digt.metrics['hit@5']).toBeNull();
    // Refusal rates count answerable questions only; answer rates only the ones to refuse.
    expect(byId.ventetid.outcome).toBe('direct');
    expect(byId.ventetid.metrics).toMatchObject({ refusedAnswerable: 0, directAnswerable: 1, answeredUnanswerable: null });
    expect(byId.digt.outcome).toBe('refused');
    expect(byId.digt.metrics).toMatchObject({ refusedAnswerable: null, directAnswerable: null, answeredUnanswerable: 0 });
    // Hits keep their text and the gold facts they hold, for the report and the judge.
    expect(byId.ventetid.hits[0]).toMatchObject({ gold: true, goldFacts: ['korte ventetider'] });
    expect(byId.ventetid.hits[0].text).toContain('Korte ventetider');

    expect(run.mode).toBe('lexical');
    expect(run.answerModes).toEqual({ extractive: tinyRecords.length });
    expect(run.overall.metrics.abstentionRecall).toBe(1);
    expect(run.overall.metrics.abstentionPrecision).toBe(1);
    expect(run.byCategory.factual.count).toBe(2);
  });

  it('records a failing engine call as a failed question and carries on', async () => {
    const engine = createFakeEngine({ failOn: 'ventetider' });
    const run = await runMode({ records: tinyRecords.slice(0, 2), target: engine, mode: 'hybrid', scoring });
    const failed = run.results[0];
    expect(failed.answer).toBeNull();
    expect(failed.failures).toContain('error: ask failed: engine exploded');
    expect(failed.outcome).toBe('error');
    expect(failed.metrics).toMatchObject({ factHit: 0, abstentionCorrect: 0, languageMatch: 0, refusedAnswerable: 1, directAnswerable: 0 });
    expect(failed.metrics['hit@5']).toBe(1);
    expect(run.results[1].failures).toEqual([]);
  });
});

function capture() {
  let text = '';
  return { stream: { write: (s: string) => (text += s), isTTY: false }, text: () => text };
}

function setup(records = tinyRecords, thresholds: object = { hybrid: { min: { 'hit@5': 0.5 } } }) {
  const dir = mkdtempSync(join(tmpdir(), 'strategisvar-eval-'));
  writeFileSync(join(dir, 'questions.jsonl'), toJsonl(records));
  writeFileSync(join(dir, 'thresholds.json'), JSON.stringify(thresholds));
  const options = (patch: Partial<EvalOptions> = {}): EvalOptions => ({
    set: join(dir, 'questions.jsonl'),
    split: 'all',
    questionsFile: join(dir, 'questions.jsonl'),
    thresholdsFile: join(dir, 'thresholds.json'),
    outDir: join(dir, 'reports'),
    modes: ['hybrid'],
    check: false,
    validate: false,
    formats: [],
    noJudge: false,
    ...patch,
  });
  return { dir, options };
}

function deps(engine: FakeEngine, out = capture(), err = capture(), at = '2025-03-04T05:06:07.000Z'): EvalDeps {
  return {
    openTarget: async () => ({ target: engine, reportAs: { kind: 'in-process' }, index: engine.info() }),
    loadCorpus: async () => tinyCorpus,
    stdout: out.stream,
    stderr: err.stream,
    now: () => new Date(at),
    gitSha: () => 'abc1234',
  };
}

const readReport = (dir: string): EvalReport => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));

describe('npm run eval (runEvalCommand)', () => {
  it('runs the suite in-process, writes json/md/html and prints a summary', async () => {
    const { dir, options } = setup();
    const out = capture();
    const err = capture();
    const code = await runEvalCommand(options(), deps(createFakeEngine(), out, err));
    expect(code).toBe(0);
    const runDir = join(dir, 'reports', '20250304-050607-hybrid-abc1234');
    for (const f of ['report.json', 'report.md', 'report.html']) expect(existsSync(join(runDir, f))).toBe(true);
    const report = readReport(runDir);
    expect(report.runs).toHaveLength(1);
    expect(report.runs[0].results).toHaveLength(tinyRecords.length);
    expect(report.config).toMatchObject({ modes: ['hybrid'], generative: false, totalQuestions: tinyRecords.length });
    expect(report.config.index?.embeddingModel).toBe('fake-model');
    expect(out.text()).toMatch(/Section hit@5\s+\d/);
    expect(out.text()).toContain('1 of 6 questions have failures.');
    expect(err.text()).toContain('hybrid: 6/6 questions, 1 with failures');
  });

  it('--mode all runs the three modes side by side', async () => {
    const { dir, options } = setup();
    const engine = createFakeEngine();
    const out = capture();
    expect(await runEvalCommand(options({ modes: ['hybrid', 'lexical', 'dense'] }), deps(engine, out))).toBe(0);
    const report = readReport(join(dir, 'reports', '20250304-050607-all-abc1234'));
    expect(report.runs.map((r) => r.mode)).toEqual(['hybrid', 'lexical', 'dense']);
    expect(new Set(engine.calls.map((c) => c.mode))).toEqual(new Set<RetrievalMode>(['hybrid', 'lexical', 'dense']));
    expect(out.text().split('\n')[0]).toMatch(/^Eval 20250304-050607-all-abc1234: set .+ \(sha256 [0-9a-f]{12}\), split all$/);
    expect(out.text()).toMatch(/^metric\s+hybrid\s+lexical\s+dense$/m);
  });

  it('filters by category, region and ids, and rejects unknown ids', async () => {
    const { dir, options } = setup();
    const run = async (patch: Partial<EvalOptions>, at: string) => {
      expect(await runEvalCommand(options(patch), deps(createFakeEngine(), capture(), capture(), at))).toBe(0);
      return readReport(join(dir, 'reports', `${at.slice(0, 10).replace(/-/g, '')}-000000-hybrid-abc1234`)).runs[0].results.map((r) => r.id);
    };
    expect(await run({ category: 'injection' }, '2025-01-01T00:00:00.000Z')).toEqual(['digt']);
    expect(await run({ region: 'helse b' }, '2025-01-02T00:00:00.000Z')).toEqual(['visjon']);
    expect(await run({ ids: ['follow', 'ventetid'] }, '2025-01-03T00:00:00.000Z')).toEqual(['ventetid', 'follow']);
    const err = capture();
    expect(await runEvalCommand(options({ ids: ['nope'] }), deps(createFakeEngine(), capture(), err))).toBe(2);
    expect(err.text()).toContain('unknown question ids: nope');
  });

  it('--check exits 1 when a metric is below its threshold and records the violation', async () => {
    const { dir, options } = setup(tinyRecords, { hybrid: { min: { factHit: 0.99, 'hit@5': 0.5 } } });
    const out = capture();
    expect(await runEvalCommand(options({ check: true }), deps(createFakeEngine(), out))).toBe(1);
    const report = readReport(join(dir, 'reports', '20250304-050607-hybrid-abc1234'));
    expect(report.thresholds?.violations).toEqual([{ mode: 'hybrid', metric: 'factHit', bound: 'min', limit: 0.99, actual: 0.75 }]);
    expect(out.text()).toContain('THRESHOLDS FAILED');
  });

  it('--check passes when thresholds are met', async () => {
    const { options } = setup();
    const out = capture();
    expect(await runEvalCommand(options({ check: true }), deps(createFakeEngine(), out))).toBe(0);
    expect(out.text()).toContain('Thresholds: all met.');
  });

  it('--validate fails on a made-up gold section without opening the engine', async () => {
    const bad = [...tinyRecords, { ...tinyRecords[0], id: 'bad', gold: { ...tinyRecords[0].gold!, sections: [{ region: 'Region A', section: 'Opdigtet' }] } }];
    const { options } = setup(bad);
    const err = capture();
    const engine = createFakeEngine();
    const d = { ...deps(engine, capture(), err), openTarget: async () => Promise.reject(new Error('must not open')) };
    expect(await runEvalCommand(options({ validate: true }), d)).toBe(1);
    expect(err.text()).toContain('gold label problem in bad: no section "Opdigtet" in Region A');
    // A normal run refuses to score against broken gold labels.
    expect(await runEvalCommand(options(), d)).toBe(2);
  });

  it('reports bad input files as input errors', async () => {
    const { dir, options } = setup();
    writeFileSync(join(dir, 'broken.jsonl'), '{"id": "x"}\n');
    const err = capture();
    expect(await runEvalCommand(options({ questionsFile: join(dir, 'broken.jsonl') }), deps(createFakeEngine(), capture(), err))).toBe(2);
    expect(err.text()).toMatch(/broken\.jsonl:1: /);
    expect(await runEvalCommand(options({ compare: join(dir, 'missing.json') }), deps(createFakeEngine(), capture(), err))).toBe(2);
    writeFileSync(join(dir, 'bad-thresholds.json'), '{"hybrid": {"min": {"nonsense": 1}}}');
    expect(await runEvalCommand(options({ check: true, thresholdsFile: join(dir, 'bad-thresholds.json') }), deps(createFakeEngine(), capture(), err))).toBe(2);
    expect(err.text()).toContain('unknown metric');
  });

  it('--compare lists what got better and worse against an earlier report', async () => {
    const { dir, options } = setup();
    await runEvalCommand(options(), deps(createFakeEngine({ failOn: 'ventetider' }), capture(), capture(), '2025-01-01T00:00:00.000Z'));
    const old = join(dir, 'reports', '20250101-000000-hybrid-abc1234', 'report.json');
    const out = capture();
    expect(await runEvalCommand(options({ compare: old }), deps(createFakeEngine(), out, capture(), '2025-01-02T00:00:00.000Z'))).toBe(0);
    const report = readReport(join(dir, 'reports', '20250102-000000-hybrid-abc1234'));
    const mode = report.comparison?.modes[0];
    expect(mode?.better.map((q) => q.id)).toEqual(['ventetid']);
    expect(mode?.worse).toEqual([]);
    expect(mode?.metrics.find((m) => m.metric === 'factHit')?.delta).toBeGreaterThan(0);
    expect(out.text()).toContain('better (1): ventetid');
    expect(readFileSync(join(dir, 'reports', '20250102-000000-hybrid-abc1234', 'report.md'), 'utf8')).toContain('## Compared with 20250101-000000-hybrid-abc1234');
    // The failed call became an answer: a changed outcome, listed before the metric deltas.
    expect(mode?.outcomeChanges).toEqual([
      { id: 'ventetid', category: 'factual', question: tinyRecords[0].question, expectAbstain: false, base: 'error', head: 'direct', direction: 'better' },
    ]);
    expect(out.text()).toMatch(/changed outcomes \(1\): ventetid error→direct \(better\)\n  metrics: /);
    const html = readFileSync(join(dir, 'reports', '20250102-000000-hybrid-abc1234', 'report.html'), 'utf8');
    // …and its card comes first in the question list, marked with what it was.
    expect(/<details class="q \w+" id="([^"]+)"/.exec(html)?.[1]).toBe('q-hybrid-ventetid');
    expect(html).toContain('title="outcome changed: error → direct (better)">was error</span>');
  });

  it('--split all reports the tune and frozen test parts side by side', async () => {
    // Eight questions of a category of their own: the frozen test part takes a quarter of them.
    const many = Array.from({ length: 8 }, (_, i) => ({ ...tinyRecords[3], id: `ventetid-${i}`, category: 'synonym' as const }));
    const { dir, options } = setup([...many, ...tinyRecords.slice(1)]);
    const out = capture();
    expect(await runEvalCommand(options(), deps(createFakeEngine(), out))).toBe(0);
    const report = readReport(join(dir, 'reports', '20250304-050607-hybrid-abc1234'));
    const parts = report.runs[0].results.filter((r) => r.id.startsWith('ventetid-')).map((r) => r.part);
    expect(parts.filter((p) => p === 'test')).toHaveLength(2);
    expect(report.runs[0].parts?.tune?.count).toBe(report.runs[0].results.length - 2);
    expect(report.runs[0].parts?.test?.count).toBe(2);
    expect(out.text()).toMatch(/^metric\s+hybrid\s+hybrid tune\s+hybrid test \(frozen\)$/m);
    expect(out.text()).toMatch(/^questions\s+13\s+11\s+2$/m);
    expect(out.text()).toMatch(/^test \(frozen\)\s+answerable\s+2\s+2\s+0\s+0\s+0$/m);
    expect(out.text()).toContain('test (frozen): Refused (answerable) 0.0% (0/2)');
    // report.md lists the tune part's failing questions only; the test part's are counted, not shown.
    const md = readFileSync(join(dir, 'reports', '20250304-050607-hybrid-abc1234', 'report.md'), 'utf8');
    const frozen = report.runs[0].results.filter((r) => r.part === 'test').map((r) => r.id);
    expect(md).toContain('### Failing questions (tune part)');
    expect(md).toContain('2 failing question(s) of the frozen test part are not listed here');
    for (const id of frozen) expect(md).not.toContain(`**${id}**`);
    // A run of one part has nothing to put beside it.
    expect(await runEvalCommand(options({ split: 'tune' }), deps(createFakeEngine(), capture(), capture(), '2025-05-05T00:00:00.000Z'))).toBe(0);
    expect(readReport(join(dir, 'reports', '20250505-000000-hybrid-abc1234')).runs[0].parts).toBeUndefined();
    // A run of the frozen part alone gives its numbers, but its questions stay as unlisted as beside the tune part.
    expect(await runEvalCommand(options({ split: 'test' }), deps(createFakeEngine(), capture(), capture(), '2025-06-06T00:00:00.000Z'))).toBe(0);
    const testRun = join(dir, 'reports', '20250606-000000-hybrid-abc1234');
    expect(readReport(testRun).runs[0].results.map((r) => r.part)).toEqual(['test', 'test']);
    const testMd = readFileSync(join(testRun, 'report.md'), 'utf8');
    expect(testMd).toContain('2 failing question(s) of the frozen test part are not listed here');
    for (const id of frozen) expect(testMd).not.toContain(`**${id}**`);
    expect(readFileSync(join(testRun, 'report.html'), 'utf8')).toContain('The frozen test part is hidden by default');
  });

  it('--format csv,junit also writes results.csv and junit.xml', async () => {
    const { dir, options } = setup();
    const out = capture();
    expect(await runEvalCommand(options({ formats: ['csv', 'junit'], check: true }), deps(createFakeEngine(), out))).toBe(0);
    const runDir = join(dir, 'reports', '20250304-050607-hybrid-abc1234');
    const csv = readFileSync(join(runDir, 'results.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv).toHaveLength(1 + tinyRecords.length);
    expect(csv[0]).toMatch(/^mode,part,id,category,language,regions,gold,outcome,passed,failure_kinds,failures,latency_ms,question,hit@1,/);
    expect(csv.find((l) => l.startsWith('hybrid,tune,follow,'))).toContain(',answerable,direct,no,facts,facts: none of “ambulancen”,');
    const junit = readFileSync(join(runDir, 'junit.xml'), 'utf8');
    expect(junit.match(/<testcase classname="eval\.[^"]+\.hybrid\./g)).toHaveLength(tinyRecords.length);
    expect(junit).toContain('<failure message="facts: none of “ambulancen”" type="facts">');
    expect(junit).toMatch(/<testcase classname="[^"]+\.thresholds" name="hybrid Section hit@5 min 50\.0%" time="0"><\/testcase>/);
    expect(out.text()).toContain('(also report.md, report.json, results.csv, junit.xml)');
  });
});

describe('npm run eval -- --url', () => {
  let server: Server;
  let url: string;
  const seenModes: string[] = [];
  const engine = createFakeEngine();

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const mode = (u.searchParams.get('mode') ?? 'hybrid') as RetrievalMode;
      seenModes.push(`${req.method} ${u.pathname} ${mode}`);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'POST' && u.pathname === '/api/ask') {
        let body = '';
        for await (const chunk of req) body += chunk;
        send(200, await engine.ask(JSON.parse(body) as AskRequest, { mode }));
      } else if (req.method === 'GET' && u.pathname === '/api/search') {
        const q = u.searchParams.get('q') ?? '';
        send(200, { query: q, mode, hits: await engine.search(q, Number(u.searchParams.get('k')), mode) });
      } else if (u.pathname === '/healthz') {
        send(200, { status: 'ok', index: engine.info() });
      } else {
        send(404, { error: { code: 'not_found', message: 'nope' } });
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs the same suite over HTTP with the mode on every request, scoring like in-process', async () => {
    const { dir, options } = setup();
    const target = createHttpTarget(url);
    const d: EvalDeps = {
      ...deps(engine),
      openTarget: async () => ({ target, reportAs: { kind: 'http', url }, index: await target.info() }),
    };
    expect(await runEvalCommand(options({ modes: ['dense'], url }), d)).toBe(0);
    const report = readReport(join(dir, 'reports', '20250304-050607-dense-abc1234'));
    expect(report.target).toEqual({ kind: 'http', url });
    expect(report.config.index?.fingerprint).toBe('fake');
    expect(seenModes.filter((m) => m.startsWith('POST /api/ask'))).toHaveLength(tinyRecords.length);
    expect(seenModes.filter((m) => m.includes('/api/')).every((m) => m.endsWith(' dense'))).toBe(true);

    const inProcess = await runMode({ records: tinyRecords, target: createFakeEngine(), mode: 'dense', scoring: { citations: new CitationChecker(tinyCorpus) } });
    expect(report.runs[0].results.map((r) => [r.id, r.failures, r.metrics['hit@1']])).toEqual(inProcess.results.map((r) => [r.id, r.failures, r.metrics['hit@1']]));
  });

  it('turns an HTTP error into a failed question with the status in it', async () => {
    const target = createHttpTarget(`${url}/nothing-here/`);
    const run = await runMode({ records: tinyRecords.slice(0, 1), target, mode: 'hybrid', scoring });
    expect(run.results[0].failures.join('\n')).toContain('HTTP 404');
    expect(await target.info()).toBeUndefined();
  });
});
