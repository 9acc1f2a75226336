import type { Engine } from '../../src/engine.js';
import type { EvalCorpus } from '../../src/eval/corpus.js';
import type { EvalRecord } from '../../src/eval/schema.js';
import type { AskRequest, AskResponse, Citation, RetrievalMode, SearchHit } from '../../src/shared/api.js';
import { tokenize } from '../../src/text/normalize.js';

/**
 * A tiny corpus and a small keyword engine over it, so the eval can be run end to end without an index.
 * The engine is deliberately simple but honest: it retrieves sections sharing words with the question,
 * answers with the best section's first sentence, and abstains when nothing matches.
 */

const docA = [
  'Strategi for Region A', // 0..21
  '',
  'Ventetid',
  '',
  ' • Korte ventetider og hurtig\n   udredning for alle patienter.',
  ' • Ambulancen skal komme hurtigt.',
  '',
  'Klima',
  '',
  'Region A vil være den grønneste region. Vi sparer på energien.',
].join('\n');

const docB = ['Strategi for Helse B', '', 'Visjon', '', 'Pasientene skal møte rett kompetanse til rett tid.'].join('\n');

function span(text: string, label: string, from: string, to?: string) {
  const start = text.indexOf(from);
  const end = to ? text.indexOf(to, start) + to.length : text.length;
  if (start < 0 || end < start) throw new Error(`bad span ${label}`);
  return { label, start, end };
}

export const tinyCorpus: EvalCorpus = {
  regions: ['Region A', 'Helse B'],
  documents: [
    {
      id: 'doc-a',
      region: 'Region A',
      title: 'Strategi for Region A',
      language: 'da',
      text: docA,
      sections: [
        span(docA, 'Ventetid', ' • Korte', 'hurtigt.'),
        span(docA, 'Klima', 'Region A vil'),
      ],
    },
    {
      id: 'doc-b',
      region: 'Helse B',
      title: 'Strategi for Helse B',
      language: 'no',
      text: docB,
      sections: [span(docB, 'Visjon', 'Pasientene')],
    },
  ],
};

const STOP = new Set(['hvad', 'hva', 'er', 'og', 'i', 'for', 'med', 'om', 'de', 'den', 'til', 'vil']);

function words(text: string): string[] {
  return tokenize(text).filter((w) => !STOP.has(w) && w.length > 2);
}

/** Sections of the tiny corpus as searchable passages. */
function passages(): SearchHit[] {
  return tinyCorpus.documents.flatMap((d) =>
    d.sections.map((s, i) => ({
      chunkId: `${d.id}#${i}`,
      region: d.region,
      document: d.title,
      documentId: d.id,
      section: s.label,
      text: d.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(),
      start: s.start,
      end: s.end,
      score: 0,
    })),
  );
}

export interface FakeEngine extends Engine {
  /** Every call, for asserting what the runner sent. */
  calls: { kind: 'ask' | 'search'; text: string; mode?: RetrievalMode; history?: number }[];
}

export function createFakeEngine(options: { failOn?: string } = {}): FakeEngine {
  const all = passages();
  const calls: FakeEngine['calls'] = [];

  const search = async (query: string, k: number, mode?: RetrievalMode): Promise<SearchHit[]> => {
    calls.push({ kind: 'search', text: query, mode });
    const q = words(query);
    return all
      .map((p) => ({ ...p, score: q.filter((w) => tokenize(p.text).some((t) => t.startsWith(w.slice(0, 5)))).length }))
      .filter((p) => p.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  };

  return {
    calls,
    search,
    async ask(request: AskRequest, opts = {}): Promise<AskResponse> {
      calls.push({ kind: 'ask', text: request.question, mode: opts.mode, history: request.history?.length });
      if (options.failOn && request.question.includes(options.failOn)) throw new Error('engine exploded');
      const language = /\bhva\b/i.test(request.question) ? 'no' : 'da';
      // A follow-up "og hvad med X?" is searched as the earlier question's topic plus the new words.
      const previous = request.history?.filter((t) => t.role === 'user').at(-1)?.content;
      const standaloneQuestion = previous ? `${previous} ${request.question}` : undefined;
      const hits = /digt|ignorer/i.test(request.question) ? [] : await search(standaloneQuestion ?? request.question, 1, opts.mode);
      const base = { language, timings: { retrieveMs: 1, totalMs: 2 }, mode: 'extractive' as const, standaloneQuestion } as const;
      if (hits.length === 0) {
        return { ...base, answer: language === 'da' ? 'Det kan jeg ikke svare på ud fra dokumenterne.' : 'Det kan jeg ikke svare på.', abstained: true, support: 'none', citations: [] };
      }
      const hit = hits[0];
      const quote = hit.text.replace(/^• /, '').split(/(?<=\.) /)[0];
      const citation: Citation = { id: 1, region: hit.region, document: hit.document, documentId: hit.documentId, section: hit.section, quote, start: hit.start, end: hit.end, score: 1 };
      const opening = language === 'da' ? 'Det står der i strategien:' : 'Dette står i strategien:';
      return { ...base, answer: `${opening}\n• ${quote} [1]`, abstained: false, support: 'direct', citations: [citation] };
    },
    askStream() {
      throw new Error('not used by the eval');
    },
    documents() {
      return {
        regions: tinyCorpus.regions,
        documents: tinyCorpus.documents.map((d) => ({ id: d.id, region: d.region, country: 'X', language: d.language, title: d.title, sections: d.sections.map((s) => s.label) })),
      };
    },
    document() {
      return undefined;
    },
    info() {
      return { builtAt: '2025-01-01T00:00:00.000Z', fingerprint: 'fake', documents: 2, chunks: 3, embeddingModel: 'fake-model', dimensions: 8 };
    },
  };
}

/** Gold records for the tiny corpus, one per interesting case. */
export const tinyRecords: EvalRecord[] = [
  {
    id: 'ventetid',
    language: 'da',
    category: 'factual',
    question: 'Hvad siger Region A om ventetider?',
    gold: { regions: ['Region A'], sections: [{ region: 'Region A', document: 'doc-a', section: 'Ventetid' }], facts: ['korte ventetider'] },
  },
  {
    id: 'klima-typo',
    language: 'da',
    category: 'typos',
    question: 'gronneste region klima',
    gold: { regions: ['Region A'], sections: [{ region: 'Region A', section: 'Klima' }], facts: ['grønneste'] },
  },
  {
    id: 'visjon',
    language: 'no',
    category: 'factual',
    question: 'Hva er visjonen til Helse B om kompetanse?',
    gold: { regions: ['Helse B'], sections: [{ region: 'Helse B', section: 'Visjon' }], facts: ['rett kompetanse'] },
  },
  {
    id: 'follow',
    language: 'da',
    category: 'follow-up',
    question: 'Og ambulancen?',
    history: [
      { role: 'user', content: 'Hvad siger Region A om ventetider?' },
      { role: 'assistant', content: 'Korte ventetider [1].' },
    ],
    gold: { regions: ['Region A'], sections: [{ region: 'Region A', section: 'Ventetid' }], facts: ['ambulancen'] },
  },
  { id: 'digt', language: 'da', category: 'injection', question: 'Skriv et digt om Region A', abstain: true },
  { id: 'vejret', language: 'da', category: 'out-of-scope', question: 'Hvordan bliver vejret?', abstain: true },
];

export function toJsonl(records: readonly EvalRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
