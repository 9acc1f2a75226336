import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language, Turn } from '../../shared/api.js';
import type { GenerativeInput } from './types.js';

/**
 * Prompt templates live in prompts/ as Markdown files, one per task and language, so they can be read and
 * reviewed as text. Each file has a `version:` front-matter line and two parts, `## System` and `## User`,
 * with {{placeholders}} that code fills in one pass: a value is never re-scanned, so a passage containing
 * "{{question}}" stays literal. Everything a user or a document supplies is wrapped in tags and neutralised
 * first, so it cannot close a tag and pose as instructions.
 */

export const PROMPTS_DIR = fileURLToPath(new URL('../../../prompts/', import.meta.url));

const TASKS = ['answer', 'condense'] as const;
type Task = (typeof TASKS)[number];

const PLACEHOLDERS: Record<Task, { system: string[]; user: string[] }> = {
  answer: { system: ['refusal'], user: ['passages', 'question'] },
  condense: { system: [], user: ['history', 'question'] },
};

/** Follow-up condensing needs the last few turns, not a whole conversation; long answers are cut. */
const CONDENSE_TURNS = 6;
const CONDENSE_TURN_CHARS = 1000;

export interface PromptTemplate {
  system: string;
  user: string;
}

export interface PromptSet {
  /** The files' shared `version:` plus a hash of their text, so an edit without a version bump still shows. */
  version: string;
  templates: Record<Task, Record<Language, PromptTemplate>>;
}

export interface RenderedPrompt {
  system: string;
  user: string;
}

export function loadPrompts(dir: string = PROMPTS_DIR): PromptSet {
  const hash = createHash('sha256');
  const versions = new Set<string>();
  const templates = {} as PromptSet['templates'];
  for (const task of TASKS) {
    templates[task] = {} as Record<Language, PromptTemplate>;
    for (const language of ['da', 'no'] as const) {
      const file = `${task}.${language}.md`;
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      hash.update(file).update('\0').update(source).update('\0');
      const parsed = parseTemplate(source, file);
      versions.add(parsed.version);
      checkPlaceholders(parsed.template, PLACEHOLDERS[task], file);
      templates[task][language] = parsed.template;
    }
  }
  if (versions.size !== 1) {
    throw new Error(`prompts: the template files disagree on their version (${[...versions].join(', ')}); bump them together`);
  }
  return { version: `${[...versions][0]}+${hash.digest('hex').slice(0, 8)}`, templates };
}

export function parseTemplate(source: string, file: string): { version: string; template: PromptTemplate } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  const version = match ? /^version:\s*(\S+)\s*$/m.exec(match[1])?.[1] : undefined;
  if (!match || !version) throw new Error(`prompts/${file}: needs front matter with a "version:" line`);
  const parts = /^## System\s*\n([\s\S]*?)^## User\s*\n([\s\S]*)$/m.exec(match[2]);
  if (!parts) throw new Error(`prompts/${file}: needs a "## System" part followed by a "## User" part`);
  return { version, template: { system: parts[1].trim(), user: parts[2].trim() } };
}

export function checkPlaceholders(template: PromptTemplate, expected: { system: string[]; user: string[] }, file: string): void {
  for (const part of ['system', 'user'] as const) {
    const found = [...template[part].matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const wanted = [...expected[part]].sort();
    if (found.join() !== wanted.join()) {
      throw new Error(`prompts/${file}: the ${part} part must use exactly {{${wanted.join('}}, {{')}}}, found {{${found.join('}}, {{')}}}`);
    }
  }
}

/** Fills {{name}} placeholders in one pass; values are inserted as they are, never scanned again. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`prompts: no value for ${whole}`);
    return value;
  });
}

/**
 * Makes untrusted text unable to open or close the prompt's tags: angle brackets become their full-width
 * look-alikes (＜ ＞), which read the same to a model but match no tag. Quotes are neutralised too, for
 * text that ends up inside an attribute.
 */
export function neutralize(text: string): string {
  return text.replace(/</g, '＜').replace(/>/g, '＞').replace(/"/g, '＂');
}

export function renderAnswerPrompt(set: PromptSet, input: GenerativeInput, refusal: string): RenderedPrompt {
  const template = set.templates.answer[input.language];
  const passages = input.passages
    .map((p) => {
      const source = [p.region, p.document, p.section].map(neutralize).join(' · ');
      return `<passage n="${p.n}" source="${source}">\n${neutralize(p.text.trim())}\n</passage>`;
    })
    .join('\n');
  return {
    system: fill(template.system, { refusal }),
    user: fill(template.user, { passages, question: neutralize(input.question.trim()) }),
  };
}

export function renderCondensePrompt(set: PromptSet, question: string, history: Turn[], language: Language): RenderedPrompt {
  const template = set.templates.condense[language];
  const turns = history
    .slice(-CONDENSE_TURNS)
    .map((t) => `<turn role="${t.role}">\n${neutralize(t.content.trim().slice(0, CONDENSE_TURN_CHARS))}\n</turn>`)
    .join('\n');
  return {
    system: template.system,
    user: fill(template.user, { history: turns, question: neutralize(question.trim()) }),
  };
}
