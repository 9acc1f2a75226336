import { createHash } from 'node:crypto';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Config } from '../../config.js';
import { MAX_QUESTION_CHARS, type Language, type Turn } from '../../shared/api.js';
import { detectLanguage as defaultDetectLanguage } from '../../text/language.js';
import { TtlLruCache } from './cache.js';
import { checkAnswer, injectionEcho, REFUSAL } from './check.js';
import { Limiter, OverloadedError } from './limiter.js';
import { createChatModel, describeModelError } from './llm.js';
import { loadPrompts, renderAnswerPrompt, renderCondensePrompt, type RenderedPrompt } from './prompts.js';
import type { DetectLanguage, FailureReason, GenerativeInput, GenerativeOutcome } from './types.js';

/**
 * Answers from retrieved passages with a language model, and only hands back text that passed the checks
 * in check.ts; anything else comes back as a reason, and the engine keeps its extractive answer.
 *
 * Apart from a successful outcome, the methods only ever throw OverloadedError (too many calls in flight
 * and queued) or the caller's own abort reason; a failing model is an outcome, never an exception.
 */
export interface GenerativeAnswerer {
  answer(input: GenerativeInput, signal?: AbortSignal): Promise<GenerativeOutcome>;
  /** Yields the model's text as it arrives, then returns the outcome of checking all of it. */
  stream(input: GenerativeInput, signal?: AbortSignal): AsyncGenerator<string, GenerativeOutcome>;
  /** Rewrites a follow-up as a standalone question; undefined when the model fails or says something odd. */
  condense(question: string, history: Turn[], language: Language, signal?: AbortSignal): Promise<string | undefined>;
  readonly promptVersion: string;
}

export interface GenerativeDeps {
  logger?: { warn(obj: object, msg?: string): void };
  detectLanguage?: DetectLanguage;
}

const CACHE_ENTRIES = 200;
const CACHE_TTL_MS = 5 * 60_000;

/** Undefined unless both LLM_BASE_URL and LLM_MODEL are set: no model configured, no generative answers. */
export function createGenerativeAnswerer(config: Config, deps: GenerativeDeps = {}): GenerativeAnswerer | undefined {
  const { LLM_BASE_URL, LLM_MODEL } = config;
  if (!LLM_BASE_URL || !LLM_MODEL) return undefined;
  return new ModelAnswerer(createChatModel({ ...config, LLM_BASE_URL, LLM_MODEL }), config, deps);
}

class ModelAnswerer implements GenerativeAnswerer {
  readonly promptVersion: string;
  readonly #prompts = loadPrompts();
  readonly #limiter: Limiter;
  readonly #cache = new TtlLruCache<string>(CACHE_ENTRIES, CACHE_TTL_MS);
  readonly #detectLanguage: DetectLanguage;

  constructor(
    private readonly model: BaseChatModel,
    private readonly config: Config,
    private readonly deps: GenerativeDeps,
  ) {
    this.promptVersion = this.#prompts.version;
    this.#limiter = new Limiter(config.LLM_MAX_CONCURRENCY, config.LLM_QUEUE_SIZE);
    this.#detectLanguage = deps.detectLanguage ?? defaultDetectLanguage;
  }

