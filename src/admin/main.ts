import type { FeedbackCitation } from '../feedback/schema.js';
import type { FeedbackEntry } from '../feedback/store.js';
import type { FeedbackExport } from '../server/routes/feedback.js';
import type { DocumentsResponse } from '../shared/api.js';
import { documentPath } from '../shared/documents.js';
import { h, icon, ICONS, uid } from '../widget/dom.js';
import { citedRegions, filterFeedback, type FeedbackFilter } from './filter.js';
import { ADMIN_MESSAGES, type AdminMessages } from './messages.js';

/**
 * The feedback page (GET /admin/feedback): asks once for the admin token, keeps it in sessionStorage (this
 * tab only, never in a URL: it travels only in the Authorization header of GET /api/feedback), then lists
 * the ratings newest first, filtered in the page by rating and by the regions the answers cited.
 */

const TOKEN_KEY = 'strategisvar:admin-token';
/** Ratings fetched per request; "older" fetches the next page. */
const PAGE_SIZE = 200;

const language = document.documentElement.lang === 'no' ? 'no' : 'da';
const m: AdminMessages = ADMIN_MESSAGES[language];
const locale = language === 'no' ? 'nb-NO' : 'da-DK';
/** The server's root: the page is at <root>admin/feedback. */
const root = new URL('../', location.href);

type Failure = 'token' | 'disabled' | 'failed';

const storedToken = {
  get: () => {
    try {
      return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set: (token: string) => {
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Without storage the token lives only as long as this page.
    }
  },
  clear: () => {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // As above.
    }
  },
};

async function fetchPage(token: string, before: number | null): Promise<FeedbackExport> {
  const url = new URL('api/feedback', root);
  url.searchParams.set('limit', String(PAGE_SIZE));
  if (before !== null) url.searchParams.set('before', String(before));
  let res: Response;
  try {
    res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store', credentials: 'omit' });
  } catch {
    throw 'failed' satisfies Failure;
  }
  if (res.status === 401 || res.status === 403) throw 'token' satisfies Failure;
  if (res.status === 503) throw 'disabled' satisfies Failure;
  if (!res.ok) throw 'failed' satisfies Failure;
  return (await res.json()) as FeedbackExport;
}

/** The corpus's regions, for the filter even before a rating cites them; none if the list can't be had. */
async function corpusRegions(): Promise<string[]> {
  try {
    const res = await fetch(new URL('api/documents', root), { credentials: 'omit' });
    return res.ok ? ((await res.json()) as DocumentsResponse).regions : [];
  } catch {
    return [];
  }
}

/** How much of a cited quote the list shows. */
const QUOTE_PREVIEW_CHARS = 140;

/** "[2] Region · Document · Section" (a link to the passage when the citation has its offsets), and the quote. */
function citationItem(c: FeedbackCitation): HTMLLIElement {
  const label = `${c.region} · ${c.document} · ${c.section}`;
  const { documentId, start, end } = c;
  const place =
    documentId !== undefined && start !== undefined && end !== undefined && start < end
      ? h('a', { href: new URL(documentPath(documentId, { start, end }), root).href }, label)
      : label;
  const quote = c.quote && (c.quote.length > QUOTE_PREVIEW_CHARS ? `${c.quote.slice(0, QUOTE_PREVIEW_CHARS)}…` : c.quote);
  return h('li', {}, `[${c.id}] `, place, ...(quote ? [h('br'), h('q', { class: 'meta' }, quote)] : []));
}

function entryView(e: FeedbackEntry): HTMLLIElement {
  const headingId = uid('q');
  const when = new Date(e.createdAt);
  const rating = e.rating === 'up' ? m.up : m.down;
  return h(
    'li',
    {},
    h(
      'article',
      { class: `entry ${e.rating}`, 'aria-labelledby': headingId },
      h(
        'p',
        { class: 'meta' },
        h('span', { class: `rating ${e.rating}` }, icon(ICONS[e.rating]), rating),
        ' · ',
        h('time', { datetime: e.createdAt }, new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(when)),
      ),
      h('h2', { id: headingId, lang: e.language ?? undefined }, h('span', { class: 'sr' }, `${m.question}: `), e.question),
      h('h3', {}, m.comment),
      e.comment ? h('p', { class: 'comment', lang: e.language ?? undefined }, e.comment) : h('p', { class: 'meta' }, m.noComment),
      h('h3', {}, m.cited),
      e.citations.length ? h('ul', {}, ...e.citations.map(citationItem)) : h('p', { class: 'meta' }, m.noCitations),
      h('details', {}, h('summary', {}, m.showAnswer), h('p', { class: 'answer', lang: e.language ?? undefined }, e.answer)),
    ),
  );
}

