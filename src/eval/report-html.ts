import { METRICS } from './aggregate.js';
import type { Comparison } from './compare.js';
import { BREAKDOWN_METRICS, deltaDirection, formatDelta, formatValue, metricInfo } from './format.js';
import type { EvalReport } from './report.js';
import type { GroupAggregate, ModeRun, QuestionResult } from './result.js';

/**
 * report.html: one self-contained file (inline CSS and SVG, no scripts, no external assets) so it can be
 * mailed or archived. Every string that came from an answer, a document or the gold set is escaped.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
const e = escapeHtml;

/** Row ids are per mode: with --mode all the same question appears once per mode. */
const anchor = (mode: string, id: string) => e(`q-${mode}-${id}`);

/** The ratio metrics drawn as bars; colours are fixed so charts read the same across reports. */
const CHART_METRICS: { name: string; color: string }[] = [
  { name: 'hit@5', color: '#2f6fb0' },
  { name: 'citationValidity', color: '#6a4fb3' },
  { name: 'faithfulness', color: '#2e8b57' },
  { name: 'factHit', color: '#d08a1e' },
  { name: 'abstentionCorrect', color: '#b8434f' },
];

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:1.5rem;color:#1d2329;background:#fafbfc}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{margin-top:2rem;border-bottom:1px solid #d8dde3;padding-bottom:.25rem}h3{margin-top:1.5rem}
table{border-collapse:collapse;margin:.5rem 0;background:#fff}th,td{border:1px solid #d8dde3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.meta{color:#555}.better{color:#1a7f37}.worse{color:#b8434f}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
tr.fail td:first-child{border-left:4px solid #b8434f}tr.pass td:first-child{border-left:4px solid #2e8b57}
.answer{white-space:pre-wrap;max-width:32rem}.failures{color:#8a1f2b;margin:0;padding-left:1.1rem}.small{font-size:12px;color:#555}
ol.cites,ol.hits{margin:0;padding-left:1.2rem}.gold{font-weight:600}.bad{color:#b8434f}
`;

function barChart(title: string, groups: Record<string, GroupAggregate>): string {
  const entries = Object.entries(groups);
  const labelWidth = 190;
  const barWidth = 300;
  const barHeight = 9;
  const groupHeight = CHART_METRICS.length * (barHeight + 2) + 10;
  const height = entries.length * groupHeight + 24;
  const rows = entries.map(([label, agg], gi) => {
    const y0 = 20 + gi * groupHeight;
    const bars = CHART_METRICS.map((m, mi) => {
      const value = agg.metrics[m.name];
      const y = y0 + mi * (barHeight + 2);
      const w = value === null || value === undefined ? 0 : Math.max(0, Math.min(1, value)) * barWidth;
      return (
        `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${m.color}"><title>${e(`${label} · ${metricInfo(m.name).label}: ${formatValue(m.name, value)}`)}</title></rect>` +
        `<text x="${labelWidth + w + 4}" y="${y + barHeight - 1}" font-size="9">${e(formatValue(m.name, value))}</text>`
      );
    });
    return `<text x="0" y="${y0 + groupHeight / 2 - 2}" font-size="12">${e(label)} (${agg.count})</text>${bars.join('')}`;
  });
  const grid = [0, 0.5, 1]
    .map((t) => `<line x1="${labelWidth + t * barWidth}" y1="14" x2="${labelWidth + t * barWidth}" y2="${height}" stroke="#d8dde3"/><text x="${labelWidth + t * barWidth - 8}" y="10" font-size="9">${t * 100}%</text>`)
    .join('');
  return `<figure><figcaption><strong>${e(title)}</strong></figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 60}" height="${height}" role="img" aria-label="${e(title)}">${grid}${rows.join('')}</svg></figure>`;
}

function legend(): string {
  return `<p class="legend">${CHART_METRICS.map((m) => `<span><i style="background:${m.color}"></i>${e(metricInfo(m.name).label)}</span>`).join('')}</p>`;
}

function breakdownTable(title: string, groups: Record<string, GroupAggregate>): string {
  const head = `<tr><th>${e(title)}</th><th class="num">n</th>${BREAKDOWN_METRICS.map((m) => `<th class="num">${e(metricInfo(m).label)}</th>`).join('')}</tr>`;
  const rows = Object.entries(groups).map(
    ([g, a]) => `<tr><td>${e(g)}</td><td class="num">${a.count}</td>${BREAKDOWN_METRICS.map((m) => `<td class="num">${e(formatValue(m, a.metrics[m]))}</td>`).join('')}</tr>`,
  );
  return `<table>${head}${rows.join('')}</table>`;
}

