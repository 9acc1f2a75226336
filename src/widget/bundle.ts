import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The browser scripts (this module runs in Node, not in the browser): each one minified IIFE with no
 * imports, for browsers from about 2021 on (shadow DOM, fetch streams, TextDecoderStream). `widget` is the
 * chat widget any site embeds; `admin` runs the feedback page (GET /admin/feedback).
 */
const packageRoot = new URL('../../', import.meta.url);
const ENTRIES = { widget: 'src/widget/main.ts', admin: 'src/admin/main.ts' } as const;
export type BrowserScript = keyof typeof ENTRIES;
export const BROWSER_SCRIPTS = Object.keys(ENTRIES) as BrowserScript[];

/** Written by `npm run build` (dist/widget.js, dist/admin.js); what a compiled server serves. */
export const prebuiltScript = (name: BrowserScript): string => fileURLToPath(new URL(`dist/${name}.js`, packageRoot));

/** Bundles a browser script with esbuild (a dev dependency: loaded only here, when bundling is asked for). */
export async function bundleScript(name: BrowserScript): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL(ENTRIES[name], packageRoot))],
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

export const bundleWidget = (): Promise<string> => bundleScript('widget');

/**
 * A script as the server serves it: the file `npm run build` made when the server runs compiled
 * (production needs no esbuild), else bundled from the sources (development, where they change).
 */
export async function browserScript(name: BrowserScript): Promise<string> {
  const compiled = import.meta.url.endsWith('.js');
  const prebuilt = prebuiltScript(name);
  return compiled && existsSync(prebuilt) ? readFile(prebuilt, 'utf8') : bundleScript(name);
}

export const widgetScript = (): Promise<string> => browserScript('widget');
