import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { createEngine } from '../../src/engine.js';
import { buildIndex } from '../../src/index/build.js';
import { checkBuild, liveBuild } from '../../src/index/lifecycle.js';
import { tempConfig } from '../helpers/corpus.js';
import { ensureDist, NODE } from '../helpers/process.js';

/**
 * Real `build-index --force` processes killed with SIGKILL at every stage of a build, including inside the
 * commit (listing and fsyncing files, the rename, the switch of current.json, the pruning), each kill
 * followed by a start of the engine on what was left: it must answer every time, and leave no leftovers.
 * Some rounds kill the very first build (no index yet). KILL_TEST_ROUNDS sets the number of kills (.ci/run: 56).
 */
const ROUNDS = Number(process.env.KILL_TEST_ROUNDS ?? 4);
/** The commit's steps first: a short run (the default) kills there; CI's long one goes through all. */
const STAGES = ['commit', 'switch', 'prune', 'lexical', 'corpus', 'model', 'vectors'] as const;
/** Milliseconds between a stage's line and the kill, so kills land at different points inside a stage. */
const DELAYS = [0, 3, 8, 15, 30];
const QUESTION = { question: 'Hvad gør Region Nordjylland for at korte ventetiderne?' };
const silent = { info() {}, warn() {} };

/** Starts a forced build and kills it once it reports `stage` (plus `delayMs`); returns whether it got that far. */
async function killBuildAt(config: Config, stage: string, delayMs: number): Promise<{ killed: boolean; code: number | string }> {
  const child = spawn(NODE, ['dist/cli/build-index.js', '--force'], {
    env: { ...process.env, CORPUS_DIR: config.CORPUS_DIR, INDEX_DIR: config.INDEX_DIR, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let killed = false;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.trim() === `${stage}…`) {
      setTimeout(() => {
        killed = child.kill('SIGKILL');
      }, delayMs);
    }
  });
  const [code, signal] = await once(child, 'exit');
  return { killed: killed && signal === 'SIGKILL', code: code ?? signal };
}

describe('index builds killed at every stage', () => {
  beforeAll(() => ensureDist());

  it(`${ROUNDS} kills: the next start answers every time and cleans up what the kill left`, async () => {
    const config = await tempConfig();
    const firstBuild = await buildIndex(config);
    const outcomes = { killed: 0, previousBuildServed: 0, newBuildServed: 0, noIndexRebuiltAtStart: 0, finishedBeforeKill: 0 };

    for (let round = 0; round < ROUNDS; round++) {
      const stage = STAGES[round % STAGES.length];
      const delay = DELAYS[Math.floor(round / STAGES.length) % DELAYS.length];
      // Every fourth round kills the very first build of an empty index directory.
      const fresh = round % 4 === 3;
      if (fresh) await rm(config.INDEX_DIR, { recursive: true, force: true });
      const before = await liveBuild(config.INDEX_DIR);

      const { killed } = await killBuildAt(config, stage, delay);
      if (killed) outcomes.killed++;
      else outcomes.finishedBeforeKill++;
      const after = await liveBuild(config.INDEX_DIR); // what a start finds, before it repairs anything
      if (!after) {
        expect(fresh, `round ${round} (${stage} +${delay} ms) left no index although one was live`).toBe(true);
        outcomes.noIndexRebuiltAtStart++;
      } else if (after.name === before?.name) outcomes.previousBuildServed++;
      else outcomes.newBuildServed++;

      const engine = await createEngine(config, silent);
      const answer = await engine.ask(QUESTION);
      expect(answer.citations.length, `round ${round}: ${stage} +${delay} ms`).toBeGreaterThan(0);
      expect(engine.info().fingerprint).toBe(firstBuild.fingerprint);

      // The start removed whatever the killed build left behind.
      const entries = await readdir(config.INDEX_DIR);
      expect(entries.sort(), `round ${round}: ${stage} +${delay} ms`).toEqual(['builds', 'current.json']);
      const live = (await liveBuild(config.INDEX_DIR))!;
      expect(await readdir(join(config.INDEX_DIR, 'builds'))).toEqual([live.name]);
      expect(await checkBuild(live.dir, { hashes: true })).toBeUndefined();
    }

    console.log(`index kill test: ${ROUNDS} rounds ${JSON.stringify(outcomes)}`);
    expect(outcomes.killed).toBeGreaterThanOrEqual(ROUNDS * 0.75);
    expect(outcomes.previousBuildServed + outcomes.newBuildServed + outcomes.noIndexRebuiltAtStart).toBe(ROUNDS);
  }, 60_000 + ROUNDS * 30_000);
});
