import type { Language } from '../shared/api.js';
import { mountWidget, type WidgetOptions } from './widget.js';

/**
 * Entry of widget.js. Configured by its own script tag:
 *   <script src="https://host/widget.js" data-lang="da|no" data-mode="launcher|inline" data-target="#el" async></script>
 * The API is at the directory the script came from, so the widget works embedded on any origin the server
 * allows (ALLOWED_ORIGINS). `currentScript` is only set while the script first runs, so it is read at once.
 */
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');

function pageLanguage(): Language {
  const lang = (script?.dataset.lang || document.documentElement.lang || 'da').toLowerCase();
  return /^(no|nb|nn)\b/.test(lang) ? 'no' : 'da';
}

function inlineTarget(selector: string | undefined): HTMLElement | null {
  if (!selector) return null;
  try {
    return document.querySelector<HTMLElement>(selector);
  } catch {
    return null;
  }
}

function start(): void {
  const data = script?.dataset ?? {};
  let mode: WidgetOptions['mode'] = data.mode === 'inline' ? 'inline' : 'launcher';
  let parent: HTMLElement = document.body;
  if (mode === 'inline') {
    const target = inlineTarget(data.target);
    if (target) parent = target;
    else {
      console.warn(`strategisvar: data-target ${JSON.stringify(data.target ?? '')} matched no element; showing the launcher`);
      mode = 'launcher';
    }
  }
  const host = document.createElement('div');
  host.className = 'strategisvar-widget';
  parent.append(host);
  mountWidget(host, { apiBase: new URL('.', script?.src || location.href), language: pageLanguage(), mode });
}

// An async script can run before the page is parsed: wait for the inline target (or <body>) to exist.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
