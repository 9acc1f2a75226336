import type { AnswerPolicy } from '../policy.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import type { RegionMentions } from '../retrieve/regions.js';
import type { PassageEvidence } from './relevance.js';

/** The corpus regions a question limits its answer to: those it compares, else those it is about (maybe none). */
export function regionsAskedAbout(mentions: RegionMentions): string[] {
  return mentions.compared.length ? mentions.compared : mentions.known;
}

export interface SelectionInput {
  /** Passages with their evidence, best first (see `assess`). */
  evidence: PassageEvidence[];
  /** The question compares regions: each region is measured against its own best passage. */
  comparison: boolean;
  policy: AnswerPolicy['relevance'];
  /** Keep this many of the passages retrieval ranked highest among those quoted, however little of the question they cover. */
  keepFound?: number;
}

/**
 * The passages an answer quotes, best first: those within `coverageSlack` of the best one (of their region,
 * in a comparison, where a region also needs `minRegionCoverage` to be quoted at all, or
 * `minRegionConceptCoverage` when one of its passages shares a concept with what is asked, and regions take turns).
 * Evidence counts the question's words and concepts, so a passage found by meaning alone still qualifies when
 * nothing covers more. With `keepFound`, outside a comparison, the passage with the highest fused retrieval
 * score comes second when coverage left it out: asked in other words than the documents', the passage
 * retrieval's channels agreed on (the dense one, the concept bridge) is often the one that answers, while the
 * passages that cover more share a loosely matched word with the question. Up to `keepFound` of the highest
 * are kept so (in score order), the further ones only when no passage covers the whole question (where one
 * does, the answer is there) and when they share a concept with it.
 */
export function answeringPassages({ evidence, comparison, policy, keepFound = 0 }: SelectionInput): RetrievedPassage[] {
  if (!evidence.length) return [];
  const keyOf = (e: PassageEvidence) => (comparison ? e.passage.chunk.region : '');
  const bestOf = new Map<string, number>();
  const onConcept = new Set<string>();
  for (const e of evidence) {
    bestOf.set(keyOf(e), Math.max(bestOf.get(keyOf(e)) ?? 0, e.strength));
    if (e.onConcept) onConcept.add(keyOf(e));
  }
  const chosen = evidence.filter((e) => {
    const best = bestOf.get(keyOf(e))!;
    const floor = onConcept.has(keyOf(e)) ? Math.min(policy.minRegionCoverage, policy.minRegionConceptCoverage) : policy.minRegionCoverage;
    if (comparison && best < floor) return false;
    return e.strength >= best - policy.coverageSlack && (e.strength > 0 || e === evidence[0]);
  });
  const passages = (chosen.length ? chosen : evidence.slice(0, 1)).map((e) => e.passage);
  if (comparison) return roundRobinByRegion(passages);
  // Highest fused score first; of equals, the first (as `firstFound`).
  const whole = evidence.some((e) => e.coverage >= 1);
  const found = [...evidence]
    .sort((a, b) => b.passage.score - a.passage.score)
    .slice(0, whole ? Math.min(1, keepFound) : keepFound)
    .filter((e, i) => i === 0 || e.onConcept)
    .map((e) => e.passage);
  found.forEach((p, i) => {
    if (!passages.includes(p)) passages.splice(Math.min(passages.length, i + 1), 0, p);
  });
  return passages;
}

/** The passage retrieval ranked first: the highest fused score (the first of equals). */
export function firstFound(passages: readonly RetrievedPassage[]): RetrievedPassage {
  return passages.reduce((a, b) => (b.score > a.score ? b : a));
}

/** The first `k` passages of each of `regions`, in the order given (best first). */
export function bestPerRegion(passages: RetrievedPassage[], regions: string[], k: number): RetrievedPassage[] {
  const taken = new Map<string, number>();
  return passages.filter((p) => {
    if (!regions.includes(p.chunk.region)) return false;
    const n = taken.get(p.chunk.region) ?? 0;
    taken.set(p.chunk.region, n + 1);
    return n < k;
  });
}

/** Interleaves passages so that each region's best passage comes before any region's second. */
export function roundRobinByRegion(passages: RetrievedPassage[]): RetrievedPassage[] {
  const byRegion = new Map<string, RetrievedPassage[]>();
  for (const p of passages) byRegion.set(p.chunk.region, [...(byRegion.get(p.chunk.region) ?? []), p]);
  const queues = [...byRegion.values()];
  const out: RetrievedPassage[] = [];
  for (let i = 0; out.length < passages.length; i++) for (const q of queues) if (q[i]) out.push(q[i]);
  return out;
}
