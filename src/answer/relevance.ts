import { BROADER, type ConceptId } from '../lang/concepts.js';
import type { AnswerPolicy } from '../policy.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import type { Support } from '../shared/api.js';
import { intersects } from '../text/sets.js';
import type { PassageTerms, TopicWord } from './evidence.js';

/**
 * The relevance decision: do the retrieved passages answer the question (`direct`), only come near it
 * (`related`: the answer says so and gives them), or not at all (`none`)? It weighs several signals, none
 * decisive alone — how much of the question a passage covers, in its words or through a shared concept;
 * whether the asking sentences are covered; whether a rare word of the question is missing; the dense
 * channel's similarity; whether both channels found the passage — in a logistic model whose coefficients
 * are data in the policy (`relevance.model`), fitted on labelled questions by `npm run fit-relevance`.
 */

/** A topic word of the question, with whether it belongs to the asking sentences and its concepts. */
export interface QuestionWord extends TopicWord {
  need: boolean;
  /** Its weight before a situation word's discount: its rarity in the corpus. */
  rarity: number;
  concepts: ReadonlySet<ConceptId>;
  /** Whether the word places the question in health or the service (hospital, doctor, patient, …). */
  health?: boolean;
}

export interface ReadTopic {
  words: QuestionWord[];
  /** Every concept the question mentions. */
  concepts: ReadonlySet<ConceptId>;
}

/** What the model sees, each in [0, 1]. */
export interface RelevanceFeatures {
  /**
   * Weighted share of the question's topic the best passage covers, in words or through a shared concept.
   * The best passage is the one with the most of this and `needCoverage` together.
   */
  coverage: number;
  /** The same for the asking sentences' words only. */
  needCoverage: number;
  /** Share of the question's concepts the best passage shares (0 when it has none). */
  concepts: number;
  /**
   * Weighted share of the asking sentences' words that the corpus doesn't know, in any form, and that take
   * part in no concept: words of another domain ("vejret", "ibuprofen"), or everyday words no lexicon has.
   * Only what is asked counts: a situation told in everyday words ("… holder konstant stille og venter …")
   * around an asking sentence that only points back at it ("Bliver der gjort noget ved det?") says nothing
   * about whether the documents cover it, so such a question has no unknown words. Nor do everyday asking words
   * ("Tænker nogen over den slags?") make a question another domain's when the situation told around them is the
   * documents' own: the share is the lower of the asking words' and all the question's words' (situation words
   * at `situationWeight`). A number (an age told, a count) is no word of another domain either.
   */
  unknown: number;
  /**
   * The best passage's cosine similarity to the question in the dense channel, also when the channel ranked it
   * below its candidates (src/retrieve/hybrid.ts computes it then); 0 in lexical mode.
   */
  dense: number;
  /** 1 when the best passage is among the first ranks of both a lexical and the dense ranking. */
  agreement: number;
  /** 1 when the question names a corpus region as such (not only through a place). */
  named: number;
}

export const FEATURES: readonly (keyof RelevanceFeatures)[] = ['coverage', 'needCoverage', 'concepts', 'unknown', 'dense', 'agreement', 'named'];

export interface PassageEvidence {
  passage: RetrievedPassage;
  /** Weighted share of the topic covered, in words or through concepts. */
  coverage: number;
  /**
   * The same with a word covered only through a concept counting `conceptCredit`, plus `reasonWeight` for a
   * passage giving a reason to a question asking why: what ranks and selects passages.
   */
  strength: number;
  /** Whether the passage shares a concept with what is asked (the asking sentences' words, or the whole topic). */
  onConcept: boolean;
}

/**
 * Which bar a probability below `direct` must reach for a related answer: `theme` (relatedOnTheme), `service`
 * (relatedInRegion), `general` (related), or `none` (no related answer: a question placed nowhere that mentions
 * too few domain concepts). What the question says decides it, not the passages.
 */
export type RelatedBar = 'theme' | 'service' | 'general' | 'none';

