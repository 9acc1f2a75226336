import type { Config } from '../config.js';
import { provenance } from '../ingest/manifest.js';
import { locateQuote } from '../ingest/passage.js';
import type { Chunk } from '../ingest/types.js';
import type { AskOptions, Engine, EngineLogger } from '../engine.js';
import { loadIndex, type LoadedIndex } from '../index/build.js';
import { HybridRetriever, type RetrievedPassage } from '../retrieve/hybrid.js';
import { createRegionMatcher, type RegionMatcher, type RegionMentions } from '../retrieve/regions.js';
import {
  AskRequest as AskRequestSchema,
  type AskRequest,
  type AskResponse,
  type AskStreamEvent,
  type Citation,
  type DocumentsResponse,
  type IndexInfo,
  type Language,
  type RetrievalMode,
  type SearchHit,
} from '../shared/api.js';
import { detectLanguage } from '../text/language.js';
import { PassageTerms, type QuestionTopic } from './evidence.js';
import { citationFor, composeExtractiveAnswer, type QuoteLocator } from './extractive.js';
import { condenseFollowUp } from './followup.js';
import {
  citedNumbers,
  createGenerativeAnswerer,
  isRefusal,
  type GenerativeAnswerer,
  type GenerativeInput,
  type GenerativeOutcome,
} from './generative/index.js';
import { listRegions, MESSAGES } from './messages.js';
import { isNotADocumentQuestion } from './requests.js';

/**
 * Weighted share of a question's topic a passage must contain to count as answering it. Half lets a common
 * word go unmatched (a synonym the passage doesn't use), while a rare unmatched word makes it abstain.
 */
const MIN_COVERAGE = 0.5;
/**
 * The same when the question names a corpus region: it is then about that region's strategy, and citizens'
 * own wording ("Kan jeg blive behandlet hjemme …") shares fewer words with the documents.
 */
const MIN_COVERAGE_IN_NAMED_REGION = 0.25;
/** How far below the best-covered passage another may fall and still be quoted. */
const COVERAGE_SLACK = 0.3;
/**
 * Below this coverage a passage also needs the dense channel's support (a place in its top ranks): half a
 * question's words can match by accident ("været i Tromsø" vs "Universitetet i Tromsø"), its meaning rarely.
 */
const STRONG_COVERAGE = 0.6;
const DENSE_SUPPORT_RANK = 5;

/** Passages a language model gets: enough to cover a comparison across regions, few enough to stay focused. */
const MAX_MODEL_PASSAGES = 5;

const silent: EngineLogger = { info() {}, warn() {} };

/** The parts of a response that depend on how it was worded; `finish` adds language and timings. */
type AnswerParts = Pick<AskResponse, 'answer' | 'abstained' | 'support' | 'citations' | 'mode' | 'fallbackReason' | 'promptVersion'>;

interface Answerable {
  kind: 'answer';
  language: Language;
  standalone: string;
  passages: RetrievedPassage[];
  extractive: AnswerParts;
  generativeInput: GenerativeInput;
  finish(parts: AnswerParts): AskResponse;
}

type Prepared = { kind: 'final'; response: AskResponse } | Answerable;

/** Builds (if needed) and loads the index, then answers over it. */
export async function createEngine(config: Config, logger: EngineLogger = silent): Promise<Engine> {
  const started = performance.now();
  const index = await loadIndex(config, {
    onBuild: (reason) => logger.info({ reason }, 'index was missing or stale and has been rebuilt'),
  });
  logger.info(
    { chunks: index.chunks.length, fingerprint: index.manifest.fingerprint, ms: Math.round(performance.now() - started) },
    'index loaded',
  );
  // The ONNX session starts on first use; starting it now spares the first asker that wait.
  await index.embeddings.embedQuery('strategi');
  const generative = createGenerativeAnswerer(config, { logger, detectLanguage });
  if (generative) logger.info({ model: config.LLM_MODEL, promptVersion: generative.promptVersion }, 'generative answers on');
  return new StrategisvarEngine(index, config, generative);
}

