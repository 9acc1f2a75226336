import type { FeedbackRequest } from '../feedback/schema.js';
import type { AnswerEntry } from './conversation.js';
import { h, icon, ICONS, uid } from './dom.js';
import { MAX_COMMENT_CHARS, MAX_FEEDBACK_ANSWER_CHARS, MAX_FEEDBACK_CITATIONS, MAX_FEEDBACK_QUOTE_CHARS } from './limits.js';
import type { Messages } from './messages.js';

export interface FeedbackViewOptions {
  send: (feedback: FeedbackRequest) => Promise<void>;
  /** Called once the server accepted the rating and it is set on the entry. */
  onRated: () => void;
}

/** Thumbs up/down, then an optional comment; the rating is stored only when sent. */
export function feedbackView(entry: AnswerEntry, m: Messages, options: FeedbackViewOptions): HTMLDivElement {
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
      await options.send({
        question: entry.question,
        // Enough of the answer and its sources to tell which answer was rated, within the server's caps.
        answer: entry.content.slice(0, MAX_FEEDBACK_ANSWER_CHARS),
        rating,
        comment: comment.value.trim() || undefined,
        // What identifies each cited passage (the feedback contract is strict: context and dates stay out).
        citations: entry.citations
          .slice(0, MAX_FEEDBACK_CITATIONS)
          .map(({ id, region, document, documentId, section, quote, start, end, score }) => ({
            id,
            region,
            document,
            documentId,
            section,
            quote: quote.slice(0, MAX_FEEDBACK_QUOTE_CHARS),
            start,
            end,
            score,
          })),
        language: entry.language,
      });
      entry.rating = rating;
      thanks();
      options.onRated();
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
}