  async answer(input: GenerativeInput, signal?: AbortSignal): Promise<GenerativeOutcome> {
    const key = cacheKey(input);
    const cached = this.#cache.get(key);
    if (cached !== undefined) return { ok: true, text: cached, promptVersion: this.promptVersion };

    const prompt = renderAnswerPrompt(this.#prompts, input, REFUSAL[input.language]);
    const call = await this.#begin(signal);
    if ('reason' in call) return this.#fail(call.reason, call.detail);
    try {
      const reply = await this.model.invoke(messages(prompt), { signal: call.signal });
      if (reply.response_metadata?.finish_reason === 'length') {
        return this.#fail('error', 'the reply was cut off at LLM_MAX_TOKENS');
      }
      return this.#checked(reply.text, input, prompt, key);
    } catch (error) {
      return this.#callFailed(error, call.timedOut(), signal);
    } finally {
      call.end();
    }
  }

  async *stream(input: GenerativeInput, signal?: AbortSignal): AsyncGenerator<string, GenerativeOutcome> {
    const key = cacheKey(input);
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      yield cached;
      return { ok: true, text: cached, promptVersion: this.promptVersion };
    }

    const prompt = renderAnswerPrompt(this.#prompts, input, REFUSAL[input.language]);
    const call = await this.#begin(signal);
    if ('reason' in call) return this.#fail(call.reason, call.detail);
    let text = '';
    let finishReason: unknown;
    try {
      let chunks: AsyncIterator<MessageChunk>;
      try {
        chunks = (await this.model.stream(messages(prompt), { signal: call.signal }))[Symbol.asyncIterator]();
      } catch (error) {
        return this.#callFailed(error, call.timedOut(), signal);
      }
      for (;;) {
        let step: IteratorResult<MessageChunk>;
        try {
          step = await chunks.next();
        } catch (error) {
          if (text && !call.timedOut() && !signal?.aborted) {
            return this.#fail('stream-interrupted', describeModelError(error, this.config.LLM_API_KEY).detail);
          }
          return this.#callFailed(error, call.timedOut(), signal);
        }
        if (step.done) break;
        finishReason = step.value.response_metadata?.finish_reason ?? finishReason;
        if (step.value.text) {
          text += step.value.text;
          yield step.value.text;
        }
      }
    } finally {
      call.end();
    }
    // LangChain ends an aborted stream quietly, so a deadline or an abort shows only here.
    if (signal?.aborted) throw signal.reason;
    if (call.timedOut()) return this.#fail('timeout', `no complete answer within ${this.config.LLM_TIMEOUT_MS} ms`);
    if (finishReason === undefined) return this.#fail('stream-interrupted', 'the stream ended without a finish reason');
    if (finishReason === 'length') return this.#fail('error', 'the reply was cut off at LLM_MAX_TOKENS');
    return this.#checked(text, input, prompt, key);
  }

  async condense(question: string, history: Turn[], language: Language, signal?: AbortSignal): Promise<string | undefined> {
    if (history.length === 0) return question;
    const prompt = renderCondensePrompt(this.#prompts, question, history, language);
    const call = await this.#begin(signal);
    if ('reason' in call) {
      this.#fail(call.reason, call.detail, 'condense');
      return undefined;
    }
    let reply: string;
    try {
      reply = (await this.model.invoke(messages(prompt), { signal: call.signal })).text;
    } catch (error) {
      this.#callFailed(error, call.timedOut(), signal, 'condense');
      return undefined;
    } finally {
      call.end();
    }

    const standalone = firstLine(reply);
    const said = [question, ...history.filter((t) => t.role === 'user').map((t) => t.content)].join('\n');
    const problem = !standalone
      ? 'empty'
      : standalone.length > MAX_QUESTION_CHARS
        ? 'too long'
        : injectionEcho(standalone, { passages: [], question: said, systemPrompt: prompt.system, language }) ??
          (this.#detectLanguage(standalone, language) !== language ? 'wrong language' : undefined);
    if (problem) {
      this.deps.logger?.warn({ task: 'condense', detail: problem, promptVersion: this.promptVersion }, 'condensed question not used');
      return undefined;
    }
    return standalone;
  }

  /**
   * Takes a slot and starts the clock. LLM_TIMEOUT_MS covers waiting in the queue as well as the call:
   * it bounds what the generative path can add to the asker's wait. Ending the call also cancels the
   * request, for a stream whose consumer stopped reading.
   */
  async #begin(signal?: AbortSignal): Promise<ModelCall | { reason: 'timeout'; detail: string }> {
    const deadline = new AbortController();
    const ended = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error('LLM_TIMEOUT_MS passed')), this.config.LLM_TIMEOUT_MS);
    const combined = AbortSignal.any([deadline.signal, ended.signal, ...(signal ? [signal] : [])]);
    try {
      const release = await this.#limiter.acquire(combined);
      return {
        signal: combined,
        timedOut: () => deadline.signal.aborted,
        end: () => {
          clearTimeout(timer);
          ended.abort();
          release();
        },
      };
    } catch (error) {
      clearTimeout(timer);
      if (error instanceof OverloadedError || !deadline.signal.aborted) throw error;
      return { reason: 'timeout', detail: `still queued after ${this.config.LLM_TIMEOUT_MS} ms` };
    }
  }

  #checked(text: string, input: GenerativeInput, prompt: RenderedPrompt, key: string): GenerativeOutcome {
    const trimmed = text.trim();
    const result = checkAnswer(trimmed, {
      language: input.language,
      passages: input.passages.map((p) => p.text),
      question: input.question,
      systemPrompt: prompt.system,
      detectLanguage: this.#detectLanguage,
    });
    if (!result.ok) return this.#fail(result.reason, result.detail);
    this.#cache.set(key, trimmed);
    return { ok: true, text: trimmed, promptVersion: this.promptVersion };
  }

  #callFailed(error: unknown, timedOut: boolean, signal: AbortSignal | undefined, task = 'answer'): GenerativeOutcome {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) return this.#fail('timeout', `no answer within ${this.config.LLM_TIMEOUT_MS} ms`, task);
    const { reason, detail } = describeModelError(error, this.config.LLM_API_KEY);
    return this.#fail(reason, detail, task);
  }

  #fail(reason: FailureReason, detail: string, task = 'answer'): GenerativeOutcome {
    this.deps.logger?.warn({ task, reason, detail, promptVersion: this.promptVersion }, 'generative answer not used');
    return { ok: false, reason, detail, promptVersion: this.promptVersion };
  }
}

/** What the stream loop reads of LangChain's AIMessageChunk. */
type MessageChunk = { text: string; response_metadata?: Record<string, unknown> };

interface ModelCall {
  signal: AbortSignal;
  timedOut(): boolean;
  end(): void;
}

function messages(prompt: RenderedPrompt) {
  return [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];
}

/** Same question (up to case, spacing and end punctuation), same language, same passages: same answer. */
function cacheKey(input: GenerativeInput): string {
  const question = input.question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s?!.]+$/, '').trim();
  const passages = input.passages.map((p) => [p.n, p.region, p.document, p.section, p.text]);
  return createHash('sha256').update(JSON.stringify([question, input.language, passages])).digest('base64url');
}

/** The model's first non-empty line, without a label ("Spørgsmål:") or quotes around it. */
function firstLine(reply: string): string | undefined {
  const line = reply.split('\n').map((l) => l.trim()).find(Boolean);
  return line
    ?.replace(/^(selvstændigt |selvstendig |standalone )?(spørgsmål|spørsmål|question)\s*:\s*/i, '')
    .replace(/^["'«„“]+|["'»“”]+$/g, '')
    .trim() || undefined;
}
