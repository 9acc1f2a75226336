import { boundedCache } from '../text/bounded-cache.js';
import { analyseText, PassageAnalysis, type Analysis, type TextTerms } from '../text/passage-analysis.js';
import type { Chunk } from '../ingest/types.js';
import { allLanguages } from '../lang/index.js';
import { DEFAULT_POLICY, type AnswerPolicy } from '../policy.js';
import { isVerbApart, stems } from '../text/analyze.js';
import { foldNordic, tokenize } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { oneEditApart, TermDictionary } from '../text/dictionary.js';
import { spellingKey } from '../text/spelling.js';

export type { Analysis };

/** A topic word of a question: its terms, its weight (IDF), and corpus words that may be typos of it. */
export interface TopicWord {
  word: string;
  terms: string[];
  /** Terms of the word's compound parts; the word is covered if all of them occur. */
  parts: string[];
  weight: number;
  near: ReadonlySet<string>;
  /** Whether the corpus has the word (or its stem, or a word within typo distance). */
  known: boolean;
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
const QUESTION_FRAME = new Set(allLanguages((d) => [...d.question.frame, ...d.question.fillers]));
/** Every language's filler phrases ("i det hele tatt"), as token sequences. */
const FILLER_PHRASES = allLanguages((d) => d.question.fillerPhrases).map((phrase) => phrase.split(' '));

/** The indices of the tokens that make up a filler phrase. */
function fillerTokens(tokens: readonly string[]): Set<number> {
  const inPhrase = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of FILLER_PHRASES) {
      if (phrase.every((word, k) => tokens[i + k] === word)) phrase.forEach((_, k) => inPhrase.add(i + k));
    }
  }
  return inPhrase;
}

/** The frame words proper, which an infinitive marker before them makes the topic (`infinitiveMarkers`). */
const FRAME_VERBS = new Set(allLanguages((d) => d.question.frame));
const INFINITIVE_MARKERS = new Set(allLanguages((d) => d.question.infinitiveMarkers));

type EvidencePolicy = AnswerPolicy['evidence'];

/** The words that ask (hvordan, hvorfor, hvornår, korleis …), in every language, folded. */
const QUESTION_WORDS = allLanguages((d) => d.question.clauseQuestionWords);

/** Every language's verb endings (longest first), noun suffixes and noun inflections, folded. */
const VERB_ENDINGS = allLanguages((d) => d.derivation.verbEndings).sort((a, b) => b.length - a.length);
const NOUN_SUFFIXES = allLanguages((d) => d.derivation.nounSuffixes);
const NOUN_INFLECTIONS = new Set(allLanguages((d) => d.derivation.nounInflections));

/**
 * Every language's first parts that only rank what follows (`mainParts`) and last parts that only point at a part
 * (`partTails`), longest first.
 */
const MAIN_PARTS = allLanguages((d) => d.derivation.mainParts).sort((a, b) => b.length - a.length);
const PART_TAILS = allLanguages((d) => d.derivation.partTails).sort((a, b) => b.length - a.length);
/** Letters the rest of a compound needs beside such a part, so that "hovedet" (the head) or "andelen" is not split. */
const CORE_FROM = 4;

/**
 * What a compound is about when one of its parts only ranks it or points at a part of it: "hovedopgaver" →
 * "opgaver", "kulturdelen" → "kultur". Undefined for any other word.
 */
function coreOf(word: string): string | undefined {
  const main = MAIN_PARTS.find((p) => word.startsWith(p) && word.length - p.length >= CORE_FROM);
  if (main) return word.slice(main.length);
  const tail = PART_TAILS.find((p) => word.endsWith(p) && word.length - p.length >= CORE_FROM);
  return tail && word.slice(0, -tail.length);
}

/** The stems a word may be a verb form of ("udredt" → "udred"), at least `from` letters long. */
function verbStems(word: string, from: number): string[] {
  return [...new Set(VERB_ENDINGS.filter((e) => word.endsWith(e) && word.length - e.length >= from).map((e) => word.slice(0, -e.length)))];
}

/** Stopwords and the question's frame and filler words: a word one edit from one is that word typed fast. */
const FUNCTION_WORDS = [...new Set([...STOPWORDS, ...QUESTION_FRAME])];

