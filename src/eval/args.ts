import { parseArgs } from 'node:util';
import { RETRIEVAL_MODES, type RetrievalMode } from '../shared/api.js';
import { CATEGORIES, type Category } from './schema.js';
import { SET_NAMES, SPLITS, setFile, type Split } from './sets.js';

/** Command-line options of `npm run eval`, parsed and checked; the CLI only wires them up. */

/** Files written besides report.json, report.md and report.html (always written). */
export const EXTRA_FORMATS = ['csv', 'junit'] as const;
export type ExtraFormat = (typeof EXTRA_FORMATS)[number];
const ALWAYS_WRITTEN = ['json', 'md', 'html'];

export interface EvalOptions {
  /** The set's name (own, citizen) or, for any other JSONL file, its path. */
  set: string;
  questionsFile: string;
  split: Split;
  thresholdsFile: string;
  outDir: string;
  modes: RetrievalMode[];
  url?: string;
  category?: Category;
  region?: string;
  ids?: string[];
  compare?: string;
  check: boolean;
  validate: boolean;
  /** Also write results.csv and/or junit.xml. */
  formats: ExtraFormat[];
  /** Skip the model judge even when EVAL_JUDGE_* configure one. */
  noJudge: boolean;
}

export const USAGE = `usage: npm run eval -- [options]
  --set S                  question set: ${SET_NAMES.join(' | ')} | path/to/questions.jsonl (default own)
  --split P                ${SPLITS.join(' | ')}: the tuning part, the frozen test part, or both (default all)
  --url http://host:port   run against a running strategisvar over HTTP (default: in-process engine)
  --mode M                 hybrid | lexical | dense | all (all = the three side by side; default hybrid)
  --category C             only this category (${CATEGORIES.join(', ')})
  --region R               only questions whose gold regions include R (e.g. "Helse Nord", nordjylland)
  --ids a,b,c              only these question ids
  --compare old.json       changed outcomes first, then metric deltas and better/worse questions, against an earlier report.json
  --format csv,junit       also write results.csv and junit.xml (report.json, .md and .html are always written)
  --no-judge               don't ask the model judge, even when EVAL_JUDGE_BASE_URL and EVAL_JUDGE_MODEL are set
  --check                  exit 1 when a metric is outside eval/thresholds.json
  --validate               only check gold labels and facts against the corpus (no engine needed)
  --out DIR                where run directories go (default eval/reports)
  --questions FILE         the same as --set FILE
  --thresholds FILE        thresholds (default eval/thresholds.json, eval/thresholds.citizen.json for --set citizen)
Option values are case-insensitive (--category Typos, --mode HYBRID).`;

export type ParsedArgs = { help: true } | { help?: false; options: EvalOptions } | { help?: false; error: string };

export function parseEvalArgs(argv: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        set: { type: 'string' },
        split: { type: 'string', default: 'all' },
        url: { type: 'string' },
        mode: { type: 'string', default: 'hybrid' },
        category: { type: 'string' },
        region: { type: 'string' },
        ids: { type: 'string' },
        compare: { type: 'string' },
        check: { type: 'boolean', default: false },
        validate: { type: 'boolean', default: false },
        format: { type: 'string' },
        'no-judge': { type: 'boolean', default: false },
        out: { type: 'string', default: 'eval/reports' },
        questions: { type: 'string' },
        thresholds: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };

  const mode = values.mode.toLowerCase();
  if (mode !== 'all' && !RETRIEVAL_MODES.includes(mode as RetrievalMode)) {
    return { error: `--mode must be one of ${RETRIEVAL_MODES.join(', ')}, all` };
  }
  const category = values.category?.toLowerCase();
  if (category !== undefined && !CATEGORIES.includes(category as Category)) {
    return { error: `--category must be one of ${CATEGORIES.join(', ')}` };
  }
  const split = values.split.toLowerCase();
  if (!SPLITS.includes(split as Split)) return { error: `--split must be one of ${SPLITS.join(', ')}` };
  if (values.set !== undefined && values.questions !== undefined) return { error: 'give --set or --questions, not both' };
  const named = values.set?.toLowerCase();
  const set = named && (SET_NAMES as readonly string[]).includes(named) ? named : (values.set ?? values.questions ?? 'own');
  if (values.url !== undefined && !URL.canParse(values.url)) return { error: `--url is not a URL: ${values.url}` };
  const ids = values.ids
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (values.ids !== undefined && !ids?.length) return { error: '--ids needs at least one id' };
  const formats = (values.format ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((f) => f && !ALWAYS_WRITTEN.includes(f));
  const unknownFormat = formats.find((f) => !(EXTRA_FORMATS as readonly string[]).includes(f));
  if (unknownFormat) return { error: `--format takes ${[...EXTRA_FORMATS, ...ALWAYS_WRITTEN].join(', ')}; not ${unknownFormat}` };

  return {
    options: {
      set,
      questionsFile: setFile(set),
      split: split as Split,
      thresholdsFile: values.thresholds ?? (set === 'citizen' ? 'eval/thresholds.citizen.json' : 'eval/thresholds.json'),
      outDir: values.out,
      modes: mode === 'all' ? [...RETRIEVAL_MODES] : [mode as RetrievalMode],
      url: values.url,
      category: category as Category | undefined,
      region: values.region,
      ids,
      compare: values.compare,
      check: values.check,
      validate: values.validate,
      formats: [...new Set(formats as ExtraFormat[])],
      noJudge: values['no-judge'],
    },
  };
}
