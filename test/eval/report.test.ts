import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitationChecker } from '../../src/eval/citations.js';
import { compareReports } from '../../src/eval/compare.js';
import { makeRunId, parseReport, type EvalReport } from '../../src/eval/report.js';
import { renderSummary } from '../../src/eval/report-console.js';
import { escapeHtml, renderHtml } from '../../src/eval/report-html.js';
import { renderMarkdown } from '../../src/eval/report-md.js';
import type { ModeRun } from '../../src/eval/result.js';
import { runMode, type EvalTarget } from '../../src/eval/runner.js';
import { writeReport } from '../../src/eval/write-report.js';
import { createFakeEngine, tinyCorpus, tinyRecords } from './fakes.js';

const scoring = { citations: new CitationChecker(tinyCorpus) };

/** A target whose answers carry markup, as a hostile or broken engine might return. */
function hostileTarget(): EvalTarget {
  const engine = createFakeEngine();
  return {
    search: (q, k, mode) => engine.search(q, k, mode),
    async ask(request, options) {
      const response = await engine.ask(request, options);
      return {
        ...response,
        answer: `${response.answer}\n<script>alert("x")</script> | pipe`,
        citations: response.citations.map((c) => ({ ...c, quote: `${c.quote}<img src=x onerror=alert(1)>` })),
      };
    },
  };
}

async function report(runs: ModeRun[], patch: Partial<EvalReport> = {}): Promise<EvalReport> {
  return {
    version: 1,
    runId: 'run-1',
    createdAt: '2025-01-01T00:00:00.000Z',
    target: { kind: 'in-process' },
    config: { modes: runs.map((r) => r.mode), questionsFile: 'q.jsonl', totalQuestions: tinyRecords.length, filters: {}, generative: false },
    runs,
    ...patch,
  };
}

describe('report writers', () => {
  it('write report.json, report.md and a self-contained report.html with everything escaped', async () => {
    const run = await runMode({ records: tinyRecords, target: hostileTarget(), mode: 'hybrid', scoring });
    const dir = await writeReport(await report([run]), mkdtempSync(join(tmpdir(), 'strategisvar-report-')));
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    // One script, the report's own filter script, and a CSP that lets only it run.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<script>(() => {\n  const form = document.getElementById(\'filters\');');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;">/);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/<link|src="http|href="http/);
    expect(html).toContain('<svg');
    expect(html).toContain('By category');
    expect(html).toContain('By region');

    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toContain('\\| pipe');
    const json = parseReport(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), 'report.json');
    expect(json.runs[0].results).toHaveLength(tinyRecords.length);
  });

  it('lists failing questions first in the HTML, with what failed', async () => {
    const run = await runMode({ records: tinyRecords, target: hostileTarget(), mode: 'hybrid', scoring });
    const html = renderHtml(await report([run]));
    const rows = [...html.matchAll(/<details class="q (fail|pass)" id="q-hybrid-([^"]+)"/g)].map((m) => m[1]);
    expect(rows.indexOf('pass')).toBeGreaterThan(rows.lastIndexOf('fail'));
    expect(html).toContain('not-in-document');
  });

  it('shows comparisons and threshold violations in all three formats', async () => {
    const good = await runMode({ records: tinyRecords, target: createFakeEngine(), mode: 'hybrid', scoring });
    const bad = await runMode({ records: tinyRecords, target: createFakeEngine({ failOn: 'kompetanse' }), mode: 'hybrid', scoring });
    const base = await report([good], { runId: 'before' });
    const head = await report([bad], {
      runId: 'after',
      thresholds: { file: 't.json', violations: [{ mode: 'hybrid', metric: 'factHit', bound: 'min', limit: 0.9, actual: 0.5 }] },
    });
    head.comparison = compareReports(base, head);
    const md = renderMarkdown(head);
    const html = renderHtml(head);
    const text = renderSummary(head, '/tmp/x');
    expect(md).toContain('Worse (1): visjon');
    expect(md).toContain('**hybrid Key fact present**: 50.0%, min 90.0%');
    expect(html).toContain('href="#q-hybrid-visjon"');
    expect(html).toContain('<td>Key fact present</td><td class="num">50.0%</td><td>min 90.0%</td><td>FAILED</td>');
    expect(text).toContain('worse (1): visjon');
    expect(text).toContain('THRESHOLDS FAILED');
  });

  it('escapes all HTML specials', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('run ids and stored reports', () => {
  it('names a run by time, mode and commit', () => {
    const at = new Date('2025-06-07T08:09:10.123Z');
    expect(makeRunId(at, ['hybrid'], 'abc1234')).toBe('20250607-080910-hybrid-abc1234');
    expect(makeRunId(at, ['hybrid', 'lexical', 'dense'])).toBe('20250607-080910-all');
  });

  it('rejects a file that is not an eval report', () => {
    expect(() => parseReport({ hello: 1 }, 'x.json')).toThrow(/x\.json is not an eval report/);
  });
});
