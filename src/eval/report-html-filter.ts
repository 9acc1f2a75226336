import { createHash } from 'node:crypto';
import { OUTCOMES } from './decision.js';
import { escapeHtml as e } from './html.js';
import { FAILURE_KINDS, failureKind, type ModeRun } from './result.js';

/**
 * The question list's filter bar and the small inline script behind it. Each question card carries its
 * facets as data attributes; the script hides the cards that don't match and counts the rest. The state
 * lives in the address's hash (`#filter:category=typos&outcome=refused`), so a filtered view can be
 * linked, and the breakdown tables link to their groups. Without scripts every card stays visible.
 *
 * When the run holds any of the frozen test part (`--split all` or `--split test`), that part is hidden by
 * default: the report is read while tuning, and the test part's questions are not for reading then
 * (eval/README.md).
 */

export const FILTER_PREFIX = '#filter:';

/** A link that shows the questions of one group, e.g. one category. */
export const filterLink = (facet: string, value: string) => `${FILTER_PREFIX}${new URLSearchParams({ [facet]: value })}`;

/** The facets a card is filtered by, as data attributes; multi-valued ones as "|a|b|". */
export function facetAttributes(r: ModeRun['results'][number], mode: string, regionsOf: (r: ModeRun['results'][number]) => string[]): string {
  const list = (values: string[]) => `|${values.join('|')}|`;
  const attrs: Record<string, string> = {
    mode,
    part: r.part ?? '',
    category: r.category,
    region: list(regionsOf(r)),
    language: r.language,
    outcome: r.outcome,
    gold: r.expectAbstain ? 'unanswerable' : 'answerable',
    fail: list([...new Set(r.failures.map(failureKind))]),
  };
  return Object.entries(attrs)
    .map(([k, v]) => `data-${k}="${e(v)}"`)
    .join(' ');
}

function select(name: string, label: string, options: { value: string; label: string }[], selected = ''): string {
  const opts = [{ value: '', label: 'all' }, ...options]
    .map((o) => `<option value="${e(o.value)}"${o.value === selected ? ' selected' : ''}>${e(o.label)}</option>`)
    .join('');
  return `<label>${e(label)} <select name="${e(name)}" data-default="${e(selected)}">${opts}</select></label>`;
}

const plain = (values: Iterable<string>) => [...new Set(values)].sort().map((v) => ({ value: v, label: v }));

export function filterBar(runs: readonly ModeRun[], regionsOf: (r: ModeRun['results'][number]) => string[]): string {
  const results = runs.flatMap((r) => r.results);
  const hasTestPart = results.some((r) => r.part === 'test');
  const kinds = new Set(results.flatMap((r) => r.failures.map(failureKind)));
  const controls = [
    `<label class="search">Search <input type="search" name="q" placeholder="question, answer, passage text …" autocomplete="off"></label>`,
    runs.length > 1 ? select('mode', 'Mode', plain(runs.map((r) => r.mode))) : '',
    hasTestPart ? select('part', 'Part', [{ value: 'tune', label: 'tune' }, { value: 'test', label: 'test (frozen)' }], 'tune') : '',
    select('category', 'Category', plain(results.map((r) => r.category))),
    select('region', 'Region', plain(results.flatMap(regionsOf))),
    select('language', 'Language', plain(results.map((r) => r.language))),
    select('gold', 'Gold', plain(['answerable', 'unanswerable'])),
    select('outcome', 'Outcome', OUTCOMES.filter((o) => results.some((r) => r.outcome === o)).map((o) => ({ value: o, label: o }))),
    select('fail', 'Failing', [
      { value: '*', label: 'any failure' },
      { value: '-', label: 'passing' },
      ...FAILURE_KINDS.filter((k) => kinds.has(k)).map((k) => ({ value: k, label: k })),
    ]),
  ];
  const note = hasTestPart ? '<p class="small">The frozen test part is hidden by default: choose Part “all” or “test” to show it (read its questions only when not tuning).</p>' : '';
  return `<form id="filters" class="filters">${controls.join('')}<button type="reset">Reset</button> <output id="shown" aria-live="polite"></output></form>${note}`;
}

/** Plain ES2017, no dependencies; only reads data attributes and text, never writes HTML. */
const SCRIPT = `(() => {
  const form = document.getElementById('filters');
  if (!form) return;
  const cards = [...document.querySelectorAll('details.q')];
  const text = new Map(cards.map((c) => [c, c.textContent.toLowerCase()]));
  const fields = [...form.elements].filter((el) => el.name);
  const shown = document.getElementById('shown');
  const PREFIX = '${FILTER_PREFIX}';
  const matches = (card, name, value) => {
    if (!value) return true;
    if (name === 'q') return text.get(card).includes(value.toLowerCase());
    const facet = card.dataset[name] || '';
    if (name === 'fail' && value === '*') return facet !== '||';
    if (name === 'fail' && value === '-') return facet === '||';
    return facet.startsWith('|') ? facet.includes('|' + value + '|') : facet === value;
  };
  const apply = () => {
    const active = fields.filter((f) => f.value.trim());
    let count = 0;
    for (const card of cards) {
      const ok = active.every((f) => matches(card, f.name, f.value.trim()));
      card.hidden = !ok;
      if (ok) count++;
    }
    shown.textContent = 'showing ' + count + ' of ' + cards.length + ' questions';
    const state = new URLSearchParams(active.filter((f) => f.value !== (f.dataset.default || '')).map((f) => [f.name, f.value]));
    if (location.hash.startsWith(PREFIX) || [...state].length) history.replaceState(null, '', PREFIX + state);
  };
  const fromHash = () => {
    if (!location.hash.startsWith(PREFIX)) return false;
    const state = new URLSearchParams(location.hash.slice(PREFIX.length));
    for (const f of fields) f.value = state.has(f.name) ? state.get(f.name) : f.dataset.default || '';
    return true;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => { history.replaceState(null, '', location.pathname); apply(); }));
  // A link to one question (from the comparison) opens it, clearing the filters if they hide it.
  const reveal = () => {
    const card = location.hash.startsWith('#q-') && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!card || !card.matches('details.q')) return;
    if (card.hidden) { for (const f of fields) f.value = ''; apply(); }
    card.open = true;
    card.scrollIntoView();
  };
  window.addEventListener('hashchange', () => {
    if (fromHash()) { apply(); document.getElementById('questions').scrollIntoView(); } else reveal();
  });
  for (const button of document.querySelectorAll('[data-expand]')) {
    button.addEventListener('click', () => cards.forEach((c) => { if (!c.hidden) c.open = button.dataset.expand === 'open'; }));
  }
  fromHash();
  apply();
  reveal();
})();`;

/** The script element, and the Content-Security-Policy hash that lets exactly it (and nothing else) run. */
export function filterScript(): { element: string; cspHash: string } {
  return { element: `<script>${SCRIPT}</script>`, cspHash: `'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'` };
}