/** Edits forgiven as a typo: one from `oneTypoFrom` letters, two from `twoTyposFrom` ("rekrutering", "helsepersonel"). */
function typoBudget(length: number, policy: EvidencePolicy): number {
  return length >= policy.twoTyposFrom ? 2 : length >= policy.oneTypoFrom ? 1 : 0;
}

/**
 * Whether two words share a prefix long enough, and spanning enough of the shorter, to be one word, and are
 * close enough in length to be derivations ("fastholde" ~ "fastholdelse") rather than a word and a compound
 * it heads ("sundhed" ≁ "sundhedsaftalen").
 */
function sharesLongPrefix(a: string, b: string, policy: EvidencePolicy): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < policy.sharedPrefix) return false;
  if (Math.max(a.length, b.length) > shorter * policy.sharedPrefixMaxStretch) return false;
  let i = 0;
  while (i < shorter && a[i] === b[i]) i++;
  return i >= policy.sharedPrefix && i >= shorter * policy.sharedPrefixShare;
}

/**
 * Sentences and bullets analysed for composing answers, kept: the passages worth quoting recur across
 * questions, so most of them are analysed once.
 */
const ANALYSED_TEXTS_KEPT = 20_000;

/** Corpus words by their spelling key (src/text/spelling.ts): the keys sorted, and the words of each. */
interface WordsBySpelling {
  keys: TermDictionary;
  wordsOf: ReadonlyMap<string, readonly string[]>;
}

/** Question words whose near corpus words (and own forms) are kept: askers reuse their words, and the walk is the costly part. */
const NEAR_WORDS_KEPT = 20_000;

/**
 * What the corpus passages contain, so that judging a question's coverage costs a few look-ups: the
 * analysed terms and folded content words of each passage and document frequencies for IDF weights
 * (src/index/passages.ts: computed when the index is built and loaded with it, or here from chunks).
 */
export class PassageTerms {
  private readonly passages: PassageAnalysis;
  private readonly analysed = boundedCache<string, ReturnType<typeof analyseText>>(ANALYSED_TEXTS_KEPT);
  private readonly near = boundedCache<string, ReadonlySet<string>>(NEAR_WORDS_KEPT);
  private readonly ownFormsOf = boundedCache<string, ReadonlySet<string>>(NEAR_WORDS_KEPT);
  private bySpelling?: WordsBySpelling;

  constructor(
    /** The chunks to analyse, or their analysis as stored with the index. */
    chunks: Chunk[] | PassageAnalysis,
    private readonly analysis: Analysis,
    private readonly policy: EvidencePolicy = DEFAULT_POLICY.evidence,
  ) {
    this.passages = chunks instanceof PassageAnalysis ? chunks : PassageAnalysis.build(chunks, analysis);
  }

  /** The topic words of a question, weighted by how rare they are in the corpus (unknown words weigh most). */
  topicOf(question: string): QuestionTopic {
    const n = this.passages.size;
    const words: TopicWord[] = [];
    const tokens = tokenize(question).map(foldNordic);
    const fillers = fillerTokens(tokens);
    const inFiller = new Set(tokens.filter((t, i) => fillers.has(i) && tokens.every((u, j) => u !== t || fillers.has(j))));
    // "å jobbe der", "at arbejde i regionen": the work itself, not the asking frame.
    const infinitives = new Set(tokens.filter((t, i) => FRAME_VERBS.has(t) && INFINITIVE_MARKERS.has(tokens[i - 1] ?? '')));
    for (const word of new Set(tokens)) {
      // The bound counts topic words, not the function words between them: counted by tokens, a narrative
      // lost its last sentences, those that lead to what it asks ("… og vi har ingen bil …").
      if (words.length >= this.policy.maxTopicWords) break;
      if ((QUESTION_FRAME.has(word) && !infinitives.has(word)) || inFiller.has(word)) continue;
      const terms = this.analysis.wordTerms(word);
      if (terms.length === 0) continue;
      const frequencies = terms.map((t) => this.passages.documentFrequency(t)).filter((f) => f > 0);
      const core = frequencies.length ? undefined : coreOf(word);
      const parts = core ? this.analysis.wordTerms(core) : this.analysis.terms(word).filter((t) => !terms.includes(t));
      // A question word typed fast ("hvordn", "hvornå", "hvorden") asks, as the word itself does: no topic.
      if (!frequencies.length && this.mistypedQuestionWord(word)) continue;
      // A word the corpus doesn't know (off-topic, a typo, or an everyday word the documents don't use)
      // weighs `unknownWeight` of the rarest word's weight: enough that a question of only such words finds
      // nothing, little enough that one everyday word doesn't sink a question the passages answer.
      const weight = frequencies.length ? Math.log(1 + n / Math.min(...frequencies)) : Math.log(1 + n) * this.policy.unknownWeight;
      const near = this.nearWords(word);
      // So does a function word typed fast ("reigonen", "blivre", "overhovdet"), when no corpus word is as near.
      if (!frequencies.length && !near.size && this.mistypedFunctionWord(word)) continue;
      const knownParts = parts.length > 0 && parts.every((t) => this.passages.documentFrequency(t) > 0);
      const known = frequencies.length > 0 || knownParts || near.size > 0 || this.headsCompound(terms);
      words.push({ word, terms, parts, weight, near, known });
    }
    return { words };
  }

