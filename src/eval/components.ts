import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AskResponse } from '../shared/api.js';

/**
 * The labelled component sets of eval/components (eval/README.md): texts written from the documents alone and
 * labelled by what they ask, each set aimed at one refusal decision of the pipeline. Where the eval sets show
 * that a question was answered when it shouldn't be, these show which decision let it through.
 */

/** Each set, and the field holding its label (the messages say what should happen to them). */
export const COMPONENT_SETS = {
  'request-sentences': 'label',
  'request-messages': 'expect',
  'detail-asks': 'label',
  medical: 'label',
} as const;
export type ComponentSet = keyof typeof COMPONENT_SETS;

export interface ComponentItem {
  text: string;
  label: string;
}

/** One set's texts with their labels, from `dir` (eval/components). */
export async function readComponentSet(dir: string, set: ComponentSet): Promise<ComponentItem[]> {
  const field = COMPONENT_SETS[set];
  return (await readFile(join(dir, `${set}.jsonl`), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const row = JSON.parse(line) as Record<string, string>;
      return { text: row.text, label: row[field] };
    });
}

/** How the engine decided one label's texts of a set. */
export interface ComponentOutcome {
  set: ComponentSet;
  label: string;
  n: number;
  refused: number;
  /** Refused with the emergency numbers (112/113) in the answer. */
  emergency: number;
}

/** Every set's texts asked one by one, counted per label. */
export async function componentOutcomes(dir: string, ask: (question: string) => Promise<AskResponse>): Promise<ComponentOutcome[]> {
  const outcomes: ComponentOutcome[] = [];
  for (const set of Object.keys(COMPONENT_SETS) as ComponentSet[]) {
    const byLabel = new Map<string, ComponentOutcome>();
    for (const item of await readComponentSet(dir, set)) {
      const response = await ask(item.text);
      let outcome = byLabel.get(item.label);
      if (!outcome) byLabel.set(item.label, (outcome = { set, label: item.label, n: 0, refused: 0, emergency: 0 }));
      outcome.n += 1;
      if (response.abstained) outcome.refused += 1;
      if (response.abstained && /\b11[23]\b/.test(response.answer)) outcome.emergency += 1;
    }
    outcomes.push(...[...byLabel.values()].sort((a, b) => a.label.localeCompare(b.label)));
  }
  return outcomes;
}

/** The outcomes as a table: refused and pointed to 112/113, each as a count and a share of the label's texts. */
export function formatComponentOutcomes(outcomes: readonly ComponentOutcome[]): string {
  const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}%`.padStart(7);
  const rows = outcomes.map(
    (o) => `${o.set.padEnd(18)} ${o.label.padEnd(12)} ${String(o.n).padStart(4)} ${String(o.refused).padStart(8)} ${pct(o.refused, o.n)} ${String(o.emergency).padStart(8)} ${pct(o.emergency, o.n)}`,
  );
  return [`${'set'.padEnd(18)} ${'label'.padEnd(12)} ${'n'.padStart(4)} ${'refused'.padStart(8)} ${''.padStart(7)} ${'112/113'.padStart(8)}`, ...rows].join('\n');
}
