import type { Citation } from '../shared/api.js';
import { citedText } from './citations.js';
import { h, uid } from './dom.js';
import type { Messages } from './messages.js';

/** An answer bubble whose text can grow while it streams; a citation opens its passage below the text. */
export interface AnswerView {
  readonly bubble: HTMLDivElement;
  /** Shows the waiting dots until the first text arrives. */
  waiting(): void;
  setMeta(citations: Citation[], abstained: boolean): void;
  setText(content: string): void;
}

export function answerView(m: Messages): AnswerView {
  const text = h('div', { class: 'text' });
  const source = h('div', { class: 'source', id: uid('source'), hidden: true });
  const tag = h('span', { class: 'tag', hidden: true }, m.abstained);
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
    source.replaceChildren(
      h('p', {}, `${m.source} ${c.id}: `, h('span', { class: 'region' }, c.region), ` · ${c.document}`),
      h('p', {}, c.section),
      h('blockquote', {}, c.quote),
      closeSource,
    );
  };

  return {
    bubble,
    waiting() {
      text.replaceChildren(h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), m.waiting);
    },
    setMeta(next, abstained) {
      citations = next;
      tag.hidden = !abstained;
      bubble.classList.toggle('abstained', abstained);
    },
    setText(content) {
      text.replaceChildren(...citedText(content, m, { citations, sourceId: source.id, shown, onToggle: toggle }));
    },
  };
}
