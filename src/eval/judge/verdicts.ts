import { z } from 'zod';
import type { JudgeMetric } from './types.js';

/**
 * Turns a judge's JSON reply into a 0..1 score the RAGAS way:
 * - faithfulness: supported statements / statements (null when the answer makes none);
 * - answer relevancy: 0 for a noncommittal answer (as RAGAS does), else the 1–5 rating mapped to 0..1;
 * - context precision: average precision over the passages in rank order, so useful passages ranked high
 *   score more than the same passages ranked low (0 when none is useful);
 * - context recall: reference facts attributable to the passages / reference facts.
 * A reply that is not the asked-for JSON, or judges the wrong number of passages or facts, is an error.
 */

const Faithfulness = z.object({ statements: z.array(z.object({ statement: z.string(), supported: z.boolean() })) });
const AnswerRelevancy = z.object({ question: z.string(), noncommittal: z.boolean(), relevance: z.number().int().min(1).max(5) });
const ContextPrecision = z.object({ verdicts: z.array(z.object({ passage: z.number().int(), useful: z.boolean() })) });
const ContextRecall = z.object({ facts: z.array(z.object({ fact: z.number().int(), attributed: z.boolean() })) });

export interface ParsedVerdict {
  score: number | null;
  notes: string[];
}

/** The JSON object in a reply, also when a model wraps it in a ``` fence or a sentence. */
export function extractJson(reply: string): unknown {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end < start) throw new Error('the reply holds no JSON object');
  try {
    return JSON.parse(reply.slice(start, end + 1));
  } catch (error) {
    throw new Error(`the reply is not valid JSON: ${(error as Error).message}`);
  }
}

function parse<T>(schema: z.ZodType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the reply is not in the asked-for form (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return parsed.data;
}

/** Verdicts numbered 1..count, one each, in any order; anything else means the judge lost track. */
function numbered<T>(items: readonly T[], numberOf: (item: T) => number, count: number, what: string): T[] {
  const byNumber = new Map(items.map((item) => [numberOf(item), item]));
  if (items.length !== count || byNumber.size !== count || [...byNumber.keys()].some((n) => n < 1 || n > count)) {
    throw new Error(`the reply judges ${items.length} ${what}, expected ${count}`);
  }
  return Array.from({ length: count }, (_, i) => byNumber.get(i + 1) as T);
}

/** Average precision of binary relevance in rank order: the mean of precision@k over the useful ranks. */
export function averagePrecision(useful: readonly boolean[]): number {
  let found = 0;
  let sum = 0;
  useful.forEach((u, i) => {
    if (!u) return;
    found++;
    sum += found / (i + 1);
  });
  return found ? sum / found : 0;
}

export function parseVerdict(metric: JudgeMetric, reply: string, expected: { passages: number; facts: readonly string[] }): ParsedVerdict {
  const json = extractJson(reply);
  switch (metric) {
    case 'faithfulness': {
      const { statements } = parse(Faithfulness, json);
      const unsupported = statements.filter((s) => !s.supported);
      return {
        score: statements.length ? (statements.length - unsupported.length) / statements.length : null,
        notes: unsupported.map((s) => `unsupported: ${s.statement}`),
      };
    }
    case 'answerRelevancy': {
      const r = parse(AnswerRelevancy, json);
      return {
        score: r.noncommittal ? 0 : (r.relevance - 1) / 4,
        notes: [`answers: ${r.question}`, ...(r.noncommittal ? ['noncommittal'] : []), `relevance ${r.relevance}/5`],
      };
    }
    case 'contextPrecision': {
      const verdicts = numbered(parse(ContextPrecision, json).verdicts, (v) => v.passage, expected.passages, 'passages');
      return {
        score: averagePrecision(verdicts.map((v) => v.useful)),
        notes: [`useful passages: ${verdicts.flatMap((v, i) => (v.useful ? [i + 1] : [])).join(', ') || 'none'}`],
      };
    }
    case 'contextRecall': {
      const facts = numbered(parse(ContextRecall, json).facts, (f) => f.fact, expected.facts.length, 'facts');
      const missing = expected.facts.filter((_, i) => !facts[i].attributed);
      return {
        score: (facts.length - missing.length) / facts.length,
        notes: missing.map((f) => `not in the passages: ${f}`),
      };
    }
  }
}
