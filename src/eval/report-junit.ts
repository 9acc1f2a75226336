import { formatValue, metricInfo } from './format.js';
import type { EvalReport } from './report.js';
import { failureKind, type QuestionResult } from './result.js';

/**
 * junit.xml, the test-report format CI systems read: one suite per retrieval mode with one test case per
 * question (a failure lists every reason it did not pass; a failed engine call is an error), and a
 * `thresholds` suite with one test case per bound `--check` tested.
 */

/** XML 1.0 has no place for most control characters, escaped or not. */
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
const x = xmlEscape;

const seconds = (ms: number | null) => ((ms ?? 0) / 1000).toFixed(3);

function testCase(r: QuestionResult, suite: string): string {
  const open = `<testcase classname="${x(`${suite}.${r.category}`)}" name="${x(r.id)}" time="${seconds(r.latencyMs)}">`;
  const out = `<system-out>${x(`${r.question}\n→ ${r.outcome}${r.answer ? `: ${r.answer.text}` : ''}`)}</system-out>`;
  if (!r.failures.length) return `    ${open}${out}</testcase>`;
  const isError = r.failures.some((f) => failureKind(f) === 'error');
  const tag = isError ? 'error' : 'failure';
  const kinds = [...new Set(r.failures.map(failureKind))].join(',');
  return `    ${open}<${tag} message="${x(r.failures[0])}" type="${x(kinds)}">${x(r.failures.join('\n'))}</${tag}>${out}</testcase>`;
}

export function renderJunit(report: EvalReport): string {
  const set = report.config.set;
  const suiteName = `eval.${set ? set.name.replace(/[^\w-]+/g, '_') : 'questions'}`;
  const properties = [
    ['set', set?.name ?? report.config.questionsFile],
    ['setHash', set?.hash ?? ''],
    ['split', set?.split ?? 'all'],
    ['runId', report.runId],
    ['gitSha', report.gitSha ?? ''],
  ]
    .map(([name, value]) => `<property name="${x(name)}" value="${x(value)}"/>`)
    .join('');
  const suites = report.runs.map((run) => {
    const failures = run.results.filter((r) => r.failures.length && !r.failures.some((f) => failureKind(f) === 'error')).length;
    const errors = run.results.filter((r) => r.failures.some((f) => failureKind(f) === 'error')).length;
    const time = seconds(run.results.reduce((sum, r) => sum + (r.latencyMs ?? 0), 0));
    return [
      `  <testsuite name="${x(`${suiteName}.${run.mode}`)}" tests="${run.results.length}" failures="${failures}" errors="${errors}" time="${time}" timestamp="${x(report.createdAt)}">`,
      `    <properties>${properties}</properties>`,
      ...run.results.map((r) => testCase(r, `${suiteName}.${run.mode}`)),
      '  </testsuite>',
    ].join('\n');
  });
  const checks = report.thresholds?.checks ?? [];
  if (checks.length) {
    const cases = checks.map((c) => {
      const name = `${c.mode} ${metricInfo(c.metric).label} ${c.bound} ${formatValue(c.metric, c.limit)}`;
      const failure = c.ok ? '' : `<failure message="${x(`${formatValue(c.metric, c.actual)}, ${c.bound} ${formatValue(c.metric, c.limit)}`)}" type="threshold"/>`;
      return `    <testcase classname="${x(`${suiteName}.thresholds`)}" name="${x(name)}" time="0">${failure}</testcase>`;
    });
    suites.push(
      [
        `  <testsuite name="${x(`${suiteName}.thresholds`)}" tests="${checks.length}" failures="${checks.filter((c) => !c.ok).length}" errors="0" time="0">`,
        ...cases,
        '  </testsuite>',
      ].join('\n'),
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${x(`strategisvar ${suiteName}`)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