export interface Assessment {
  features: RelevanceFeatures;
  /** The model's probability that the passages answer the question. */
  probability: number;
  relatedBar: RelatedBar;
  support: Support;
  /** Every considered passage with its evidence, best first. */
  evidence: PassageEvidence[];
}

export interface AssessInput {
  passages: RetrievedPassage[];
  topic: ReadTopic;
  passageTerms: PassageTerms;
  passageConcepts(chunkId: string): ReadonlySet<ConceptId>;
  named: boolean;
  /**
   * Whether the question places the asker in a corpus region through a town, hospital or area ("jeg bor i
   * Skagen …"): like a region's name, that makes it a question about the region's services, so passages
   * that only come near it are worth giving as related. Unlike a name it doesn't lower the bar of the model.
   */
  placed?: boolean;
  /** Whether the message tells symptoms (src/answer/asks.ts, tellsSymptoms): it may ask for medical advice. */
  symptoms?: boolean;
  /** For a question asking why: whether a passage gives a reason ("fordi", "derfor"); it ranks `reasonWeight` higher. */
  givesReason?: (chunkId: string) => boolean;
  policy: AnswerPolicy['relevance'];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** How a passage covers a topic word: in its own words, only through a concept both mention, or not at all. */
type Cover = 'words' | 'concept' | 'none';

/** How a passage covers each of `words`, in order: read once, then weighed as each share needs. */
function coversOf(input: AssessInput, chunkId: string, words: readonly QuestionWord[]): Cover[] {
  const concepts = input.passageConcepts(chunkId);
  return words.map((w) => (input.passageTerms.covers(chunkId, w) ? 'words' : intersects(w.concepts, concepts) ? 'concept' : 'none'));
}

/**
 * Weighted share of `words` a passage covers (`covers`, as {@link coversOf} read them), in its own words or
 * through a concept both mention. For ranking, a word the corpus has but this passage covers only through a
 * concept counts `conceptCredit`: a passage with the asker's own word is the better evidence. A word the
 * corpus doesn't have can only be covered through a concept, which then counts in full. `counted` picks the
 * words that count (default all).
 */
function coverageOf(words: readonly QuestionWord[], covers: readonly Cover[], conceptCredit = 1, counted?: (w: QuestionWord) => boolean): number {
  let total = 0;
  let covered = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (counted && !counted(w)) continue;
    total += w.weight;
    if (covers[i] === 'words') covered += w.weight;
    else if (covers[i] === 'concept') covered += w.weight * (w.known ? conceptCredit : 1);
  }
  return total ? covered / total : 0;
}

/** What a question asks: its asking sentences' words when there are any, else every word. */
export function askedWords(topic: ReadTopic): QuestionWord[] {
  const need = topic.words.filter((w) => w.need);
  return need.length ? need : topic.words;
}

/** The concepts of what a question asks ({@link askedWords}). */
export function askedConcepts(topic: ReadTopic): ReadonlySet<ConceptId> {
  return new Set(askedWords(topic).flatMap((w) => [...w.concepts]));
}

