import type {
  AskRequest,
  AskResponse,
  AskStreamEvent,
  DocumentsResponse,
  IndexInfo,
  RetrievalMode,
  SearchHit,
} from './shared/api.js';

/** Per-call options; `mode` lets evaluators compare retrieval channels. */
export interface AskOptions {
  mode?: RetrievalMode;
  signal?: AbortSignal;
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
  info(): IndexInfo;
}

/** The logging the engine does: pino's and console's shapes both fit. */
export interface EngineLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export { createEngine } from './answer/engine.js';