function questionRow(r: QuestionResult, mode: string): string {
  const history = r.history?.length
    ? `<details class="small"><summary>history (${r.history.length} turns)</summary>${r.history.map((t) => `<div><b>${e(t.role)}:</b> ${e(t.content)}</div>`).join('')}</details>`
    : '';
  const standalone = r.answer?.standaloneQuestion && r.answer.standaloneQuestion !== r.question ? `<div class="small">searched: ${e(r.answer.standaloneQuestion)}</div>` : '';
  const expected = r.expectAbstain
    ? '<div class="small">expected: abstain</div>'
    : `<div class="small">gold: ${e(r.gold?.sections.map((s) => `${s.region} › ${s.section}`).join('; ') ?? '')}<br>facts: ${e(r.gold?.facts.join(', ') ?? '')}</div>`;
  const answer = r.answer
    ? `<div class="answer">${e(r.answer.text)}</div><div class="small">${e(r.answer.language)} · ${e(r.answer.mode)}${r.answer.abstained ? ' · abstained' : ''}${r.latencyMs !== null ? ` · ${r.latencyMs} ms` : ''}</div>`
    : '<em>no answer</em>';
  const cites = r.answer?.citations.length
    ? `<ol class="cites">${r.answer.citations
        .map((c) => `<li value="${c.id}" class="${c.verdict === 'valid' ? '' : 'bad'}">${e(c.region)} › ${e(c.section)} <span class="small">(${e(c.verdict)})</span><br><q>${e(c.quote)}</q></li>`)
        .join('')}</ol>`
    : '';
  const hits = r.hits.length
    ? `<details class="small"><summary>top ${r.hits.length} hits</summary><ol class="hits">${r.hits
        .map((h) => `<li class="${h.gold ? 'gold' : ''}">${e(h.region)} › ${e(h.section)} (${h.score.toFixed(3)})</li>`)
        .join('')}</ol></details>`
    : '';
  const failures = r.failures.length ? `<ul class="failures">${r.failures.map((f) => `<li>${e(f)}</li>`).join('')}</ul>` : '✓';
  return (
    `<tr class="${r.failures.length ? 'fail' : 'pass'}" id="${anchor(mode, r.id)}">` +
    `<td>${e(r.id)}<div class="small">${e(r.category)} · ${e(r.language)}</div></td>` +
    `<td>${e(r.question)}${history}${standalone}${expected}</td>` +
    `<td>${answer}</td><td>${cites}${hits}</td><td>${failures}</td></tr>`
  );
}

function runSection(run: ModeRun): string {
  const ordered = [...run.results].sort((a, b) => b.failures.length - a.failures.length || a.id.localeCompare(b.id));
  const failing = ordered.filter((r) => r.failures.length).length;
  return `<section>
<h2>Mode: ${e(run.mode)}</h2>
<p class="meta">${failing} of ${run.results.length} questions have failures. Answers: ${e(Object.entries(run.answerModes).map(([m, n]) => `${n} ${m}`).join(', ') || 'none')}.</p>
${legend()}
<div class="charts">${barChart('By category', run.byCategory)}${barChart('By region', run.byRegion)}</div>
<h3>By category</h3>${breakdownTable('Category', run.byCategory)}
<h3>By region</h3>${breakdownTable('Region', run.byRegion)}
<h3>By language</h3>${breakdownTable('Language', run.byLanguage)}
<h3>Questions (failures first)</h3>
<table><tr><th>Id</th><th>Question</th><th>Answer</th><th>Citations and hits</th><th>What failed</th></tr>${ordered.map((r) => questionRow(r, run.mode)).join('')}</table>
</section>`;
}

function comparisonSection(comparison: Comparison): string {
  return `<section><h2>Compared with ${e(comparison.baseRunId)}</h2>${comparison.modes
    .map((m) => {
      const rows = m.metrics
        .map((d) => {
          const dir = deltaDirection(d.metric, d.delta);
          return `<tr><td>${e(metricInfo(d.metric).label)}</td><td class="num">${e(formatValue(d.metric, d.base))}</td><td class="num">${e(formatValue(d.metric, d.head))}</td><td class="num ${dir}">${e(formatDelta(d.metric, d.delta))}</td></tr>`;
        })
        .join('');
      const list = (title: string, cls: string, items: typeof m.better) =>
        `<h4 class="${cls}">${title} (${items.length})</h4>${items.length ? `<ul>${items.map((q) => `<li><a href="#${anchor(m.mode, q.id)}">${e(q.id)}</a> ${e(q.question)}<div class="small">before: ${e(q.baseFailures.join('; ') || 'passed')}<br>now: ${e(q.headFailures.join('; ') || 'passed')}</div></li>`).join('')}</ul>` : ''}`;
      return `<h3>${e(m.mode)}</h3><table><tr><th>Metric</th><th class="num">Before</th><th class="num">Now</th><th class="num">Δ</th></tr>${rows}</table>${list('Worse', 'worse', m.worse)}${list('Better', 'better', m.better)}`;
    })
    .join('')}</section>`;
}

export function renderHtml(report: EvalReport): string {
  const target = report.target.kind === 'http' ? `HTTP ${report.target.url}` : 'in-process engine';
  const overall = `<table><tr><th>Metric</th>${report.runs.map((r) => `<th class="num">${e(r.mode)}</th>`).join('')}</tr>${METRICS.map(
    (m) => `<tr><td>${e(m.label)}</td>${report.runs.map((r) => `<td class="num">${e(formatValue(m.name, r.overall.metrics[m.name]))}</td>`).join('')}</tr>`,
  ).join('')}</table>`;
  const thresholds = report.thresholds
    ? `<h2>Thresholds</h2>${
        report.thresholds.violations.length
          ? `<ul>${report.thresholds.violations.map((v) => `<li class="worse">${e(`${v.mode} ${metricInfo(v.metric).label}: ${formatValue(v.metric, v.actual)}, ${v.bound} ${formatValue(v.metric, v.limit)}`)}</li>`).join('')}</ul>`
          : '<p class="better">All thresholds met.</p>'
      }`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Eval report ${e(report.runId)}</title><style>${CSS}</style></head>
<body>
<h1>Eval report ${e(report.runId)}</h1>
<p class="meta">${e(report.createdAt)}${report.gitSha ? ` · git ${e(report.gitSha)}` : ''} · ${e(target)} · ${report.config.generative ? 'generative answers' : 'extractive answers'}${report.config.llmModel ? ` · LLM ${e(report.config.llmModel)}` : ''}${report.config.index ? ` · embeddings ${e(report.config.index.embeddingModel)}` : ''}</p>
<h2>Overall</h2>${overall}
${thresholds}
${report.comparison ? comparisonSection(report.comparison) : ''}
${report.runs.map(runSection).join('\n')}
</body></html>
`;
}
