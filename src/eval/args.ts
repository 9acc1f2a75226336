import { parseArgs } from 'node:util';
import { RETRIEVAL_MODES, type RetrievalMode } from '../shared/api.js';
import { CATEGORIES, type Category } from './schema.js';

/** Command-line options of `npm run eval`, parsed and checked; the CLI only wires them up. */

export interface EvalOptions {
  questionsFile: string;
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
}

export const USAGE = `usage: npm run eval -- [options]
  --url http://host:port   run against a running strategisvar over HTTP (default: in-process engine)
  --mode M                 hybrid | lexical | dense | all (all = the three side by side; default hybrid)
  --category C             only this category (${CATEGORIES.join(', ')})
  --region R               only questions whose gold regions include R (e.g. "Helse Nord", nordjylland)
  --ids a,b,c              only these question ids
  --compare old.json       print metric deltas and better/worse questions against an earlier report.json
  --check                  exit 1 when a metric is outside eval/thresholds.json
  --validate               only check gold labels and facts against the corpus (no engine needed)
  --out DIR                where run directories go (default eval/reports)
  --questions FILE         gold set (default eval/questions.jsonl)
  --thresholds FILE        thresholds (default eval/thresholds.json)`;

export type ParsedArgs = { help: true } | { help?: false; options: EvalOptions } | { help?: false; error: string };

export function parseEvalArgs(argv: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        mode: { type: 'string', default: 'hybrid' },
        category: { type: 'string' },
        region: { type: 'string' },
        ids: { type: 'string' },
        compare: { type: 'string' },
        check: { type: 'boolean', default: false },
        validate: { type: 'boolean', default: false },
        out: { type: 'string', default: 'eval/reports' },
        questions: { type: 'string', default: 'eval/questions.jsonl' },
        thresholds: { type: 'string', default: 'eval/thresholds.json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };

  const mode = values.mode;
  if (mode !== 'all' && !RETRIEVAL_MODES.includes(mode as RetrievalMode)) {
    return { error: `--mode must be one of ${RETRIEVAL_MODES.join(', ')}, all` };
  }
  if (values.category !== undefined && !CATEGORIES.includes(values.category as Category)) {
    return { error: `--category must be one of ${CATEGORIES.join(', ')}` };
  }
  if (values.url !== undefined && !URL.canParse(values.url)) return { error: `--url is not a URL: ${values.url}` };
  const ids = values.ids
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (values.ids !== undefined && !ids?.length) return { error: '--ids needs at least one id' };

  return {
    options: {
      questionsFile: values.questions,
      thresholdsFile: values.thresholds,
      outDir: values.out,
      modes: mode === 'all' ? [...RETRIEVAL_MODES] : [mode as RetrievalMode],
      url: values.url,
      category: values.category as Category | undefined,
      region: values.region,
      ids,
      compare: values.compare,
      check: values.check,
      validate: values.validate,
    },
  };
}
