import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleWidget } from '../widget/bundle.js';

/**
 * Writes dist/widget.js (or the path given) for hosting the widget as a static file, and prints its size.
 * The server itself does not need this file: it builds the same bundle in memory on first request.
 */
const out = process.argv[2] ?? 'dist/widget.js';
const code = await bundleWidget();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, code);
const raw = Buffer.byteLength(code);
const gzip = gzipSync(code, { level: 9 }).length;
console.log(`${out}: ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzipped`);
