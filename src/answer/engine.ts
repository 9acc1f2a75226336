import type { AskOptions, DocumentText, Engine, LanguageRequest } from '../engine.js';
import type { AnswerPolicy } from '../policy.js';
import type { AskRequest, AskResponse, AskStreamEvent, DocumentsResponse, IndexInfo, Language, RetrievalMode, SearchHit } from '../shared/api.js';
import type { AnswerCorpus } from './corpus.js';
import { citedNumbers, isRefusal, type GenerativeAnswerer, type GenerativeOutcome } from './generative/index.js';
import { messagesFor } from './messages.js';
import { AnswerPipeline, type Answerable, type AnswerParts } from './pipeline.js';
import { generativeEvents, passageCitations, responseEvents } from './stream.js';

export interface AnswerEngineSettings {
  /** Passages an answer draws on (TOP_K). */
  topK: number;
  /** The retrieval mode used when a call names none (RETRIEVAL_MODE). */
  mode: RetrievalMode;
  policy: AnswerPolicy;
  /** Words answers with a language model when one is configured; otherwise answers are extractive. */
  generative?: GenerativeAnswerer;
}

/** Answers over a loaded corpus: the pipeline prepares, then the answer is worded extractively or by a model. */
export function createAnswerEngine(corpus: AnswerCorpus, settings: AnswerEngineSettings): Engine {
  return new AnswerEngine(corpus, settings);
}

class AnswerEngine implements Engine {
  private readonly pipeline: AnswerPipeline;

  constructor(
    private readonly corpus: AnswerCorpus,
    private readonly settings: AnswerEngineSettings,
  ) {
    this.pipeline = new AnswerPipeline(corpus, settings);
  }

  async ask(request: AskRequest, options: AskOptions = {}): Promise<AskResponse> {
    const { generative } = this.settings;
    // Only a model's calls can be cut short; the signal is not read without one (a server may make it on demand).
    const signal = generative ? options.signal : undefined;
    const prepared = await this.pipeline.prepare(request, { signal, mode: options.mode, validated: options.validated });
    if (prepared.kind === 'final') return prepared.response;
    if (!generative) return prepared.finish(prepared.extractive);
    const outcome = await generative.answer(prepared.generativeInput, signal);
    return prepared.finish(this.generativeResult(outcome, prepared));
  }

  async *askStream(request: AskRequest, options: AskOptions = {}): AsyncIterable<AskStreamEvent> {
    const prepared = await this.pipeline.prepare(request, options);
    const { generative } = this.settings;
    if (prepared.kind === 'final') return yield* responseEvents(prepared.response);
    if (!generative) return yield* responseEvents(prepared.finish(prepared.extractive));
    const tokens = generative.stream(prepared.generativeInput, options.signal);
    yield* generativeEvents(prepared, tokens, (outcome) => prepared.finish(this.generativeResult(outcome, prepared)));
  }

  /** Turns a model outcome into the answer to give: its text, a refusal if it refused, or the fallback. */
  private generativeResult(outcome: GenerativeOutcome, prepared: Answerable): AnswerParts {
    const promptVersion = outcome.promptVersion;
    if (!outcome.ok) return { ...prepared.extractive, fallbackReason: outcome.reason, promptVersion };
    if (isRefusal(outcome.text, prepared.language)) {
      return {
        answer: messagesFor(prepared.language).noAnswer(this.pipeline.covered(prepared.language)),
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

  languageOf(request: LanguageRequest): Language {
    return this.pipeline.askerLanguage(request);
  }

  async search(query: string, k: number, mode?: RetrievalMode): Promise<SearchHit[]> {
    const passages = await this.pipeline.search(query, k, mode ?? this.settings.mode);
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
    return this.corpus.documents;
  }

  document(id: string): DocumentText | undefined {
    const document = this.corpus.documents.documents.find((d) => d.id === id);
    const text = this.corpus.documentTexts.get(id);
    const sections = this.corpus.documentSections.get(id);
    return document && text !== undefined && sections ? { document, text, sections } : undefined;
  }

  info(): IndexInfo {
    return this.corpus.info;
  }
}
