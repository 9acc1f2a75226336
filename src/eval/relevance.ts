import type { Citation } from '../shared/api.js';
import { stripCitations } from '../shared/citations.js';
import { isContentToken } from '../text/analyze.js';
import { tokenize } from '../text/normalize.js';
import { isLeadIn, sentencesOf } from './faithfulness.js';
import { containsFact, goldIndexOf } from './metrics.js';
import type { Gold } from './schema.js';

/**
 * Answer relevance without a model: does the answer address what was asked, or does it cite valid,
 * faithful passages about something else? Citation validity and faithfulness cannot tell those apart — an
 * off-topic answer that quotes its sources correctly scores full marks on both. Two gold-based proxies can:
 *
 * - **Cited gold share**: of the answer's citations, the share from a gold section (a section the gold says
 *   answers the question). An answer built from passages about another topic scores 0.
 * - **Lead on topic**: the answer's lead — its first sentence that gives something from the documents (the
 *   first with a `[n]` marker; without markers, the first sentence that is not a lead-in) — cites a gold
 *   section or contains a key fact. What a reader sees first should be the answer, not a tangent.
 *
 * Both apply to answered questions with gold only (null otherwise). They inherit the gold's limits: a
 * section that answers the question but is missing from the gold counts as off topic, so read a low score
 * next to the passages it cited (the report shows them).
 */

type CitedSection = Pick<Citation, 'id' | 'region' | 'documentId' | 'section'>;

/** Share of citations from a gold section; null without citations. */
export function citedGoldShare(citations: readonly CitedSection[], gold: Pick<Gold, 'sections'>): number | null {
  if (citations.length === 0) return null;
  return citations.filter((c) => goldIndexOf(c, gold.sections) >= 0).length / citations.length;
}

/** The sentence a reader takes as the answer; undefined when there is none (an empty answer). */
export function leadSentence(answer: string): { text: string; markers: number[] } | undefined {
  const sentences = sentencesOf(answer).filter((s) => !isLeadIn(s) && tokenize(stripCitations(s.text)).some(isContentToken));
  return sentences.find((s) => s.markers.length > 0) ?? sentences[0];
}

/** 1 when the lead cites a gold section or contains a key fact, 0 when it does neither, null without a lead. */
export function leadOnTopic(answer: string, citations: readonly CitedSection[], gold: Pick<Gold, 'sections' | 'facts'>): number | null {
  const lead = leadSentence(answer);
  if (!lead) return null;
  const cited = citations.filter((c) => lead.markers.includes(c.id));
  const onGold = cited.some((c) => goldIndexOf(c, gold.sections) >= 0);
  return onGold || gold.facts.some((f) => containsFact(lead.text, f)) ? 1 : 0;
}
