import type { Config } from '../config.js';
import type { AskOptions, Engine, EngineLogger } from '../engine.js';
import { loadIndex, type LoadedIndex } from '../index/build.js';
import { HybridRetriever, type RetrievedPassage } from '../retrieve/hybrid.js';
import { createRegionMatcher, type RegionMatcher, type RegionMentions } from '../retrieve/regions.js';
import {
  AskRequest as AskRequestSchema,
  type AskRequest,
  type AskResponse,
  type AskStreamEvent,
  type DocumentsResponse,
  type IndexInfo,
  type Language,
  type RetrievalMode,
  type SearchHit,
} from '../shared/api.js';
import { detectLanguage } from '../text/language.js';
import { PassageTerms, topicOf, type QuestionTopic } from './evidence.js';
import { composeExtractiveAnswer } from './extractive.js';
import { condenseFollowUp } from './followup.js';
import { listRegions, MESSAGES } from './messages.js';
import { isNotADocumentQuestion } from './requests.js';

/**
 * Share of a question's topic words a passage must contain to count as answering it. Half lets one of two
 * words be a typo or a synonym the passage doesn't use, while a single unmatched word still abstains.
 */
const MIN_COVERAGE = 0.5;

const silent: EngineLogger = { info() {}, warn() {} };

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
  return new StrategisvarEngine(index, config);
}

class StrategisvarEngine implements Engine {
  private readonly retriever: HybridRetriever;
  private readonly regions: RegionMatcher;
  private readonly passageTerms: PassageTerms;
  private readonly covered: string;
  private readonly termsOf: (text: string) => string[];

  constructor(
    private readonly index: LoadedIndex,
    private readonly config: Config,
  ) {
    const { chunks, lexical, vectors, embeddings, analyzer } = index;
    this.retriever = new HybridRetriever(chunks, lexical, {
      embedQuery: (q) => embeddings.embedQuery(q),
      searchByVector: (v, k) => vectors.searchByVector(v, k),
    });
    this.regions = createRegionMatcher(index.catalog);
    this.termsOf = (text) => analyzer.terms(text);
    this.passageTerms = new PassageTerms(chunks, this.termsOf);
    this.covered = listRegions(index.catalog.regions.map((r) => r.name));
  }

  async ask(request: AskRequest, options: AskOptions = {}): Promise<AskResponse> {
    const started = performance.now();
    const { question, history, language: asked } = AskRequestSchema.parse(request);
    const language = asked ?? detectLanguage(question, lastUserLanguage(history));
    const messages = MESSAGES[language];
    const result = (partial: Omit<AskResponse, 'language' | 'timings' | 'mode'>, retrieveMs = 0): AskResponse => ({
      ...partial,
      language,
      mode: 'extractive',
      timings: { retrieveMs: round(retrieveMs), totalMs: round(performance.now() - started) },
    });
    const abstain = (answer: string, standaloneQuestion?: string, retrieveMs = 0) =>
      result({ answer, abstained: true, citations: [], standaloneQuestion }, retrieveMs);

    if (isNotADocumentQuestion(question)) return abstain(messages.notAQuestion(this.covered));

    const standalone = condenseFollowUp(question, history, {
      regions: this.regions,
      contentTerms: this.termsOf,
    });
    const mentions = this.regions.mentions(standalone);
    if (mentions.unknown.length && !mentions.known.length) {
      return abstain(messages.unknownRegion(listRegions(mentions.unknown), this.covered), standalone);
    }

    const retrieveStarted = performance.now();
    const passages = await this.retriever.retrieve(standalone, {
      k: this.config.TOP_K,
      mode: options.mode ?? this.config.RETRIEVAL_MODE,
      preferRegions: mentions.known,
    });
    const retrieveMs = performance.now() - retrieveStarted;

    const topic = topicOf(this.regions.strip(standalone), this.termsOf);
    const relevant = this.relevantPassages(passages, topic, mentions);
    if (!relevant.length) return abstain(messages.noAnswer(this.covered), standalone, retrieveMs);

    const { answer, citations } = composeExtractiveAnswer({
      language,
      topic,
      passages: relevant,
      passageTerms: this.passageTerms,
    });
    return result({ answer, abstained: false, citations, standaloneQuestion: standalone }, retrieveMs);
  }

  /**
   * The passages that actually answer: enough of the question's topic words must appear in them (exactly,
   * stemmed, or with a typo-tolerant shared stem), restricted to the regions the question names. A question
   * with no topic words beyond a region name ("Hvad vil Helse Nord?") gets that region's best passages.
   */
  private relevantPassages(passages: RetrievedPassage[], topic: QuestionTopic, mentions: RegionMentions): RetrievedPassage[] {
    const inNamedRegions = mentions.known.length ? passages.filter((p) => mentions.known.includes(p.chunk.region)) : passages;
    if (topic.words.length === 0) return mentions.known.length ? inNamedRegions.slice(0, 3) : [];

    const answering = inNamedRegions.filter(
      (p) => this.passageTerms.covered(p.chunk.id, topic).length / topic.words.length >= MIN_COVERAGE,
    );
    const spansRegions = mentions.acrossRegions || (mentions.known.length !== 1 && new Set(answering.map((p) => p.chunk.region)).size > 1);
    return spansRegions ? roundRobinByRegion(answering) : answering;
  }

  async *askStream(request: AskRequest, options: AskOptions = {}): AsyncIterable<AskStreamEvent> {
    const response = await this.ask(request, options);
    yield {
      event: 'meta',
      data: {
        language: response.language,
        abstained: response.abstained,
        citations: response.citations,
        mode: response.mode,
        standaloneQuestion: response.standaloneQuestion,
      },
    };
    for (const piece of streamPieces(response.answer)) yield { event: 'delta', data: { text: piece } };
    yield { event: 'done', data: { timings: response.timings, mode: response.mode, fallbackReason: response.fallbackReason } };
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
        sections: d.sections,
      })),
    };
  }

  info(): IndexInfo {
    const { builtAt, fingerprint, documents, chunks, embeddingModel, dimensions } = this.index.manifest;
    return { builtAt, fingerprint, documents, chunks, embeddingModel, dimensions };
  }
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