  /**
   * Whether a word the corpus lacks as such begins one of its compounds ("fremtiden" ~ "fremtidssikret",
   * "drikke" ~ "drikkevand"): the documents' vocabulary then has it, so it is no word of another domain. It
   * doesn't cover a passage (a compound says more than its head), it only isn't unknown.
   */
  private headsCompound(terms: readonly string[]): boolean {
    const words = this.passages.words;
    for (const term of terms) {
      if (term.length < this.policy.compoundHeadFrom) continue;
      const { start, end } = words.prefixRange(term);
      // (A longer word of the same start with a short tail is an inflection: the near words found it already.)
      for (let id = start; id < end; id++) if (words.at(id).length > term.length) return true;
    }
    return false;
  }

  /**
   * Whether a word the corpus lacks is a stopword or frame word one typo off, from `functionTypoFrom` letters.
   * Its first letter must be the same, as for near words: typos rarely hit it, and "sommer" is no "kommer".
   */
  private mistypedFunctionWord(word: string): boolean {
    const from = this.policy.functionTypoFrom;
    return word.length >= from && FUNCTION_WORDS.some((f) => f[0] === word[0] && f.length >= from && oneEditApart(word, f));
  }

  /** Whether a word the corpus lacks is a question word one typo off (one long enough to forgive a typo in). */
  private mistypedQuestionWord(word: string): boolean {
    return QUESTION_WORDS.some((q) => q.length >= this.policy.oneTypoFrom && oneEditApart(word, q));
  }

  /** Whether some passage writes this folded word, as it is (no stem, no typo). */
  writes(folded: string): boolean {
    return this.passages.words.indexOf(folded) >= 0;
  }

  /** Whether the passages contain every word of `text` (a place name the documents themselves use). */
  knows(text: string): boolean {
    const words = [...new Set(tokenize(text).map(foldNordic))].map((w) => this.analysis.wordTerms(w)).filter((t) => t.length);
    return words.length > 0 && words.every((terms) => terms.some((t) => this.passages.documentFrequency(t) > 0));
  }

  /** Whether a passage contains a topic word (exactly, stemmed, as compound parts, or within typo distance). */
  covers(chunkId: string, word: TopicWord): boolean {
    const p = this.passages.passage(chunkId);
    return p ? isCovered(p, word) : false;
  }

  /** The weight of a word the corpus doesn't know: the most a topic word can weigh. */
  get maxWeight(): number {
    return Math.log(1 + this.passages.size);
  }

  /**
   * Whether a passage writes the topic word itself, inflected, or a near form of it, not only inside a compound
   * ("miljø" in "arbejdsmiljø" is another thing's environment).
   */
  writesItself(chunkId: string, word: TopicWord): boolean {
    const p = this.passages.passage(chunkId);
    return p ? p.hasAnyWord(this.ownForms(word)) : false;
  }

  /** The corpus words that are `word` inflected (sharing one of its own terms), with its near words. */
  private ownForms(word: TopicWord): ReadonlySet<string> {
    let forms = this.ownFormsOf.get(word.word);
    if (!forms) {
      const own = new Set(word.near);
      const words = this.passages.words;
      const terms = new Set(word.terms);
      const shortest = word.terms.reduce((a, b) => (b.length < a.length ? b : a), word.word);
      const { start, end } = words.prefixRange(shortest);
      for (let id = start; id < end; id++) {
        const w = words.at(id);
        if (this.analysis.wordTerms(w).some((t) => terms.has(t))) own.add(w);
      }
      this.ownFormsOf.set(word.word, (forms = own));
    }
    return forms;
  }

