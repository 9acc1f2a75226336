import type { Citation, Language, Support } from '../shared/api.js';
import { formatCalendarDate } from '../shared/documents.js';
import { citedText } from './citations.js';
import { h, uid } from './dom.js';
import type { Messages } from './messages.js';

/** An answer bubble whose text can grow while it streams; a citation opens its passage below the text. */
export interface AnswerView {
  readonly bubble: HTMLDivElement;
  /** Shows the waiting dots until the first text arrives. */
  waiting(): void;
  setMeta(citations: Citation[], support: Support): void;
  setText(content: string): void;
}

/** Only web addresses become links: the manifest allows no other, and the widget does not trust that blindly. */
const isWebAddress = (url: string | undefined): url is string => /^https?:\/\//i.test(url ?? '');

/**
 * The opened source: where it is from, the quote highlighted in the passage around it, when the document
 * was published and retrieved, and links to the passage on the document's page and to the original.
 */
function sourceDetails(c: Citation, m: Messages, language: Language, documentUrl: string): Node[] {
  const { before = '', after = '' } = c.context ?? {};
  const dates = [
    c.published && `${m.published} ${formatCalendarDate(c.published, language)}`,
    c.retrieved && `${m.retrieved} ${formatCalendarDate(c.retrieved, language)}`,
  ].filter(Boolean);
  const newTab = h('span', { class: 'sr-only' }, ` (${m.opensInNewTab})`);
  const link = (href: string, text: string) => h('a', { href, target: '_blank', rel: 'noopener' }, text, newTab.cloneNode(true));
  return [
    h('p', {}, `${m.source} ${c.id}: `, h('span', { class: 'region' }, c.region), ` · ${c.document}`),
    h('p', {}, c.section),
    h('blockquote', {}, before, h('mark', {}, c.quote), after),
    ...(dates.length ? [h('p', {}, dates.join(' · '))] : []),
    h(
      'p',
      { class: 'actions' },
      link(documentUrl, m.readInDocument),
      ...(isWebAddress(c.sourceUrl) ? [link(c.sourceUrl, m.original)] : []),
    ),
  ];
}

/** `documentUrl` gives a citation's passage on its document page. */
export function answerView(m: Messages, language: Language, documentUrl: (c: Citation) => string): AnswerView {
  const text = h('div', { class: 'text' });
  const source = h('div', { class: 'source', id: uid('source'), hidden: true });
  const tag = h('span', { class: 'tag', hidden: true });
  const bubble = h('div', { class: 'msg bot' }, h('span', { class: 'sr-only' }, `${m.assistant}: `), tag, text, source);
  let citations: Citation[] = [];
  let shown: number | undefined;

  const citeButtons = () => [...text.querySelectorAll<HTMLButtonElement>('.cite')];
  const toggle = (id: number) => showSource(shown === id ? undefined : id);

  // Updates attributes in place (no re-render) so the button that was used keeps focus.
  const showSource = (id: number | undefined) => {
    const c = citations.find((x) => x.id === id);
    const previous = shown;
    shown = c?.id;
    for (const b of citeButtons()) b.setAttribute('aria-expanded', String(b.dataset.id === String(shown)));
    source.hidden = !c;
    if (!c) {
      citeButtons().find((b) => b.dataset.id === String(previous))?.focus();
      return;
    }
    const closeSource = h('button', { type: 'button', class: 'btn secondary' }, m.closeSource);
    closeSource.addEventListener('click', () => showSource(undefined));
    const details = sourceDetails(c, m, language, documentUrl(c));
    details.at(-1)!.appendChild(closeSource);
    source.replaceChildren(...details);
  };

  return {
    bubble,
    waiting() {
      text.replaceChildren(h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), m.waiting);
    },
    setMeta(next, support) {
      citations = next;
      // A refusal, or an answer from the nearest passages (its text says so): both marked, the second softer.
      tag.textContent = support === 'none' ? m.abstained : m.related;
      tag.hidden = support === 'direct';
      bubble.classList.toggle('abstained', support === 'none');
      bubble.classList.toggle('related', support === 'related');
    },
    setText(content) {
      text.replaceChildren(...citedText(content, m, { citations, sourceId: source.id, shown, onToggle: toggle }));
    },
  };
}
