import type { AskOptions, DocumentText, Engine } from '../../src/engine.js';
import { provenance } from '../../src/ingest/manifest.js';
import type {
  AskRequest,
  AskResponse,
  AskStreamEvent,
  Citation,
  DocumentProvenance,
  DocumentsResponse,
  IndexInfo,
  Language,
  RetrievalMode,
  SearchHit,
} from '../../src/shared/api.js';

/**
 * A small deterministic Engine for tests of the server, the widget, the CLI and anything else that only talks
 * to the interface: a handful of passages, word-overlap search, an "extractive" answer that cites every hit
 * as [n], abstention when nothing matches. askStream's deltas join to exactly ask()'s answer, as the real
 * engine guarantees. It records every call, fails on demand (`failWith`), and can slow, pause or break its
 * stream (`FakeEngineOptions`).
 */

/** A passage of the fake corpus, carrying the document it belongs to (and that document's provenance). */
export interface FakePassage extends DocumentProvenance {
  region: string;
  country: string;
  language: Language;
  document: string;
  documentId: string;
  section: string;
  text: string;
}

const HELSE_NORD = {
  region: 'Helse Nord',
  country: 'Norway',
  language: 'no',
  document: 'Helse Nords strategi',
  documentId: 'helse-nord-strategi',
} as const;

const NORDJYLLAND = {
  region: 'Region Nordjylland',
  country: 'Denmark',
  language: 'da',
  document: 'Vision og retning',
  documentId: 'nordjylland-vision',
} as const;

/** Two documents, two passages each. */
export const FAKE_PASSAGES: FakePassage[] = [
  {
    ...HELSE_NORD,
    section: 'Tilgjengelighet',
    text: 'Helse Nord vil sikre god tilgjengelighet til spesialisthelsetjenester for hele befolkningen.',
  },
  {
    ...HELSE_NORD,
    section: 'Rekruttering og stabilisering',
    text: 'Helse Nord skal rekruttere og beholde fagfolk gjennom utdanning og gode arbeidsforhold.',
  },
  {
    ...NORDJYLLAND,
    section: 'Sundhed › Respekt for patientens tid',
    text: 'Region Nordjylland vil respektere patientens tid, så ventetiden bliver kortere og forløbene hænger sammen.',
  },
  {
    ...NORDJYLLAND,
    section: 'Regional udvikling › En ren og grøn region',
    text: 'Region Nordjylland arbejder for en ren og grøn region med mindre udledning af CO2.',
  },
];

/** A passage whose every field is an HTML injection attempt, for the rendering tests. */
export const HOSTILE_PASSAGE: FakePassage = {
  region: 'Region <b>Test</b>',
  country: 'Denmark',
  language: 'da',
  document: 'Testdokument <script>window.__pwned=2</script>',
  documentId: 'test-hostile',
  section: 'Afsnit <i>kursiv</i>',
  text: 'Citat med <img src=x onerror="window.__pwned=1"> midt i teksten.',
};

/** info() of an engine over FAKE_PASSAGES; another corpus changes only the counts. */
export const FAKE_INFO: IndexInfo = {
  builtAt: '2024-01-01T00:00:00.000Z',
  fingerprint: 'fake-fingerprint',
  documents: 2,
  chunks: FAKE_PASSAGES.length,
  embeddingModel: 'fake',
  dimensions: 4,
};

export const FAKE_ABSTENTION: Record<Language, string> = {
  da: 'Det kan jeg ikke svare på ud fra dokumenterne.',
  no: 'Det kan jeg ikke svare på ut fra dokumentene.',
};

export interface FakeEngineOptions {
  /** The corpus; FAKE_PASSAGES unless given. */
  passages?: FakePassage[];
  /** Fail every call from the start, before any event (`true`: with a plain Error), as `failWith` does. */
  failBeforeFirst?: boolean | Error;
  /** Throw after this many deltas (a failure mid-stream). */
  failAfterDeltas?: number;
  /** Words per delta (2 unless given). */
  wordsPerDelta?: number;
  /** Pause between deltas, so a browser sees the answer arrive in pieces. */
  deltaDelayMs?: number;
  /** Awaited before delta number `index` is sent, so a test can look at a waiting or half-streamed answer. */
  pauseBeforeDelta?: (index: number) => Promise<void>;
}

/** Words of four letters or more, so that "og", "i" and "for" don't make everything match. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/** A few Norwegian cue words, so a question needs no `language` to be answered in Norwegian. */
const NORWEGIAN = /\b(hva|sier|jobber|kva)\b/i;

/** A fake document's text: its passages joined by blank lines. */
const PASSAGE_SEPARATOR = '\n\n';

