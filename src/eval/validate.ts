import { sectionLabels, type EvalCorpus } from './corpus.js';
import type { EvalRecord } from './schema.js';

/**
 * Checks gold labels against the corpus as the sectionizer cuts it: every gold region, document and
 * section must exist, so a renamed heading or a typo in a label fails loudly instead of scoring 0.
 */

export interface GoldProblem {
  id: string;
  message: string;
}

export interface UncoveredSection {
  region: string;
  documentId: string;
  section: string;
}

export interface GoldValidation {
  problems: GoldProblem[];
  /** Corpus sections no question has as gold: the suite says nothing about them. */
  uncovered: UncoveredSection[];
}

export function validateGold(records: readonly EvalRecord[], corpus: EvalCorpus): GoldValidation {
  const problems: GoldProblem[] = [];
  const regions = new Set(corpus.regions);
  const covered = new Set<string>();
  const key = (documentId: string, section: string) => `${documentId}\u0000${section}`;

  for (const record of records) {
    if (!record.gold) continue;
    const problem = (message: string) => problems.push({ id: record.id, message });
    for (const region of record.gold.regions) {
      if (!regions.has(region)) problem(`unknown region "${region}" (known: ${corpus.regions.join(', ')})`);
    }
    for (const gold of record.gold.sections) {
      const candidates = corpus.documents.filter((d) => d.region === gold.region && (!gold.document || d.id === gold.document));
      if (gold.document && !corpus.documents.some((d) => d.id === gold.document)) {
        problem(`unknown document "${gold.document}"`);
        continue;
      }
      if (candidates.length === 0) {
        problem(gold.document ? `document "${gold.document}" is not from ${gold.region}` : `no document from "${gold.region}"`);
        continue;
      }
      const owners = candidates.filter((d) => sectionLabels(d).includes(gold.section));
      if (owners.length === 0) {
        const where = gold.document ?? gold.region;
        problem(`no section "${gold.section}" in ${where}`);
        continue;
      }
      for (const d of owners) covered.add(key(d.id, gold.section));
    }
  }

  const uncovered: UncoveredSection[] = [];
  for (const d of corpus.documents) {
    for (const section of sectionLabels(d)) {
      if (!covered.has(key(d.id, section))) uncovered.push({ region: d.region, documentId: d.id, section });
    }
  }
  return { problems, uncovered };
}
