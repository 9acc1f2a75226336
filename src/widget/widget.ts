import type { Language } from '../shared/api.js';
import { createChat } from './chat.js';
import { createComposer } from './composer.js';
import { MESSAGES } from './messages.js';
import { mountShell } from './shell.js';

export { MARK_ASK, MARK_FIRST_DELTA } from './chat.js';

export interface WidgetOptions {
  /** Where /api/… lives: the directory widget.js was loaded from. */
  apiBase: URL;
  language: Language;
  /** `launcher`: a floating button opening a panel; `inline`: the panel rendered into the host element. */
  mode: 'launcher' | 'inline';
}

/** Renders the chat into a shadow root on `host`. */
export function mountWidget(host: HTMLElement, options: WidgetOptions): void {
  const m = MESSAGES[options.language];
  // The three parts call each other only from event handlers, after all of them exist.
  const composer = createComposer(m, { isBusy: () => chat.busy, onSubmit: (question) => void chat.ask(question) });
  const shell = mountShell(host, m, {
    language: options.language,
    floating: options.mode === 'launcher',
    composer: composer.element,
    onOpen: () => composer.focus(),
    onReset: () => {
      chat.reset();
      composer.clear();
      shell.announce(m.conversationCleared);
      composer.focus();
    },
  });
  const chat = createChat(m, { apiBase: options.apiBase, language: options.language, shell, composer });
  composer.update();
}
