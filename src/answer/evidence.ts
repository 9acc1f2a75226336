import { distance } from 'fastest-levenshtein';
import type { Chunk } from '../ingest/types.js';
import { allLanguages } from '../lang/index.js';
import { DEFAULT_POLICY, type AnswerPolicy } from '../policy.js';
import { foldNordic, tokenize } from '../text/normalize.js';

/** The analysis the evidence check needs (stopwords dropped by both). */
export interface Analysis {
  /** Index terms of a text: stems, spelling variants and compound parts. */
  terms(text: string): string[];
  /** Terms of one word itself, without its compound parts. */
  wordTerms(word: string): string[];
}

/** A topic word of a question: its terms, its weight (IDF), and corpus words that may be typos of it. */
export interface TopicWord {
  word: string;
  terms: string[];
  /** Terms of the word's compound parts; the word is covered if all of them occur. */
  parts: string[];
  weight: number;
  near: Set<string>;
}

/** A question reduced to the words that carry its topic. */
export interface QuestionTopic {
  words: TopicWord[];
}

/**
 * Words that frame a question about a strategy rather than name its topic, in every language (a Danish
 * question may be about the Norwegian document): counting them would make any passage using them look
 * relevant. ("region" and "gøre" are stopwords already.)
 */
const QUESTION_FRAME = new Set(allLanguages((d) => d.question.frame));

type EvidencePolicy = AnswerPolicy['evidence'];

/** Edits forgiven as a typo: one from `oneTypoFrom` letters, two from `twoTyposFrom` ("rekrutering", "helsepersonel"). */
function typoBudget(length: number, policy: EvidencePolicy): number {
  return length >= policy.twoTyposFrom ? 2 : length >= policy.oneTypoFrom ? 1 : 0;
}

/** Whether two words share a prefix long enough, and spanning enough of the shorter, to be one word. */
function sharesLongPrefix(a: string, b: string, policy: EvidencePolicy): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < policy.sharedPrefix) return false;
  let i = 0;
  while (i < shorter && a[i] === b[i]) i++;
  return i >= policy.sharedPrefix && i >= shorter * policy.sharedPrefixShare;
}

interface AnalysedText {
  terms: Set<string>;
  words: Set<string>;
}

/**
 * What the corpus passages contain, precomputed so that judging a question's coverage costs a few set
 * look-ups: the analysed terms of each passage, its folded words, and document frequencies for IDF weights.
 */
export class PassageTerms {
  private readonly passages = new Map<string, AnalysedText>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly vocabulary: string[];

  constructor(
    chunks: Chunk[],
    private readonly analysis: Analysis,
    private readonly policy: EvidencePolicy = DEFAULT_POLICY.evidence,
  ) {
    for (const c of chunks) {
      const analysed = this.analyse(`${c.section} ${c.text}`);
      this.passages.set(c.id, analysed);
      for (const t of analysed.terms) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
    }
    this.vocabulary = [...new Set([...this.passages.values()].flatMap((p) => [...p.words]))].sort();
  }

  /** The topic words of a question, weighted by how rare they are in the corpus (unknown words weigh most). */
  topicOf(question: string): QuestionTopic {
    const n = this.passages.size;
    const words: TopicWord[] = [];
    for (const word of [...new Set(tokenize(question).map(foldNordic))].slice(0, this.policy.maxTopicWords)) {
      if (QUESTION_FRAME.has(word)) continue;
      const terms = this.analysis.wordTerms(word);
      if (terms.length === 0) continue;
      const parts = this.analysis.terms(word).filter((t) => !terms.includes(t));
      // A word the corpus doesn't know (off-topic, or a typo) weighs like the rarest: it must be covered.
      const frequencies = terms.map((t) => this.documentFrequency.get(t) ?? 0).filter((f) => f > 0);
      const weight = Math.log(1 + n / (frequencies.length ? Math.min(...frequencies) : 1));
      words.push({ word, terms, parts, weight, near: this.nearWords(word) });
    }
    return { words };
  }

  /** Weighted share (0..1) of the topic a passage covers. */
  coverage(chunkId: string, topic: QuestionTopic): number {
    const p = this.passages.get(chunkId);
    return p ? weightedCoverage(p, topic) : 0;
  }

  /** The same, for a piece of a passage (a sentence or bullet being considered for the answer). */
  textCoverage(text: string, topic: QuestionTopic): number {
    return weightedCoverage(this.analyse(text), topic);
  }

  /** Terms, and the folded content words (stopwords are no evidence, not even as typo targets). */
  private analyse(text: string): AnalysedText {
    const words = tokenize(text)
      .map(foldNordic)
      .filter((w) => this.analysis.wordTerms(w).length > 0);
    return { terms: new Set(this.analysis.terms(text)), words: new Set(words) };
  }

  /**
   * Corpus words within a typo's reach of `word` (typos rarely hit the first letter, so it must match), or
   * sharing most of it as a prefix: derivations the stemmer keeps apart ("fastholde" ~ "fastholdelse").
   */
  private nearWords(word: string): Set<string> {
    const budget = typoBudget(word.length, this.policy);
    const near = new Set<string>();
    for (const w of this.vocabulary) {
      if (w[0] !== word[0]) continue;
      if (sharesLongPrefix(w, word, this.policy) || (Math.abs(w.length - word.length) <= budget && distance(w, word) <= budget)) near.add(w);
    }
    return near;
  }
}

/**
 * A topic word counts as covered when one of its main terms occurs in the text, or all of its compound
 * parts do ("samisktalende" ~ "samisk talende"), or the text has a word within typo distance of it.
 */
function isCovered(p: AnalysedText, w: TopicWord): boolean {
  if (w.terms.some((t) => p.terms.has(t))) return true;
  if (w.parts.length && w.parts.every((t) => p.terms.has(t))) return true;
  for (const near of w.near) if (p.words.has(near)) return true;
  return false;
}

function weightedCoverage(p: AnalysedText, topic: QuestionTopic): number {
  let total = 0;
  let covered = 0;
  for (const w of topic.words) {
    total += w.weight;
    if (isCovered(p, w)) covered += w.weight;
  }
  return total ? covered / total : 0;
}
