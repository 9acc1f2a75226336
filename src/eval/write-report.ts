import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalReport } from './report.js';
import { renderHtml } from './report-html.js';
import { renderMarkdown } from './report-md.js';

/** Writes report.json, report.md and report.html into `<outDir>/<runId>/`; returns that directory. */
export async function writeReport(report: EvalReport, outDir: string): Promise<string> {
  const dir = join(outDir, report.runId);
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`),
    writeFile(join(dir, 'report.md'), renderMarkdown(report)),
    writeFile(join(dir, 'report.html'), renderHtml(report)),
  ]);
  return dir;
}
