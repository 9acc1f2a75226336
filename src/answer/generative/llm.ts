import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAICompletions } from '@langchain/openai';
import type { Config } from '../../config.js';

/**
 * The chat model behind generative answers: any OpenAI-compatible chat-completions endpoint (OpenAI,
 * vLLM, llama.cpp, Ollama, LM Studio …) through LangChain's chat-model abstraction.
 *
 * ChatOpenAICompletions is the class ChatOpenAI delegates to for /chat/completions. Using it directly
 * keeps every model name on that endpoint: ChatOpenAI silently switches to OpenAI's /responses API for
 * names containing e.g. "codex", which local servers don't offer.
 */

/** Local servers often need no key, but the OpenAI client refuses to start without one. */
const NO_KEY = 'not-needed';

export type ModelSettings = Pick<
  Config,
  'LLM_BASE_URL' | 'LLM_MODEL' | 'LLM_API_KEY' | 'LLM_TIMEOUT_MS' | 'LLM_MAX_TOKENS' | 'LLM_TEMPERATURE'
>;

export function createChatModel(settings: ModelSettings & { LLM_BASE_URL: string; LLM_MODEL: string }): BaseChatModel {
  return new ChatOpenAICompletions({
    model: settings.LLM_MODEL,
    apiKey: settings.LLM_API_KEY ?? NO_KEY,
    configuration: { baseURL: settings.LLM_BASE_URL },
    timeout: settings.LLM_TIMEOUT_MS,
    maxTokens: settings.LLM_MAX_TOKENS,
    temperature: settings.LLM_TEMPERATURE,
    // A failed call falls back to the extractive answer at once; retrying would only make the user wait.
    maxRetries: 0,
    // Usage numbers are not used, and some compatible servers reject `stream_options`.
    streamUsage: false,
  });
}

/**
 * Turns a failed model call into a reason and a short, safe detail. Error messages can quote what the
 * endpoint sent back, and some servers echo the key they were given, so the key is cut out of the detail
 * and nothing else of the error (headers, request) is kept.
 */
export function describeModelError(error: unknown, apiKey: string | undefined): { reason: 'timeout' | 'error'; detail: string } {
  const err = error instanceof Error ? error : new Error(String(error));
  const status = (err as { status?: unknown }).status;
  const reason = err.name === 'TimeoutError' ? 'timeout' : 'error';
  const message = redact(err.message.split('\n')[0], apiKey).slice(0, 200);
  return { reason, detail: typeof status === 'number' ? `HTTP ${status}: ${message}` : message };
}

export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('***') : text;
}
