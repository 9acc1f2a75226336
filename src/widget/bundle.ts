import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * widget.js (this module runs in Node, not in the browser): one minified IIFE with no imports, for browsers
 * from about 2021 on (shadow DOM, fetch streams, TextDecoderStream).
 */
const packageRoot = new URL('../../', import.meta.url);
export const WIDGET_ENTRY = fileURLToPath(new URL('src/widget/main.ts', packageRoot));
/** Written by `npm run build`; what a compiled server serves. */
export const PREBUILT_WIDGET = fileURLToPath(new URL('dist/widget.js', packageRoot));

/** Bundles the widget with esbuild (a dev dependency: loaded only here, when bundling is asked for). */
export async function bundleWidget(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome90', 'firefox90', 'safari15', 'edge90'],
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * The widget script the server serves: the file `npm run build` made when the server runs compiled
 * (production needs no esbuild), else bundled from the sources (development, where they change).
 */
export async function widgetScript(): Promise<string> {
  const compiled = import.meta.url.endsWith('.js');
  return compiled && existsSync(PREBUILT_WIDGET) ? readFile(PREBUILT_WIDGET, 'utf8') : bundleWidget();
}