export function assess(input: AssessInput): Assessment {
  const { passages, topic, policy } = input;
  const considered = passages.slice(0, policy.consideredPassages);
  const topScore = Math.max(0, ...considered.map((p) => p.score));
  const retrieved = (p: RetrievedPassage) => (topScore > 0 ? (policy.retrievalWeight * p.score) / topScore : 0);
  const asked = askedConcepts(topic);
  const needWords = topic.words.filter((w) => w.need);
  // What is asked is the asking sentences' words when there are any, else every word.
  const isAsked = needWords.length ? (w: QuestionWord) => w.need : undefined;
  const coversByPassage = new Map<RetrievedPassage, Cover[]>();
  const evidence = considered.map((passage) => {
    const covers = coversOf(input, passage.chunk.id, topic.words);
    coversByPassage.set(passage, covers);
    return {
      passage,
      coverage: coverageOf(topic.words, covers),
      // Asked why, of the passages retrieval found on the theme, one that gives a reason is the answer.
      strength: coverageOf(topic.words, covers, policy.conceptCredit) + (input.givesReason?.(passage.chunk.id) ? policy.reasonWeight : 0),
      onConcept: intersects(asked, input.passageConcepts(passage.chunk.id)),
    };
  });
  // The asker's own words are better evidence than a concept standing in for them; near-ties go to what
  // retrieval ranked higher (`retrievalWeight`).
  const rank = new Map(evidence.map((e) => [e, e.strength + retrieved(e.passage)]));
  evidence.sort((a, b) => rank.get(b)! - rank.get(a)! || b.coverage - a.coverage || b.passage.score - a.passage.score);
  // The decision weighs the passage that covers most of the question and of what it asks, together (the
  // model was fitted so): in a narrative, a passage matching the situation's words may cover more of the
  // question than the one that answers its asking sentence ("Tager de hensyn til, hvad jeg ønsker?").
  const needOf = new Map(evidence.map((e) => [e, coverageOf(topic.words, coversByPassage.get(e.passage)!, 1, isAsked)]));
  const weigh = (e: PassageEvidence) => e.coverage + needOf.get(e)!;
  const best = [...evidence].sort((a, b) => weigh(b) - weigh(a) || b.passage.score - a.passage.score)[0];
  const features: RelevanceFeatures = {
    coverage: best?.coverage ?? 0,
    needCoverage: best ? needOf.get(best)! : 0,
    concepts: best && topic.concepts.size ? shared(topic.concepts, input.passageConcepts(best.passage.chunk.id)) : 0,
    unknown: Math.min(unknownShare(needWords), unknownShare(topic.words)),
    dense: Math.max(0, best?.passage.dense?.score ?? 0),
    agreement: best && agrees(best.passage, policy.agreementRank) ? 1 : 0,
    named: input.named ? 1 : 0,
  };
  const probability = best ? score(features, policy.model) : 0;
  // Below `direct` the passages only come near the question: that is worth saying only for a question about
  // the documents' domain, one that names a region's strategy or a place in it, or mentions a domain concept.
  const concepts = domainConcepts(topic);
  const inRegion = input.named || input.placed === true;
  const inDomain = inRegion || concepts >= policy.relatedMinConcepts;
  // A question about a corpus region's health service (its region or a town in it, and a domain concept or a
  // health word) is in the documents' domain by what it says: its region's nearest passages are given as
  // related from a lower bar than the model's, which was fitted on questions placed nowhere too.
  const ofService = inRegion && (concepts > 0 || topic.words.some((w) => w.health));
  // One that speaks of a theme the strategies have (a domain concept) and of the service (its region named
  // as such, or a health word: a place alone only says where) gets its region's passages on the theme from a
  // lower bar still: refusing an in-scope question costs the asker more than a hedged answer quoting the
  // nearest passages costs one that is out of scope. Told symptoms, it may ask for medical advice instead.
  const ofHealth = input.named || topic.words.some((w) => w.health);
  const onTheme = inRegion && ofHealth && themes(topic) > 0 && input.symptoms !== true;
  const relatedBar: RelatedBar = !inDomain ? 'none' : onTheme ? 'theme' : ofService ? 'service' : 'general';
  const support: Support = probability >= policy.direct ? 'direct' : probability >= relatedThreshold(relatedBar, policy) ? 'related' : 'none';
  return { features, probability, relatedBar, support, evidence };
}

/** The probability from which a question with this bar gets a related answer (above 1: never). */
export function relatedThreshold(bar: RelatedBar, bars: Pick<AnswerPolicy['relevance'], 'related' | 'relatedInRegion' | 'relatedOnTheme'>): number {
  if (bar === 'none') return Infinity;
  const service = Math.min(bars.related, bars.relatedInRegion);
  return bar === 'general' ? bars.related : bar === 'service' ? service : Math.min(service, bars.relatedOnTheme);
}

export function score(features: RelevanceFeatures, model: AnswerPolicy['relevance']['model']): number {
  let x = model.intercept;
  for (const f of FEATURES) x += model.weights[f] * features[f];
  return sigmoid(x);
}

/** How many domain concepts the question mentions, in a phrase or through any of its words. */
function domainConcepts(topic: ReadTopic): number {
  const concepts = new Set(topic.concepts);
  for (const w of topic.words) for (const c of w.concepts) concepts.add(c);
  return concepts.size;
}

