import type { Citation, Language, Support } from '../shared/api.js';
import { documentPath } from '../shared/documents.js';
import { answerView, type AnswerView } from './answer-view.js';
import { withoutCitations } from './citations.js';
import { askStream, RequestFailure, sendFeedback } from './client.js';
import type { Composer } from './composer.js';
import { asTurns, ConversationStorage, type AnswerEntry, type Entry } from './conversation.js';
import { feedbackView } from './feedback-view.js';
import { historyFor } from './history.js';
import { errorView, introView, questionView } from './log-items.js';
import type { Messages } from './messages.js';
import type { Shell } from './shell.js';

/** Performance marks, so a page (or the e2e test) can measure time from asking to the first answer text. */
export const MARK_ASK = 'strategisvar:ask';
export const MARK_FIRST_DELTA = 'strategisvar:first-delta';

export interface ChatOptions {
  /** Where /api/… lives. */
  apiBase: URL;
  language: Language;
  shell: Pick<Shell, 'log' | 'announce' | 'nearBottom' | 'scrollDown'>;
  composer: Pick<Composer, 'update' | 'focus'>;
}

/** The conversation: its log, asking over the answer stream, feedback, and storage across reloads. */
export interface Chat {
  /** An answer is on its way. */
  readonly busy: boolean;
  ask(question: string): Promise<void>;
  /** Drops the conversation, cancelling an answer on its way. */
  reset(): void;
}

function failureMessage(m: Messages, failure: RequestFailure): string {
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
}

/** How well the documents support an answer; a server (or a stored answer) from before `support` tells by `abstained`. */
const supportOf = ({ abstained, support }: { abstained: boolean; support?: Support }): Support =>
  support ?? (abstained ? 'none' : 'direct');

/** Shows the stored conversation in the shell's log and answers new questions there. */
export function createChat(m: Messages, options: ChatOptions): Chat {
  const { shell, composer } = options;
  const endpoint = (path: string) => new URL(path, options.apiBase);
  const storage = new ConversationStorage(`strategisvar:conversation:${options.apiBase.href}`);
  let entries: Entry[] = storage.load();
  let pending: AbortController | undefined;

  const withFeedback = (view: AnswerView, entry: AnswerEntry) => {
    view.bubble.append(
      feedbackView(entry, m, {
        send: (feedback) => sendFeedback(endpoint('api/feedback'), feedback),
        onRated: () => {
          storage.save(entries);
          shell.announce(m.feedbackThanks);
          composer.focus();
        },
      }),
    );
    return view.bubble;
  };

  // A citation's passage on its document's page, on the server (not the embedding page's origin).
  const newAnswerView = () => answerView(m, options.language, (c) => endpoint(documentPath(c.documentId, c)).href);

  const finishedAnswer = (entry: AnswerEntry) => {
    const view = newAnswerView();
    view.setMeta(entry.citations, supportOf(entry));
    view.setText(entry.content);
    return withFeedback(view, entry);
  };

  const renderAll = () => {
    shell.log.replaceChildren(
      ...(entries.length === 0 ? [introView(m, (q) => void ask(q))] : []),
      ...entries.map((e) => (e.role === 'user' ? questionView(m, e.content) : finishedAnswer(e))),
    );
  };

  async function ask(question: string): Promise<void> {
    if (pending) return;
    const controller = new AbortController();
    pending = controller;
    composer.update();
    shell.log.querySelector('.intro')?.remove();
    const asked = questionView(m, question);
    const view = newAnswerView();
    view.waiting();
    shell.log.append(asked, view.bubble);
    shell.scrollDown();
    shell.announce(m.waiting);
    performance.mark(MARK_ASK);

    let content = '';
    let citations: Citation[] = [];
    let abstained = false;
    let support: Support | undefined;
    let language = options.language;
    let firstDelta = true;
    try {
      const history = historyFor(asTurns(entries));
      // The page's language is a hint: a question clearly in the other language is answered in that one.
      const request = { question, ...(history.length ? { history } : {}), languageHint: options.language };
      for await (const event of askStream(endpoint('api/ask/stream'), request, controller.signal)) {
        const follow = shell.nearBottom();
        if (event.event === 'meta') {
          ({ citations, abstained, language, support } = event.data);
          view.setMeta(citations, supportOf({ abstained, support }));
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
          if (event.data.support !== undefined) support = event.data.support;
          view.setMeta(citations, supportOf({ abstained, support }));
          view.setText(content);
        }
        if (follow) shell.scrollDown();
      }
      if (controller.signal.aborted) return; // "Ny samtale" while the last event arrived
      const answer: AnswerEntry = { role: 'assistant', content, question, citations, abstained, support, language };
      entries.push({ role: 'user', content: question }, answer);
      storage.save(entries);
      withFeedback(view, answer);
      shell.announce(m.answerReady(withoutCitations(content, new Set(citations.map((c) => c.id)))));
    } catch (err) {
      if (controller.signal.aborted) return;
      const failure = err instanceof RequestFailure ? err : new RequestFailure('server', String(err));
      const message = failureMessage(m, failure);
      const errorBubble = errorView(m, message, () => {
        asked.remove();
        errorBubble.remove();
        composer.focus(); // the retry button is gone; keep keyboard users in the panel
        void ask(question);
      });
      view.bubble.replaceWith(errorBubble);
      shell.announce(message);
      shell.scrollDown();
    } finally {
      if (pending === controller) pending = undefined;
      composer.update();
    }
  }

  renderAll();
  return {
    get busy() {
      return pending !== undefined;
    },
    ask,
    reset() {
      pending?.abort();
      pending = undefined;
      entries = [];
      storage.clear();
      renderAll();
    },
  };
}
