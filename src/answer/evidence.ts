import type { Chunk } from '../ingest/types.js';
import { foldNordic, tokenize } from '../text/normalize.js';

/** The analysis the evidence check needs: index terms of a text (stems, compound parts; no stopwords). */
export type TermsOf = (text: string) => string[];

/** A question reduced to the words that carry its topic, each with the index terms it analyses to. */
export interface QuestionTopic {
  words: { word: string; terms: string[] }[];
}

/**
 * Words that frame a question about a strategy rather than name its topic ("Hvad gør regionen …",
 * "Hvordan arbejder de med …"). Counting them would let any passage mentioning "regionen" look relevant.
 */
const QUESTION_FRAME = new Set(
  [
    'strategi', 'strategien', 'strategier', 'strategierne', 'strategiene', 'strategisk', 'strategiske',
    'region', 'regionen', 'regioner', 'regionerne', 'regionene', 'regionens', 'regionernes', 'regionenes',
    'goer', 'gjoer', 'goere', 'gjoere', 'gjort', 'arbejder', 'arbejde', 'arbeider', 'arbeide', 'jobber', 'jobbe',
    'plan', 'planer', 'planlaegger', 'planlegger', 'tiltag', 'siger', 'sier', 'skriver', 'staar', 'dokument',
    'dokumentet', 'dokumenterne', 'dokumentene', 'taenker', 'tenker', 'mener',
  ],
);

/** Shortest shared prefix that counts a typo'd word as the same word ("rekrutering" ~ "rekruttering"). */
const MIN_SHARED_PREFIX = 5;

export function topicOf(question: string, termsOf: TermsOf): QuestionTopic {
  const seen = new Set<string>();
  const words: QuestionTopic['words'] = [];
  for (const word of tokenize(question)) {
    const folded = foldNordic(word);
    if (QUESTION_FRAME.has(folded)) continue;
    const terms = termsOf(word);
    if (terms.length === 0 || seen.has(folded)) continue;
    seen.add(folded);
    words.push({ word: folded, terms });
  }
  return { words };
}

/** Precomputed, per passage, so a question's coverage is a few set look-ups. */
export class PassageTerms {
  private readonly terms = new Map<string, AnalysedText>();

  constructor(
    chunks: Chunk[],
    private readonly termsOf: TermsOf,
  ) {
    for (const c of chunks) this.terms.set(c.id, this.analyse(`${c.section} ${c.text}`));
  }

  /**
   * The topic words a passage covers: exact term matches, or for longer words a long shared prefix, which
   * forgives the typos and odd endings citizens type without a fuzzy index.
   */
  covered(chunkId: string, topic: QuestionTopic): string[] {
    const p = this.terms.get(chunkId);
    return p ? coverage(p, topic) : [];
  }

  /** The same, for a piece of a passage (a sentence or bullet being considered for the answer). */
  coveredText(text: string, topic: QuestionTopic): string[] {
    return coverage(this.analyse(text), topic);
  }

  private analyse(text: string): AnalysedText {
    return { terms: new Set(this.termsOf(text)), words: tokenize(text).map(foldNordic) };
  }
}

interface AnalysedText {
  terms: Set<string>;
  words: string[];
}

function coverage(p: AnalysedText, topic: QuestionTopic): string[] {
  return topic.words
    .filter(({ word, terms }) => terms.some((t) => p.terms.has(t)) || p.words.some((w) => sharesStem(word, w)))
    .map(({ word }) => word);
}

function sharesStem(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_SHARED_PREFIX) return false;
  let i = 0;
  while (i < shorter && a[i] === b[i]) i++;
  return i >= MIN_SHARED_PREFIX && i >= shorter * 0.5;
}
