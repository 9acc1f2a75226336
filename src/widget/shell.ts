import type { Language } from '../shared/api.js';
import { h, icon, ICONS, uid } from './dom.js';
import type { Messages } from './messages.js';
import { WIDGET_CSS } from './styles.js';

export interface ShellOptions {
  language: Language;
  /** A launcher button opening a floating dialog, or the panel right in the host element. */
  floating: boolean;
  /** The composer's element, placed under the log. */
  composer: HTMLElement;
  /** The panel was opened from the launcher: put the caret in the composer. */
  onOpen: () => void;
  onReset: () => void;
}

/** The panel around the conversation: title bar, the log, a live region, and in launcher mode its button. */
export interface Shell {
  readonly log: HTMLDivElement;
  /** Says `text` through the polite live region. */
  announce(text: string): void;
  /** Whether the log is scrolled (close to) the end, so new text should keep it there. */
  nearBottom(): boolean;
  scrollDown(): void;
}

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

/** Renders the panel into a shadow root on `host`. */
export function mountShell(host: HTMLElement, m: Messages, options: ShellOptions): Shell {
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);

  const titleId = uid('title');
  const live = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  // Its own name: two landmarks named alike (the panel and its log) can't be told apart in a landmark list.
  const log = h('div', { class: 'log', role: 'region', 'aria-label': m.conversation, tabindex: '0' });
  const resetButton = h('button', { type: 'button' }, m.newConversation);
  const closeButton = h('button', { type: 'button', class: 'icon-only', 'aria-label': m.close, title: m.close }, icon(ICONS.close));
  const panel = h(
    'section',
    { class: `panel ${options.floating ? 'floating' : 'inline'}`, 'aria-labelledby': titleId, lang: options.language },
    h('div', { class: 'head' }, h('h2', { id: titleId }, m.title), resetButton, ...(options.floating ? [closeButton] : [])),
    log,
    options.composer,
    live,
  );
  resetButton.addEventListener('click', options.onReset);

  const scrollDown = () => {
    log.scrollTop = log.scrollHeight;
  };

  if (options.floating) {
    const launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false' }, icon(ICONS.chat), m.launcher);
    panel.setAttribute('role', 'dialog');
    panel.id = uid('panel');
    launcher.setAttribute('aria-controls', panel.id);
    panel.hidden = true;
    root.append(launcher, panel);

    const open = () => {
      panel.hidden = false;
      launcher.hidden = true;
      launcher.setAttribute('aria-expanded', 'true');
      scrollDown();
      options.onOpen();
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
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    });
  } else {
    root.append(panel);
  }

  return {
    log,
    announce(text) {
      live.textContent = text;
    },
    nearBottom: () => log.scrollHeight - log.scrollTop - log.clientHeight < 80,
    scrollDown,
  };
}
