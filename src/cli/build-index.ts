import { loadConfig } from '../config.js';
import { buildIndex } from '../index/build.js';

/** `npm run build-index [-- --force]`: builds the index if it is missing or stale (always with --force). */
const force = process.argv.includes('--force');
const started = performance.now();
const manifest = await buildIndex(loadConfig(), {
  force,
  onProgress: (stage) => process.stdout.write(`  ${stage}…\n`),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `index ${manifest.fingerprint}: ${manifest.documents} documents, ${manifest.chunks} chunks, ` +
    `${manifest.embeddingModel} (${manifest.dimensions} dims), built ${manifest.builtAt} (${seconds} s)`,
);
