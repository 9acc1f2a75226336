import type { Language } from '../shared/api.js';
import { MAX_QUESTION_CHARS } from './limits.js';
import { mountWidget, type WidgetOptions } from './widget.js';

/**
 * Entry of widget.js. Configured by its own script tag (every attribute optional):
 *   <script src="https://host/widget.js" async
 *     data-api="https://host/"          where the strategisvar server is (default: where widget.js came from)
 *     data-lang="da|no"                 the widget's language, sent with every question as its language hint
 *     data-mode="launcher|inline" data-target="#el"
 *     data-title="…"                    the panel's heading
 *     data-accent="#0b5e3b"             the accent colour (darkened if too light for white text)
 *     data-examples="Spørgsmål 1|…"     example questions, separated by "|"; empty for none
 *   ></script>
 * The page's origin must be in the server's ALLOWED_ORIGINS. `currentScript` is only set while the script
 * first runs, so it is read at once.
 */
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');

const MAX_EXAMPLES = 6;

function pageLanguage(): Language {
  const lang = (script?.dataset.lang || document.documentElement.lang || 'da').toLowerCase();
  return /^(no|nb|nn)\b/.test(lang) ? 'no' : 'da';
}

/** data-api, resolved against the page, as a directory URL; else the directory widget.js was loaded from. */
function apiBase(given: string | undefined): URL {
  const scriptDir = new URL('.', script?.src || location.href);
  let base = scriptDir;
  if (given?.trim()) {
    try {
      base = new URL(given.trim(), location.href);
    } catch {
      console.warn(`strategisvar: data-api ${JSON.stringify(given)} is not a URL; using ${scriptDir.href}`);
    }
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/** data-examples: "|"-separated questions; absent means the built-in ones, empty means none. */
function examples(given: string | undefined): string[] | undefined {
  if (given === undefined) return undefined;
  return given
    .split('|')
    .map((q) => q.trim())
    .filter((q) => q && q.length <= MAX_QUESTION_CHARS)
    .slice(0, MAX_EXAMPLES);
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
  mountWidget(host, {
    apiBase: apiBase(data.api),
    language: pageLanguage(),
    mode,
    title: data.title?.trim() || undefined,
    accent: data.accent?.trim() || undefined,
    examples: examples(data.examples),
  });
}

// An async script can run before the page is parsed: wait for the inline target (or <body>) to exist.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
