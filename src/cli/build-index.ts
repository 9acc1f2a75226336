import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { buildIndex } from '../index/build.js';
import { checkBuild, liveBuild } from '../index/lifecycle.js';
import { parseCli } from './args.js';

const { values } = parseCli({
  name: 'build-index',
  usage: `usage: npm run build-index -- [--force] [--verify]
  builds the index (INDEX_DIR) from the corpus (CORPUS_DIR) if it is missing or stale
  --force    build even when it is up to date
  --verify   then check every file of the build in use against its sha256`,
  options: { force: { type: 'boolean', default: false }, verify: { type: 'boolean', default: false } },
});
const { force, verify } = values;
const config = loadConfig();
const started = performance.now();
const manifest = await buildIndex(config, {
  force,
  onProgress: (stage) => process.stdout.write(`  ${stage}…\n`),
  onWait: (owner) => process.stdout.write(`  waiting for the build of process ${owner.pid} on ${owner.host}…\n`),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `index ${manifest.fingerprint}: ${manifest.documents} documents, ${manifest.chunks} chunks, ` +
    `${manifest.embeddingModel} (${manifest.dimensions} dims), built ${manifest.builtAt} (${seconds} s)`,
);
if (verify) {
  const live = await liveBuild(resolve(config.INDEX_DIR));
  const problem = live ? await checkBuild(live.dir, { hashes: true }) : 'no build in use';
  console.log(problem ? `verify: ${problem}` : `verify: every file of ${live!.name} matches its sha256`);
  if (problem) process.exitCode = 1;
}
