import type { RetrievedPassage } from '../retrieve/hybrid.js';
import type { AskResponse, AskStreamEvent, Citation } from '../shared/api.js';
import { citationFor } from './extractive.js';
import type { GenerativeOutcome } from './generative/index.js';
import type { Answerable, AnswerParts } from './pipeline.js';

/**
 * The stream protocol of POST /api/ask/stream (see `AskStreamEvent` in src/shared/api.ts): one `meta`, the
 * answer in `delta` pieces, then `done`. An answer known in full (extractive, or a refusal) is cut into
 * word-sized pieces; a generative one streams as the model writes it, and `done` says what changed.
 */

type MetaData = Extract<AskStreamEvent, { event: 'meta' }>['data'];

/** A complete response as events; joined, the `delta` texts are its answer exactly. */
export function* responseEvents(response: AskResponse): Iterable<AskStreamEvent> {
  yield { event: 'meta', data: metaOf(response) };
  for (const piece of streamPieces(response.answer)) yield { event: 'delta', data: { text: piece } };
  yield { event: 'done', data: { timings: response.timings, mode: response.mode } };
}

/**
 * A model's answer as it is written. The first piece is pulled before anything is announced: a full queue
 * must surface as an error (503), not as a stream that starts and then breaks off. `settle` turns the
 * model's outcome into the final answer (its text, a refusal, or the extractive fallback).
 */
export async function* generativeEvents(
  prepared: Answerable,
  tokens: AsyncGenerator<string, GenerativeOutcome>,
  settle: (outcome: GenerativeOutcome) => AskResponse,
): AsyncIterable<AskStreamEvent> {
  let step = await tokens.next();
  yield {
    event: 'meta',
    data: {
      language: prepared.language,
      abstained: false,
      support: prepared.extractive.support,
      citations: passageCitations(prepared.passages),
      mode: 'generative',
      standaloneQuestion: prepared.standalone,
    },
  };
  while (!step.done) {
    yield { event: 'delta', data: { text: step.value } };
    step = await tokens.next();
  }
  const response = settle(step.value);
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

/** Whole passages as citations, numbered as the model saw them. */
export function passageCitations(passages: RetrievedPassage[]): Citation[] {
  return passages.map((p, i) => citationFor(p, i + 1, p.chunk.text));
}

function metaOf(response: AskResponse): MetaData {
  const { language, abstained, support, citations, mode, standaloneQuestion } = response;
  return { language, abstained, support, citations, mode, standaloneQuestion };
}

/** Splits an answer into word-sized pieces for streaming; joined, they are the answer exactly. */
export function streamPieces(answer: string): string[] {
  return answer.match(/\S+\s*|\s+/g) ?? [];
}

export type { AnswerParts };
