import { boundedCache } from '../text/bounded-cache.js';
import { locateQuote } from '../ingest/passage.js';
import { chunkPositions } from '../ingest/positions.js';
import type { Chunk } from '../ingest/types.js';
import type { LanguageRequest } from '../engine.js';
import type { AnswerPolicy } from '../policy.js';
import { CARE_CONCEPTS, CONCEPTS, ILLNESS_CONCEPTS, STRATEGY_PARTS, type ConceptId } from '../lang/concepts.js';
import { createCorpusConceptMatcher, type ConceptMatcher } from '../retrieve/concepts.js';
import { HybridRetriever, type RetrievalQuery, type RetrievedPassage } from '../retrieve/hybrid.js';
import { createRegionMatcher, type PlaceMention, type RegionMatcher, type RegionMentions } from '../retrieve/regions.js';
import {
  AskRequest as AskRequestSchema,
  type AskRequest,
  type AskResponse,
  type Language,
  type RetrievalMode,
  type Support,
} from '../shared/api.js';
import { allLanguages, LANGUAGE_DATA } from '../lang/index.js';
import { decideLanguage, type LanguageEvidence } from '../text/language.js';
import { intersects } from '../text/sets.js';
import { STOPWORDS_OF, TYPED_FUNCTION_WORDS_OF } from '../text/stopwords.js';
import { restoreTypedLetters } from '../text/typed-letters.js';
import type { AnswerCorpus } from './corpus.js';
import { PassageTerms } from './evidence.js';
import { composeExtractiveAnswer, quotableUnits, type QuoteLocator } from './extractive.js';
import { condenseFollowUp, lastAnswer, notSaidFirst } from './followup.js';
import type { GenerativeAnswerer, GenerativeInput } from './generative/index.js';
import { listRegions, messagesFor } from './messages.js';
import { afterCount, askOf, asksRanking, figuresOf, holdsDetail, statesFigures, tellsSymptoms, tellsUrgentSymptoms, type Ask, type Detail } from './asks.js';
import { foldNordic, tokenize } from '../text/normalize.js';
import { inStandardForms, readQuestion, type ReadQuestion } from './question.js';
import { absentShare, askedConcepts, askedShare, assess, speaksOfConcept, type Assessment, type QuestionWord, type ReadTopic } from './relevance.js';
import { aboutNouns, asksDedicated, groupConditions, namesNarrowCare, namesOutsideService } from './remit.js';
import { ownSentences, splitRequests, unmasked, withoutRequests, type RequestSplit } from './requests.js';
import { answeringPassages, bestPerRegion, regionsAskedAbout } from './selection.js';
import { createTitleMatcher, type NamedTitles } from './titles.js';
import { phrasePattern } from '../lang/phrases.js';

const NO_CONCEPTS: ReadonlySet<ConceptId> = new Set();
const NO_WORDS: ReadonlySet<string> = new Set();

/** Every language's words that only say a question compares (`question.comparing`), folded. */
const COMPARING: ReadonlySet<string> = new Set(Object.values(LANGUAGE_DATA).flatMap((d) => d.question.comparing));
/** Those that compare and nothing else: not the words also asking for a change ("bedre", "mindre"). */
const CHANGE_WORDS: ReadonlySet<string> = new Set(allLanguages((d) => d.asks.change).map(foldNordic));
const COMPARING_ONLY: ReadonlySet<string> = new Set([...COMPARING].filter((w) => !CHANGE_WORDS.has(w)));

/** The parts of a response that depend on how it was worded; `finish` adds language and timings. */
export type AnswerParts = Pick<
  AskResponse,
  'answer' | 'abstained' | 'support' | 'citations' | 'mode' | 'fallbackReason' | 'promptVersion'
>;

/** A question the documents answer: the passages, the extractive answer, and what a model would get. */
export interface Answerable {
  kind: 'answer';
  language: Language;
  standalone: string;
  /** The passages a model is given (numbered from 1 in this order). */
  passages: RetrievedPassage[];
  extractive: AnswerParts;
  generativeInput: GenerativeInput;
  finish(parts: AnswerParts): AskResponse;
}

export type Prepared = { kind: 'final'; response: AskResponse } | Answerable;

/** Why a question is refused. */
export type RefusalReason = 'not-a-question' | 'unknown-region' | 'urgent' | 'medical-advice' | 'detail-not-held' | 'no-evidence';

interface DecisionBase {
  language: Language;
  /** The question as searched (a follow-up made standalone, instructions dropped). */
  standalone?: string;
  retrieveMs: number;
  /** The relevance model's view, when it was asked. */
  assessment?: Assessment;
}

export interface Refusal extends DecisionBase {
  kind: 'refuse';
  reason: RefusalReason;
  unknownRegions?: string[];
  /** The places that took the question to those regions ("Odense" → Region Syddanmark), to name them back. */
  unknownPlaces?: PlaceMention[];
  /** The detail asked for, when it was not held. */
  detail?: Detail;
}

export interface AnswerDecision extends DecisionBase {
  kind: 'answer';
  standalone: string;
  topic: ReadTopic;
  passages: RetrievedPassage[];
  support: Exclude<Support, 'none'>;
  comparison: boolean;
  /** Regions the asking sentences also name that have no documents here ("… som i Region Syddanmark?"). */
  uncovered?: string[];
}

export type Decision = Refusal | AnswerDecision;

export interface DecideOptions {
  /** Aborts a model's calls (condensing a follow-up) when the asker goes away. */
  signal?: AbortSignal;
  /** Overrides the pipeline's retrieval mode for this question. */
  mode?: RetrievalMode;
  /** The request is `AskRequest`'s parse output already (see AskOptions.validated): not parsed again. */
  validated?: boolean;
}

export interface PipelineSettings {
  /** Passages an answer draws on (TOP_K); retrieval goes `policy.retrieval.depth` times deeper. */
  topK: number;
  mode: RetrievalMode;
  policy: AnswerPolicy;
  /** Condenses follow-ups with a language model, when one is configured. */
  generative?: Pick<GenerativeAnswerer, 'condense'>;
}

/** Statements (sentences and bullets of passages) whose concepts are kept. */
const STATEMENTS_KEPT = 20_000;
/** Region and question-word pairs whose holding is kept. */
const REGION_WORDS_KEPT = 20_000;
/** Question words whose knowing (by the corpus or the concepts) is kept. */
const KNOWN_WORDS_KEPT = 20_000;
/** Passages whose statements are kept, split and located in their source (about four statements each). */
const PASSAGES_KEPT = 5_000;

/**
 * The answer pipeline, in the order a question goes through it: its language; whether it is a question
 * about the documents at all; follow-up condensing; the regions it names; hybrid retrieval; the relevance
 * decision; the extractive answer. Ends either in a final response (a refusal) or in the passages to answer
 * from, which the engine words extractively or hands to a language model.
 */