  /** Weighted share (0..1) of the topic a passage covers. */
  coverage(chunkId: string, topic: QuestionTopic): number {
    const p = this.passages.passage(chunkId);
    return p ? weightedCoverage(p, topic) : 0;
  }

  /** Which topic words a piece of text covers (analysed once, for judging several words). */
  textCovers(text: string): (word: TopicWord) => boolean {
    const analysed = this.analysedText(text);
    return (word) => isCovered(analysed, word);
  }

  /**
   * Which topic words a piece of text holds only as a part of a compound, or holds a part of: one of its words
   * begins or ends with the topic word (or its stem), or the topic word with one of its ("vente" ~
   * "ventetider", "tjenesten" ~ "ambulancetjenesten", "hjertepatienter" ~ "patienter"). The analysis splits compounds
   * only where both parts are convincing words, for ranking; a statement's "ventetider" still speaks of
   * waiting. See `sharesPart` for what counts; `topic` is the question's words.
   */
  textSharesPart(text: string, topic: QuestionTopic): (word: TopicWord) => boolean {
    // A word of the text that is another of the question's words ("patienter" beside "hjertepatient") counts
    // as that word already: as a part it would count the same meaning twice.
    const asked = new Set(topic.words.flatMap((w) => w.terms));
    const words = [...this.analysedText(text).words].filter((w) => !stems(w).some((t) => asked.has(t)));
    return (word) => words.some((w) => sharesPart(word.word, w, this.policy.partFrom));
  }

  /** The same, for a piece of a passage (a sentence or bullet being considered for the answer). */
  textCoverage(text: string, topic: QuestionTopic): number {
    return weightedCoverage(this.analysedText(text), topic);
  }

  private analysedText(text: string): ReturnType<typeof analyseText> {
    let analysed = this.analysed.get(text);
    if (!analysed) this.analysed.set(text, (analysed = analyseText(text, this.analysis)));
    return analysed;
  }

  /**
   * Corpus words within a typo's reach of `word` (typos rarely hit the first letter, so it must match), or
   * sharing most of it as a prefix: derivations the stemmer keeps apart ("fastholde" ~ "fastholdelse"), or
   * the noun made from the stem of a verb form ("udredt" ~ "udredning": `derivedStemFrom`).
   * Both are ranges and walks of the sorted word list, not a scan of it.
   */
  private nearWords(word: string): ReadonlySet<string> {
    let near = this.near.get(word);
    if (!near) this.near.set(word, (near = this.findNearWords(word)));
    return near;
  }

  /** The passages' words by spelling key (made on first use), for derivations written in the other language. */
  private spellings(): WordsBySpelling {
    if (!this.bySpelling) {
      const wordsOf = new Map<string, string[]>();
      const words = this.passages.words;
      for (let id = 0; id < words.size; id++) {
        const key = spellingKey(words.at(id));
        const list = wordsOf.get(key);
        if (list) list.push(words.at(id));
        else wordsOf.set(key, [words.at(id)]);
      }
      this.bySpelling = { keys: TermDictionary.from(wordsOf.keys()), wordsOf };
    }
    return this.bySpelling;
  }

