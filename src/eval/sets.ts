import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Category, EvalRecord } from './schema.js';

/**
 * Question sets: the team's own (`eval/questions.jsonl`), the citizen set written outside the team
 * (`shared/citizen-questions/questions.jsonl`, read where it lies and converted here, never copied), or any
 * JSONL file in either format. Each set is split into a *tune* part, for looking at while improving the
 * system, and a frozen *test* part, whose questions one doesn't look at, to report honestly.
 */

export const SET_NAMES = ['own', 'citizen'] as const;
export type SetName = (typeof SET_NAMES)[number];

export const SPLITS = ['tune', 'test', 'all'] as const;
export type Split = (typeof SPLITS)[number];

/** Where the citizen set lives relative to a checkout: a `shared/` folder beside it (or above it). */
const CITIZEN_FILE = join('shared', 'citizen-questions', 'questions.jsonl');

/**
 * The file of a named set, or the path itself. The citizen set is looked up in `shared/` beside the
 * checkout and beside each folder above it (so worktrees nested a level deeper find it too);
 * `CITIZEN_QUESTIONS` overrides that.
 */
export function setFile(set: string, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  if (set === 'own') return 'eval/questions.jsonl';
  if (set !== 'citizen') return set;
  if (env.CITIZEN_QUESTIONS) return env.CITIZEN_QUESTIONS;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), CITIZEN_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join('..', CITIZEN_FILE);
  }
}

/** A short content hash, so a report says exactly which questions it measured. */
export function setHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Share of each category that goes to the frozen test part. */
const TEST_SHARE = 0.25;
const SPLIT_SALT = 'strategisvar-split-1';

function splitRank(id: string): string {
  return createHash('sha256').update(`${SPLIT_SALT}:${id}`).digest('hex');
}

/**
 * Ids of the frozen test part: within each category, the quarter whose salted id hash sorts first. By
 * category, so small categories (multi-region, follow-up) are represented in both parts; by hash, so the
 * split depends on nothing but the ids and nobody chooses it.
 */
export function testIds(records: readonly Pick<EvalRecord, 'id' | 'category'>[]): Set<string> {
  const byCategory = new Map<Category, string[]>();
  for (const r of records) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r.id]);
  const ids = new Set<string>();
  for (const members of byCategory.values()) {
    const take = members.length >= 4 ? Math.max(1, Math.round(members.length * TEST_SHARE)) : 0;
    members
      .map((id) => ({ id, rank: splitRank(id) }))
      .sort((a, b) => (a.rank < b.rank ? -1 : 1))
      .slice(0, take)
      .forEach(({ id }) => ids.add(id));
  }
  return ids;
}

export function inSplit<T extends Pick<EvalRecord, 'id' | 'category'>>(records: readonly T[], split: Split): T[] {
  if (split === 'all') return [...records];
  const test = testIds(records);
  return records.filter((r) => test.has(r.id) === (split === 'test'));
}

/** The citizen set's category names, where they differ from ours. */
const CITIZEN_CATEGORIES: Record<string, Category> = { plain: 'plain-language', typo: 'typos' };

/** Section labels per region, to resolve a citizen-set label that names one heading of an "A › B" label. */
export type SectionLabels = (region: string) => string[];

const HEADING_SEPARATOR = ' › ';

/**
 * Full section labels a citizen-set label refers to: the label itself, or every "A › B" label of the
 * region that has it as one of its headings (their README: "one heading of an A › B label matches it too").
 */
function resolveLabel(label: string, labels: string[]): string[] {
  if (labels.includes(label)) return [label];
  return labels.filter((l) => l.includes(HEADING_SEPARATOR) && l.split(HEADING_SEPARATOR).includes(label));
}

/** Whether a parsed JSON line is in the citizen set's format (gold as a per-region list, `keyFacts`). */
export function isCitizenFormat(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const record = json as Record<string, unknown>;
  return Array.isArray(record.gold) || 'keyFacts' in record;
}

/**
 * A citizen-set line in our record format. Unknown labels are kept as given, so gold validation reports
 * them instead of this silently dropping them.
 */
export function fromCitizenFormat(json: Record<string, unknown>, labelsOf: SectionLabels): Record<string, unknown> {
  const { gold, keyFacts, minRegions, category, ...rest } = json;
  const record: Record<string, unknown> = { ...rest, category: CITIZEN_CATEGORIES[String(category)] ?? category };
  if (!Array.isArray(gold)) return record;
  const entries = gold as { region: string; sections: string[] }[];
  record.gold = {
    regions: entries.map((g) => g.region),
    sections: entries.flatMap((g) => {
      const labels = labelsOf(g.region);
      const full = (g.sections ?? []).flatMap((label) => {
        const resolved = resolveLabel(label, labels);
        return resolved.length ? resolved : [label];
      });
      return [...new Set(full)].map((section) => ({ region: g.region, section }));
    }),
    facts: keyFacts,
    ...(minRegions !== undefined ? { minRegions } : {}),
  };
  return record;
}