export class AnswerPipeline {
  private readonly retriever: HybridRetriever;
  readonly regions: RegionMatcher;
  private readonly passageTerms: PassageTerms;
  private readonly regionNames: string[];
  private readonly locateQuote: QuoteLocator;
  private readonly unitsOf: (chunk: Chunk) => readonly string[];
  private readonly concepts: ConceptMatcher;
  private readonly titlesIn: (question: string) => NamedTitles | undefined;
  /** Each chunk's position in the corpus's chunks, which are in text order. */
  private readonly numbers: ReadonlyMap<string, number>;
  /** Each region's chunk ids. */
  private readonly regionChunks = new Map<string, string[]>();
  /** The languages of each region's documents. */
  private readonly regionLanguages = new Map<string, Set<Language>>();
  /** Each language's country's foreigners: the corpus regions of other countries (see `foreignRegionWeight`). */
  private readonly foreignRegions: ReadonlyMap<Language, readonly string[]>;
  /** Each document language's words, as readQuestion balances a concept's words between them (see `languageWords`). */
  private byLanguage?: ((word: string) => boolean)[];
  /** Each region's concept words, as readQuestion bridges a question's gaps in the regions it names (see `regionConceptWords`). */
  private byRegion?: Map<string, Set<string>>;
  /**
   * The words (as tokenized) of the documents in each language, read on the first question that needs them
   * (a follow-up bridged to the other language's documents): reading every passage again at start-up would
   * cost a large corpus its cold start.
   */
  private readonly vocabularies = new Map<Language, Set<string>>();
  /** Whether a region's passages hold a question word (by word and concepts): askers reuse their words. */
  private readonly regionHolds = boundedCache<string, boolean>(REGION_WORDS_KEPT);
  /** Whether the corpus or the concepts know a question's word (see `knowsWord`). */
  private readonly knownWords = boundedCache<string, boolean>(KNOWN_WORDS_KEPT);
  /** Every concept some passage of a region mentions, gathered on the region's first question. */
  private readonly regionConcepts = new Map<string, ReadonlySet<ConceptId>>();
  /**
   * The concepts each passage mentions, in chunk order; as sets, for the passages asked about lately. A set
   * per passage made at start was a tenth of a 100k-passage start and ~100k objects the heap carried.
   */
  private readonly foundConcepts: readonly Iterable<ConceptId>[];
  private readonly reasons = boundedCache<string, boolean>(PASSAGES_KEPT);
  /** The places each passage names (see `namesPlaces`). */
  private readonly passagePlaces = boundedCache<string, readonly string[]>(PASSAGES_KEPT);
  private readonly conceptSets = boundedCache<number, ReadonlySet<ConceptId>>(PASSAGES_KEPT);
  /** The concepts of statements considered for answers: the same statements recur across questions. */
  private readonly statementConceptCache = boundedCache<string, ReadonlySet<ConceptId>>(STATEMENTS_KEPT);

  constructor(
    private readonly corpus: AnswerCorpus,
    private readonly settings: PipelineSettings,
  ) {
    const { chunks, lexical, dense, analysis, documentTexts } = corpus;
    const { policy } = settings;
    this.regions = createRegionMatcher(corpus.regions);
    this.regionNames = corpus.regions.regions.map((r) => r.name);
    this.foreignRegions = new Map(
      (Object.keys(LANGUAGE_DATA) as Language[]).map((l) => [
        l,
        corpus.regions.regions.filter((r) => r.country && r.country !== LANGUAGE_DATA[l].places.country).map((r) => r.name),
      ]),
    );
    this.titlesIn = createTitleMatcher(corpus.documents.documents, (w) => analysis.wordTerms(w), (t) => this.regions.strip(t));
    this.passageTerms = new PassageTerms(corpus.passages ?? chunks, analysis, policy.evidence);
    // The passages worth quoting recur across questions: each is split into statements once, and each
    // statement located in its source once. Kept per passage, the statements are the same strings each
    // time, so the caches keyed by a statement's text (its concepts, its analysis) find it by a hash V8
    // has already computed.
    const units = boundedCache<string, readonly string[]>(PASSAGES_KEPT);
    this.unitsOf = (chunk) => {
      let found = units.get(chunk.id);
      if (!found) units.set(chunk.id, (found = quotableUnits(chunk)));
      return found;
    };
    type Located = { span: { start: number; end: number } | undefined };
    const located = boundedCache<string, Map<string, Located>>(PASSAGES_KEPT);
    this.locateQuote = (chunk, quote) => {
      let inPassage = located.get(chunk.id);
      if (!inPassage) located.set(chunk.id, (inPassage = new Map()));
      let found = inPassage.get(quote);
      if (!found) {
        const text = documentTexts.get(chunk.documentId);
        inPassage.set(quote, (found = { span: text === undefined ? undefined : locateQuote(text, chunk.start, chunk.end, quote) }));
      }
      return found.span;
    };
    this.concepts = createCorpusConceptMatcher({ typoFrom: policy.retrieval.conceptTypoFrom });
    let found: readonly Iterable<ConceptId>[];
    if (corpus.concepts) {
      const stored = corpus.concepts.passages.length;
      if (stored !== chunks.length) throw new Error(`The index holds concepts for ${stored} passages, not its ${chunks.length}`);
      this.concepts.useCorpusKnowledge(corpus.concepts.knowledge);
      found = corpus.concepts.passages;
    } else found = this.concepts.learnCorpus(chunks.map((c) => `${c.section}\n${c.text}`), chunks.map((c) => c.section));
    this.foundConcepts = found;
    this.retriever = new HybridRetriever(chunks, lexical, dense, policy.retrieval, found);
    this.numbers = chunkPositions(chunks);
    for (const c of chunks) {
      const languages = this.regionLanguages.get(c.region) ?? new Set<Language>();
      this.regionLanguages.set(c.region, languages.add(c.language));
      const ids = this.regionChunks.get(c.region);
      if (ids) ids.push(c.id);
      else this.regionChunks.set(c.region, [c.id]);
    }
  }

  /** The concepts a passage mentions (none for a chunk the corpus lacks). */
  private passageConcepts(chunkId: string): ReadonlySet<ConceptId> {
    const i = this.numbers.get(chunkId);
    if (i === undefined) return NO_CONCEPTS;
    let concepts = this.conceptSets.get(i);
    if (!concepts) this.conceptSets.set(i, (concepts = new Set(this.foundConcepts[i])));
    return concepts;
  }

  /** The chunks of a chunk's section in its document, in text order. */
  private sectionOf(chunk: Chunk): Chunk[] {
    const i = this.numbers.get(chunk.id);
    if (i === undefined) return [chunk];
    const { chunks } = this.corpus;
    const same = (c: Chunk | undefined) => c !== undefined && c.documentId === chunk.documentId && c.section === chunk.section;
    let from = i;
    while (same(chunks[from - 1])) from--;
    let to = i + 1;
    while (same(chunks[to])) to++;
    return chunks.slice(from, to);
  }

  private statementConcepts(text: string): ReadonlySet<ConceptId> {
    let found = this.statementConceptCache.get(text);
    if (!found) this.statementConceptCache.set(text, (found = this.concepts.conceptsOf(text)));
    return found;
  }

  /** The regions the corpus covers, listed in `language`. */
  covered(language: Language): string {
    return listRegions(this.regionNames, language);
  }

  /** Retrieval for the search endpoint: the question read and expanded as for an answer, named regions first. */
  search(query: string, k: number, mode: RetrievalMode): Promise<RetrievedPassage[]> {
    const found = this.regions.mentions(query);
    // A short region name that depends on the asker's language ("Region Nord") is read in the query's.
    const read = found.needsLanguage ? this.regions.mentions(query, { language: this.askerLanguage({ question: query }) }) : found;
    const { text, mentions } = this.byTitle(query, read);
    return this.retriever.retrieve(this.retrievalQuery(this.read(text, mentions)), { k, mode, preferRegions: regionsAskedAbout(mentions), distinctSections: true });
  }

