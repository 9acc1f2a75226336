import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Builds widget.js (runs in Node, not in the browser): one minified IIFE with no imports, for browsers from
 * about 2021 on (shadow DOM, fetch streams, TextDecoderStream).
 */
export const WIDGET_ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));

export async function bundleWidget(): Promise<string> {
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
