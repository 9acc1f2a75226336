import type { OutcomeChange } from './compare.js';
import { formatValue, metricInfo } from './format.js';
import { escapeHtml as e } from './html.js';
import { NO_REGION } from './aggregate.js';
import { facetAttributes } from './report-html-filter.js';
import { failureKind, QUESTION_METRICS, type QuestionResult } from './result.js';
import { JUDGE_METRICS } from './judge/types.js';

/**
 * One question of the HTML report as a card: a one-line summary (outcome, what failed, the question) that
 * expands to the answer, its citations, the top-5 retrieved passages with their text and what gold they
 * match, the failures, the metrics and the judge's verdicts. Everything from a question, an answer or a
 * document is escaped.
 */

/** Card ids are per mode: with --mode all the same question appears once per mode. */
export const questionAnchor = (mode: string, id: string) => `q-${mode}-${id}`;

export const regionsOf = (r: QuestionResult): string[] => r.gold?.regions ?? [NO_REGION];

const badge = (cls: string, text: string, title = '') => `<span class="badge ${e(cls)}"${title ? ` title="${e(title)}"` : ''}>${e(text)}</span>`;

function expected(r: QuestionResult): string {
  if (r.expectAbstain || !r.gold) return '<p class="small">Gold: the documents don’t answer this; the system must refuse.</p>';
  const sections = r.gold.sections.map((s) => `<li>${e(s.region)} › ${e(s.section)}${s.document ? ` <span class="small">(${e(s.document)})</span>` : ''}</li>`).join('');
  const min = r.gold.minRegions ? ` (at least ${r.gold.minRegions} of ${r.gold.regions.length} regions)` : '';
  return `<div class="small"><b>Gold sections</b>${e(min)}<ul>${sections}</ul><b>Key facts</b>: ${r.gold.facts.map((f) => `<q>${e(f)}</q>`).join(', ')}</div>`;
}

function answer(r: QuestionResult): string {
  if (!r.answer) return '<p><em>No answer: the call failed.</em></p>';
  const a = r.answer;
  const meta = [a.language, a.mode, `support: ${a.support}`, r.latencyMs !== null ? `${r.latencyMs} ms` : '', a.fallbackReason ? `fallback: ${a.fallbackReason}` : '']
    .filter(Boolean)
    .join(' · ');
  const cites = a.citations.length
    ? `<ol class="cites">${a.citations
        .map((c) => {
          const onGold = r.gold?.sections.some((g) => g.region === c.region && g.section === c.section && (!g.document || g.document === c.documentId));
          return `<li value="${c.id}" class="${c.verdict === 'valid' ? '' : 'bad'}">${e(c.region)} › ${e(c.section)} <span class="small">(${e(c.verdict)}${onGold ? ', gold section' : ''})</span><br><q>${e(c.quote)}</q></li>`;
        })
        .join('')}</ol>`
    : '';
  return `<div class="answer">${e(a.text)}</div><p class="small">${e(meta)}</p>${cites}`;
}

function passages(r: QuestionResult): string {
  if (!r.hits.length) return '<p class="small">No passages retrieved.</p>';
  const items = r.hits
    .map((h) => {
      const matches = [h.gold ? 'gold section' : '', ...(h.goldFacts ?? []).map((f) => `fact “${f}”`)].filter(Boolean);
      const match = matches.length ? `<span class="match">matches ${e(matches.join(', '))}</span>` : '<span class="small">matches no gold</span>';
      return `<li class="${h.gold ? 'gold' : ''}"><div>${e(h.region)} › ${e(h.section)} <span class="small">(score ${h.score.toFixed(3)})</span> ${match}</div><blockquote>${e(h.text ?? '')}</blockquote></li>`;
    })
    .join('');
  return `<ol class="hits">${items}</ol>`;
}

function metrics(r: QuestionResult): string {
  const cells = QUESTION_METRICS.filter((m) => r.metrics[m] !== null)
    .map((m) => `<tr><td>${e(metricInfo(m).label)}</td><td class="num">${e(formatValue(m, r.metrics[m]))}</td></tr>`)
    .join('');
  return cells ? `<table class="metrics">${cells}</table>` : '';
}

function judge(r: QuestionResult): string {
  if (!r.judge) return '';
  const rows = JUDGE_METRICS.filter((m) => r.judge?.[m])
    .map((m) => {
      const v = r.judge?.[m];
      const what = v?.error ? `<span class="bad">${e(v.error)}</span>` : e((v?.notes ?? []).join('; '));
      return `<tr><td>${e(m)}</td><td class="num">${v?.score === null || v?.score === undefined ? '–' : e(formatValue('ratio', v.score))}</td><td>${what}${v?.cached ? ' <span class="small">(cached)</span>' : ''}</td></tr>`;
    })
    .join('');
  return `<h4>Model judge</h4><table>${rows}</table>`;
}

export function questionCard(r: QuestionResult, mode: string, change?: OutcomeChange): string {
  const kinds = [...new Set(r.failures.map(failureKind))];
  const was = change ? badge(`change ${change.direction}`, `was ${change.base}`, `outcome changed: ${change.base} → ${change.head} (${change.direction})`) : '';
  const history = r.history?.length
    ? `<div class="small"><b>Earlier turns</b>${r.history.map((t) => `<div><b>${e(t.role)}:</b> ${e(t.content)}</div>`).join('')}</div>`
    : '';
  const searched = r.searchQuery !== r.question ? `<p class="small">Searched as: ${e(r.searchQuery)}</p>` : '';
  const failures = r.failures.length ? `<ul class="failures">${r.failures.map((f) => `<li>${e(f)}</li>`).join('')}</ul>` : '<p class="pass-note">Passed.</p>';
  return (
    `<details class="q ${r.failures.length ? 'fail' : 'pass'}" id="${e(questionAnchor(mode, r.id))}" ${facetAttributes(r, mode, regionsOf)}>` +
    `<summary><span class="qid">${e(r.id)}</span>${badge(`outcome ${r.outcome}`, r.outcome)}${was}` +
    `${badge('gold', r.expectAbstain ? 'unanswerable' : 'answerable')}<span class="small">${e(r.category)} · ${e(r.language)}${r.part ? ` · ${e(r.part)}` : ''}</span>` +
    `${kinds.map((k) => badge('kind', k)).join('')}<span class="qtext">${e(r.question)}</span></summary>` +
    `<div class="body"><div class="col"><h4>Question</h4><p>${e(r.question)}</p>${history}${searched}${expected(r)}<h4>What failed</h4>${failures}${metrics(r)}${judge(r)}</div>` +
    `<div class="col"><h4>Answer</h4>${answer(r)}<h4>Top ${r.hits.length} passages</h4>${passages(r)}</div></div></details>`
  );
}