  /**
   * A question that names a document by its title ("… i Vision og retning") asks about that document's
   * region, and the title's words are no topic of it, as long as it asks something besides ("kort om
   * Vision og retning?" keeps them: they are all it asks). A title of a region other than the ones the
   * question names is left alone: "Helse Nords vision og retning" borrows the words, not the document.
   */
  private byTitle(question: string, mentions: RegionMentions): { text: string; mentions: RegionMentions } {
    const titled = this.titlesIn(question);
    if (!titled || mentions.known.some((r) => !titled.regions.includes(r))) return { text: question, mentions };
    const rest = this.passageTerms.topicOf(this.regions.strip(titled.rest)).words.length > 0;
    const add = (regions: string[]) => [...new Set([...regions, ...titled.regions])];
    return { text: rest ? titled.rest : question, mentions: { ...mentions, known: add(mentions.known), named: add(mentions.named) } };
  }

  /** The question read for what it asks, its words in the documents' written standard (Nynorsk → Bokmål). */
  private read(question: string, mentions: RegionMentions, asked?: { language: Language; followUp: boolean; named?: boolean }): ReadQuestion {
    const { wordsPerConcept, bridgeInAskedLanguage: bridge } = this.settings.policy.retrieval;
    const scoped = asked && (bridge === 'all' || (bridge === 'follow-ups' && asked.followUp));
    const regions = regionsAskedAbout(mentions);
    const words = scoped ? this.documentWords(regions, asked.language) : undefined;
    // A concept the named regions' documents don't write the asker's word for is a gap in them, whichever
    // language the asker writes: "kortere ventetider" asked of a region that writes "samme dag", in Danish or
    // in Norwegian. (Where `bridgeInAskedLanguage` scopes a question to its documents' words, those decide.)
    const regionWords = words || !regions.length ? undefined : this.regionConceptWords(regions);
    return readQuestion(
      inStandardForms(question), this.concepts, wordsPerConcept, asked?.named ?? mentions.named.length > 0, words, this.languageWords(), regionWords,
    );
  }

  /** Whether a concept word is one the documents of any of `regions` write (see readQuestion's `regionWords`). */
  private regionConceptWords(regions: readonly string[]): (word: string) => boolean {
    const sets = regions.map((r) => this.conceptWordsOf().get(r) ?? NO_WORDS);
    return (w) => sets.some((words) => words.has(w));
  }

  /**
   * The regions asked about when the asking sentences name one as such and the others come only from the
   * situation ("Vi bor i Aarhus. Hvad gør Helse Nord for …?", "Jeg har arbejdet i de danske regioner.
   * Hvad gør Helse Nord for …?"): where the asker lives or has worked, or regions told of collectively, say
   * who asks, not a second region to compare. Another region the situation names as such, or asking sentences
   * that compare ("forskellen", "ligner"), keep the comparison.
   */
  private askedInNeed(read: ReadQuestion, mentions: RegionMentions, language: Language): RegionMentions {
    if (!mentions.acrossRegions || !read.situation) return mentions;
    const inNeed = this.regions.mentions(read.need, { language });
    if (!inNeed.named.length || inNeed.acrossRegions || inNeed.unknown.length) return mentions;
    // (A collective told there names every region as such; a single other region so named stays compared.)
    const inSituation = this.regions.mentions(read.situation, { language });
    if (!inSituation.acrossRegions && inSituation.named.some((r) => !inNeed.named.includes(r))) return mentions;
    if (tokenize(read.need).some((w) => COMPARING_ONLY.has(foldNordic(w)))) return mentions;
    return inNeed;
  }

  /**
   * Whether a question names a region as such (see `namesRegion`), or goes on, in a conversation whose
   * questions named one, about a town or area of a corpus region ("og i Aalborg?", "og oppe
   * omkring Skagen, hvordan ser det ud der?" after asking Region Midtjylland): the conversation is about the
   * regions' strategies, and the town stands for its region as the region's name would, whether the new
   * question needed the earlier one read into it or not.
   */
  private namesARegion(mentions: RegionMentions, history: AskRequest['history']): boolean {
    if (mentions.named.length) return true;
    if (!mentions.known.length) return false;
    return (history ?? []).some((turn) => turn.role === 'user' && this.regions.mentions(turn.content).named.length > 0);
  }

  /**
   * The words of the documents of the regions asked about, when those are all in one language other than the
   * asker's: the words a question's concepts are bridged to. Else undefined: the whole corpus's (a question
   * in its documents' own language already finds their words).
   */
  private documentWords(regions: readonly string[], asker: Language): ((word: string) => boolean) | undefined {
    if (!regions.length) return undefined;
    const languages = new Set(regions.flatMap((r) => [...(this.regionLanguages.get(r) ?? [])]));
    const [documents] = languages;
    if (languages.size !== 1 || documents === asker) return undefined;
    const words = this.vocabulary(documents);
    return (w) => words.has(w);
  }

