import { z } from 'zod';
import { Language, MAX_HISTORY_TURNS, MAX_QUESTION_CHARS, Turn } from '../shared/api.js';
import { fromCitizenFormat, isCitizenFormat, type SectionLabels } from './sets.js';

/**
 * One line of eval/questions.jsonl. A record either carries gold labels (what a correct answer cites and
 * says) or `abstain: true` (the documents cannot answer it and the system must say so).
 */

export const CATEGORIES = [
  'factual',
  'plain-language',
  'synonym',
  'typos',
  'cross-lingual',
  'multi-region',
  'follow-up',
  'out-of-scope',
  'injection',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** Questions no document answers: they must expect abstention. */
export const ABSTAIN_CATEGORIES: ReadonlySet<Category> = new Set(['out-of-scope']);
/**
 * Categories that may go either way: an injection is refused, unless it wraps a real question — then the
 * real question is answered (with gold) and the instruction ignored.
 */
export const EITHER_CATEGORIES: ReadonlySet<Category> = new Set(['injection']);

/** Who the question was written as; optional, for breakdowns. */
export const PERSONAS = ['citizen', 'staff', 'politician', 'journalist'] as const;

const label = z.string().trim().min(1);

export const GoldSection = z.strictObject({
  /** The manifest's region name, e.g. "Region Nordjylland". */
  region: label,
  /** Document id from corpus/manifest.json; needed only where a region has several documents. */
  document: label.optional(),
  /** The sectionizer's label, e.g. "Sundhed › Respekt for patientens tid". */
  section: label,
});
export type GoldSection = z.infer<typeof GoldSection>;

export const Gold = z.strictObject({
  regions: z.array(label).min(1),
  /** Every section that answers the question; a hit on any of them counts. */
  sections: z.array(GoldSection).min(1),
  /** Short phrases a correct answer contains; "a|b" accepts either spelling. */
  facts: z.array(label).min(1),
  /** How many of the gold regions a good answer covers (default: all of them). */
  minRegions: z.number().int().min(1).optional(),
});
export type Gold = z.infer<typeof Gold>;

export const EvalRecord = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and dashes'),
    language: Language,
    category: Category,
    persona: z.enum(PERSONAS).optional(),
    question: z.string().trim().min(1).max(MAX_QUESTION_CHARS),
    history: z.array(Turn).min(1).max(MAX_HISTORY_TURNS).optional(),
    gold: Gold.optional(),
    abstain: z.literal(true).optional(),
  })
  .superRefine((r, ctx) => {
    const problem = (message: string, path: (string | number)[] = []) => ctx.addIssue({ code: 'custom', message, path });
    const mustAbstain = ABSTAIN_CATEGORIES.has(r.category);
    const mayAbstain = mustAbstain || EITHER_CATEGORIES.has(r.category);
    if (r.gold && r.abstain) problem('a record has either gold or abstain, not both');
    if (!r.gold && !r.abstain) problem('a record needs gold labels or abstain: true');
    if (mustAbstain && !r.abstain) problem(`category ${r.category} must have abstain: true`, ['abstain']);
    if (!mayAbstain && r.abstain) problem(`category ${r.category} cannot abstain; use out-of-scope or injection`, ['abstain']);
    if (r.category === 'follow-up' && !r.history) problem('a follow-up needs the earlier turns in history', ['history']);
    if (!r.gold) return;
    const regions = new Set(r.gold.regions);
    if (regions.size !== r.gold.regions.length) problem('gold.regions has duplicates', ['gold', 'regions']);
    if (r.category === 'multi-region' && regions.size < 2) problem('a multi-region question needs at least two gold regions', ['gold', 'regions']);
    if (r.gold.minRegions !== undefined && r.gold.minRegions > regions.size) {
      problem(`gold.minRegions is more than the ${regions.size} gold regions`, ['gold', 'minRegions']);
    }
    r.gold.sections.forEach((s, i) => {
      if (!regions.has(s.region)) problem(`section region "${s.region}" is not in gold.regions`, ['gold', 'sections', i, 'region']);
    });
    for (const region of regions) {
      if (!r.gold.sections.some((s) => s.region === region)) problem(`gold region "${region}" has no gold section`, ['gold', 'regions']);
    }
  });
export type EvalRecord = z.infer<typeof EvalRecord>;

export interface RecordError {
  /** 1-based line in the JSONL file. */
  line: number;
  message: string;
}

export interface ParsedQuestions {
  records: EvalRecord[];
  errors: RecordError[];
}

/**
 * Parses JSONL text; every bad line is reported (not just the first), blank lines are skipped. Lines in the
 * citizen set's format are converted first (their section labels resolved with `labelsOf`).
 */
export function parseQuestions(text: string, labelsOf: SectionLabels = () => []): ParsedQuestions {
  const records: EvalRecord[] = [];
  const errors: RecordError[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      errors.push({ line, message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = EvalRecord.safeParse(isCitizenFormat(json) ? fromCitizenFormat(json as Record<string, unknown>, labelsOf) : json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        errors.push({ line, message: `${where}${issue.message}` });
      }
      return;
    }
    const firstLine = seen.get(parsed.data.id);
    if (firstLine !== undefined) {
      errors.push({ line, message: `duplicate id "${parsed.data.id}" (first on line ${firstLine})` });
      return;
    }
    seen.set(parsed.data.id, line);
    records.push(parsed.data);
  });
  return { records, errors };
}
