import { describe, expect, it } from 'vitest';
import { CitationChecker } from '../../src/eval/citations.js';
import type { EvalReport } from '../../src/eval/report.js';
import { csvCell, renderCsv } from '../../src/eval/report-csv.js';
import { renderJunit, xmlEscape } from '../../src/eval/report-junit.js';
import { runMode } from '../../src/eval/runner.js';
import { createFakeEngine, tinyCorpus, tinyRecords } from './fakes.js';

async function report(failOn?: string): Promise<EvalReport> {
  const run = await runMode({ records: tinyRecords, target: createFakeEngine({ failOn }), mode: 'hybrid', scoring: { citations: new CitationChecker(tinyCorpus) } });
  return {
    version: 1,
    runId: 'run-1',
    createdAt: '2025-01-01T00:00:00.000Z',
    target: { kind: 'in-process' },
    config: { modes: ['hybrid'], set: { name: 'own', hash: 'abcdef012345', split: 'all' }, questionsFile: 'q.jsonl', totalQuestions: 6, filters: {}, generative: false },
    runs: [run],
    thresholds: {
      file: 't.json',
      violations: [{ mode: 'hybrid', metric: 'factHit', bound: 'min', limit: 0.9, actual: 0.75 }],
      checks: [
        { mode: 'hybrid', metric: 'factHit', bound: 'min', limit: 0.9, actual: 0.75, ok: false },
        { mode: 'hybrid', metric: 'refusedAnswerable', bound: 'max', limit: 0.1, actual: 0, ok: true },
      ],
    },
  };
}

describe('results.csv', () => {
  it('quotes per RFC 4180 and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b "c"\nd')).toBe('"a,b ""c""\nd"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(1 / 3)).toBe('0.333333');
    expect(csvCell(null)).toBe('');
  });

  it('has one row per question with outcome, failures and metrics', async () => {
    const lines = renderCsv(await report('ventetider')).trimEnd().split('\r\n');
    const header = lines[0].split(',');
    expect(lines).toHaveLength(1 + tinyRecords.length);
    const row = lines.find((l) => l.includes(',ventetid,'))!.split(',');
    const col = (name: string) => row[header.indexOf(name)];
    expect(col('outcome')).toBe('error');
    expect(col('passed')).toBe('no');
    expect(col('failure_kinds')).toBe('error');
    expect(col('refusedAnswerable')).toBe('1');
    expect(header).not.toContain('judgeFaithfulness');
  });
});

describe('junit.xml', () => {
  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<a b="c">&'\u0001`)).toBe('&lt;a b=&quot;c&quot;&gt;&amp;&apos;');
  });

  it('has a test case per question (a failed call is an error) and one per threshold bound', async () => {
    const xml = renderJunit(await report('ventetider'));
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="strategisvar eval\.own">/);
    expect(xml).toContain('<testsuite name="eval.own.hybrid" tests="6" failures="1" errors="1"');
    expect(xml).toContain('<property name="setHash" value="abcdef012345"/>');
    expect(xml).toMatch(/<testcase classname="eval\.own\.hybrid\.factual" name="ventetid" time="[\d.]+"><error message="error: ask failed: engine exploded" type="error">/);
    expect(xml).toMatch(/<testcase classname="eval\.own\.hybrid\.factual" name="visjon" time="[\d.]+"><system-out>/);
    expect(xml).toContain('<testsuite name="eval.own.thresholds" tests="2" failures="1" errors="0" time="0">');
    expect(xml).toContain('name="hybrid Key fact present min 90.0%" time="0"><failure message="75.0%, min 90.0%" type="threshold"/>');
    expect(xml).toContain('name="hybrid Refused (answerable) max 10.0%" time="0"></testcase>');
  });
});