/**
 * How many domain concepts the question mentions besides those of the health words it asks with: the staff of
 * "får de ansatte …", the care of "må man … på plejehjemmet" say where the question is asked, not a theme it
 * asks about. Told as the asker's situation ("halvdelen af sygeplejerskerne går på pension …"), they are one.
 */
function themes(topic: ReadTopic): number {
  const service = new Set(topic.words.filter((w) => w.health && w.need).flatMap((w) => [...w.concepts]));
  const concepts = new Set(topic.concepts);
  for (const w of topic.words) if (!w.health) for (const c of w.concepts) concepts.add(c);
  let n = 0;
  for (const c of concepts) if (!service.has(c)) n++;
  return n;
}

function shared(question: ReadonlySet<ConceptId>, passage: ReadonlySet<ConceptId>): number {
  let n = 0;
  for (const c of question) if (passage.has(c)) n++;
  return n / question.size;
}

/** A number (an age, a count told in the situation) is no word of another domain, known to the corpus or not. */
const NUMBER = /^\d+$/;

function unknownShare(words: QuestionWord[]): number {
  let total = 0;
  let unknown = 0;
  for (const w of words) {
    total += w.weight;
    if (!w.known && !w.concepts.size && !NUMBER.test(w.word)) unknown += w.weight;
  }
  return total ? unknown / total : 0;
}

/**
 * Weighted share of the question's domain words (those mentioning a concept: a word rare in the corpus but
 * of no theme, "sender", "landet", says nothing of what a strategy covers) that `held` says the region(s)
 * asked about don't hold: 1 when the region's strategy speaks of nothing the question does ("kulturlivet"
 * asked of a strategy that never speaks of culture). The situation's words count at their weight, so a
 * narrative whose asking sentence only points back at it ("Gør de noget ved det?") is judged by what it
 * tells too.
 */
export function absentShare(topic: ReadTopic, held: (word: QuestionWord) => boolean): number {
  let total = 0;
  let absent = 0;
  for (const w of topic.words) {
    if (!w.concepts.size) continue;
    total += w.weight;
    if (!held(w)) absent += w.weight;
  }
  return total ? absent / total : 0;
}

/**
 * Weighted share of what is asked (the asking sentences' words, or every word when none is asking) that
 * `unnamed` picks out: a word naming a service outside a health region's remit (a dentist, a kindergarten, the
 * police), or one condition or treatment (src/answer/remit.ts), that the documents never write. A question
 * about the waiting time at the dentist's is not answered by a strategy's passages on waiting times, however
 * near they come. With `ownWords`, only the asking sentences' own words count, none when they only point back
 * at the situation told ("Hjælper de sådan nogen?"): a condition told there explains what is asked, it
 * is not what is. Numbers don't count.
 */
export function askedShare(topic: ReadTopic, unnamed: (word: QuestionWord) => boolean, ownWords = false): number {
  let total = 0;
  let picked = 0;
  for (const w of ownWords ? topic.words.filter((w) => w.need) : askedWords(topic)) {
    // A number (how many, an age) names no service or care: "en opskrift til 12" asks for a recipe all the same.
    if (NUMBER.test(w.word)) continue;
    total += w.weight;
    if (unnamed(w)) picked += w.weight;
  }
  return total ? picked / total : 0;
}

/**
 * Whether a passage's concepts include one of a word's, or a narrower one of it (BROADER: a passage on
 * coercion speaks of psychiatry).
 */
export function speaksOfConcept(word: ReadonlySet<ConceptId>, passage: ReadonlySet<ConceptId>): boolean {
  for (const c of passage) if (word.has(c) || BROADER[c]?.some((b) => word.has(b))) return true;
  return false;
}

function agrees(p: RetrievedPassage, rank: number): boolean {
  const lexical = Math.min(p.lexical?.rank ?? Infinity, p.concept?.rank ?? Infinity);
  return lexical < rank && (p.dense?.rank ?? Infinity) < rank;
}
