import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { documentMeta, layoutHints, loadCorpusManifest, type CorpusManifest, type DocumentEntry } from './manifest.js';
import type { SourceDocument } from './types.js';

export interface Corpus {
  manifest: CorpusManifest;
  /** In manifest order. */
  documents: SourceDocument[];
}

/** Strict: a file that is not UTF-8 is an error, not text with replacement characters. Strips a BOM. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's bytes as text, exactly as written but for a leading byte-order mark; `name` is for the error. */
export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error(`${name} is not valid UTF-8 text`);
  }
}

/**
 * Reads one document. The text is kept exactly as in the file (line endings included), so offsets into
 * it are offsets into the file as UTF-8 text; only a leading byte-order mark is dropped.
 */
async function loadDocument(corpusDir: string, manifest: CorpusManifest, entry: DocumentEntry): Promise<SourceDocument> {
  const bytes = await readFile(join(corpusDir, entry.file));
  return {
    meta: documentMeta(manifest, entry),
    text: decodeText(bytes, `Document "${entry.id}" (${entry.file})`),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    hints: layoutHints(manifest, entry),
  };
}

const CONCURRENT_READS = 64;

/** The validated manifest and every document it lists. */
export async function loadCorpus(corpusDir: string): Promise<Corpus> {
  const manifest = await loadCorpusManifest(corpusDir);
  const documents: SourceDocument[] = [];
  // A few at a time: a corpus of every region's strategies has tens of thousands of files, more than a
  // process may hold open at once.
  for (let i = 0; i < manifest.documents.length; i += CONCURRENT_READS) {
    const batch = manifest.documents.slice(i, i + CONCURRENT_READS);
    documents.push(...(await Promise.all(batch.map((entry) => loadDocument(corpusDir, manifest, entry)))));
  }
  return { manifest, documents };
}

/** A corpus file's identity as recorded by a build: its sha256 and, when safe to trust later, its stat. */
export interface CorpusFileRecord {
  file: string;
  sha256: string;
  /** Size, times and inode when the file was hashed; absent when it was too fresh to vouch for its bytes. */
  stat?: FileStamp;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * A file changed within this long before it was hashed may change again within the same timestamp tick
 * (coarse filesystem clocks: up to 2 s on FAT), leaving its stat unchanged: such a stat is not recorded.
 */
const FRESH_MS = 2_000;

/**
 * Each document's sha256, for the staleness check at start, without reading files that have not changed:
 * a file whose size, modification and change times and inode equal those `known` recorded is taken to
 * hold the bytes hashed then (the change time moves on every write and cannot be set back by a user, so
 * an edit that keeps size and mtime still shows). Any other file is read and hashed, and its stat recorded
 * when it is old enough to be trusted next time.
 */
export async function corpusFileRecords(corpusDir: string, known: readonly CorpusFileRecord[] = []): Promise<CorpusFileRecord[]> {
  const manifest = await loadCorpusManifest(corpusDir);
  const knownByFile = new Map(known.map((r) => [r.file, r]));
  const records: CorpusFileRecord[] = [];
  for (let i = 0; i < manifest.documents.length; i += CONCURRENT_READS) {
    const batch = manifest.documents.slice(i, i + CONCURRENT_READS);
    records.push(...(await Promise.all(batch.map(({ file }) => fileRecord(join(corpusDir, file), file, knownByFile.get(file))))));
  }
  return records;
}

/**
 * `records` with a stat for the files that had none because they were fresh when hashed, now that they are
 * old enough, provided their bytes are still the ones hashed (read again to make sure). A build calls this
 * after its long work, so the start right after a build on a just-written corpus can skip rehashing too.
 */
export async function recordSettledStats(corpusDir: string, records: readonly CorpusFileRecord[]): Promise<CorpusFileRecord[]> {
  const settled: CorpusFileRecord[] = [];
  for (let i = 0; i < records.length; i += CONCURRENT_READS) {
    const batch = records.slice(i, i + CONCURRENT_READS);
    settled.push(
      ...(await Promise.all(
        batch.map(async (record) => {
          if (record.stat) return record;
          const again = await fileRecord(join(corpusDir, record.file), record.file, undefined);
          return again.sha256 === record.sha256 ? again : record;
        }),
      )),
    );
  }
  return settled;
}

async function fileRecord(path: string, file: string, known: CorpusFileRecord | undefined): Promise<CorpusFileRecord> {
  const statAt = Date.now();
  const before = await stat(path);
  const stamp: FileStamp = { size: before.size, mtimeMs: before.mtimeMs, ctimeMs: before.ctimeMs, ino: before.ino };
  if (known?.stat && sameStamp(known.stat, stamp)) return known;
  const sha256 = createHash('sha256').update(await readFile(path)).digest('hex');
  const after = await stat(path);
  // Trusted next time only if nothing touched the file while it was read, and it was not fresh then.
  const stable = after.ctimeMs === before.ctimeMs && after.size === before.size && before.ctimeMs < statAt - FRESH_MS;
  return stable ? { file, sha256, stat: stamp } : { file, sha256 };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}
