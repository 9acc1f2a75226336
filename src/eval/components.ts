import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AskResponse, Language } from '../shared/api.js';

/**
 * The labelled component sets of eval/components (eval/README.md): texts written from the documents alone and
 * labelled by what they ask, each set aimed at one refusal decision of the pipeline. Where the eval sets show
 * that a question was answered when it shouldn't be, these show which decision let it through.
 */

/**
 * Each set, and the field holding its label (the messages say what should happen to them; the language cases
 * are grouped by what makes their language hard to tell, and every text of them should be answered in its own).
 */
export const COMPONENT_SETS = {
  'request-sentences': 'label',
  'request-messages': 'expect',
  'detail-asks': 'label',
  medical: 'label',
  scope: 'label',
  scope2: 'label',
  'language-cases': 'kind',
  'language-cases2': 'kind',
  'cross-lingual': 'kind',
} as const;
export type ComponentSet = keyof typeof COMPONENT_SETS;

export interface ComponentItem {
  text: string;
  label: string;
  /** The language the text is written in, where the set says. */
  language?: Language;
}

/** One set's texts with their labels, from `dir` (eval/components). */
export async function readComponentSet(dir: string, set: ComponentSet): Promise<ComponentItem[]> {
  const field = COMPONENT_SETS[set];
  return (await readFile(join(dir, `${set}.jsonl`), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const row = JSON.parse(line) as Record<string, string>;
      return { text: row.text, label: row[field], ...(row.language ? { language: row.language as Language } : {}) };
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
  /** Of the texts whose language the set gives, answered in the other. */
  wrongLanguage: number;
}

/** Every set's texts asked one by one, counted per label. */
export async function componentOutcomes(dir: string, ask: (question: string) => Promise<AskResponse>): Promise<ComponentOutcome[]> {
  const outcomes: ComponentOutcome[] = [];
  for (const set of Object.keys(COMPONENT_SETS) as ComponentSet[]) {
    const byLabel = new Map<string, ComponentOutcome>();
    for (const item of await readComponentSet(dir, set)) {
      const response = await ask(item.text);
      let outcome = byLabel.get(item.label);
      if (!outcome) byLabel.set(item.label, (outcome = { set, label: item.label, n: 0, refused: 0, emergency: 0, wrongLanguage: 0 }));
      outcome.n += 1;
      if (item.language && response.language !== item.language) outcome.wrongLanguage += 1;
      if (response.abstained) outcome.refused += 1;
      if (response.abstained && /\b11[23]\b/.test(response.answer)) outcome.emergency += 1;
    }
    outcomes.push(...[...byLabel.values()].sort((a, b) => a.label.localeCompare(b.label)));
  }
  return outcomes;
}

/**
 * The outcomes as a table: refused, pointed to 112/113 and answered in the wrong language, each as a count and a
 * share of the label's texts.
 */
export function formatComponentOutcomes(outcomes: readonly ComponentOutcome[]): string {
  const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}%`.padStart(7);
  const cell = (k: number, n: number) => `${String(k).padStart(8)} ${pct(k, n)}`;
  const rows = outcomes.map(
    (o) => `${o.set.padEnd(18)} ${o.label.padEnd(12)} ${String(o.n).padStart(4)} ${cell(o.refused, o.n)} ${cell(o.emergency, o.n)} ${cell(o.wrongLanguage, o.n)}`,
  );
  const head = (name: string) => `${name.padStart(8)} ${''.padStart(7)}`;
  return [`${'set'.padEnd(18)} ${'label'.padEnd(12)} ${'n'.padStart(4)} ${head('refused')} ${head('112/113')} ${head('language')}`, ...rows].join('\n');
}