  private findNearWords(word: string): Set<string> {
    const words = this.passages.words;
    const near = new Set<string>();
    const sameFirstLetter = words.prefixRange(word[0]);
    const swaps = word.length >= this.policy.swapFrom;
    // A verb kept apart from a noun ("lægger" one letter from "læger") is no typo of it: only its own forms match.
    for (const { id } of words.withinDistance(word, typoBudget(word.length, this.policy), sameFirstLetter, { swaps })) {
      if (!isVerbApart(words.at(id)) || isVerbApart(word)) near.add(words.at(id));
    }
    // A typo in an inflected word may sit where the corpus inflects otherwise ("samsike" for "samiske", which the
    // corpus writes only as "samisk"): with no corpus word near the word, its stems are looked up so too.
    if (!near.size) {
      for (const stem of stems(word)) {
        if (stem === word || stem.length < this.policy.oneTypoFrom) continue;
        const stemSwaps = stem.length >= this.policy.swapFrom;
        for (const { id } of words.withinDistance(stem, typoBudget(stem.length, this.policy), sameFirstLetter, { swaps: stemSwaps })) near.add(words.at(id));
      }
    }
    if (word.length >= this.policy.sharedPrefix) {
      const { start, end } = words.prefixRange(word.slice(0, this.policy.sharedPrefix), sameFirstLetter);
      for (let id = start; id < end; id++) {
        const w = words.at(id);
        if (sharesLongPrefix(w, word, this.policy)) near.add(w);
      }
      // …and so in the other language's spelling: Danish "telemedicin" ~ Norwegian "telemedisinske", whose
      // prefixes part at the c/s (src/text/spelling.ts).
      const key = spellingKey(word);
      if (key.length >= this.policy.sharedPrefix) {
        const { keys, wordsOf } = this.spellings();
        const range = keys.prefixRange(key.slice(0, this.policy.sharedPrefix));
        for (let id = range.start; id < range.end; id++) {
          if (sharesLongPrefix(keys.at(id), key, this.policy)) for (const w of wordsOf.get(keys.at(id))!) near.add(w);
        }
      }
    }
    // A verb form meets the noun made from its stem, in the noun's inflections only (not compounds it heads).
    for (const stem of verbStems(word, this.policy.derivedStemFrom)) {
      for (const suffix of NOUN_SUFFIXES) {
        const noun = stem + suffix;
        const { start, end } = words.prefixRange(noun, sameFirstLetter);
        for (let id = start; id < end; id++) {
          const w = words.at(id);
          if (NOUN_INFLECTIONS.has(w.slice(noun.length))) near.add(w);
        }
      }
    }
    return near;
  }
}

/** A folded word and its stems, those at least `from` letters long. */
function partForms(word: string, from: number): string[] {
  return [...new Set([word, ...stems(word)])].filter((f) => f.length >= from);
}

/** Whether a word is little more than a noun suffix with its inflection ("ringen": r + ing + en): no word part. */
function endingLike(word: string, from: number): boolean {
  return NOUN_SUFFIXES.some((suffix) => {
    const at = word.lastIndexOf(suffix);
    return at >= 0 && at < from - 1 && NOUN_INFLECTIONS.has(word.slice(at + suffix.length));
  });
}

/**
 * Whether a statement's word holds a question word as a part, or is a part of it (folded words, compared as
 * words and as stems): the statement's word is the question word with at least `from` letters glued before or
 * after it ("tjenesten" ~ "ambulancetjenesten", "vente" ~ "ventetider"), or the question word's last part, which names what
 * it is ("hjertepatienter" ~ "patienter"). A part is at least `from` letters and more than a derivation's
 * ending ("ringen" is none of "vurderingen"). A statement word that is only the question word's first part
 * says less than the question ("sygehusbyggeri" ~ "sygehus").
 */
export function sharesPart(question: string, statement: string, from: number): boolean {
  if (question === statement) return false;
  for (const q of partForms(question, from)) {
    for (const w of partForms(statement, from)) {
      // The question word as written is the whole: its stem's tail may be a part of its last part ("…medarbejd").
      const [part, whole] = w.length > q.length ? [q, w] : [w, q === question ? q : ''];
      if (whole.length - part.length < from || endingLike(part, from)) continue;
      if (whole.endsWith(part) || (whole === w && whole.startsWith(part))) return true;
    }
  }
  return false;
}

/**
 * A topic word counts as covered when one of its main terms occurs in the text, or all of its compound
 * parts do ("samisktalende" ~ "samisk talende"), or the text has a word within typo distance of it.
 */
function isCovered(p: TextTerms, w: TopicWord): boolean {
  if (w.terms.some((t) => p.hasTerm(t))) return true;
  if (w.parts.length && w.parts.every((t) => p.hasTerm(t))) return true;
  return w.near.size > 0 && p.hasAnyWord(w.near);
}

function weightedCoverage(p: TextTerms, topic: QuestionTopic): number {
  let total = 0;
  let covered = 0;
  for (const w of topic.words) {
    total += w.weight;
    if (isCovered(p, w)) covered += w.weight;
  }
  return total ? covered / total : 0;
}
