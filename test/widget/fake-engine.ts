import type { AskOptions, Engine } from '../../src/engine.js';
import type {
  AskRequest,
  AskResponse,
  AskStreamEvent,
  Citation,
  DocumentsResponse,
  IndexInfo,
  Language,
  SearchHit,
} from '../../src/shared/api.js';

/** A passage of the fake corpus; it is retrieved when the question contains one of its keywords. */
export interface FakePassage {
  region: string;
  country: string;
  language: Language;
  document: string;
  documentId: string;
  section: string;
  text: string;
  keywords: string[];
}

export const FAKE_PASSAGES: FakePassage[] = [
  {
    region: 'Region Nordjylland',
    country: 'Denmark',
    language: 'da',
    document: 'Vision og retning',
    documentId: 'nordjylland-vision',
    section: 'Sundhed › Respekt for patientens tid',
    text: 'Vi vil respektere patientens tid, så ventetiden bliver kortere og forløbene hænger sammen.',
    keywords: ['nordjylland', 'ventetid', 'patientens tid'],
  },
  {
    region: 'Region Midtjylland',
    country: 'Denmark',
    language: 'da',
    document: 'Den styrende politiske ambition',
    documentId: 'midtjylland-politisk-ambition',
    section: 'Bæredygtighed › Reduktion af madspild',
    text: 'Madspildet på hospitalerne skal halveres, og maden skal i højere grad genanvendes.',
    keywords: ['midtjylland', 'madspild'],
  },
  {
    region: 'Helse Nord',
    country: 'Norway',
    language: 'no',
    document: 'Helse Nords strategi',
    documentId: 'helse-nord-strategi',
    section: 'Rekruttering og stabilisering',
    text: 'Helse Nord skal rekruttere og beholde fagfolk i hele landsdelen.',
    keywords: ['helse nord', 'rekrutter'],
  },
];

/** A passage whose text is an HTML injection attempt, for the rendering tests. */
export const HOSTILE_PASSAGE: FakePassage = {
  region: 'Region <b>Test</b>',
  country: 'Denmark',
  language: 'da',
  document: 'Testdokument <script>window.__pwned=2</script>',
  documentId: 'test-hostile',
  section: 'Afsnit <i>kursiv</i>',
  text: 'Citat med <img src=x onerror="window.__pwned=1"> midt i teksten.',
  keywords: ['onerror', 'citat'],
};

export interface FakeEngineOptions {
  passages?: FakePassage[];
  /** Throw after this many deltas (a failure mid-stream). */
  failAfterDeltas?: number;
  /** Throw (this error, or a plain one) before the first event. */
  failBeforeFirst?: boolean | Error;
  /** Pause between deltas, so a browser sees the answer arrive in pieces. */
  deltaDelayMs?: number;
  /** Words per delta. */
  wordsPerDelta?: number;
  /** Awaited before delta number `index` is sent, so a test can look at a waiting or half-streamed answer. */
  pauseBeforeDelta?: (index: number) => Promise<void>;
}

export interface FakeEngine extends Engine {
  /** Every request passed to ask/askStream, in order. */
  readonly requests: AskRequest[];
  /** How many streams had their abort signal fire. */
  readonly aborted: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A deterministic stand-in for the real engine: keyword retrieval over a handful of passages, an extractive
 * answer citing each passage as [n], abstention when nothing matches. askStream's deltas join to exactly
 * ask()'s answer, as the real engine guarantees.
 */
export function createFakeEngine(options: FakeEngineOptions = {}): FakeEngine {
  const passages = options.passages ?? FAKE_PASSAGES;
  const requests: AskRequest[] = [];
  let aborted = 0;

  const answer = (request: AskRequest): Omit<AskResponse, 'timings'> => {
    const question = request.question.toLowerCase();
    const language: Language = /\b(hva|sier|jobber|kva)\b/.test(question) ? 'no' : 'da';
    const found = passages.filter((p) => p.keywords.some((k) => question.includes(k))).slice(0, 2);
    const citations: Citation[] = found.map((p, i) => ({
      id: i + 1,
      region: p.region,
      document: p.document,
      documentId: p.documentId,
      section: p.section,
      quote: p.text,
      start: 0,
      end: p.text.length,
      score: 1 - i / 10,
    }));
    if (found.length === 0) {
      const text =
        language === 'no'
          ? 'Det kan jeg ikke svare på ut fra strategidokumentene.'
          : 'Det kan jeg ikke svare på ud fra strategidokumenterne.';
      return { answer: text, language, abstained: true, citations: [], mode: 'extractive' };
    }
    const text = found.map((p, i) => `${p.region} skriver: ${p.text} [${i + 1}]`).join('\n');
    const standaloneQuestion = request.history?.length ? `${request.question} (opfølgning)` : undefined;
    return { answer: text, language, abstained: false, citations, mode: 'extractive', standaloneQuestion };
  };

  const documents = (): DocumentsResponse => {
    const ids = [...new Set(passages.map((p) => p.documentId))];
    return {
      regions: [...new Set(passages.map((p) => p.region))],
      documents: ids.map((id) => {
        const inDoc = passages.filter((p) => p.documentId === id);
        const p = inDoc[0];
        return { id, region: p.region, country: p.country, language: p.language, title: p.document, sections: inDoc.map((x) => x.section) };
      }),
    };
  };

  return {
    get requests() {
      return requests;
    },
    get aborted() {
      return aborted;
    },
    async ask(request) {
      requests.push(request);
      return { ...answer(request), timings: { retrieveMs: 1, totalMs: 2 } };
    },
    async *askStream(request, opts?: AskOptions): AsyncGenerator<AskStreamEvent> {
      requests.push(request);
      opts?.signal?.addEventListener('abort', () => aborted++, { once: true });
      if (options.failBeforeFirst) throw options.failBeforeFirst instanceof Error ? options.failBeforeFirst : new Error('index not loaded');
      const result = answer(request);
      yield {
        event: 'meta',
        data: {
          language: result.language,
          abstained: result.abstained,
          citations: result.citations,
          mode: result.mode,
          standaloneQuestion: result.standaloneQuestion,
        },
      };
      const words = result.answer.split(/(?<=\s)/);
      const per = options.wordsPerDelta ?? 2;
      for (let i = 0, sent = 0; i < words.length; i += per, sent++) {
        if (opts?.signal?.aborted) return;
        if (options.failAfterDeltas !== undefined && sent === options.failAfterDeltas) throw new Error('model crashed');
        if (options.deltaDelayMs) await sleep(options.deltaDelayMs);
        await options.pauseBeforeDelta?.(sent);
        yield { event: 'delta', data: { text: words.slice(i, i + per).join('') } };
      }
      yield { event: 'done', data: { timings: { retrieveMs: 1, totalMs: 2 }, mode: result.mode } };
    },
    async search(query, k): Promise<SearchHit[]> {
      const q = query.toLowerCase();
      return passages
        .filter((p) => p.keywords.some((kw) => q.includes(kw)))
        .slice(0, k)
        .map((p, i) => ({ chunkId: `${p.documentId}#${i}`, region: p.region, document: p.document, documentId: p.documentId, section: p.section, text: p.text, start: 0, end: p.text.length, score: 1 }));
    },
    documents,
    info(): IndexInfo {
      return { builtAt: '2025-01-01T00:00:00.000Z', fingerprint: 'fake', documents: documents().documents.length, chunks: passages.length, embeddingModel: 'none', dimensions: 0 };
    },
  };
}