class StrategisvarEngine implements Engine {
  private readonly retriever: HybridRetriever;
  private readonly regions: RegionMatcher;
  private readonly passageTerms: PassageTerms;
  private readonly covered: string;
  private readonly nextInSection: Map<string, Chunk>;
  private readonly contentTerms: (text: string) => string[];
  private readonly locateQuote: QuoteLocator;

  constructor(
    private readonly index: LoadedIndex,
    private readonly config: Config,
    private readonly generative?: GenerativeAnswerer,
  ) {
    const { chunks, lexical, vectors, embeddings, analyzer } = index;
    this.retriever = new HybridRetriever(chunks, lexical, {
      embedQuery: (q) => embeddings.embedQuery(q),
      searchByVector: (v, k) => vectors.searchByVector(v, k),
    });
    this.regions = createRegionMatcher(index.catalog);
    this.contentTerms = (text) => analyzer.contentTerms(text);
    this.passageTerms = new PassageTerms(chunks, { terms: (t) => analyzer.terms(t), wordTerms: (t) => analyzer.wordTerms(t) });
    this.covered = listRegions(index.catalog.regions.map((r) => r.name));
    const texts = new Map(index.documents.map((d) => [d.id, d.text]));
    this.locateQuote = (chunk, quote) => {
      const text = texts.get(chunk.documentId);
      return text === undefined ? undefined : locateQuote(text, chunk.start, chunk.end, quote);
    };
    this.nextInSection = new Map();
    chunks.forEach((c, i) => {
      const next = chunks[i + 1];
      if (next && next.documentId === c.documentId && next.section === c.section) this.nextInSection.set(c.id, next);
    });
  }

  async ask(request: AskRequest, options: AskOptions = {}): Promise<AskResponse> {
    const prepared = await this.prepare(request, options);
    if (prepared.kind === 'final') return prepared.response;
    const { extractive, generativeInput, finish } = prepared;
    if (!this.generative) return finish(extractive);

    const outcome = await this.generative.answer(generativeInput, options.signal);
    return finish(this.generativeResult(outcome, prepared));
  }

  async *askStream(request: AskRequest, options: AskOptions = {}): AsyncIterable<AskStreamEvent> {
    const prepared = await this.prepare(request, options);
    if (prepared.kind === 'final' || !this.generative) {
      const response = prepared.kind === 'final' ? prepared.response : prepared.finish(prepared.extractive);
      yield { event: 'meta', data: metaOf(response) };
      for (const piece of streamPieces(response.answer)) yield { event: 'delta', data: { text: piece } };
      yield { event: 'done', data: { timings: response.timings, mode: response.mode } };
      return;
    }

    const { generativeInput, finish } = prepared;
    const tokens = this.generative.stream(generativeInput, options.signal);
    // Pull the first piece before announcing anything: a full queue must surface as an error (503), not as a
    // stream that starts and then breaks off.
    let step = await tokens.next();
    const given = passageCitations(prepared.passages);
    yield {
      event: 'meta',
      data: {
        language: prepared.language,
        abstained: false,
        support: prepared.extractive.support,
        citations: given,
        mode: 'generative',
        standaloneQuestion: prepared.standalone,
      },
    };
    while (!step.done) {
      yield { event: 'delta', data: { text: step.value } };
      step = await tokens.next();
    }
    const response = finish(this.generativeResult(step.value, prepared));
    const replaced = response.mode !== 'generative' || response.abstained;
    yield {
      event: 'done',
      data: {
        timings: response.timings,
        mode: response.mode,
        fallbackReason: response.fallbackReason,
        promptVersion: response.promptVersion,
        // The citations the answer actually uses (meta listed every passage the model was given).
        citations: response.citations,
        ...(replaced ? { answer: response.answer, abstained: response.abstained, support: response.support } : {}),
      },
    };
  }