  /**
   * For each language the documents are written in, whether a concept's corpus word is one of that language's
   * documents'. Only concept words are ever asked, so each language keeps those alone: a large corpus's whole
   * vocabulary once per language was ~70 MB of a 100k-passage server.
   */
  private languageWords(): ((word: string) => boolean)[] {
    this.byLanguage ??= [...this.conceptWordsBy((c) => c.language)]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, words]) => (w: string) => words.has(w));
    return this.byLanguage;
  }

  /** Each region's concept words (see `conceptWordsBy`), kept. */
  private conceptWordsOf(): ReadonlyMap<string, ReadonlySet<string>> {
    this.byRegion ??= this.conceptWordsBy((c) => c.region);
    return this.byRegion;
  }

  /**
   * The concepts' corpus words each group of passages writes. Only concept words are ever asked, so each
   * group keeps those alone: a large corpus's whole vocabulary once per language was ~70 MB of a
   * 100k-passage server.
   */
  private conceptWordsBy<K>(group: (chunk: Chunk) => K): Map<K, Set<string>> {
    const conceptWords = new Set(
      (Object.keys(CONCEPTS) as ConceptId[]).flatMap((c) => this.concepts.corpusWords(c)).flatMap((phrase) => phrase.split(' ')),
    );
    const byGroup = new Map<K, Set<string>>();
    for (const c of this.corpus.chunks) {
      const key = group(c);
      let words = byGroup.get(key);
      if (!words) byGroup.set(key, (words = new Set()));
      for (const word of tokenize(`${c.section}\n${c.text}`)) if (conceptWords.has(word)) words.add(word);
    }
    return byGroup;
  }

  /** The words of the documents written in `language` (see `vocabularies`). */
  private vocabulary(language: Language): ReadonlySet<string> {
    let words = this.vocabularies.get(language);
    if (!words) {
      words = new Set();
      for (const c of this.corpus.chunks) if (c.language === language) for (const word of tokenize(`${c.section}\n${c.text}`)) words.add(word);
      this.vocabularies.set(language, words);
    }
    return words;
  }

  /**
   * The question's topic words, weighted by rarity: those of the asking sentences in full, those of the
   * situation told around them at `situationWeight`; each with the concepts it helps mention.
   */
  private topicOf(read: ReadQuestion, comparison = false): ReadTopic {
    const byWord = this.concepts.conceptsByWord(read.text);
    // "bygger" in "hvad bygger planen på" asks what the plan rests on, not about buildings.
    const notTopic = this.concepts.wordsNotMentioning(read.text);
    // Only the concepts the question was read to mention: not those of everyday words alone. Most words'
    // concepts all are, and keep their set.
    const inQuestion = (concepts: Set<ConceptId> | undefined): ReadonlySet<ConceptId> => {
      if (!concepts) return NO_CONCEPTS;
      for (const c of concepts) if (!read.concepts.has(c)) return new Set([...concepts].filter((k) => read.concepts.has(k)));
      return concepts;
    };
    const words: QuestionWord[] = [];
    const seen = new Set<string>();
    // A place the documents mention stays in the topic ("Universitetet i Tromsø"); one they don't only says
    // where the asker is, and would make every passage look off-topic.
    const keep = (name: string) => this.passageTerms.knows(name);
    const add = (text: string, need: boolean) => {
      for (const w of this.passageTerms.topicOf(this.regions.strip(text, { keep })).words) {
        if (seen.has(w.word) || notTopic.has(w.word)) continue;
        seen.add(w.word);
        // A situation the asking sentences point back at ("… sånt?") is what they ask about.
        const weight = need || read.pointsToSituation ? w.weight : w.weight * this.settings.policy.relevance.situationWeight;
        // Written out, not `{ ...w, … }`: on Node 20 a spread copy and what it points to outlive the next
        // scavenges (promoted though dead), and this runs for every word of every question.
        const { word, terms, parts, near, known } = w;
        words.push({ word, terms, parts, weight, rarity: w.weight, near, known, need, concepts: inQuestion(byWord.get(w.word)), health: this.concepts.healthWord(w.word) });
      }
    };
    add(read.need, true);
    add(read.situation, false);
    // Comparing regions, "forskellen" or "bedst" says only that it compares, unless it mentions a theme
    // ("forskjeller i helse": inequality) or is all the question says.
    const compared = comparison ? words.filter((w) => w.concepts.size > 0 || !COMPARING.has(w.word)) : words;
    return { words: compared.length ? compared : words, concepts: read.concepts };
  }

  /**
   * Whether the asking sentences speak of regions: a comparison, a region named there, or the word itself
   * ("hvilken region er bedst til …", "hvilken af regionerne …").
   */
  private asksOfRegions(need: string, mentions: RegionMentions): boolean {
    return mentions.acrossRegions || this.regions.speaksOfRegions(need) || this.regions.mentions(need).named.length > 0;
  }

  /** Weighted share of the question's domain words no passage of the regions asked about holds (absentShare). */
  private absentFrom(topic: ReadTopic, regions: readonly string[]): number {
    return absentShare(withoutStrategyParts(this.withoutConditionTold(topic)), (w) => regions.some((region) => this.regionHoldsWord(region, w)));
  }

  /**
   * The topic without the illness the asker tells of in the situation ("Jeg har gigt. Får brugerne
   * indflydelse?"), when the asking sentences have topic words of their own: the condition says who asks,
   * not what a region's strategy must speak of to answer. See `illnessToldAside`.
   */
  private withoutConditionTold(topic: ReadTopic): ReadTopic {
    if (!this.settings.policy.relevance.illnessToldAside || !topic.words.some((w) => w.need)) return topic;
    const told = (w: QuestionWord) => !w.need && w.concepts.size > 0 && [...w.concepts].every((c) => ILLNESS_CONCEPTS.has(c));
    return topic.words.some(told) ? { ...topic, words: topic.words.filter((w) => !told(w)) } : topic;
  }

  /** Whether a word names an illness and its care (CARE_CONCEPTS) that no passage of `regions` speaks of. */
  private careAbsentFrom(w: QuestionWord, regions: readonly string[]): boolean {
    const care = [...w.concepts].filter((c) => CARE_CONCEPTS.has(c));
    return care.length > 0 && !regions.some((region) => speaksOfConcept(new Set(care), this.conceptsOfRegion(region)));
  }

  /**
   * Whether a passage of the region holds the word, itself or through a concept (or a narrower one). The
   * concepts are checked against the region's union of them, and only a word the corpus knows is looked for
   * passage by passage: a word no passage holds (a typo, an everyday word) scanned every passage of the region
   * and built each one's concept set, which at 100k passages was a third of a citizen's ask.
   */
  private regionHoldsWord(region: string, w: QuestionWord): boolean {
    const key = `${region}\u0000${w.word}\u0000${[...w.concepts].join(',')}`;
    let held = this.regionHolds.get(key);
    if (held === undefined) {
      // A word whose concept the region never speaks of is held only as itself: its compound's parts met apart
      // ("kultur" in "evaluerende kultur", "tilbud" in "tilbudene") say nothing of it, nor a compound holding it
      // ("miljø" in "arbeidsmiljø").
      const spoken = speaksOfConcept(w.concepts, this.conceptsOfRegion(region));
      held = spoken || (w.concepts.size ? this.regionWritesItself(region, w) : this.regionCovers(region, w));
      this.regionHolds.set(key, held);
    }
    return held;
  }

  /** Whether a passage of the region holds the word itself (not only its concept): kept as `regionHoldsWord`'s. */
  private regionWritesWord(region: string, w: QuestionWord): boolean {
    const key = `${region}\u0000${w.word}\u0000written`;
    let written = this.regionHolds.get(key);
    if (written === undefined) this.regionHolds.set(key, (written = this.regionCovers(region, w)));
    return written;
  }

  /** Whether a passage of the region writes the word itself, not only inside a compound (`PassageTerms.writesItself`). */
  private regionWritesItself(region: string, w: QuestionWord): boolean {
    return w.known && (this.regionChunks.get(region) ?? []).some((id) => this.passageTerms.writesItself(id, w));
  }

  /** Whether a passage of the region covers a word the corpus knows (one it doesn't know, no passage covers). */
  private regionCovers(region: string, w: QuestionWord): boolean {
    return w.known && (this.regionChunks.get(region) ?? []).some((id) => this.passageTerms.covers(id, w));
  }

  private conceptsOfRegion(region: string): ReadonlySet<ConceptId> {
    let concepts = this.regionConcepts.get(region);
    if (!concepts) {
      const gathered = new Set<ConceptId>();
      for (const id of this.regionChunks.get(region) ?? []) {
        const i = this.numbers.get(id);
        if (i !== undefined) for (const c of this.foundConcepts[i]) gathered.add(c);
      }
      this.regionConcepts.set(region, (concepts = gathered));
    }
    return concepts;
  }

  /** Whether a passage mentions any word the asking sentences ask about, itself or through a concept. */
  private speaksOf(passage: RetrievedPassage, topic: ReadTopic): boolean {
    const asked = topic.words.filter((w) => w.need);
    const concepts = this.passageConcepts(passage.chunk.id);
    return (asked.length ? asked : topic.words).some(
      (w) => this.passageTerms.covers(passage.chunk.id, w) || intersects(w.concepts, concepts),
    );
  }

  /**
   * A comparison's passages, with each compared region that has none sharing an asked concept given up to
   * `regionConceptPassages` of its passages that do, those sharing the most of them first (in text order
   * among equals), after the retrieved ones: see the knob in src/policy.ts.
   */
  private onConceptPerRegion(found: RetrievedPassage[], regions: readonly string[], concepts: ReadonlySet<ConceptId>): RetrievedPassage[] {
    const k = this.settings.policy.retrieval.regionConceptPassages;
    if (!k || !concepts.size) return found;
    const added: RetrievedPassage[] = [];
    for (const region of regions) {
      const own = found.filter((p) => p.chunk.region === region);
      if (own.some((p) => intersects(concepts, this.passageConcepts(p.chunk.id)))) continue;
      const taken = new Set(own.map((p) => p.chunk.id));
      const shared: { id: string; n: number; at: number }[] = [];
      for (const id of this.regionChunks.get(region) ?? []) {
        const at = this.numbers.get(id);
        if (at === undefined || taken.has(id)) continue;
        let n = 0;
        for (const c of this.foundConcepts[at]) if (concepts.has(c)) n++;
        if (n) shared.push({ id, n, at });
      }
      shared.sort((a, b) => b.n - a.n || a.at - b.at);
      for (const { at } of shared.slice(0, k)) added.push({ chunk: this.corpus.chunks[at], score: 0, lexical: undefined, concept: undefined, dense: undefined });
    }
    return added.length ? [...found, ...added] : found;
  }

  /**
   * The other countries' regions, discounted by `foreignRegionWeight`, for a question that names no region,
   * place, country or regions collectively: "regionen" then most likely means the asker's own.
   */
  private abroad(mentions: RegionMentions, language: Language): { regions: readonly string[]; weight: number } | undefined {
    const { known, named, unknown, places, countries, compared } = mentions;
    if (known.length || named.length || unknown.length || places.length || countries.length || compared.length) return undefined;
    const regions = this.foreignRegions.get(language) ?? [];
    return regions.length ? { regions, weight: this.settings.policy.retrieval.foreignRegionWeight } : undefined;
  }

  /** The asker's language, read as an answer reads it (for error messages about a request). */
  askerLanguage(request: LanguageRequest): Language {
    return this.languageOf(this.languageEvidence(request), splitRequests(request.question));
  }

  /** What tells a question's language: its words, the page's hint, the conversation, and the country of the places it names. */
  private languageEvidence(
    { question, languageHint, history }: LanguageRequest,
    mentions: RegionMentions = this.regions.mentions(question),
  ): LanguageEvidence {
    if (!mentions.countries.length && history?.length) {
      // A follow-up naming no place ("og fastlegene?") is still about the country the asker's earlier question
      // named: that country's terms are borrowed there too, and a Dane's "hva med legevakt" after asking about
      // Helse Nord in Danish is no switch. No place of the asker's own is named in it, so not `aboutByPlace`.
      let countries: readonly string[] = [];
      for (let i = history.length - 1; i >= 0 && !countries.length; i--) {
        if (history[i].role === 'user') countries = this.regions.mentions(history[i].content).countries;
      }
      return { question, hint: languageHint, history, about: languageOfCountries(countries) };
    }
    const about = languageOfCountries(mentions.countries);
    const aboutByRegion = namesRegion(mentions);
    const aboutByPlace = mentions.places.length > 0 && !aboutByRegion;
    return { question, hint: languageHint, history, about, aboutByPlace, aboutByRegion };
  }

  /**
   * The asker's language: read from their own sentences when the message also holds orders (which may be
   * pasted in English or the other language), unless those tell nothing at all; else from the whole message.
   */
  private languageOf(evidence: LanguageEvidence, requests: RequestSplit | undefined): Language {
    // Names don't vote, written small or not ("helse nord" typed in lower case is no Norwegian "helse"), and
    // words hidden from word lists ("1gn0r3r") are read as the words they are.
    const decide = (question: string) =>
      decideLanguage({ ...evidence, question: this.regions.strip(unmasked(question), { namesOnly: true }) }, this.settings.policy.language);
    const own = ownSentences(evidence.question, requests);
    const fromOwn = own === undefined ? undefined : decide(own);
    if (fromOwn && fromOwn.by !== 'default') return fromOwn.language;
    return decide(evidence.question).language;
  }

  /** What retrieval searches for: the question without instructions, plus its concepts' corpus words. */
  private retrievalQuery(read: ReadQuestion): RetrievalQuery {
    const words = read.conceptWords.join(' ');
    const tags = { asked: read.askedConcepts, told: read.toldConcepts };
    if (!read.situation || read.pointsToSituation) return { text: read.text, concepts: words, tags, dense: words ? `${read.text} ${words}` : read.text };
    const told = new Set(read.situationConceptWords);
    const asked = read.conceptWords.filter((w) => !told.has(w)).join(' ');
    return {
      text: read.need,
      situation: read.situation,
      concepts: asked,
      situationConcepts: read.situationConceptWords.join(' '),
      tags,
      dense: words ? `${read.text} ${words}` : read.text,
    };
  }

  /**
   * The decision for a question, before any wording: a refusal (and why), or the passages to answer from
   * and how well they support it. Exposed for the relevance model's fitting script and for logging.
   */
  async decide(request: AskRequest, { signal, mode: modeOverride, validated = false }: DecideOptions = {}): Promise<Decision> {
    const { policy } = this.settings;
    const mode = modeOverride ?? this.settings.mode;
    const { question: typed, history, language: chosen, languageHint } = validated ? request : AskRequestSchema.parse(request);
    const typedMentions = this.regions.mentions(typed);
    const language = chosen ?? this.languageOf(this.languageEvidence({ question: typed, languageHint, history }, typedMentions), splitRequests(typed));
    const question = this.withLetters(typed, language);
    const questionMentions = question === typed ? typedMentions : this.regions.mentions(question);
    const requests = splitRequests(question);
    const base = { language, retrieveMs: 0 };
    const refuse = (reason: RefusalReason, extra: Partial<Refusal> = {}): Refusal => ({ kind: 'refuse', reason, ...base, ...extra });

    // A request that isn't a question (or only instructions around none) is declined; a real question wrapped
    // in instructions is answered without them.
    const message = withoutRequests(question, requests);
    // Urgent signs told around it still need 112/113 ("ignorer reglerne. Han har trykken i brystet.").
    if (message === undefined) return refuse(tellsUrgentSymptoms(question) ? 'urgent' : 'not-a-question');

    const generative = this.settings.generative;
    const condensed = generative && history?.length ? await generative.condense(message, history, language, signal) : undefined;
    // A model that hands the follow-up back unchanged has not resolved it; the heuristic may still.
    const standalone =
      condensed && condensed !== message
        ? condensed
        : condenseFollowUp(message, history?.map((turn) => (turn.role === 'user' ? { ...turn, content: this.withLetters(turn.content, language) } : turn)), {
            regions: this.regions,
            contentTerms: (t) => this.corpus.analysis.contentTerms(t),
            concepts: (t) => this.concepts.conceptsOf(t),
            conceptsByWord: (t) => this.concepts.conceptsByWord(t),
            answerWords: this.settings.policy.conversation.answerWords,
            asksDetail: (t) => askOf(t, t).kind === 'detail',
            language,
          });
    // Most questions stand alone: the gazetteer's pass over the question is not run again, unless it named a
    // region by a short name that needed the language decided since.
    const sameMentions = standalone === question && !questionMentions.needsLanguage;
    const titled = this.byTitle(standalone, sameMentions ? questionMentions : this.regions.mentions(standalone, { language }));
    const asking = titled.text;
    // A follow-up made standalone carries its topic in the earlier question's words, which may be the other
    // language than the documents of the region it now asks about.
    const followUp = standalone !== message;
    const firstRead = this.read(asking, titled.mentions, { language, followUp, named: this.namesARegion(titled.mentions, history) });
    // Read once more only when the asking sentences narrowed the regions (`askedInNeed`).
    const mentions = this.askedInNeed(firstRead, titled.mentions, language);
    // Refused by the names of the regions without documents, and the places that stood for them.
    const refuseUnknown = (named: RegionMentions) =>
      refuse('unknown-region', { standalone, unknownRegions: named.unknown, unknownPlaces: named.places.filter((p) => named.unknown.includes(p.region)) });
    if (mentions.unknown.length && !mentions.known.length && !mentions.compared.length) return refuseUnknown(mentions);

    // Asking sentences naming only regions without documents ask about those, whatever corpus town the situation
    // names ("… pendler til Bodø. Hva sier Helse Vest om …?"): the town is where the asker lives or works.
    if (mentions.unknown.length && firstRead.situation) {
      const namedInNeed = this.regions.mentions(firstRead.need, { language });
      if (namedInNeed.unknown.length && !namedInNeed.known.length && !namedInNeed.compared.length) return refuseUnknown(namedInNeed);
    }
    const named = this.namesARegion(mentions, history);
    const read = mentions === titled.mentions ? firstRead : this.read(asking, mentions, { language, followUp, named });
    // Regions without documents that the asking sentences name beside corpus ones: the answer says it speaks
    // only for the latter. One the situation names ("flyttet fra Odense") is where the asker has been.
    const inNeed = mentions.unknown.length ? this.regions.mentions(read.need, { language }) : undefined;
    const uncoveredAsked = inNeed?.unknown ?? [];
    // Compared with a corpus region ("bedre i Stavanger enn i Bodø?"), such a region is half of what is asked:
    // one side of a comparison is no answer to it.
    if (uncoveredAsked.length && inNeed?.known.length && tokenize(read.need).some((w) => COMPARING.has(foldNordic(w)))) return refuseUnknown(inNeed);
    const uncovered = uncoveredAsked.length ? { uncovered: uncoveredAsked } : {};
    const worded = askOf(
      read.need,
      read.text,
      (text) => [...this.concepts.conceptsOf(text)].some((c) => !ILLNESS_CONCEPTS.has(c)) || this.regions.mentions(text, { language }).known.length > 0,
      { known: (word) => this.knowsAsTyped(word), from: policy.relevance.detailTypoFrom },
    );
    // A decision about one place is asked only of a place the asking sentences name ("Skal fødeafdelingen i Xby
    // lukke?"); a part of a region counts ("… i Lofoten"). Of none ("Vil regionen lukke fødeafdelinger?"), it asks
    // what the strategy says of the matter.
    const localDecision = worded.kind === 'detail' && worded.detail === 'localDecision';
    // A decision that takes in a region without documents ("legges sammen med Helse Vest") is as much that
    // region's: the corpus regions' strategies can't confirm it.
    if (localDecision && uncoveredAsked.length) return refuse('detail-not-held', { standalone, detail: 'localDecision' });
    const spotsAsked = (withAreas: boolean) =>
      this.regions.mentions(read.need).places.flatMap((p) => (p.local || (withAreas && p.area) ? [p.place] : []));
    const decidedSpots = localDecision ? spotsAsked(true) : [];
    // "Who is best at it", asked between regions the question compares, asks which of them: a comparison.
    const ranking = worded.kind === 'detail' && worded.detail === 'person' && mentions.acrossRegions && asksRanking(read.need);
    const ask: Ask = ranking || (localDecision && !decidedSpots.length) ? { kind: 'topic' } : worded;
    if (ask.kind === 'medical') return refuse(ask.urgent ? 'urgent' : 'medical-advice', { standalone });
    // A message that only tells urgent symptoms ("far har pludselig skæv mund og kan ikke tale") needs 112/113
    // first; told beside a question about the service, they are the situation and the question is answered.
    if (!read.asks && tellsUrgentSymptoms(read.text)) return refuse('urgent', { standalone });
    // A detail the strategies speak of only in general terms (softDetails) is answered from what they say,
    // unless a live figure, or an exact one, is asked.
    const hardDetail = ask.kind === 'detail' && (ask.live === true || ask.exact === true || !policy.relevance.softDetails.includes(ask.detail));

    const retrieveStarted = performance.now();
    const comparison = mentions.acrossRegions;
    const asked = regionsAskedAbout(mentions);
    const depth = this.settings.topK * policy.retrieval.depth;
    const query = this.retrievalQuery(read);
    const topic = this.topicOf(read, mentions.acrossRegions);
    // A recommendation for the asker's own choice of a thing the documents don't name ("hvilken barnevogn er
    // bedst?"; a thing of everyday life such as "cykel" names a theme only as an everyday word) is no strategy's
    // to give. Of what they name ("hvilke tiltak er bedst til …") it asks what they say, and asked of the regions
    // ("hvilken region er bedst til …") it is a comparison.
    if (ask.kind === 'choice' && !this.asksOfRegions(read.need, mentions)) {
      const everyday = this.concepts.everydayWords(read.need);
      if (topic.words.some((w) => w.need && !w.known && !COMPARING.has(w.word) && (!w.concepts.size || everyday.has(w.word)))) return refuse('no-evidence', { standalone });
    }
    // A comparison reads every fused candidate and keeps each compared region's best, so a region whose
    // passages rank below the others' still gets its say.
    const found = comparison
      ? this.onConceptPerRegion(
          bestPerRegion(await this.retriever.retrieve(query, { k: policy.retrieval.candidates * 2, mode }), mentions.compared, depth),
          mentions.compared,
          askedConcepts(topic),
        )
      : await this.retriever.retrieve(query, { k: depth, mode, preferRegions: asked, discount: this.abroad(mentions, language) });
    // The passages a comparison's regions were given beside retrieval's get their similarity to the question too.
    if (comparison && mode !== 'lexical') await this.retriever.similarity(query, found);
    // A follow-up wants what the last answer didn't say: its passages go behind the others, both in the
    // window the relevance decision reads and among the passages the answer leads with.
    const said = lastAnswer(history);
    const saidLast = (list: RetrievedPassage[]): RetrievedPassage[] =>
      said ? notSaidFirst(list, (p) => p.chunk.text, said, policy.conversation.alreadySaid, (t) => this.corpus.analysis.contentTerms(t)) : list;
    const retrieved = saidLast(found);
    base.retrieveMs = performance.now() - retrieveStarted;

    // A region named as such (`named`) lowers the bar a little; a place alone only scopes the answer
    // ("kantinen på Aalborg Universitetshospital" asks about a hospital, not a strategy).
    const inRegions = asked.length ? retrieved.filter((p) => asked.includes(p.chunk.region)) : retrieved;
    if (topic.words.length === 0) {
      // A detail of nothing named but a place ("hvor mange jobber på UNN"): no passage can be said to hold it.
      if (ask.kind === 'detail' && hardDetail) {
        return refuse('detail-not-held', { standalone, detail: ask.detail });
      }
      // Nothing asked beyond a region ("Hvad vil Helse Nord?"): that region's best passages, if retrieval
      // brought any (in a large corpus the candidates may all be other regions').
      const passages = inRegions.slice(0, policy.relevance.regionOnlyPassages);
      if (!asked.length || !passages.length) return refuse('no-evidence', { standalone });
      return { kind: 'answer', ...base, standalone, topic, passages, support: 'direct', comparison, ...uncovered };
    }
    // A claim checked that states figures ("har lovet 40 nye jordemødre", "åbner 1. juni") is a
    // strategy's only where a passage states them: passages on its theme neither confirm nor deny it.
    const figures = read.claim ? figuresOf(read.claim) : [];
    if (figures.length && !inRegions.some((p) => statesFigures(p.chunk.text, figures))) {
      return refuse('detail-not-held', { standalone, detail: figures.every((f) => /^(19|20)\d\d$/.test(f)) ? 'date' : 'count' });
    }
    // A question about one region's strategy whose themes only other strategies speak of gets no answer from
    // the passages retrieval brings nearest in that region: they speak of something else.
    if (!comparison && asked.length && this.absentFrom(topic, asked) >= policy.relevance.absentFromRegion) {
      return refuse('no-evidence', { standalone });
    }
    // Nor one whose illness or care asked about that region's documents never speak of (`absentCare`).
    if (!comparison && asked.length && askedShare(topic, (w) => this.careAbsentFrom(w, asked), true) >= policy.relevance.absentCare) {
      return refuse('no-evidence', { standalone });
    }
    // A question asking about a service no health region runs (the dentist, the kindergarten, the police),
    // one the documents never write of, is not answered by their passages on waiting times or staff. Its
    // parts may be theirs ("hjemme" and "fødsler" in "hjemmefødsler"): the word itself must be.
    const unwritten = (names: (word: string) => boolean) => (w: QuestionWord) => names(w.word) && !this.passageTerms.knows(w.word);
    if (askedShare(topic, unwritten(namesOutsideService)) >= policy.relevance.outsideRemit) {
      return refuse('no-evidence', { standalone });
    }
    // Nor is one asking about one condition or treatment the documents never name ("demens", "vaccination")
    // answered by their passages on the theme it belongs to; told as the situation, it only explains the ask.
    // Asked as an offer of its own ("et eget behandlingstilbud for voksne med …"), any share of it is what is asked.
    // Asked of one region, care only another region's documents name ("medicinbokse") is no more that region's.
    const narrowUnwritten =
      !comparison && asked.length
        ? (w: QuestionWord) => namesNarrowCare(w.word) && !asked.some((region) => this.regionWritesWord(region, w))
        : unwritten(namesNarrowCare);
    const narrowShare = askedShare(topic, narrowUnwritten, true);
    // So is one asking for a group by its condition ("for voksne med epilepsi"): the condition is the care asked for.
    // (`narrowCare` above 1 turns the check off, these included.)
    // And so is one naming it as what it is about ("… om tinnitus hos eldre?").
    const namesNarrow = (words: readonly string[]) => words.some((word) => topic.words.some((w) => w.word === word && narrowUnwritten(w)));
    const narrowAsked =
      policy.relevance.narrowCare <= 1 &&
      narrowShare > 0 &&
      (asksDedicated(read.need) || namesNarrow(groupConditions(read.need)) || namesNarrow(aboutNouns(read.need)));
    if (narrowShare >= policy.relevance.narrowCare || narrowAsked) {
      return refuse('no-evidence', { standalone });
    }
    // A duration or a date asked of one such care ("hvor længe venter man på en MR-scanning?") is a figure for
    // that care, which no strategy gives: their general goals for waiting times don't answer it.
    const figureRequired = hardDetail || narrowShare >= policy.relevance.narrowCareDetail;
    // The window the decision reads: a follow-up's passages not said yet first, and also those already said
    // that retrieval ranked within it, so a follow-up about a detail of the last answer ("Gælder det også
    // bostederne?") still finds the passage holding it; the answer then leads with what was not said.
    const window = comparison ? inRegions : inRegions.slice(0, policy.relevance.consideredPassages);
    if (!comparison && said) {
      const top = found.slice(0, policy.relevance.consideredPassages);
      window.push(...top.filter((p) => !window.includes(p) && (!asked.length || asked.includes(p.chunk.region))));
    }
    const assessment = assess({
      passages: window,
      topic,
      passageTerms: this.passageTerms,
      passageConcepts: (id) => this.passageConcepts(id),
      named,
      placed: asked.length > 0,
      symptoms: tellsSymptoms(read.text),
      givesReason: asksWhy(read.need) ? (id) => this.givesReason(id) : undefined,
      policy: { ...policy.relevance, consideredPassages: window.length },
    });
    // A detail (a year, an amount, a name) is answered only from a passage that holds one and speaks of what
    // is asked (a year in a passage about something else answers nothing): it leads.
    // A count is held only by a number about what is counted: "hvor mange operationer laver hospitalerne" is not
    // answered by "de fem akuthospitaler".
    const counting = ask.kind === 'detail' && ask.detail === 'count' ? afterCount(read.need) : undefined;
    const counted = counting?.map((word) => topic.words.find((w) => w.word === word)).find((w) => w !== undefined);
    const about = counted ? { ...topic, words: [counted] } : topic;
    // Who holds a post is a fact of one organisation: asked of no region, one document's name would answer for
    // another's; asked of a hospital or ward ("direktør på sykehuset"), the region's director is not its.
    const person = ask.kind === 'detail' && ask.detail === 'person';
    const holdable = ask.kind === 'detail' && !ask.live && (!person || asked.length > 0);
    const namesPlace = (p: RetrievedPassage) =>
      about.words.every((w) => !w.need || !this.concepts.healthWord(w.word) || this.passageTerms.covers(p.chunk.id, w));
    // A detail asked of a named spot ("hvornår står det nye hospital i Hillerød færdigt?") is that spot's: a year
    // in a passage that doesn't name it is another thing's. An area ("hovedstadsområdet") is the region's.
    const placesAsked = localDecision ? decidedSpots : holdable ? spotsAsked(false) : [];
    const holder = holdable
      ? inRegions.find(
          (p) => holdsDetail(p.chunk.text, ask.detail) && this.speaksOf(p, about) && (!person || namesPlace(p)) && this.namesPlaces(p.chunk, placesAsked),
        )
      : undefined;
    const notHeld = ask.kind === 'detail' && !holder;
    if (notHeld && figureRequired) return refuse('detail-not-held', { standalone, assessment, detail: ask.detail });
    if (assessment.support === 'none') return refuse('no-evidence', { standalone, assessment });
    // A detail the strategies speak of only in general terms: what they say comes near, it doesn't answer.
    const support = notHeld ? 'related' : assessment.support;
    let passages = saidLast(
      answeringPassages({ evidence: assessment.evidence, comparison, policy: policy.relevance, keepFound: policy.compose.quoteFirstFound ? policy.compose.foundKept : 0 }),
    );
    if (holder) passages = [holder, ...passages.filter((p) => p !== holder)];
    if (!passages.length) return refuse('no-evidence', { standalone, assessment });
    return { kind: 'answer', ...base, standalone, topic, passages, support, comparison, assessment, ...uncovered };
  }

  /** Whether a passage names one of `places` (none asked: yes), its places read as a question's are. */
  private namesPlaces(chunk: Chunk, places: readonly string[]): boolean {
    if (!places.length) return true;
    let named = this.passagePlaces.get(chunk.id);
    if (!named) this.passagePlaces.set(chunk.id, (named = this.regions.mentions(chunk.text).places.map((p) => p.place)));
    return named.some((place) => places.includes(place));
  }

  /** Whether a passage gives a reason (`reasonGivers`), kept per passage. */
  private givesReason(chunkId: string): boolean {
    let gives = this.reasons.get(chunkId);
    if (gives === undefined) {
      const i = this.numbers.get(chunkId);
      this.reasons.set(chunkId, (gives = i !== undefined && REASON_GIVERS.test(foldNordic(this.corpus.chunks[i]!.text))));
    }
    return gives;
  }

  /** A question's words typed without æ/ø/å, read as the documents' words they stand for (see restoreTypedLetters). */
  private withLetters(text: string, language: Language): string {
    const stopwords = STOPWORDS_OF[language];
    const { evidence } = this.settings.policy;
    return restoreTypedLetters(text, {
      isStopword: (w) => stopwords.has(w),
      typedFunctionWord: (w) => TYPED_FUNCTION_WORDS_OF[language].get(w),
      knows: (w) => this.knowsWord(w),
      writes: (w) => this.passageTerms.writes(w) || this.concepts.hasWord(w),
    }, { maxRestored: evidence.restoredLetters, minLength: evidence.restoredFrom });
  }

  /**
   * Whether the corpus knows a folded word (by stem, other spelling or the other language's word) or the concepts
   * find one in it: such a word is read as typed, not as one with æ/ø/å put back. Kept
   * per word, as each question's unknown-looking words are read twice and recur across questions.
   */
  private knowsWord(folded: string): boolean {
    let known = this.knownWords.get(folded);
    if (known === undefined) this.knownWords.set(folded, (known = this.passageTerms.knows(folded) || this.concepts.conceptsOf(folded).size > 0));
    return known;
  }

  /**
   * Whether the corpus or the concept lexicon holds a word as it is typed: a typo the concepts forgive
   * ("budsjetttet" for the economy concept) is no word of theirs, and may be a detail word mistyped.
   */
  private knowsAsTyped(folded: string): boolean {
    return this.passageTerms.knows(folded) || this.concepts.hasWord(folded);
  }

  async prepare(request: AskRequest, options: DecideOptions = {}): Promise<Prepared> {
    const started = performance.now();
    const decision = await this.decide(request, options);
    const { language, standalone } = decision;
    // Object.assign, not `{ ...parts, … }`: a spread copy is promoted though dead (see `topicOf`), and the
    // parts' optional fields must stay absent when unset.
    const finish = (parts: AnswerParts): AskResponse =>
      Object.assign({}, parts, {
        language,
        standaloneQuestion: standalone,
        timings: { retrieveMs: round(decision.retrieveMs), totalMs: round(performance.now() - started) },
      });
    if (decision.kind === 'refuse') {
      return { kind: 'final', response: finish({ answer: this.refusal(decision), abstained: true, support: 'none', citations: [], mode: 'extractive' }) };
    }

    const { passages, topic, support, comparison, uncovered, standalone: searched } = decision;
    const { policy } = this.settings;
    const extractive = composeExtractiveAnswer({
      language,
      topic,
      passages,
      support,
      comparison,
      uncovered,
      passageTerms: this.passageTerms,
      conceptsOf: (text) => this.statementConcepts(text),
      sectionOf: (chunk) => this.sectionOf(chunk),
      locateQuote: this.locateQuote,
      unitsOf: this.unitsOf,
      policy: policy.compose,
    });
    const forModel = passages.slice(0, policy.generative.maxPassages);
    return {
      kind: 'answer',
      language,
      standalone: searched,
      passages: forModel,
      // Fields written out for the same reason as in `topicOf`: a spread copy here was promoted on every ask.
      extractive: { answer: extractive.answer, citations: extractive.citations, abstained: false, support, mode: 'extractive' },
      generativeInput: {
        question: searched,
        language,
        passages: forModel.map((p, i) => ({ n: i + 1, region: p.chunk.region, document: p.chunk.title, section: p.chunk.section, text: p.chunk.text })),
      },
      finish,
    };
  }

  /**
   * A refusal for regions outside the corpus. When the asker named places, not regions, it names each place
   * with its region ("Odense hører under Region Syddanmark, og derfra …"): they may not know which region
   * their town belongs to. A region named as such, or reached through no place, is named as a region.
   */
  private unknownRegionRefusal(decision: Refusal, covered: string): string {
    const { language } = decision;
    const messages = messagesFor(language);
    const regions = decision.unknownRegions ?? [];
    const places = decision.unknownPlaces ?? [];
    const byRegion = regions.map((region) => ({ region, places: places.filter((p) => p.region === region).map((p) => p.place) }));
    if (byRegion.some((r) => r.places.length === 0)) return messages.unknownRegion(listRegions(regions, language), covered);
    const placed = byRegion.map((r) => messages.placeIn(listRegions(r.places, language), r.region));
    return messages.unknownPlaces(listRegions(placed, language), covered);
  }

  /** What a refusal says, in the asker's language. */
  private refusal(decision: Refusal): string {
    const messages = messagesFor(decision.language);
    const covered = this.covered(decision.language);
    switch (decision.reason) {
      case 'not-a-question':
        return messages.notAQuestion(covered);
      case 'unknown-region':
        return this.unknownRegionRefusal(decision, covered);
      case 'urgent':
        return messages.urgent(covered);
      case 'medical-advice':
        return messages.medicalAdvice(covered);
      case 'detail-not-held':
        if (decision.detail === 'procedure') return messages.procedureNotHeld(covered);
        return decision.detail === 'localDecision' ? messages.localDecisionNotHeld(covered) : messages.detailNotHeld(covered);
      case 'no-evidence':
        return messages.noAnswer(covered);
    }
  }

}

