import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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
