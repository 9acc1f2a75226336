import type { Citation, Language } from '../shared/api.js';
import { splitCitations, withoutCitations } from './citations.js';
import { askStream, RequestFailure, sendFeedback } from './client.js';
import { asTurns, ConversationStorage, type AnswerEntry, type Entry } from './conversation.js';
import { h, icon, ICONS } from './dom.js';
import { historyFor } from './history.js';
import { MAX_COMMENT_CHARS, MAX_FEEDBACK_QUOTE_CHARS, MAX_QUESTION_CHARS } from './limits.js';
import { MESSAGES, type Messages } from './messages.js';
import { WIDGET_CSS } from './styles.js';

export interface WidgetOptions {
  /** Where /api/… lives: the directory widget.js was loaded from. */
  apiBase: URL;
  language: Language;
  /** `launcher`: a floating button opening a panel; `inline`: the panel rendered into the host element. */
  mode: 'launcher' | 'inline';
}

/** Performance marks, so a page (or the e2e test) can measure time from asking to the first answer text. */
export const MARK_ASK = 'strategisvar:ask';
export const MARK_FIRST_DELTA = 'strategisvar:first-delta';

let nextId = 0;
const uid = (prefix: string) => `sv-${prefix}-${++nextId}`;

/** Scoped styles; constructable sheets need no 'unsafe-inline' in the host page's CSP. */
function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h('style', {}, WIDGET_CSS));
  }
}

