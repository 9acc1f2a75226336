import { createAnswerEngine } from './answer/engine.js';
import type { AnswerCorpus } from './answer/corpus.js';
import { createGenerativeAnswerer } from './answer/generative/index.js';
import type { Config } from './config.js';
import { loadIndex, type LoadedIndex, type LoadStage } from './index/build.js';
import { provenance } from './ingest/manifest.js';
import type { Section } from './ingest/types.js';
import { DEFAULT_POLICY, type AnswerPolicy } from './policy.js';
import type {
  AskRequest,
  AskResponse,
  AskStreamEvent,
  DocumentsResponse,
  DocumentSummary,
  IndexInfo,
  Language,
  RetrievalMode,
  SearchHit,
} from './shared/api.js';
import { detectLanguage } from './text/language.js';

/** Per-call options; `mode` lets evaluators compare retrieval channels. */
export interface AskOptions {
  mode?: RetrievalMode;
  /** Fires when the asker goes away; read only when a model's calls could stop (so it may be a getter). */
  signal?: AbortSignal;
  /**
   * The request is `AskRequest`'s parse output already (the HTTP layer validated it, to answer a bad one
   * with 422): the engine does not parse it again. Otherwise the engine trims and checks it itself.
   */
  validated?: boolean;
}

/** A document as its page shows it: the text exactly as indexed, which every citation's offsets index. */
export interface DocumentText {
  document: DocumentSummary;
  text: string;
  /** In text order: heading path and content blocks (paragraphs, list items) as spans of `text`. */
  sections: Pick<Section, 'path' | 'label' | 'blocks'>[];
}

/**
 * Everything the server, the CLI and the eval runner need from strategisvar, behind one interface, so each
 * of them can be tested against a fake and none of them knows how retrieval or answering works.
 */
export interface Engine {
  ask(request: AskRequest, options?: AskOptions): Promise<AskResponse>;
  askStream(request: AskRequest, options?: AskOptions): AsyncIterable<AskStreamEvent>;
  search(query: string, k: number, mode?: RetrievalMode): Promise<SearchHit[]>;
  documents(): DocumentsResponse;
  /** One document's text and sections, for its page; undefined for an unknown id. */
  document(id: string): DocumentText | undefined;
  info(): IndexInfo;
  /**
   * The language `ask` would answer a request in, from the same evidence (the places it names, orders set
   * aside), for error messages about it. Optional: without it the server reads the words alone.
   */
  languageOf?(request: LanguageRequest): Language;
}

/** What a request's language is read from. */
export type LanguageRequest = Pick<AskRequest, 'question' | 'languageHint' | 'history'>;

/** The logging the engine does: pino's and console's shapes both fit. */
export interface EngineLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}


const silent: EngineLogger = { info() {}, warn() {} };

/** Steps of an engine's start, reported as each begins: the index's load, then setting up the answerer. */
export type StartStage = LoadStage | 'answerer';

export interface EngineOptions {
  /** Called as each step of the start begins (the scale bench times them). */
  onStartStage?: (stage: StartStage) => void;
}

/**
 * The composition root: builds the index if it is missing or stale, loads it, warms the embedding model,
 * sets up generative answers when a model is configured, and hands all of it to the answer engine, which
 * itself knows nothing of how the index is built or stored.
 */
export async function createEngine(
  config: Config,
  logger: EngineLogger = silent,
  policy: AnswerPolicy = DEFAULT_POLICY,
  { onStartStage }: EngineOptions = {},
): Promise<Engine> {
  const corpus = await loadAnswerCorpus(config, logger, onStartStage);
  onStartStage?.('answerer');
  const generative = createGenerativeAnswerer(config, { logger, detectLanguage });
  if (generative) logger.info({ model: config.LLM_MODEL, promptVersion: generative.promptVersion }, 'generative answers on');
  return createAnswerEngine(corpus, { topK: config.TOP_K, mode: config.RETRIEVAL_MODE, policy, generative });
}

/** Builds the index if it is missing or stale, loads it, warms the embedding model: what answering needs. */
export async function loadAnswerCorpus(config: Config, logger: EngineLogger = silent, onLoadStage?: (stage: LoadStage) => void): Promise<AnswerCorpus> {
  const started = performance.now();
  const index = await loadIndex(config, {
    onBuild: (reason) => logger.info({ reason }, 'index was missing or stale and has been rebuilt'),
    onLoadStage,
  });
  logger.info(
    { chunks: index.chunks.length, fingerprint: index.manifest.fingerprint, ms: Math.round(performance.now() - started) },
    'index loaded',
  );
  return answerCorpus(index);
}

/** What answering needs from a loaded index. */
function answerCorpus(index: LoadedIndex): AnswerCorpus {
  const { catalog, chunks, lexical, vectors, embeddings, analyzer, passages, concepts } = index;
  const { builtAt, fingerprint, documents, chunks: chunkCount, embeddingModel, dimensions } = index.manifest;
  return {
    chunks,
    documentTexts: { get: (id) => index.documents.text(id) },
    documentSections: { get: (id) => index.documents.sections(id) },
    regions: catalog,
    documents: {
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
    },
    info: { builtAt, fingerprint, documents, chunks: chunkCount, embeddingModel, dimensions },
    lexical,
    dense: {
      embedQuery: (q) => embeddings.embedQuery(q),
      searchByVector: (v, k) => vectors.searchByVector(v, k),
      similarities: (v, ids) => vectors.similarities(v, ids),
    },
    analysis: analyzer,
    passages,
    concepts,
  };
}
