import type { AskOptions, Engine } from '../../src/engine.js';
import type {
  AskRequest,
  AskResponse,
  AskStreamEvent,
  Citation,
  DocumentsResponse,
  IndexInfo,
  Language,
  RetrievalMode,
  SearchHit,
} from '../../src/shared/api.js';

/**
 * A small deterministic Engine for tests of the server, the CLI and anything else that only talks to the
 * interface: four passages in two documents, word-overlap search, an "extractive" answer that cites every
 * hit, abstention when nothing matches. It records every call, and fails on demand (`failWith`).
 */

interface FakePassage {
  documentId: string;
  section: string;
  text: string;
}

const DOCUMENTS: DocumentsResponse = {
  regions: ['Helse Nord', 'Region Nordjylland'],
  documents: [
    {
      id: 'helse-nord-strategi',
      region: 'Helse Nord',
      country: 'Norge',
      language: 'no',
      title: 'Helse Nords strategi',
      sections: ['Tilgjengelighet', 'Rekruttering og stabilisering'],
    },
    {
      id: 'nordjylland-vision',
      region: 'Region Nordjylland',
      country: 'Danmark',
      language: 'da',
      title: 'Vision og retning',
      sections: ['Sundhed › Respekt for patientens tid', 'Regional udvikling › En ren og grøn region'],
    },
  ],
};

const PASSAGES: FakePassage[] = [
  {
    documentId: 'helse-nord-strategi',
    section: 'Tilgjengelighet',
    text: 'Helse Nord vil sikre god tilgjengelighet til spesialisthelsetjenester for hele befolkningen.',
  },
  {
    documentId: 'helse-nord-strategi',
    section: 'Rekruttering og stabilisering',
    text: 'Helse Nord skal rekruttere og beholde fagfolk gjennom utdanning og gode arbeidsforhold.',
  },
  {
    documentId: 'nordjylland-vision',
    section: 'Sundhed › Respekt for patientens tid',
    text: 'Region Nordjylland vil vise respekt for patientens tid med korte ventetider.',
  },
  {
    documentId: 'nordjylland-vision',
    section: 'Regional udvikling › En ren og grøn region',
    text: 'Region Nordjylland arbejder for en ren og grøn region med mindre udledning af CO2.',
  },
];

export const FAKE_INFO: IndexInfo = {
  builtAt: '2024-01-01T00:00:00.000Z',
  fingerprint: 'fake-fingerprint',
  documents: DOCUMENTS.documents.length,
  chunks: PASSAGES.length,
  embeddingModel: 'fake',
  dimensions: 4,
};

export const FAKE_ABSTENTION: Record<Language, string> = {
  da: 'Det kan jeg ikke svare på ud fra dokumenterne.',
  no: 'Det kan jeg ikke svare på ut fra dokumentene.',
};

/** Words of four letters or more, so that "og", "i" and "for" don't make everything match. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/** Each passage as a hit, with offsets into its document's text (passages joined by blank lines). */
const HITS: SearchHit[] = (() => {
  const offsets = new Map<string, number>();
  return PASSAGES.map((p, i) => {
    const doc = DOCUMENTS.documents.find((d) => d.id === p.documentId)!;
    const start = offsets.get(doc.id) ?? 0;
    offsets.set(doc.id, start + p.text.length + 2);
    return {
      chunkId: `${doc.id}#${i}`,
      region: doc.region,
      document: doc.title,
      documentId: doc.id,
      section: p.section,
      text: p.text,
      start,
      end: start + p.text.length,
      score: 0,
    };
  });
})();

export class FakeEngine implements Engine {
  readonly calls = {
    ask: [] as { request: AskRequest; options?: AskOptions }[],
    search: [] as { query: string; k: number; mode?: RetrievalMode }[],
  };
  #failure: unknown;

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
    this.#throwIfFailing();
    const { answer, language, abstained, citations, mode, timings, standaloneQuestion } = this.#answer(request);
    yield { event: 'meta', data: { language, abstained, citations, mode, standaloneQuestion } };
    for (const piece of answer.match(/\S+\s*/g) ?? []) yield { event: 'delta', data: { text: piece } };
    yield { event: 'done', data: { timings, mode } };
  }

  async search(query: string, k: number, mode?: RetrievalMode): Promise<SearchHit[]> {
    this.calls.search.push({ query, k, mode });
    this.#throwIfFailing();
    return this.#rank(query).slice(0, k);
  }

  documents(): DocumentsResponse {
    return structuredClone(DOCUMENTS);
  }

  info(): IndexInfo {
    return { ...FAKE_INFO };
  }

  #throwIfFailing(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Hits sharing at least one word with the query, most shared words first, ties in corpus order. */
  #rank(query: string): SearchHit[] {
    const asked = words(query);
    return HITS.map((hit) => ({ ...hit, score: [...words(hit.text)].filter((w) => asked.has(w)).length }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score);
  }

  #answer(request: AskRequest): AskResponse {
    const language = request.language ?? 'da';
    const question = request.question.trim();
    const hits = this.#rank(question).slice(0, 3);
    const citations: Citation[] = hits.map((hit, i) => ({
      id: i + 1,
      region: hit.region,
      document: hit.document,
      documentId: hit.documentId,
      section: hit.section,
      quote: hit.text,
      start: hit.start,
      end: hit.end,
      score: hit.score,
    }));
    return {
      answer: hits.length ? hits.map((hit, i) => `${hit.text} [${i + 1}]`).join(' ') : FAKE_ABSTENTION[language],
      language,
      abstained: hits.length === 0,
      citations,
      timings: { retrieveMs: 0, totalMs: 0 },
      mode: 'extractive',
      standaloneQuestion: question,
    };
  }
}
