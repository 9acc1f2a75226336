import { locateQuote } from '../ingest/passage.js';
import type { Chunk } from '../ingest/types.js';
import type { AnswerPolicy } from '../policy.js';
import { HybridRetriever, type RetrievedPassage } from '../retrieve/hybrid.js';
import { createRegionMatcher, type RegionMatcher } from '../retrieve/regions.js';
import {
  AskRequest as AskRequestSchema,
  type AskRequest,
  type AskResponse,
  type Language,
  type RetrievalMode,
} from '../shared/api.js';
import { decideLanguage } from '../text/language.js';
import type { AnswerCorpus } from './corpus.js';
import { PassageTerms } from './evidence.js';
import { composeExtractiveAnswer, type QuoteLocator } from './extractive.js';
import { condenseFollowUp } from './followup.js';
import type { GenerativeAnswerer, GenerativeInput } from './generative/index.js';
import { listRegions, messagesFor } from './messages.js';
import { isNotADocumentQuestion } from './requests.js';
import { bestPerRegion, regionsAskedAbout, relevantPassages } from './selection.js';

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

export interface PipelineSettings {
  /** Passages an answer draws on (TOP_K); retrieval goes `policy.retrieval.depth` times deeper. */
  topK: number;
  mode: RetrievalMode;
  policy: AnswerPolicy;
  /** Condenses follow-ups with a language model, when one is configured. */
  generative?: Pick<GenerativeAnswerer, 'condense'>;
}

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
  private readonly nextInSection = new Map<string, Chunk>();
  private readonly locateQuote: QuoteLocator;

  constructor(
    private readonly corpus: AnswerCorpus,
    private readonly settings: PipelineSettings,
  ) {
    const { chunks, lexical, dense, analysis, documentTexts } = corpus;
    const { policy } = settings;
    this.retriever = new HybridRetriever(chunks, lexical, dense, policy.retrieval);
    this.regions = createRegionMatcher(corpus.regions);
    this.regionNames = corpus.regions.regions.map((r) => r.name);
    this.passageTerms = new PassageTerms(corpus.passages ?? chunks, analysis, policy.evidence);
    this.locateQuote = (chunk, quote) => {
      const text = documentTexts.get(chunk.documentId);
      return text === undefined ? undefined : locateQuote(text, chunk.start, chunk.end, quote);
    };
    chunks.forEach((c, i) => {
      const next = chunks[i + 1];
      if (next && next.documentId === c.documentId && next.section === c.section) this.nextInSection.set(c.id, next);
    });
  }

  /** The regions the corpus covers, listed in `language`. */
  covered(language: Language): string {
    return listRegions(this.regionNames, language);
  }

  /** Retrieval for the search endpoint: the same fusion, the named regions first. */
  search(query: string, k: number, mode: RetrievalMode): Promise<RetrievedPassage[]> {
    return this.retriever.retrieve(query, { k, mode, preferRegions: regionsAskedAbout(this.regions.mentions(query)) });
  }

  async prepare(request: AskRequest, signal?: AbortSignal, modeOverride?: RetrievalMode): Promise<Prepared> {
    const started = performance.now();
    const { policy } = this.settings;
    const mode = modeOverride ?? this.settings.mode;
    const { question, history, language: asked, languageHint } = AskRequestSchema.parse(request);
    const language = asked ?? decideLanguage({ question, hint: languageHint, history }, policy.language).language;
    const messages = messagesFor(language);
    const covered = this.covered(language);
    let retrieveMs = 0;
    let standalone: string | undefined;
    const finish = (parts: AnswerParts): AskResponse => ({
      ...parts,
      language,
      standaloneQuestion: standalone,
      timings: { retrieveMs: round(retrieveMs), totalMs: round(performance.now() - started) },
    });
    const refuse = (answer: string): Prepared => ({
      kind: 'final',
      response: finish({ answer, abstained: true, support: 'none', citations: [], mode: 'extractive' }),
    });

    if (isNotADocumentQuestion(question)) return refuse(messages.notAQuestion(covered));

    const generative = this.settings.generative;
    const condensed = generative && history?.length ? await generative.condense(question, history, language, signal) : undefined;
    // A model that hands the follow-up back unchanged has not resolved it; the heuristic may still.
    standalone =
      condensed && condensed !== question
        ? condensed
        : condenseFollowUp(question, history, { regions: this.regions, contentTerms: (t) => this.corpus.analysis.contentTerms(t) });
    const mentions = this.regions.mentions(standalone);
    if (mentions.unknown.length && !mentions.known.length && !mentions.compared.length) {
      return refuse(messages.unknownRegion(listRegions(mentions.unknown, language), covered));
    }

    const retrieveStarted = performance.now();
    const depth = this.settings.topK * policy.retrieval.depth;
    // A comparison reads every fused candidate and keeps each compared region's best, so a region whose
    // passages rank below the others' still gets its say.
    const retrieved = mentions.acrossRegions
      ? bestPerRegion(await this.retriever.retrieve(standalone, { k: policy.retrieval.candidates * 2, mode }), mentions.compared, depth)
      : await this.retriever.retrieve(standalone, { k: depth, mode, preferRegions: regionsAskedAbout(mentions) });
    retrieveMs = performance.now() - retrieveStarted;

    // A place the documents mention stays in the topic ("Universitetet i Tromsø"); one they don't only
    // says where the asker is, and would make every passage look off-topic.
    const topic = this.passageTerms.topicOf(this.regions.strip(standalone, { keep: (name) => this.passageTerms.knows(name) }));
    const passages = relevantPassages({
      passages: retrieved,
      topic,
      mentions,
      mode,
      passageTerms: this.passageTerms,
      policy: policy.relevance,
    });
    if (!passages.length) return refuse(messages.noAnswer(covered));

    const extractive = composeExtractiveAnswer({
      language,
      topic,
      passages,
      passageTerms: this.passageTerms,
      nextInSection: (chunk) => this.nextInSection.get(chunk.id),
      locateQuote: this.locateQuote,
      policy: policy.compose,
    });
    const forModel = passages.slice(0, policy.generative.maxPassages);
    return {
      kind: 'answer',
      language,
      standalone,
      passages: forModel,
      extractive: { ...extractive, abstained: false, support: 'direct', mode: 'extractive' },
      generativeInput: {
        question: standalone,
        language,
        passages: forModel.map((p, i) => ({ n: i + 1, region: p.chunk.region, document: p.chunk.title, section: p.chunk.section, text: p.chunk.text })),
      },
      finish,
    };
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
