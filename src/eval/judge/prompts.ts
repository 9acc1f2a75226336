import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkPlaceholders, fill, neutralize, parseTemplate, PROMPTS_DIR, type PromptTemplate, type RenderedPrompt } from '../../answer/generative/prompts.js';
import { LANGUAGES, type Language } from '../../shared/api.js';
import type { JudgeMetric } from './types.js';

/**
 * The judge's prompts: prompts/judge-<metric>.<da|no>.md, in the same template format as the answer
 * prompts (front-matter `version:`, `## System` and `## User`, {{placeholders}} filled in one pass, data
 * neutralised so it cannot pose as instructions). The question's language picks the file, so a Danish
 * question is judged in Danish and a Norwegian one in Norwegian.
 */

const FILES: Record<JudgeMetric, string> = {
  faithfulness: 'judge-faithfulness',
  answerRelevancy: 'judge-answer-relevancy',
  contextPrecision: 'judge-context-precision',
  contextRecall: 'judge-context-recall',
};

const PLACEHOLDERS: Record<JudgeMetric, string[]> = {
  faithfulness: ['question', 'answer', 'passages'],
  answerRelevancy: ['question', 'answer'],
  contextPrecision: ['question', 'reference', 'passages'],
  contextRecall: ['question', 'reference', 'passages'],
};

export interface JudgePrompts {
  /** The files' shared `version:` plus a hash of their text: an edit without a version bump still shows. */
  version: string;
  templates: Record<JudgeMetric, Record<Language, PromptTemplate>>;
}

export function loadJudgePrompts(dir: string = PROMPTS_DIR): JudgePrompts {
  const hash = createHash('sha256');
  const versions = new Set<string>();
  const templates = {} as JudgePrompts['templates'];
  for (const metric of Object.keys(FILES) as JudgeMetric[]) {
    templates[metric] = {} as Record<Language, PromptTemplate>;
    for (const language of LANGUAGES) {
      const file = `${FILES[metric]}.${language}.md`;
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      hash.update(file).update('\0').update(source).update('\0');
      const parsed = parseTemplate(source, file);
      versions.add(parsed.version);
      checkPlaceholders(parsed.template, { system: [], user: PLACEHOLDERS[metric] }, file);
      templates[metric][language] = parsed.template;
    }
  }
  if (versions.size !== 1) throw new Error(`judge prompts disagree on their version (${[...versions].join(', ')}); bump them together`);
  return { version: `${[...versions][0]}+${hash.digest('hex').slice(0, 8)}`, templates };
}

export interface JudgePassage {
  source: string;
  text: string;
}

/** What a judgement is about; each metric uses the parts its prompt has placeholders for. */
export interface JudgeInput {
  language: Language;
  question: string;
  answer: string;
  /** The answer's cited passages (faithfulness) or the retrieved top 5 (context metrics). */
  passages: JudgePassage[];
  /** Gold key facts: what a correct answer contains. */
  reference: string[];
}

const passagesText = (passages: readonly JudgePassage[]) =>
  passages.map((p, i) => `<passage n="${i + 1}" source="${neutralize(p.source)}">\n${neutralize(p.text.trim())}\n</passage>`).join('\n');

const referenceText = (facts: readonly string[]) => facts.map((f, i) => `<fact n="${i + 1}">${neutralize(f)}</fact>`).join('\n');

export function renderJudgePrompt(prompts: JudgePrompts, metric: JudgeMetric, input: JudgeInput): RenderedPrompt {
  const template = prompts.templates[metric][input.language];
  const values: Record<string, string> = {
    question: neutralize(input.question.trim()),
    answer: neutralize(input.answer.trim()),
    passages: passagesText(input.passages),
    reference: referenceText(input.reference),
  };
  const used = Object.fromEntries(PLACEHOLDERS[metric].map((name) => [name, values[name]]));
  return { system: template.system, user: fill(template.user, used) };
}
