import { sectionLabels, type EvalCorpus, type EvalDocument } from './corpus.js';
import { containsFact } from './metrics.js';
import type { EvalRecord } from './schema.js';

/**
 * Checks gold labels against the corpus as the sectionizer cuts it: every gold region, document and
 * section must exist, so a renamed heading or a typo in a label fails loudly instead of scoring 0. Key
 * facts must be in the text of the gold sections (matched as answers are), so a fact nobody could quote
 * is caught before it counts against the system.
 */

export interface GoldProblem {
  id: string;
  message: string;
  /**
   * A fact not in its sections' text is a problem of the label, not of the set's structure: the run can go
   * on (the question just can't score that fact); a missing region or section can't be scored at all.
   */
  kind: 'structure' | 'fact';
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

function sectionText(doc: EvalDocument, label: string): string {
  return doc.sections
    .filter((s) => s.label === label)
    .map((s) => doc.text.slice(s.start, s.end))
    .join('\n');
}

export function validateGold(records: readonly EvalRecord[], corpus: EvalCorpus): GoldValidation {
  const problems: GoldProblem[] = [];
  const regions = new Set(corpus.regions);
  const covered = new Set<string>();
  const key = (documentId: string, section: string) => `${documentId}\u0000${section}`;

  for (const record of records) {
    if (!record.gold) continue;
    const problem = (message: string, kind: GoldProblem['kind'] = 'structure') => problems.push({ id: record.id, message, kind });
    const goldTexts: string[] = [];
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
      for (const d of owners) {
        covered.add(key(d.id, gold.section));
        // The label too: an answer names the section it quotes, so a heading's words can be in it.
        goldTexts.push(gold.section, sectionText(d, gold.section));
      }
    }
    if (goldTexts.length === 0) continue;
    const text = goldTexts.join('\n');
    for (const fact of record.gold.facts) {
      if (!containsFact(text, fact)) problem(`fact "${fact}" is not in the text of its gold sections`, 'fact');
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
