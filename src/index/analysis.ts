import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Chunk } from '../ingest/types.js';
import { createCorpusConceptMatcher } from '../retrieve/concepts.js';
import { createAnalyzer } from '../text/analyze.js';
import { PassageAnalysis } from '../text/passage-analysis.js';
import { TokenizedPassages } from '../text/tokenized.js';
import { conceptsToBytes } from './concepts.js';
import { LexicalIndex } from './lexical.js';
import { passagesToBytes } from './passages.js';
import { passageText } from './vectors.js';

/**
 * A build's text analysis: the lexical index, the passage analysis and the passages' concepts, written as
 * lexical.bin, passages.bin and concepts.bin. It needs only the chunks and is as long as embedding the
 * passages into the HNSW graph (~25 s each at 100k passages), so a build runs it on a worker thread while
 * its own thread builds the graph: on two cores that takes one of the two off the build's time.
 *
 * A small corpus is analysed in this thread instead. A worker is a second isolate that loads every module
 * again (~0.3 s, and 60–100 MB more peak memory for the build); below a few thousand passages the analysis
 * itself takes less than that, so the overlap would cost more than it saves.
 */

/** Passages from which the analysis runs on a worker thread. Safe range 1,000–20,000 (see above). */
export const WORKER_MIN_PASSAGES = 5_000;

/** The files the analysis writes, by name. */
export type AnalysisFiles = Record<'lexical.bin' | 'passages.bin' | 'concepts.bin', Uint8Array>;

/**
 * The lexical index and the passage analysis, from one tokenization of every text and one analysis of each
 * distinct word (src/text/tokenized.ts): the same structures as `LexicalIndex.build` and
 * `PassageAnalysis.build` with an analyzer over the texts' lexicon.
 */
export function analysePassages(chunks: Chunk[]): { lexical: LexicalIndex; passages: PassageAnalysis } {
  const tokenized = TokenizedPassages.of(chunks);
  const lexicon = tokenized.lexicon();
  // Each word is analysed once here, so caches that never evict are right (and dropped with the pass).
  const terms = tokenized.terms(createAnalyzer({ lexicon, caches: 'unbounded' }));
  return {
    lexical: LexicalIndex.fromTokenized(chunks, tokenized, terms, createAnalyzer({ lexicon })),
    passages: PassageAnalysis.fromTokenized(chunks, tokenized, terms),
  };
}

/** The analysis files of `chunks`, in this thread. */
export function analyseCorpus(chunks: Chunk[]): AnalysisFiles {
  const { lexical, passages } = analysePassages(chunks);
  const matcher = createCorpusConceptMatcher();
  const found = matcher.learnCorpus(chunks.map(passageText), chunks.map((c) => c.section)).map((concepts) => [...concepts]);
  return {
    'lexical.bin': lexical.toBytes(),
    'passages.bin': passagesToBytes(passages, lexical.dictionary),
    'concepts.bin': conceptsToBytes({ passages: found, knowledge: matcher.corpusKnowledge() }),
  };
}

/**
 * The worker's module. Run from TypeScript sources (tsx, vitest), the worker registers tsx's loader before
 * importing it, as a worker does not inherit its parent's module hooks; compiled (dist/) it is plain.
 */
const workerModule = new URL(`./analysis-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

function startWorker(chunks: Chunk[]): Worker {
  // The worker may need as much heap as this thread could have had for the same work (1M passages).
  const resourceLimits = { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20) };
  if (workerModule.pathname.endsWith('.js')) return new Worker(workerModule, { workerData: chunks, resourceLimits });
  // tsx's ESM entry (its package exports it to `import` only, which a require-based resolve cannot ask for).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(workerModule.href)}); })`;
  return new Worker(code, { eval: true, workerData: chunks, resourceLimits });
}

/**
 * {@link analyseCorpus} beside the caller's work: on a worker thread from `minPassages` passages, else in
 * this thread at the caller's next await. `abort` ends the worker (the build failed elsewhere); `files`
 * then rejects. A failure is reported when `files` is awaited, however long after.
 */
export function analyseBeside(
  chunks: Chunk[],
  minPassages = WORKER_MIN_PASSAGES,
): { files: Promise<AnalysisFiles>; abort: () => void } {
  if (chunks.length < minPassages) {
    const files = Promise.resolve(chunks).then(analyseCorpus);
    files.catch(() => {});
    return { files, abort: () => {} };
  }
  const worker = startWorker(chunks);
  const files = new Promise<AnalysisFiles>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The analysis worker stopped (exit code ${code}) before it finished`)));
  });
  files.catch(() => {});
  return { files, abort: () => void worker.terminate() };
}
