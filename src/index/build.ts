import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { chunkDocument } from '../ingest/chunk.js';
import { corpusFileRecords, loadCorpus, recordSettledStats, type CorpusFileRecord } from '../ingest/load.js';
import { sectionize } from '../ingest/sectionize.js';
import type { Chunk, DocumentMeta, Section } from '../ingest/types.js';
import type { IndexInfo } from '../shared/api.js';
import { createAnalyzer } from '../text/analyze.js';
import { analyseBeside } from './analysis.js';
import { indexEmbeddings, resolveEmbeddingSpec } from './embeddings.js';
import { LexicalIndex } from './lexical.js';
import { PassageAnalysis } from '../text/passage-analysis.js';
import { passagesFromBytes } from './passages.js';
import { conceptsFromBytes, type PassageConcepts } from './concepts.js';
import { readWhole } from './binary.js';
import { chunksFromBytes, chunksToBytes } from './chunks.js';
import { documentsToBytes, StoredDocuments } from './documents.js';
import { cleanLeftovers, ensureBuild, liveBuild, readLiveBuild, type BuildRef, type CommitStep } from './lifecycle.js';
import type { LockOwner } from './lock.js';
import { buildStaticModel, STATIC_MODEL_NAME } from './model.js';
import type { StaticEmbedder } from './model/embedder.js';
import { passageText, VectorIndex, type PassageEmbedder } from './vectors.js';

/**
 * What a build contains: manifest.json, corpus.json, chunks.bin, lexical.bin, passages.bin, concepts.bin and documents.bin (binary.ts; texts and
 * sections), vectors/ (HNSW), model/ (the static embedding model, when built in). How it is committed (temp directory, file list, atomic switch of
 * current.json, pruning, leftovers of killed builds) is lifecycle.ts's concern.
 */
export interface IndexManifest extends IndexInfo {
  formatVersion: number;
  /** Each document's sha256, and the stat that lets the next start skip rehashing it (ingest/load.ts). */
  corpus: CorpusFileRecord[];
  settings: { embeddingModel: string; queryPrefix: string; passagePrefix: string };
  versions: Record<string, string>;
}

/** What a build stores besides the search structures: the corpus catalogue the answerer and API need. */
export interface CorpusCatalog {
  regions: { name: string; country: string; aliases: string[] }[];
  otherRegions: string[];
  documents: (DocumentMeta & { sections: string[] })[];
}

/** A document's text exactly as indexed, with its sections: what every chunk's and citation's offsets index. */
export interface IndexedDocument {
  id: string;
  text: string;
  sections: Section[];
}

export interface LoadedIndex {
  manifest: IndexManifest;
  catalog: CorpusCatalog;
  chunks: Chunk[];
  /** The documents' texts and sections, read when asked for. */
  documents: StoredDocuments;
  lexical: LexicalIndex;
  /** Each chunk's terms and words for the evidence check, analysed at build time. */
  passages: PassageAnalysis;
  /** The domain concepts each chunk mentions and the corpus's words for them, found at build time. */
  concepts: PassageConcepts;
  vectors: VectorIndex;
  embeddings: ReturnType<typeof indexEmbeddings>;
  analyzer: ReturnType<typeof createAnalyzer>;
}

export type BuildStage = 'corpus' | 'model' | 'vectors' | 'lexical' | CommitStep;

export interface BuildOptions {
  /** Rebuild even when the current index is up to date. */
  force?: boolean;
  /** Called as each stage starts; the CLI prints it. An exception here aborts the build like any crash. */
  onProgress?: (stage: BuildStage) => void;
  /** Another process is building this index; called once before waiting for it to finish. */
  onWait?: (owner: LockOwner) => void;
}

const FORMAT_VERSION = 10;
/**
 * Code whose behaviour shapes the index (directories and files under src/): a change to any of it makes
 * existing indexes stale. The concept lexicons (lang/) and their matcher shape concepts.bin.
 */
const INDEX_CODE = ['ingest', 'text', 'index', 'lang', 'retrieve/concepts.ts'];
const PACKAGES = ['@huggingface/transformers', 'hnswlib-node', 'snowball-stemmers', 'stopwords-iso'];

/**
 * The TypeScript sources, hashed whether this runs from src/ (tsx) or from the compiled dist/: both forms of
 * the same code must agree on an index's fingerprint. Without src/ (a copy of dist/ alone), the running code.
 */
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const srcDir = existsSync(join(packageRoot, 'src', 'index')) ? join(packageRoot, 'src') : fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

function packageVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of PACKAGES) {
    try {
      versions[name] = require(`${name}/package.json`).version;
    } catch {
      versions[name] = 'unknown';
    }
  }
  return versions;
}

/** Hashes a user-supplied model directory by its small files and the sizes of its weights. */
async function externalModelFingerprint(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const file of await filesUnder(dir)) {
    const info = await stat(file);
    parts.push(file.slice(dir.length), info.size < 5_000_000 ? sha256(await readFile(file)) : String(info.size));
  }
  return sha256(parts.join('\n'));
}

