import type { Turn } from '../shared/api.js';
import { allLanguages } from '../lang/index.js';
import { foldNordic } from '../text/normalize.js';
import type { RegionMatcher } from '../retrieve/regions.js';

export interface FollowUpDeps {
  regions: RegionMatcher;
  /** Content-bearing terms of a text (stopwords and region names excluded by the caller's analyzer). */
  contentTerms(text: string): string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Openers that mark a question as leaning on the previous one, in any language: "og hvad med …", "fortell mer om …". */
const FOLLOW_UP_OPENER = new RegExp(`^(?:${allLanguages((d) => d.question.followUpOpeners).map(escape).join('|')})\\b`);
/** Words that point back to something said before. */
const BACK_REFERENCE = new RegExp(`\\b(?:${allLanguages((d) => d.question.backReferences).map(escape).join('|')})\\b`);

/**
 * Turns a follow-up into a standalone question without a language model: a follow-up that names a region
 * but no topic ("Og hvad med Region Midtjylland?") borrows the previous question's topic; one with a topic
 * but no region ("Hvad med ventetiderne?") borrows the previous question's region.
 */
export function condenseFollowUp(question: string, history: Turn[] | undefined, deps: FollowUpDeps): string {
  const previous = [...(history ?? [])].reverse().find((t) => t.role === 'user')?.content;
  if (!previous) return question;

  const now = deps.regions.mentions(question);
  const before = deps.regions.mentions(previous);
  const topicNow = deps.contentTerms(deps.regions.strip(question));
  const folded = foldNordic(question.trim());
  const leansBack = FOLLOW_UP_OPENER.test(folded) || (topicNow.length <= 3 && BACK_REFERENCE.test(folded));

  if (topicNow.length === 0 || (leansBack && topicNow.length <= 1 && now.known.length > 0)) {
    // The region (or nothing new) is all the follow-up adds: keep the earlier topic.
    return `${question} ${deps.regions.strip(previous)}`.trim();
  }
  if (now.known.length === 0 && now.unknown.length === 0 && before.known.length > 0 && leansBack) {
    return `${question} ${before.known.join(' ')}`;
  }
  return question;
}
