import { h, icon, ICONS, uid } from './dom.js';
import { MAX_QUESTION_CHARS } from './limits.js';
import type { Messages } from './messages.js';

/** The question box with its send button, length counter and too-long alert. */
export interface Composer {
  readonly element: HTMLDivElement;
  /** Brings counter, alert, send button and height in line with the input and `isBusy()`. */
  update(): void;
  clear(): void;
  focus(): void;
}

export interface ComposerOptions {
  /** While an answer is on its way, sending waits. */
  isBusy: () => boolean;
  onSubmit: (question: string) => void;
}

export function createComposer(m: Messages, options: ComposerOptions): Composer {
  const input = h('textarea', { id: uid('q'), rows: '1', placeholder: m.placeholder });
  const counter = h('span', { id: uid('count') });
  const problem = h('span', { class: 'problem', id: uid('problem'), role: 'alert' });
  input.setAttribute('aria-describedby', `${problem.id} ${counter.id}`);
  const sendButton = h('button', { type: 'button', class: 'btn send' }, icon(ICONS.send), m.send);
  const element = h(
    'div',
    { class: 'composer' },
    h('label', { class: 'sr-only', for: input.id }, m.inputLabel),
    h('div', { class: 'row' }, input, sendButton),
    h('div', { class: 'status' }, problem, counter),
  );

  const update = () => {
    const n = input.value.trim().length;
    const over = n > MAX_QUESTION_CHARS;
    counter.textContent = n > 0 ? m.counter(n) : '';
    counter.className = over ? 'over' : '';
    input.setAttribute('aria-invalid', String(over));
    // Written only when it changes, so the alert is announced once, not on every keystroke.
    const message = over ? m.tooLong : '';
    if (problem.textContent !== message) problem.textContent = message;
    sendButton.disabled = options.isBusy() || over;
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 160)}px`;
  };
  const clear = () => {
    input.value = '';
    update();
  };
  const submit = () => {
    const question = input.value.trim();
    if (!question || options.isBusy() || question.length > MAX_QUESTION_CHARS) return;
    clear();
    options.onSubmit(question);
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  sendButton.addEventListener('click', submit);

  return { element, update, clear, focus: () => input.focus() };
}