/** Renders the chat into a shadow root on `host`. */
export function mountWidget(host: HTMLElement, options: WidgetOptions): void {
  const m: Messages = MESSAGES[options.language];
  const endpoint = (path: string) => new URL(path, options.apiBase);
  const storage = new ConversationStorage(`strategisvar:conversation:${options.apiBase.href}`);
  const floating = options.mode === 'launcher';

  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);

  let entries: Entry[] = storage.load();
  let pending: AbortController | undefined;

  // ---- skeleton ----
  const titleId = uid('title');
  const live = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const log = h('div', { class: 'log', role: 'region', 'aria-labelledby': titleId, tabindex: '0' });
  const input = h('textarea', { id: uid('q'), rows: '1', placeholder: m.placeholder });
  const counter = h('span', { id: uid('count') });
  const problem = h('span', { class: 'problem', id: uid('problem'), role: 'alert' });
  input.setAttribute('aria-describedby', `${problem.id} ${counter.id}`);
  const sendButton = h('button', { type: 'button', class: 'btn send' }, icon(ICONS.send), m.send);
  const resetButton = h('button', { type: 'button' }, m.newConversation);
  const closeButton = h('button', { type: 'button', class: 'icon-only', 'aria-label': m.close, title: m.close }, icon(ICONS.close));

  const panel = h(
    'section',
    { class: `panel ${floating ? 'floating' : 'inline'}`, 'aria-labelledby': titleId, lang: options.language },
    h('div', { class: 'head' }, h('h2', { id: titleId }, m.title), resetButton, ...(floating ? [closeButton] : [])),
    log,
    h(
      'div',
      { class: 'composer' },
      h('label', { class: 'sr-only', for: input.id }, m.inputLabel),
      h('div', { class: 'row' }, input, sendButton),
      h('div', { class: 'status' }, problem, counter),
    ),
    live,
  );
  const launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false' }, icon(ICONS.chat), m.launcher);

  if (floating) {
    panel.setAttribute('role', 'dialog');
    panel.id = uid('panel');
    launcher.setAttribute('aria-controls', panel.id);
    panel.hidden = true;
    root.append(launcher, panel);
  } else {
    root.append(panel);
  }

  const announce = (text: string) => {
    live.textContent = text;
  };

  const nearBottom = () => log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  const scrollDown = () => {
    log.scrollTop = log.scrollHeight;
  };

  // ---- opening and closing (launcher mode) ----
  const open = () => {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    scrollDown();
    input.focus();
  };
  const close = () => {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  };
  launcher.addEventListener('click', open);
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && floating) {
      e.preventDefault();
      close();
    }
  });

  // ---- composing ----
  const questionLength = () => input.value.trim().length;
  const updateComposer = () => {
    const n = questionLength();
    const over = n > MAX_QUESTION_CHARS;
    counter.textContent = n > 0 ? m.counter(n) : '';
    counter.className = over ? 'over' : '';
    input.setAttribute('aria-invalid', String(over));
    // Written only when it changes, so the alert is announced once, not on every keystroke.
    const message = over ? m.tooLong : '';
    if (problem.textContent !== message) problem.textContent = message;
    sendButton.disabled = pending !== undefined || over;
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 160)}px`;
  };
  const submit = () => {
    const question = input.value.trim();
    if (!question || pending || question.length > MAX_QUESTION_CHARS) return;
    input.value = '';
    updateComposer();
    void ask(question);
  };
  input.addEventListener('input', updateComposer);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  sendButton.addEventListener('click', submit);

  // ---- conversation views ----
  const intro = () =>
    h(
      'div',
      { class: 'intro' },
      h('p', {}, m.intro),
      h('h3', {}, m.examplesHeading),
      h(
        'ul',
        { class: 'examples' },
        ...m.examples.map((q) => {
          const button = h('button', { type: 'button', class: 'example' }, q);
          button.addEventListener('click', () => void ask(q));
          return h('li', {}, button);
        }),
      ),
    );

  const questionView = (text: string) => h('div', { class: 'msg user' }, h('span', { class: 'sr-only' }, `${m.you}: `), text);

  /** An answer bubble whose text can grow while it streams; a citation opens its passage below the text. */
  const answerView = () => {
    const text = h('div', { class: 'text' });
    const source = h('div', { class: 'source', id: uid('source'), hidden: true });
    const tag = h('span', { class: 'tag', hidden: true }, m.abstained);
    const bubble = h('div', { class: 'msg bot' }, h('span', { class: 'sr-only' }, `${m.assistant}: `), tag, text, source);
    let citations: Citation[] = [];
    let shown: number | undefined;
    let content = '';

    const citeButtons = () => [...text.querySelectorAll<HTMLButtonElement>('.cite')];
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

    const paint = () => {
      const known = new Set(citations.map((c) => c.id));
      text.replaceChildren(
        ...splitCitations(content, known).map((part) => {
          if (part.type === 'text') return part.text;
          const c = citations.find((x) => x.id === part.id)!;
          const label = m.citation(c.id, c.region, c.section);
          const button = h(
            'button',
            {
              type: 'button',
              class: 'cite',
              'data-id': String(c.id),
              'aria-expanded': String(shown === c.id),
              'aria-controls': source.id,
              'aria-label': label,
              title: label,
            },
            String(c.id),
          );
          button.addEventListener('click', () => showSource(shown === c.id ? undefined : c.id));
          return button;
        }),
      );
    };

    return {
      bubble,
      waiting() {
        text.replaceChildren(h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), m.waiting);
      },
      setMeta(next: Citation[], abstained: boolean) {
        citations = next;
        tag.hidden = !abstained;
        bubble.classList.toggle('abstained', abstained);
      },
      setText(next: string) {
        content = next;
        paint();
      },
    };
  };

  /** Thumbs up/down, then an optional comment; the rating is stored only when sent. */
  const feedbackView = (entry: AnswerEntry) => {
    const box = h('div', { class: 'feedback' });
    const thanks = () => box.replaceChildren(h('span', {}, m.feedbackThanks));
    if (entry.rating) {
      thanks();
      return box;
    }
    const form = h('form', { hidden: true });
    const commentId = uid('comment');
    const comment = h('textarea', { id: commentId, maxlength: String(MAX_COMMENT_CHARS), rows: '2' });
    const submitButton = h('button', { type: 'submit', class: 'btn' }, m.sendFeedback);
    const failure = h('span', { class: 'problem', role: 'alert' });
    form.append(h('label', { for: commentId }, m.commentLabel), comment, submitButton, failure);
    let rating: AnswerEntry['rating'];
    const thumb = (value: 'up' | 'down', label: string) => {
      const b = h('button', { type: 'button', class: 'thumb', 'aria-pressed': 'false', 'aria-label': label, title: label }, icon(ICONS[value]));
      b.addEventListener('click', () => {
        rating = value;
        for (const t of box.querySelectorAll('.thumb')) t.setAttribute('aria-pressed', String(t === b));
        form.hidden = false;
        comment.focus();
      });
      return b;
    };
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!rating) return;
      submitButton.disabled = true;
      failure.textContent = '';
      try {
        await sendFeedback(endpoint('api/feedback'), {
          question: entry.question,
          answer: entry.content,
          rating,
          comment: comment.value.trim() || undefined,
          citations: entry.citations.map((c) => ({ ...c, quote: c.quote.slice(0, MAX_FEEDBACK_QUOTE_CHARS) })),
          language: entry.language,
        });
        entry.rating = rating;
        storage.save(entries);
        thanks();
        announce(m.feedbackThanks);
        input.focus();
      } catch {
        failure.textContent = m.feedbackFailed;
        submitButton.disabled = false;
      }
    });
    comment.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    box.append(h('span', {}, m.feedbackQuestion), thumb('up', m.feedbackUp), thumb('down', m.feedbackDown), form);
    return box;
  };

  const failureMessage = (failure: RequestFailure): string => {
    switch (failure.kind) {
      case 'unreachable':
        return m.unreachable;
      case 'rate_limited':
        return m.rateLimited(failure.retryAfter);
      case 'busy':
        return m.busy(failure.retryAfter);
      case 'rejected':
        return `${m.rejected} ${failure.message}`;
      case 'server':
        return m.serverError;
    }
  };

  const errorView = (message: string, retry: () => void) => {
    const button = h('button', { type: 'button', class: 'btn' }, m.retry);
    button.addEventListener('click', retry);
    return h('div', { class: 'msg error' }, h('p', {}, message), button);
  };

  const finishedAnswer = (entry: AnswerEntry) => {
    const view = answerView();
    view.setMeta(entry.citations, entry.abstained);
    view.setText(entry.content);
    view.bubble.append(feedbackView(entry));
    return view.bubble;
  };

  const renderAll = () => {
    log.replaceChildren(
      ...(entries.length === 0 ? [intro()] : []),
      ...entries.map((e) => (e.role === 'user' ? questionView(e.content) : finishedAnswer(e))),
    );
  };

  // ---- asking ----
  async function ask(question: string): Promise<void> {
    if (pending) return;
    const controller = new AbortController();
    pending = controller;
    updateComposer();
    log.querySelector('.intro')?.remove();
    const asked = questionView(question);
    const view = answerView();
    view.waiting();
    log.append(asked, view.bubble);
    scrollDown();
    announce(m.waiting);
    performance.mark(MARK_ASK);

    let content = '';
    let citations: Citation[] = [];
    let abstained = false;
    let language = options.language;
    let firstDelta = true;
    try {
      const history = historyFor(asTurns(entries));
      const request = history.length ? { question, history } : { question };
      for await (const event of askStream(endpoint('api/ask/stream'), request, controller.signal)) {
        const follow = nearBottom();
        if (event.event === 'meta') {
          ({ citations, abstained, language } = event.data);
          view.setMeta(citations, abstained);
        } else if (event.event === 'delta') {
          content += event.data.text;
          view.setText(content);
          if (firstDelta) {
            firstDelta = false;
            requestAnimationFrame(() => performance.mark(MARK_FIRST_DELTA));
          }
        } else {
          if (event.data.answer !== undefined) content = event.data.answer;
          if (event.data.citations) citations = event.data.citations;
          if (event.data.abstained !== undefined) abstained = event.data.abstained;
          view.setMeta(citations, abstained);
          view.setText(content);
        }
        if (follow) scrollDown();
      }
      if (controller.signal.aborted) return; // "Ny samtale" while the last event arrived
      const answer: AnswerEntry = { role: 'assistant', content, question, citations, abstained, language };
      entries.push({ role: 'user', content: question }, answer);
      storage.save(entries);
      view.bubble.append(feedbackView(answer));
      announce(m.answerReady(withoutCitations(content)));
    } catch (err) {
      if (controller.signal.aborted) return;
      const failure = err instanceof RequestFailure ? err : new RequestFailure('server', String(err));
      const message = failureMessage(failure);
      const errorBubble = errorView(message, () => {
        asked.remove();
        errorBubble.remove();
        input.focus(); // the retry button is gone; keep keyboard users in the panel
        void ask(question);
      });
      view.bubble.replaceWith(errorBubble);
      announce(message);
      scrollDown();
    } finally {
      if (pending === controller) pending = undefined;
      updateComposer();
    }
  }

  resetButton.addEventListener('click', () => {
    pending?.abort();
    pending = undefined;
    entries = [];
    storage.clear();
    renderAll();
    input.value = '';
    updateComposer();
    announce(m.conversationCleared);
    input.focus();
  });

  renderAll();
  updateComposer();
}
