import { shownMetrics } from './aggregate.js';
import type { Comparison, OutcomeChange } from './compare.js';
import { GOLD_DECISIONS, OUTCOMES, rowTotal } from './decision.js';
import {
  AGREEMENT_HEADER,
  agreementRows,
  BREAKDOWN_METRICS,
  deltaDirection,
  formatDelta,
  formatValue,
  headlineRates,
  judgeLine,
  metricInfo,
  overallColumns,
  partsOf,
} from './format.js';
import { escapeHtml } from './html.js';
import type { EvalReport } from './report.js';
import { filterBar, filterLink, filterScript } from './report-html-filter.js';
import { questionAnchor, questionCard, regionsOf } from './report-html-question.js';
import type { GroupAggregate, ModeRun } from './result.js';

export { escapeHtml };
const e = escapeHtml;

/**
 * report.html: one self-contained file (inline CSS, SVG and one small script; no external assets), so it
 * can be mailed, archived and opened offline. The headline numbers and decision tables come first, then
 * the metrics, then every question as an expandable card behind a filter bar (category, region, language,
 * outcome, failing metric, text search). Every string from an answer, a document or the gold set is
 * escaped, and a Content-Security-Policy lets only the report's own script run.
 */

/** The ratio metrics drawn as bars; colours are fixed so charts read the same across reports. */
const CHART_METRICS: { name: string; color: string }[] = [
  { name: 'hit@5', color: '#2f6fb0' },
  { name: 'citedGold', color: '#6a4fb3' },
  { name: 'faithfulness', color: '#2e8b57' },
  { name: 'factHit', color: '#d08a1e' },
  { name: 'abstentionCorrect', color: '#b8434f' },
];

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1280px;padding:1.5rem;color:#1d2329;background:#fafbfc}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:1px solid #d8dde3;padding-bottom:.25rem}h3{margin-top:1.5rem}h4{margin:.8rem 0 .3rem}
table{border-collapse:collapse;margin:.5rem 0;background:#fff}th,td{border:1px solid #d8dde3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.meta{color:#555}.better{color:#1a7f37}.worse{color:#b8434f}.small{font-size:12px;color:#555}.bad{color:#b8434f}
.setname{font-size:1rem;margin:.25rem 0 .75rem;padding:.4rem .6rem;background:#eef1f4;border-left:4px solid #2f6fb0;display:inline-block}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:.5rem 0}.card{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:.5rem .8rem;min-width:14rem}
.card b{display:block;font-size:1.4rem}.card .small{display:block}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.filters{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;background:#eef1f4;padding:.6rem;border:1px solid #d8dde3;border-radius:6px}
.filters label{white-space:nowrap}.filters .search input{width:18rem}.filters output{font-weight:600}
details.q{background:#fff;border:1px solid #d8dde3;border-left:4px solid #2e8b57;border-radius:4px;margin:.35rem 0}details.q.fail{border-left-color:#b8434f}
details.q>summary{cursor:pointer;padding:.35rem .6rem;display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}
.qid{font-weight:600}.qtext{flex-basis:100%;color:#333}
.badge{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:12px;background:#eef1f4;border:1px solid #d8dde3}
.outcome.direct{background:#e3f4e8}.outcome.related{background:#fff4d6}.outcome.refused{background:#e8eaf6}.outcome.error{background:#fbe3e6}
.kind{background:#fbe3e6;border-color:#efb9c0}.change.worse{background:#b8434f;color:#fff}.change.better{background:#1a7f37;color:#fff}.change.same{background:#555;color:#fff}
.body{display:flex;flex-wrap:wrap;gap:1.5rem;padding:.2rem .8rem .8rem}.col{flex:1 1 28rem;min-width:0}
.answer{white-space:pre-wrap;background:#f6f8fa;padding:.5rem;border-radius:4px}.failures{color:#8a1f2b;margin:0;padding-left:1.1rem}.pass-note{color:#1a7f37}
ol.cites,ol.hits{margin:0;padding-left:1.2rem}ol.hits li{margin-bottom:.5rem}ol.hits li.gold>div{font-weight:600}
blockquote{margin:.2rem 0;padding:.3rem .6rem;border-left:3px solid #d8dde3;background:#fafbfc;white-space:pre-wrap;font-size:13px}
.match{font-size:12px;color:#1a7f37;font-weight:600}table.metrics td{padding:.1rem .4rem;font-size:12px}
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

/** A group's name, linked to the question list filtered to it. */
const groupLink = (facet: string, group: string) => `<a href="${e(filterLink(facet, group))}">${e(group)}</a>`;

function breakdownTable(title: string, facet: string, groups: Record<string, GroupAggregate>): string {
  const head = `<tr><th>${e(title)}</th><th class="num">n</th>${BREAKDOWN_METRICS.map((m) => `<th class="num">${e(metricInfo(m).label)}</th>`).join('')}</tr>`;
  const rows = Object.entries(groups).map(
    ([g, a]) => `<tr><td>${groupLink(facet, g)}</td><td class="num">${a.count}</td>${BREAKDOWN_METRICS.map((m) => `<td class="num">${e(formatValue(m, a.metrics[m]))}</td>`).join('')}</tr>`,
  );
  return `<table>${head}${rows.join('')}</table>`;
}

/** Outcome counts per group: answerable questions, then unanswerable ones, then the two headline rates. */
function decisionBreakdown(title: string, facet: string, groups: Record<string, GroupAggregate>): string {
  const head =
    `<tr><th rowspan="2">${e(title)}</th>${GOLD_DECISIONS.map((g) => `<th colspan="${OUTCOMES.length + 1}">${e(g)}</th>`).join('')}<th rowspan="2" class="num">${e(metricInfo('refusedAnswerable').label)}</th><th rowspan="2" class="num">${e(metricInfo('answeredUnanswerable').label)}</th></tr>` +
    `<tr>${GOLD_DECISIONS.map(() => `<th class="num">n</th>${OUTCOMES.map((o) => `<th class="num">${e(o)}</th>`).join('')}`).join('')}</tr>`;
  const rows = Object.entries(groups).map(([g, a]) => {
    const counts = GOLD_DECISIONS.map((d) => `<td class="num">${rowTotal(a.decisions[d])}</td>${OUTCOMES.map((o) => `<td class="num">${a.decisions[d][o] || ''}</td>`).join('')}`).join('');
    return `<tr><td>${groupLink(facet, g)}</td>${counts}<td class="num">${e(formatValue('refusedAnswerable', a.metrics.refusedAnswerable))}</td><td class="num">${e(formatValue('answeredUnanswerable', a.metrics.answeredUnanswerable))}</td></tr>`;
  });
  return `<table>${head}${rows.join('')}</table>`;
}

function headlineCards(report: EvalReport): string {
  return report.runs
    .map((run) =>
      partsOf(run)
        .map((p) => {
          const label = `${run.mode}${p.label === 'all' ? '' : ` · ${p.label}`}`;
          return `<div class="cards">${headlineRates(p.agg)
            .map(
              (h) =>
                `<div class="card"><span class="small">${e(label)}</span>${e(metricInfo(h.metric).label)}<b>${e(formatValue(h.metric, h.value))}</b><span class="small">${e(h.counts)}</span></div>`,
            )
            .join('')}</div>`;
        })
        .join(''),
    )
    .join('');
}

function decisionTables(report: EvalReport): string {
  const head = `<tr><th>Mode / part</th><th>Gold</th><th class="num">n</th>${OUTCOMES.map((o) => `<th class="num">${e(o)}</th>`).join('')}</tr>`;
  const rows = report.runs.flatMap((run) =>
    partsOf(run).flatMap((p, _, parts) =>
      GOLD_DECISIONS.map(
        (g, i) =>
          `<tr>${i === 0 ? `<td rowspan="2">${e(parts.length > 1 ? `${run.mode} · ${p.label}` : run.mode)}</td>` : ''}<td>${e(g)}</td><td class="num">${rowTotal(p.agg.decisions[g])}</td>${OUTCOMES.map((o) => `<td class="num">${p.agg.decisions[g][o]}</td>`).join('')}</tr>`,
      ),
    ),
  );
  return `<p class="small">Rows: what the gold asks for. Columns: what the system did. A related answer (the nearest passages, marked as not answering exactly) is neither a refusal nor a direct answer to an answerable question, and counts as answered for an unanswerable one; a failed call counts against both rates.</p><table>${head}${rows.join('')}</table>`;
}

function overallTable(report: EvalReport): string {
  const columns = overallColumns(report);
  const rows = shownMetrics(columns.map((c) => c.agg)).map(
    (m) => `<tr><td>${e(m.label)}</td>${columns.map((c) => `<td class="num">${e(formatValue(m.name, c.agg.metrics[m.name]))}</td>`).join('')}</tr>`,
  );
  return `<table><tr><th>Metric</th>${columns.map((c) => `<th class="num">${e(c.head)}</th>`).join('')}</tr><tr><td>Questions</td>${columns.map((c) => `<td class="num">${c.agg.count}</td>`).join('')}</tr>${rows.join('')}</table>`;
}

function thresholdsSection(report: EvalReport): string {
  const t = report.thresholds;
  if (!t) return '';
  const checks = t.checks ?? t.violations.map((v) => ({ ...v, ok: false }));
  const rows = checks
    .map((c) => `<tr class="${c.ok ? 'better' : 'worse'}"><td>${e(c.mode)}</td><td>${e(metricInfo(c.metric).label)}</td><td class="num">${e(formatValue(c.metric, c.actual))}</td><td>${e(c.bound)} ${e(formatValue(c.metric, c.limit))}</td><td>${c.ok ? 'met' : 'FAILED'}</td></tr>`)
    .join('');
  const verdict = t.violations.length ? `<p class="worse">${t.violations.length} threshold(s) failed.</p>` : '<p class="better">All thresholds met.</p>';
  return `<h2>Thresholds <span class="small">${e(t.file)}</span></h2>${verdict}<table><tr><th>Mode</th><th>Metric</th><th class="num">Value</th><th>Bound</th><th></th></tr>${rows}</table>`;
}

function judgeSection(run: ModeRun): string {
  const j = run.judge;
  if (!j) return '';
  const head = AGREEMENT_HEADER.map((h, i) => `<th${i > 1 ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const rows = agreementRows(j)
    .map((row) => `<tr>${row.map((c, i) => `<td${i > 1 ? ' class="num"' : ''}>${e(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<h3>Model judge</h3><p class="meta ${j.failed ? 'worse' : ''}">${e(judgeLine(j))}.</p><table><tr>${head}</tr>${rows}</table>`;
}

function comparisonSection(comparison: Comparison): string {
  return `<section><h2>Compared with ${e(comparison.baseRunId)}</h2>${comparison.modes
    .map((m) => {
      const changes = m.outcomeChanges ?? [];
      const changed = `<h3>${e(m.mode)}: changed outcomes (${changes.length})</h3>${
        changes.length
          ? `<table><tr><th></th><th>Question</th><th>Gold</th><th>Before</th><th>Now</th></tr>${changes
              .map(
                (c) =>
                  `<tr class="${e(c.direction)}"><td>${e(c.direction)}</td><td><a href="#${e(questionAnchor(m.mode, c.id))}">${e(c.id)}</a> ${e(c.question)}</td><td>${c.expectAbstain ? 'unanswerable' : 'answerable'}</td><td>${e(c.base)}</td><td>${e(c.head)}</td></tr>`,
              )
              .join('')}</table>`
          : '<p>No outcome changed.</p>'
      }`;
      const rows = m.metrics
        .map((d) => {
          const dir = deltaDirection(d.metric, d.delta);
          return `<tr><td>${e(metricInfo(d.metric).label)}</td><td class="num">${e(formatValue(d.metric, d.base))}</td><td class="num">${e(formatValue(d.metric, d.head))}</td><td class="num ${dir}">${e(formatDelta(d.metric, d.delta))}</td></tr>`;
        })
        .join('');
      const list = (title: string, cls: string, items: typeof m.better) =>
        `<h4 class="${cls}">${title} (${items.length})</h4>${items.length ? `<ul>${items.map((q) => `<li><a href="#${e(questionAnchor(m.mode, q.id))}">${e(q.id)}</a> ${e(q.question)}<div class="small">before: ${e(q.baseFailures.join('; ') || 'passed')}<br>now: ${e(q.headFailures.join('; ') || 'passed')}</div></li>`).join('')}</ul>` : ''}`;
      return `${changed}<h3>${e(m.mode)}: metrics</h3><table><tr><th>Metric</th><th class="num">Before</th><th class="num">Now</th><th class="num">Δ</th></tr>${rows}</table>${list('Worse', 'worse', m.worse)}${list('Better', 'better', m.better)}`;
    })
    .join('')}</section>`;
}

function breakdownSection(run: ModeRun): string {
  const failing = run.results.filter((r) => r.failures.length).length;
  return `<section>
<h2>Mode: ${e(run.mode)}</h2>
<p class="meta">${failing} of ${run.results.length} questions have failures. Answers: ${e(Object.entries(run.answerModes).map(([m, n]) => `${n} ${m}`).join(', ') || 'none')}.</p>
${judgeSection(run)}
<h3>Decisions by category, region and language</h3>
${decisionBreakdown('Category', 'category', run.byCategory)}${decisionBreakdown('Region', 'region', run.byRegion)}${decisionBreakdown('Language', 'language', run.byLanguage)}
<details><summary><b>Metrics by category, region and language</b> (charts and tables)</summary>
${legend()}
<div class="charts">${barChart('By category', run.byCategory)}${barChart('By region', run.byRegion)}</div>
<h3>By category</h3>${breakdownTable('Category', 'category', run.byCategory)}
<h3>By region</h3>${breakdownTable('Region', 'region', run.byRegion)}
<h3>By language</h3>${breakdownTable('Language', 'language', run.byLanguage)}
</details>
</section>`;
}

/** Changed outcomes first (worse first), then questions with failures (most first), then the rest. */
function orderedCards(run: ModeRun, changes: Map<string, OutcomeChange>): string {
  const rank = (id: string) => ({ worse: 0, same: 1, better: 2 })[changes.get(id)?.direction ?? 'better'] + (changes.has(id) ? 0 : 3);
  return [...run.results]
    .sort((a, b) => rank(a.id) - rank(b.id) || b.failures.length - a.failures.length || a.id.localeCompare(b.id))
    .map((r) => questionCard(r, run.mode, changes.get(r.id)))
    .join('\n');
}

export function renderHtml(report: EvalReport): string {
  const target = report.target.kind === 'http' ? `HTTP ${report.target.url}` : 'in-process engine';
  const script = filterScript();
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${script.cspHash}`;
  const questions = report.runs
    .map((run) => {
      const changes = new Map((report.comparison?.modes.find((m) => m.mode === run.mode)?.outcomeChanges ?? []).map((c) => [c.id, c]));
      return orderedCards(run, changes);
    })
    .join('\n');
  const set = report.config.set;
  const shown = report.runs[0]?.results.length ?? 0;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<title>Eval ${e(set ? `${set.name} ${set.hash}` : '')} ${e(report.runId)}</title><style>${CSS}</style></head>
<body>
<h1>Eval report ${e(report.runId)}</h1>
<p class="setname">Question set <b>${e(set?.name ?? report.config.questionsFile)}</b> · sha256 <code>${e(set?.hash ?? 'unknown')}</code> · split <b>${e(set?.split ?? 'all')}</b> · ${shown} of ${report.config.totalQuestions} questions</p>
<p class="meta">${e(report.config.questionsFile)} · ${e(report.createdAt)}${report.gitSha ? ` · git ${e(report.gitSha)}` : ''} · ${e(target)} · ${report.config.generative ? 'generative answers' : 'extractive answers'}${report.config.llmModel ? ` · LLM ${e(report.config.llmModel)}` : ''}${report.config.index ? ` · embeddings ${e(report.config.index.embeddingModel)}` : ''}${report.config.judge ? ` · judge ${e(report.config.judge.model)} (prompts ${e(report.config.judge.promptVersion)})` : ''}</p>
<h2>Answer or refuse</h2>
${headlineCards(report)}
${decisionTables(report)}
${thresholdsSection(report)}
${report.comparison ? comparisonSection(report.comparison) : ''}
<h2>Overall metrics</h2>${overallTable(report)}
${report.runs.map(breakdownSection).join('\n')}
<section id="questions"><h2>Questions</h2>
${filterBar(report.runs, regionsOf)}
<p><button type="button" data-expand="open">Expand shown</button> <button type="button" data-expand="close">Collapse all</button></p>
${questions}
</section>
${script.element}
</body></html>
`;
}
