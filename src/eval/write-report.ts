import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtraFormat } from './args.js';
import type { EvalReport } from './report.js';
import { renderCsv } from './report-csv.js';
import { renderHtml } from './report-html.js';
import { renderJunit } from './report-junit.js';
import { renderMarkdown } from './report-md.js';

export const EXTRA_FILES: Record<ExtraFormat, { file: string; render: (report: EvalReport) => string }> = {
  csv: { file: 'results.csv', render: renderCsv },
  junit: { file: 'junit.xml', render: renderJunit },
};

/**
 * Writes report.json, report.md and report.html into `<outDir>/<runId>/`, plus results.csv and junit.xml
 * when asked for; returns that directory.
 */
export async function writeReport(report: EvalReport, outDir: string, formats: readonly ExtraFormat[] = []): Promise<string> {
  const dir = join(outDir, report.runId);
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`),
    writeFile(join(dir, 'report.md'), renderMarkdown(report)),
    writeFile(join(dir, 'report.html'), renderHtml(report)),
    ...formats.map((f) => writeFile(join(dir, EXTRA_FILES[f].file), EXTRA_FILES[f].render(report))),
  ]);
  return dir;
}