  /** Turns a model outcome into the answer to give: its text, an abstention if it refused, or the fallback. */
  private generativeResult(outcome: GenerativeOutcome, prepared: Answerable): AnswerParts {
    const promptVersion = outcome.promptVersion;
    if (!outcome.ok) return { ...prepared.extractive, fallbackReason: outcome.reason, promptVersion };
    if (isRefusal(outcome.text, prepared.language)) {
      return {
        answer: MESSAGES[prepared.language].noAnswer(this.covered),
        abstained: true,
        support: 'none',
        citations: [],
        mode: 'generative',
        promptVersion,
      };
    }
    const cited = new Set(citedNumbers(outcome.text));
    return {
      answer: outcome.text,
      abstained: false,
      support: prepared.extractive.support,
      citations: passageCitations(prepared.passages).filter((c) => cited.has(c.id)),
      mode: 'generative',
      promptVersion,
    };
  }

  /**
   * Everything before the answer's wording: language, follow-up condensing, region checks, retrieval and the
   * evidence check. Ends either in a final response (an abstention) or in the passages to answer from.
   */
  private async prepare(request: AskRequest, options: AskOptions): Promise<Prepared> {
    const started = performance.now();
    const { question, history, language: asked, languageHint } = AskRequestSchema.parse(request);
    const language = asked ?? detectLanguage(question, lastUserLanguage(history) ?? languageHint);
    const messages = MESSAGES[language];
    let retrieveMs = 0;
    let standalone: string | undefined;
    const finish = (parts: AnswerParts): AskResponse => ({
      ...parts,
      language,
      standaloneQuestion: standalone,
      timings: { retrieveMs: round(retrieveMs), totalMs: round(performance.now() - started) },
    });
    const abstain = (answer: string): Prepared => ({
      kind: 'final',
      response: finish({ answer, abstained: true, support: 'none', citations: [], mode: 'extractive' }),
    });

    if (isNotADocumentQuestion(question)) return abstain(messages.notAQuestion(this.covered));

    const condensed = this.generative && history?.length ? await this.generative.condense(question, history, language, options.signal) : undefined;
    // A model that hands the follow-up back unchanged has not resolved it; the heuristic may still.
    standalone =
      condensed && condensed !== question
        ? condensed
        : condenseFollowUp(question, history, { regions: this.regions, contentTerms: this.contentTerms });
    const mentions = this.regions.mentions(standalone);
    if (mentions.unknown.length && !mentions.known.length) {
      return abstain(messages.unknownRegion(listRegions(mentions.unknown), this.covered));
    }

    const retrieveStarted = performance.now();
    const retrieved = await this.retriever.retrieve(standalone, {
      // Twice the usual depth: the evidence check below discards passages, and comparisons need every region.
      k: this.config.TOP_K * 2,
      mode: options.mode ?? this.config.RETRIEVAL_MODE,
      preferRegions: mentions.known,
    });
    retrieveMs = performance.now() - retrieveStarted;

    const topic = this.passageTerms.topicOf(this.regions.strip(standalone));
    const passages = this.relevantPassages(retrieved, topic, mentions, options.mode ?? this.config.RETRIEVAL_MODE);
    if (!passages.length) return abstain(messages.noAnswer(this.covered));

    const extractive = composeExtractiveAnswer({
      language,
      topic,
      passages,
      passageTerms: this.passageTerms,
      nextInSection: (chunk) => this.nextInSection.get(chunk.id),
      locateQuote: this.locateQuote,
    });
    const forModel = passages.slice(0, MAX_MODEL_PASSAGES);
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

  /**
   * The passages that actually answer, best covered first: they must contain enough of the question's topic
   * (weighted by rarity; exact, stemmed, compound or typo matches) and come from the regions the question
   * names. A question with no topic beyond a region name ("Hvad vil Helse Nord?") gets that region's best.
   */
  private relevantPassages(
    passages: RetrievedPassage[],
    topic: QuestionTopic,
    mentions: RegionMentions,
    mode: RetrievalMode,
  ): RetrievedPassage[] {
    const inNamedRegions = mentions.known.length ? passages.filter((p) => mentions.known.includes(p.chunk.region)) : passages;
    if (topic.words.length === 0) return mentions.known.length ? inNamedRegions.slice(0, 3) : [];

    const named = mentions.known.length > 0;
    const comparison = mentions.acrossRegions || mentions.known.length > 1;
    const scored = inNamedRegions.map((p) => ({ p, coverage: this.passageTerms.coverage(p.chunk.id, topic) }));
    // In a comparison each region is measured against its own best passage, so a region that covers the
    // topic less fully than another still gets its say.
    const bestOf = new Map<string, number>();
    for (const { p, coverage } of scored) {
      const key = comparison ? p.chunk.region : '';
      bestOf.set(key, Math.max(bestOf.get(key) ?? 0, coverage));
    }
    const supported = (s: { p: RetrievedPassage; coverage: number }) =>
      named || s.coverage >= STRONG_COVERAGE || mode === 'lexical' || (s.p.dense?.rank ?? Infinity) < DENSE_SUPPORT_RANK;
    const answering = scored
      .filter((s) => s.coverage >= (named ? MIN_COVERAGE_IN_NAMED_REGION : MIN_COVERAGE))
      .filter((s) => s.coverage >= bestOf.get(comparison ? s.p.chunk.region : '')! - COVERAGE_SLACK)
      .filter(supported)
      .sort((a, b) => b.coverage - a.coverage || b.p.score - a.p.score)
      .map((s) => s.p);
    const spansRegions = comparison || (!named && new Set(answering.map((p) => p.chunk.region)).size > 1);
    return spansRegions ? roundRobinByRegion(answering) : answering;
  }

  async search(query: string, k: number, mode?: RetrievalMode): Promise<SearchHit[]> {
    const passages = await this.retriever.retrieve(query, {
      k,
      mode: mode ?? this.config.RETRIEVAL_MODE,
      preferRegions: this.regions.mentions(query).known,
    });
    return passages.map(({ chunk, score }) => ({
      chunkId: chunk.id,
      region: chunk.region,
      document: chunk.title,
      documentId: chunk.documentId,
      section: chunk.section,
      text: chunk.text,
      start: chunk.start,
      end: chunk.end,
      score: Number(score.toFixed(4)),
    }));
  }

  documents(): DocumentsResponse {
    const { catalog } = this.index;
    return {
      regions: catalog.regions.map((r) => r.name),
      documents: catalog.documents.map((d) => ({
        id: d.id,
        region: d.region,
        country: d.country,
        language: d.language,
        title: d.title,
        ...provenance(d),
        sections: d.sections,
      })),
    };
  }

  info(): IndexInfo {
    const { builtAt, fingerprint, documents, chunks, embeddingModel, dimensions } = this.index.manifest;
    return { builtAt, fingerprint, documents, chunks, embeddingModel, dimensions };
  }
}

/** Whole passages as citations, numbered as the model saw them. */
function passageCitations(passages: RetrievedPassage[]): Citation[] {
  return passages.map((p, i) => citationFor(p, i + 1, p.chunk.text));
}

function metaOf(response: AskResponse): Extract<AskStreamEvent, { event: 'meta' }>['data'] {
  const { language, abstained, support, citations, mode, standaloneQuestion } = response;
  return { language, abstained, support, citations, mode, standaloneQuestion };
}

/** Interleaves passages so that each region's best passage comes before any region's second. */
function roundRobinByRegion(passages: RetrievedPassage[]): RetrievedPassage[] {
  const byRegion = new Map<string, RetrievedPassage[]>();
  for (const p of passages) byRegion.set(p.chunk.region, [...(byRegion.get(p.chunk.region) ?? []), p]);
  const queues = [...byRegion.values()];
  const out: RetrievedPassage[] = [];
  for (let i = 0; out.length < passages.length; i++) for (const q of queues) if (q[i]) out.push(q[i]);
  return out;
}

/** Splits an answer into word-sized pieces for streaming; joined, they are the answer exactly. */
function streamPieces(answer: string): string[] {
  return answer.match(/\S+\s*|\s+/g) ?? [];
}

function lastUserLanguage(history: AskRequest['history']): Language | undefined {
  const last = [...(history ?? [])].reverse().find((t) => t.role === 'user');
  return last ? detectLanguage(last.content) : undefined;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