/** Whether a question names a region as such (corpus or not, or several collectively), not only places in one. */
function namesRegion({ named, unknown, places }: RegionMentions): boolean {
  return named.length > 0 || unknown.some((region) => !places.some((p) => p.region === region));
}

/** The answer language of the one country named, if one is ("Denmark" → da, by the gazetteers' countries). */
function languageOfCountries(countries: readonly string[]): Language | undefined {
  if (countries.length !== 1) return undefined;
  return (Object.keys(LANGUAGE_DATA) as Language[]).find((l) => LANGUAGE_DATA[l].places.country === countries[0]);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * The topic without the words that name only a part of every strategy (its vision, goals: STRATEGY_PARTS), when
 * another word of what is asked names a theme: "mål for å kutte klimautslippene" asks whether the region speaks
 * of the climate, and every strategy has goals. A theme only told beside ("… moonshot? … på digitalisering.")
 * leaves the goal asked about.
 */
function withoutStrategyParts(topic: ReadTopic): ReadTopic {
  const onlyParts = (w: QuestionWord) => w.concepts.size > 0 && [...w.concepts].every((c) => STRATEGY_PARTS.has(c));
  const themed = topic.words.some((w) => w.need && w.concepts.size > 0 && !onlyParts(w));
  return themed ? { ...topic, words: topic.words.filter((w) => !onlyParts(w)) } : topic;
}

/** Every language's words and phrases asking why (`question.whyPhrases`), for folded text. */
const WHY = phrasePattern(allLanguages((d) => d.question.whyPhrases));

/** Every language's words and phrases giving a reason (`question.reasonGivers`), for folded text. */
const REASON_GIVERS = phrasePattern(allLanguages((d) => d.question.reasonGivers));

/** Whether the asking sentences ask why ("hvorfor …", "hvordan kan det være, at …"). */
function asksWhy(need: string): boolean {
  return WHY.test(foldNordic(need));
}
