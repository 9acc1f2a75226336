import type { AnswerPolicy } from '../policy.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import type { RegionMentions } from '../retrieve/regions.js';
import type { RetrievalMode } from '../shared/api.js';
import type { PassageTerms, QuestionTopic } from './evidence.js';

export interface SelectionInput {
  passages: RetrievedPassage[];
  topic: QuestionTopic;
  mentions: RegionMentions;
  mode: RetrievalMode;
  passageTerms: PassageTerms;
  policy: AnswerPolicy['relevance'];
}

/** The corpus regions a question limits its answer to: those it compares, else those it is about (maybe none). */
export function regionsAskedAbout(mentions: RegionMentions): string[] {
  return mentions.compared.length ? mentions.compared : mentions.known;
}

/**
 * The passages that actually answer, best covered first: they must contain enough of the question's topic
 * (weighted by rarity; exact, stemmed, compound or typo matches) and come from the regions the question is
 * about — named, through a place ("i Hjørring"), or together ("de danske regioner"). A question with no
 * topic beyond a region ("Hvad vil Helse Nord?") gets that region's best.
 */
export function relevantPassages(input: SelectionInput): RetrievedPassage[] {
  const { passages, topic, mentions, mode, passageTerms, policy } = input;
  const asked = regionsAskedAbout(mentions);
  const inAskedRegions = asked.length ? passages.filter((p) => asked.includes(p.chunk.region)) : passages;
  if (topic.words.length === 0) return asked.length ? inAskedRegions.slice(0, policy.regionOnlyPassages) : [];

  // The lower bar holds for a question about regions' strategies, not one that merely names a place
  // ("Har kantinen på Aalborg Universitetshospital åbent om søndagen?" asks about a hospital, not a strategy).
  const named = mentions.named.length > 0;
  const comparison = mentions.acrossRegions;
  const scored = inAskedRegions.map((p) => ({ p, coverage: passageTerms.coverage(p.chunk.id, topic) }));
  // In a comparison each region is measured against its own best passage, so a region that covers the
  // topic less fully than another still gets its say.
  const bestOf = new Map<string, number>();
  const keyOf = (p: RetrievedPassage) => (comparison ? p.chunk.region : '');
  for (const { p, coverage } of scored) bestOf.set(keyOf(p), Math.max(bestOf.get(keyOf(p)) ?? 0, coverage));
  const supported = (s: { p: RetrievedPassage; coverage: number }) =>
    named || s.coverage >= policy.strongCoverage || mode === 'lexical' || (s.p.dense?.rank ?? Infinity) < policy.denseSupportRank;
  const answering = scored
    .filter((s) => s.coverage >= (named ? policy.minCoverageInNamedRegion : policy.minCoverage))
    .filter((s) => s.coverage >= bestOf.get(keyOf(s.p))! - policy.coverageSlack)
    .filter(supported)
    .sort((a, b) => b.coverage - a.coverage || b.p.score - a.p.score)
    .map((s) => s.p);
  const spansRegions = comparison || (!named && new Set(answering.map((p) => p.chunk.region)).size > 1);
  return spansRegions ? roundRobinByRegion(answering) : answering;
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
