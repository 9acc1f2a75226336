import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';

/** A config whose index (and, with `copyCorpus`, corpus) live in a fresh temp directory. */
export async function tempConfig(options: { copyCorpus?: boolean; env?: Record<string, string> } = {}): Promise<Config> {
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-test-'));
  let corpusDir = 'corpus';
  if (options.copyCorpus) {
    corpusDir = join(dir, 'corpus');
    await cp('corpus', corpusDir, { recursive: true });
  }
  return loadConfig({
    CORPUS_DIR: corpusDir,
    INDEX_DIR: join(dir, 'index'),
    DATA_DIR: join(dir, 'data'),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
}
