import type { Language } from '../shared/api.js';
import { createChat } from './chat.js';
import { createComposer } from './composer.js';
import { MESSAGES } from './messages.js';
import { mountShell } from './shell.js';
import { accentVariables } from './theme.js';

export { MARK_ASK, MARK_FIRST_DELTA } from './chat.js';

export interface WidgetOptions {
  /** The server's root (a directory URL): /api/… and the document pages live under it. */
  apiBase: URL;
  /** The widget's language; also sent with every question as the hint for the answer's language. */
  language: Language;
  /** `launcher`: a floating button opening a panel; `inline`: the panel rendered into the host element. */
  mode: 'launcher' | 'inline';
  /** The panel's heading, instead of the built-in one. */
  title?: string;
  /** A CSS colour for the accent (see theme.ts). */
  accent?: string;
  /** Example questions instead of the built-in ones (none if empty). */
  examples?: string[];
}

/** Renders the chat into a shadow root on `host`. */
export function mountWidget(host: HTMLElement, options: WidgetOptions): void {
  const m = { ...MESSAGES[options.language] };
  if (options.title) m.title = options.title;
  if (options.examples) m.examples = options.examples;
  const accent = options.accent ? accentVariables(options.accent) : undefined;
  for (const [name, value] of Object.entries(accent ?? {})) host.style.setProperty(name, value);
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