/** Each passage as a hit, with offsets into its document's text (see PASSAGE_SEPARATOR). */
function hitsOf(passages: FakePassage[]): SearchHit[] {
  const offsets = new Map<string, number>();
  return passages.map((p, i) => {
    const start = offsets.get(p.documentId) ?? 0;
    offsets.set(p.documentId, start + p.text.length + PASSAGE_SEPARATOR.length);
    const { region, document, documentId, section, text } = p;
    return { chunkId: `${documentId}#${i}`, region, document, documentId, section, text, start, end: start + text.length, score: 0 };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class FakeEngine implements Engine {
  readonly calls = {
    ask: [] as { request: AskRequest; options?: AskOptions }[],
    search: [] as { query: string; k: number; mode?: RetrievalMode }[],
  };
  readonly #options: FakeEngineOptions;
  readonly #passages: FakePassage[];
  readonly #hits: SearchHit[];
  #failure: unknown;
  #aborted = 0;

  constructor(options: FakeEngineOptions = {}) {
    this.#options = options;
    this.#passages = options.passages ?? FAKE_PASSAGES;
    this.#hits = hitsOf(this.#passages);
    const { failBeforeFirst } = options;
    if (failBeforeFirst) this.failWith(failBeforeFirst === true ? new Error('index not loaded') : failBeforeFirst);
  }

  /** Every request passed to ask/askStream, in order. */
  get requests(): AskRequest[] {
    return this.calls.ask.map((call) => call.request);
  }

  /** How many streams had their abort signal fire. */
  get aborted(): number {
    return this.#aborted;
  }

  /** Every later ask/askStream/search call rejects with `error` (pass undefined to stop failing). */
  failWith(error: unknown): this {
    this.#failure = error;
    return this;
  }

  async ask(request: AskRequest, options?: AskOptions): Promise<AskResponse> {
    this.calls.ask.push({ request, options });
    this.#throwIfFailing();
    return this.#answer(request);
  }

  async *askStream(request: AskRequest, options?: AskOptions): AsyncIterable<AskStreamEvent> {
    this.calls.ask.push({ request, options });
    options?.signal?.addEventListener('abort', () => this.#aborted++, { once: true });
    this.#throwIfFailing();
    const { answer, language, abstained, support, citations, mode, timings, standaloneQuestion } = this.#answer(request);
    yield { event: 'meta', data: { language, abstained, support, citations, mode, standaloneQuestion } };
    const { wordsPerDelta = 2, failAfterDeltas, deltaDelayMs, pauseBeforeDelta } = this.#options;
    const pieces = answer.split(/(?<=\s)/);
    for (let i = 0, sent = 0; i < pieces.length; i += wordsPerDelta, sent++) {
      if (sent === failAfterDeltas) throw new Error('model crashed');
      if (deltaDelayMs) await sleep(deltaDelayMs);
      await pauseBeforeDelta?.(sent);
      if (options?.signal?.aborted) return;
      yield { event: 'delta', data: { text: pieces.slice(i, i + wordsPerDelta).join('') } };
    }
    yield { event: 'done', data: { timings, mode } };
  }

  async search(query: string, k: number, mode?: RetrievalMode): Promise<SearchHit[]> {
    this.calls.search.push({ query, k, mode });
    this.#throwIfFailing();
    return this.#rank(query).slice(0, k);
  }

  /** Regions and documents in corpus order, each document with its passages' sections. */
  documents(): DocumentsResponse {
    const ids = [...new Set(this.#passages.map((p) => p.documentId))];
    return {
      regions: [...new Set(this.#passages.map((p) => p.region))],
      documents: ids.map((id) => {
        const inDocument = this.#passages.filter((p) => p.documentId === id);
        const { region, country, language, document, sourceUrl, published, retrieved } = inDocument[0];
        return { id, region, country, language, title: document, ...provenance({ sourceUrl, published, retrieved }), sections: inDocument.map((p) => p.section) };
      }),
    };
  }

  /** The document's passages joined by blank lines, each passage one section of one paragraph. */
  document(id: string): DocumentText | undefined {
    const document = this.documents().documents.find((d) => d.id === id);
    if (!document) return undefined;
    const hits = this.#hits.filter((h) => h.documentId === id);
    return {
      document,
      text: hits.map((h) => h.text).join(PASSAGE_SEPARATOR),
      sections: hits.map((h) => ({
        path: h.section.split(' › '),
        label: h.section,
        blocks: [{ kind: 'paragraph' as const, start: h.start, end: h.end }],
      })),
    };
  }

  info(): IndexInfo {
    return { ...FAKE_INFO, documents: this.documents().documents.length, chunks: this.#hits.length };
  }

  #throwIfFailing(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Hits sharing at least one word with the query, most shared words first, ties in corpus order. */
  #rank(query: string): SearchHit[] {
    const asked = words(query);
    return this.#hits
      .map((hit) => ({ ...hit, score: [...words(hit.text)].filter((w) => asked.has(w)).length }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score);
  }

  #answer(request: AskRequest): AskResponse {
    const question = request.question.trim();
    const language = request.language ?? (NORWEGIAN.test(question) ? 'no' : 'da');
    const hits = this.#rank(question).slice(0, 3);
    const documents = this.documents().documents;
    const citations: Citation[] = hits.map(({ region, document, documentId, section, text, start, end, score }, i) => ({
      ...provenance(documents.find((d) => d.id === documentId)!),
      id: i + 1,
      region,
      document,
      documentId,
      section,
      quote: text,
      start,
      end,
      score,
    }));
    return {
      answer: hits.length ? hits.map((hit, i) => `${hit.text} [${i + 1}]`).join(' ') : FAKE_ABSTENTION[language],
      language,
      abstained: hits.length === 0,
      support: hits.length ? 'direct' : 'none',
      citations,
      timings: { retrieveMs: 0, totalMs: 0 },
      mode: 'extractive',
      standaloneQuestion: question,
    };
  }
}

/** A FakeEngine, for suites that prefer a factory. */
export function createFakeEngine(options: FakeEngineOptions = {}): FakeEngine {
  return new FakeEngine(options);
}
