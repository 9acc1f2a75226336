import { h } from './dom.js';
import type { Messages } from './messages.js';

/** The conversation log's items besides answers: the intro with example questions, a question, an error. */

export function introView(m: Messages, onExample: (question: string) => void): HTMLDivElement {
  const examples = m.examples.map((q) => {
    const button = h('button', { type: 'button', class: 'example' }, q);
    button.addEventListener('click', () => onExample(q));
    return h('li', {}, button);
  });
  return h(
    'div',
    { class: 'intro' },
    h('p', {}, m.intro),
    ...(examples.length ? [h('h3', {}, m.examplesHeading), h('ul', { class: 'examples' }, ...examples)] : []),
  );
}

export function questionView(m: Messages, text: string): HTMLDivElement {
  return h('div', { class: 'msg user' }, h('span', { class: 'sr-only' }, `${m.you}: `), text);
}

export function errorView(m: Messages, message: string, onRetry: () => void): HTMLDivElement {
  const button = h('button', { type: 'button', class: 'btn' }, m.retry);
  button.addEventListener('click', onRetry);
  return h('div', { class: 'msg error' }, h('p', {}, message), button);
}
