import { parentPort, workerData } from 'node:worker_threads';
import type { Chunk } from '../ingest/types.js';
import { analyseCorpus } from './analysis.js';

/** A build's text analysis on a worker thread (see analysis.ts): the chunks in, the files' bytes out. */
const files = analyseCorpus(workerData as Chunk[]);
parentPort!.postMessage(files, Object.values(files).map((bytes) => bytes.buffer as ArrayBuffer));