function option(value: string, label: string): HTMLOptionElement {
  return h('option', { value }, label);
}

function start(container: HTMLElement): void {
  // Signing in.
  const tokenInput = h('input', { id: uid('token'), type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const help = h('p', { id: uid('help'), class: 'meta' }, m.tokenHelp);
  tokenInput.setAttribute('aria-describedby', help.id);
  const problem = h('p', { class: 'problem', role: 'alert' });
  const form = h(
    'form',
    { class: 'signin', method: 'post' },
    h('label', { for: tokenInput.id }, m.tokenLabel),
    help,
    h('div', { class: 'row' }, tokenInput, h('button', { type: 'submit' }, m.showFeedback)),
  );

  // The list.
  const ratingSelect = h('select', { id: uid('rating') }, option('', m.all), option('up', m.up), option('down', m.down));
  const regionSelect = h('select', { id: uid('region') }, option('', m.allRegions));
  const signOut = h('button', { type: 'button', class: 'secondary' }, m.signOut);
  const count = h('p', { class: 'count', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const list = h('ol', { class: 'entries' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, m.loadMore);
  const results = h(
    'div',
    { hidden: true },
    h(
      'div',
      { class: 'filters', role: 'group', 'aria-label': m.filters },
      h('label', { for: ratingSelect.id }, m.ratingFilter),
      ratingSelect,
      h('label', { for: regionSelect.id }, m.regionFilter),
      regionSelect,
      signOut,
    ),
    count,
    list,
    more,
  );
  container.replaceChildren(form, problem, results);

  let token: string | undefined;
  let entries: FeedbackEntry[] = [];
  let nextBefore: number | null = null;
  let regions: string[] = [];

  const render = () => {
    const filter: FeedbackFilter = {
      rating: ratingSelect.value === 'up' || ratingSelect.value === 'down' ? ratingSelect.value : undefined,
      region: regionSelect.value || undefined,
    };
    const shown = filterFeedback(entries, filter);
    list.replaceChildren(...shown.map(entryView));
    count.textContent = shown.length ? m.shown(shown.length, entries.length, nextBefore !== null) : m.none;
    more.hidden = nextBefore === null;
    const known = [...new Set([...regions, ...citedRegions(entries)])].sort((a, b) => a.localeCompare(b, locale));
    const chosen = regionSelect.value;
    regionSelect.replaceChildren(option('', m.allRegions), ...known.map((r) => option(r, r)));
    regionSelect.value = chosen;
  };

  const showSignIn = (message = '') => {
    results.hidden = true;
    form.hidden = false;
    problem.textContent = message;
    tokenInput.focus();
  };

  const load = async (first: boolean) => {
    if (!token) return showSignIn();
    count.textContent = m.loading;
    try {
      const page = await fetchPage(token, first ? null : nextBefore);
      entries = first ? page.feedback : [...entries, ...page.feedback];
      nextBefore = page.nextBefore;
    } catch (failure) {
      if (failure === 'token') {
        storedToken.clear();
        token = undefined;
        return showSignIn(m.wrongToken);
      }
      problem.textContent = failure === 'disabled' ? m.disabled : m.failed;
      if (first) form.hidden = false;
      return;
    }
    problem.textContent = '';
    form.hidden = true;
    results.hidden = false;
    render();
    if (first) count.focus();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const given = tokenInput.value.trim();
    if (!given) return;
    token = given;
    tokenInput.value = '';
    storedToken.set(given);
    void load(true);
  });
  ratingSelect.addEventListener('change', render);
  regionSelect.addEventListener('change', render);
  more.addEventListener('click', () => void load(false));
  signOut.addEventListener('click', () => {
    storedToken.clear();
    token = undefined;
    entries = [];
    list.replaceChildren();
    showSignIn();
  });

  void corpusRegions().then((r) => {
    regions = r;
    if (!results.hidden) render();
  });
  token = storedToken.get();
  if (token) {
    form.hidden = true;
    void load(true);
  } else showSignIn();
}

const container = document.getElementById('feedback-admin');
if (container) start(container);
