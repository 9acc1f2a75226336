import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Judgements cached on disk, so a rerun (or a run of another mode with the same answers) asks the judge
 * only about what changed. The key is the judge model, the metric, the prompt version and the whole
 * rendered prompt — which holds the question, the answer and the passages — so a new answer, a changed
 * passage or an edited prompt is judged anew. The model's raw reply is stored, not the score: a fix to how
 * replies are scored applies to cached ones too. Only successful replies are kept; failures are retried.
 */

export interface JudgeCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, entry: { metric: string; model: string; promptVersion: string; question: string; reply: string }): Promise<void>;
}

export function judgeCacheKey(parts: { model: string; metric: string; promptVersion: string; system: string; user: string }): string {
  return createHash('sha256').update(JSON.stringify([parts.model, parts.metric, parts.promptVersion, parts.system, parts.user])).digest('hex');
}

/** One JSON file per judgement, under a two-character fan-out folder. */
export function createDiskCache(dir: string): JudgeCache {
  const file = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        const entry = JSON.parse(await readFile(file(key), 'utf8')) as { reply?: unknown };
        return typeof entry.reply === 'string' ? entry.reply : undefined;
      } catch {
        // Missing or unreadable (a half-written file from an older version): ask again.
        return undefined;
      }
    },
    async set(key, entry) {
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      await writeFileAtomic(file(key), `${JSON.stringify({ key, ...entry }, null, 2)}\n`);
    },
  };
}