interface Inputs {
  fingerprint: string;
  manifestBase: Omit<IndexManifest, 'builtAt' | 'documents' | 'chunks' | 'dimensions' | 'embeddingModel'>;
}

/** The fingerprint of what an index is built from; `known` are the live build's corpus records (cheap check). */
async function readInputs(config: Config, known: readonly CorpusFileRecord[] = []): Promise<Inputs> {
  const corpusRecords = await corpusFileRecords(config.CORPUS_DIR, known);
  const manifestBytes = await readFile(join(config.CORPUS_DIR, 'manifest.json'));
  const code: string[] = [];
  for (const path of INDEX_CODE) {
    // In a copy of dist/ alone, a source file is its compiled .js.
    const named = join(srcDir, path);
    const full = existsSync(named) ? named : named.replace(/\.ts$/, '.js');
    const files = (await stat(full)).isDirectory() ? await filesUnder(full) : [full];
    for (const file of files) code.push(sha256(await readFile(file)));
  }
  const spec = config.EMBEDDING_MODEL ? resolveEmbeddingSpec(config, '') : undefined;
  const settings = {
    embeddingModel: spec ? spec.name : STATIC_MODEL_NAME,
    queryPrefix: spec?.queryPrefix ?? '',
    passagePrefix: spec?.passagePrefix ?? '',
  };
  // The stats are not part of the fingerprint: a touched but unchanged corpus is still current.
  const corpusFiles = corpusRecords.map(({ file, sha256 }) => ({ file, sha256 }));
  const versions = packageVersions();
  const fingerprint = sha256(
    JSON.stringify({
      FORMAT_VERSION,
      manifest: sha256(manifestBytes),
      corpusFiles,
      code: sha256(code.join('')),
      settings,
      model: spec ? await externalModelFingerprint(spec.modelDir) : null,
      versions,
    }),
  ).slice(0, 16);
  return {
    fingerprint,
    manifestBase: { formatVersion: FORMAT_VERSION, fingerprint, corpus: corpusRecords, settings, versions },
  };
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

const readManifest = (dir: string) => readJson<IndexManifest>(join(dir, 'manifest.json'));

/** Builds the index unless the live one is complete and matches corpus, settings and code. */
async function ensureIndex(config: Config, options: BuildOptions): Promise<{ build: BuildRef; built: boolean }> {
  const live = options.force ? undefined : await liveBuild(resolve(config.INDEX_DIR));
  const recorded = live ? (await readManifest(live.dir).catch(() => undefined))?.corpus : undefined;
  const inputs = await readInputs(config, Array.isArray(recorded) ? recorded : []);
  const progress = options.onProgress ?? (() => {});
  return ensureBuild(resolve(config.INDEX_DIR), {
    force: options.force,
    label: inputs.fingerprint,
    isCurrent: async (build) => (await readManifest(build.dir)).fingerprint === inputs.fingerprint,
    write: (dir) => writeBuild(config, inputs, dir, progress),
    onStep: progress,
    onWait: options.onWait,
  });
}

/** Builds the index unless the current one matches corpus, settings and code; returns what is in use. */
export async function buildIndex(config: Config, options: BuildOptions = {}): Promise<IndexManifest> {
  return readManifest((await ensureIndex(config, options)).build.dir);
}

/** Writes every file of a build into `dir`; lifecycle.ts commits it. */
async function writeBuild(
  config: Config,
  { manifestBase }: Inputs,
  dir: string,
  progress: (stage: BuildStage) => void,
): Promise<void> {
  progress('corpus');
  // Should the corpus change between the fingerprint and this read, the manifest's records (stat and sha256
  // of before) no longer match the files, so the next start rehashes them and rebuilds.
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const documents: IndexedDocument[] = corpus.documents.map((d) => ({ id: d.meta.id, text: d.text, sections: sectionize(d) }));
  const chunks = corpus.documents.flatMap((d, i) => chunkDocument(d, documents[i].sections));

  // The text analysis runs beside the model and the graph (analysis.ts); 'lexical' is what is left of it after them.
  const analysis = analyseBeside(chunks);
  const builtinDir = join(dir, 'model', STATIC_MODEL_NAME);
  const spec = resolveEmbeddingSpec(config, builtinDir);
  let dimensions: number;
  try {
    progress('model');
    // The built-in model embeds passages directly (the same vectors, without transformers.js's pipeline).
    let embedPassages: PassageEmbedder | undefined;
    let builtIn: StaticEmbedder | undefined;
    if (!config.EMBEDDING_MODEL) {
      builtIn = (await buildStaticModel({ dir: builtinDir, corpusTexts: chunks.map(passageText) })).embedder;
      embedPassages = async (texts) => texts.map((text) => builtIn!.embed(text));
    }
    const embeddings = indexEmbeddings(config, spec, builtIn);


    progress('vectors');
    const vectors = await VectorIndex.build(chunks, embeddings, embedPassages);
    await vectors.save(join(dir, 'vectors'));
    dimensions = vectors.dimensions;
  } catch (error) {
    analysis.abort();
    throw error;
  }

  progress('lexical');
  const analysed = await analysis.files;

  const sectionsOf = new Map<string, Set<string>>();
  for (const c of chunks) {
    let sections = sectionsOf.get(c.documentId);
    if (!sections) sectionsOf.set(c.documentId, (sections = new Set()));
    sections.add(c.section);
  }
  const catalog: CorpusCatalog = {
    regions: corpus.manifest.regions,
    otherRegions: corpus.manifest.otherRegions,
    documents: corpus.documents.map((d) => ({ ...d.meta, sections: [...(sectionsOf.get(d.meta.id) ?? [])] })),
  };
  const manifest: IndexManifest = {
    ...manifestBase,
    corpus: await recordSettledStats(config.CORPUS_DIR, manifestBase.corpus),
    builtAt: new Date().toISOString(),
    documents: corpus.documents.length,
    chunks: chunks.length,
    embeddingModel: spec.name,
    dimensions,
  };
  await writeFile(join(dir, 'chunks.bin'), chunksToBytes(chunks));
  await writeFile(join(dir, 'corpus.json'), JSON.stringify(catalog, null, 2));
  await writeFile(join(dir, 'documents.bin'), documentsToBytes(documents));
  for (const [name, bytes] of Object.entries<Uint8Array>(analysed)) await writeFile(join(dir, name), bytes);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

/**
 * Steps of a load on the main thread, reported as they start: checking the live build is current (and
 * building it if not), opening its files, decoding each, then waiting for what loads on other threads (the
 * graph, the embedding model). The time between two reports is that step's.
 */
export type LoadStage = 'check' | 'open' | 'chunks' | 'lexical' | 'passages' | 'concepts' | 'graph' | 'model';

export interface LoadOptions extends BuildOptions {
  /** Reports after the fact that the index had to be (re)built, and why. */
  onBuild?: (reason: 'missing' | 'stale') => void;
  /** Called as each step of the load starts; the scale bench times them. */
  onLoadStage?: (stage: LoadStage) => void;
}

/** Makes sure an up-to-date index exists (building it if missing or stale) and loads it. */
export async function loadIndex(config: Config, options: LoadOptions = {}): Promise<LoadedIndex> {
  const stage = options.onLoadStage ?? (() => {});
  stage('check');
  const indexDir = resolve(config.INDEX_DIR);
  // Leftovers of a build killed earlier go now, unless a build is running (it removes them itself).
  await cleanLeftovers(indexDir);
  const before = await liveBuild(indexDir);
  const { built } = await ensureIndex(config, options);
  if (built) options.onBuild?.(before ? 'stale' : 'missing');

  return readLiveBuild(indexDir, async ({ dir }) => {
    stage('open');
    // What other threads can do starts first, so that it happens while this one decodes: hnswlib reads the
    // graph on a thread of its own, the files are read on libuv's threads, and the embedding model's file
    // (or an ONNX model's session) loads beside them too. A failure of one waits to be reported in its turn.
    const started = <T>(promise: Promise<T>): Promise<T> => (promise.catch(() => {}), promise);
    const manifest = await readManifest(dir);
    const [chunksBytes, lexicalBytes, passagesBytes, conceptsBytes] = ['chunks.bin', 'lexical.bin', 'passages.bin', 'concepts.bin'].map(
      (file) => started(readWhole(join(dir, file))),
    );
    const builtinDir = join(dir, 'model', STATIC_MODEL_NAME);
    const embeddings = indexEmbeddings(config, resolveEmbeddingSpec(config, builtinDir));
    const chunksRead = started(chunksBytes.then((bytes) => (stage('chunks'), chunksFromBytes(bytes))));
    const vectorsRead = started(VectorIndex.load(join(dir, 'vectors'), embeddings, chunksRead.then((chunks) => chunks.map((c) => c.id))));
    // Warmed now, the model spares the first asker its start.
    const modelReady = started(embeddings.embedQuery('strategi'));
    const catalog = await readJson<CorpusCatalog>(join(dir, 'corpus.json'));
    const documents = StoredDocuments.open(join(dir, 'documents.bin'));
    const chunks = await chunksRead;
    stage('lexical');
    const lexical = LexicalIndex.fromBytes(await lexicalBytes);
    stage('passages');
    const passages = passagesFromBytes(await passagesBytes, lexical.dictionary);
    stage('concepts');
    const concepts = conceptsFromBytes(await conceptsBytes);
    stage('graph');
    const vectors = await vectorsRead;
    stage('model');
    await modelReady;
    return { manifest, catalog, chunks, documents, lexical, passages, concepts, vectors, embeddings, analyzer: lexical.analyzer };
  });
}
