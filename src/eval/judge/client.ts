import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { createChatModel, describeModelError } from '../../answer/generative/llm.js';
import type { RenderedPrompt } from '../../answer/generative/prompts.js';

/**
 * The judge's model: any OpenAI-compatible chat-completions endpoint, through the same LangChain client
 * the generative answers use (src/answer/generative/llm.ts). Reusing it means one way to talk to such
 * endpoints in the project — the same /chat/completions routing for every model name, no retries hidden
 * in the client, and errors reduced to a short detail with the key cut out — instead of a second,
 * hand-written HTTP client with its own quirks.
 */

export interface JudgeModel {
  /** How the report names the judge. */
  name: string;
  complete(prompt: RenderedPrompt): Promise<string>;
}

export interface JudgeSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

/** Judgements are lists of statements or verdicts: longer than an answer may be, but bounded. */
export const JUDGE_MAX_TOKENS = 1500;

/** A judge scores; it should not be creative. */
const JUDGE_TEMPERATURE = 0;

export class JudgeCallError extends Error {
  constructor(
    readonly reason: 'timeout' | 'error',
    detail: string,
  ) {
    super(detail);
  }
}

export function createJudgeModel(settings: JudgeSettings): JudgeModel {
  const chat = createChatModel({
    LLM_BASE_URL: settings.baseUrl,
    LLM_MODEL: settings.model,
    LLM_API_KEY: settings.apiKey,
    LLM_TIMEOUT_MS: settings.timeoutMs,
    LLM_MAX_TOKENS: JUDGE_MAX_TOKENS,
    LLM_TEMPERATURE: JUDGE_TEMPERATURE,
  });
  return {
    name: settings.model,
    async complete(prompt) {
      try {
        // The client's own timeout covers the request; the signal also covers a server that accepts and stalls.
        const reply = await chat.invoke([new SystemMessage(prompt.system), new HumanMessage(prompt.user)], {
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
        return reply.text;
      } catch (error) {
        const aborted = error instanceof Error && (error.name === 'AbortError' || /abort/i.test(error.message));
        const { reason, detail } = describeModelError(error, settings.apiKey);
        throw new JudgeCallError(aborted ? 'timeout' : reason, detail);
      }
    },
  };
}
