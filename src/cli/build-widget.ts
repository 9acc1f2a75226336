import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleWidget } from '../widget/bundle.js';
import { parseCli } from './args.js';

const { positionals } = parseCli({
  name: 'build-widget',
  usage: `usage: npm run build-widget -- [out.js]
  writes the widget bundle (default dist/widget.js, as \`npm run build\` does) for hosting it as a static
  file, and prints its size`,
  positionals: { max: 1 },
});
const out = positionals[0] ?? 'dist/widget.js';
const code = await bundleWidget();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, code);
const raw = Buffer.byteLength(code);
const gzip = gzipSync(code, { level: 9 }).length;
console.log(`${out}: ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzipped`);
