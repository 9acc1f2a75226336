import { LRUCache } from 'lru-cache';
import type { Section } from '../ingest/types.js';
import { arrayText, ArrayFile, encodeArrays, textArray } from './binary.js';
import type { IndexedDocument } from './build.js';

/**
 * documents.bin: each document's text exactly as indexed (what chunk and citation offsets index) and its
 * sections, stored with a build. A server needs one only to place a quoted statement in its source or to
 * show a document's page, so it keeps the file open and reads a document when asked for it: decoding all
 * of them at start cost ~1 s and ~70 MB at 100k passages. Texts and sections are each one block of bytes
 * with every document's byte offsets, so a document is one read.
 */

const FORMAT = 'strategisvar-documents';
const VERSION = 2;
/**
 * Documents kept decoded: an answer places its statements in the few documents its passages come from, and
 * the next question on the same topic asks the same ones. A hundred documents of a large corpus are a few MB.
 */
const DOCUMENTS_KEPT = 100;

/** Strings as one UTF-8 block and each one's byte offset (n + 1 of them). */
function block(strings: string[]): { bytes: Uint8Array; offsets: Float64Array } {
  const encoded = strings.map(textArray);
  const offsets = new Float64Array(strings.length + 1);
  encoded.forEach((bytes, i) => (offsets[i + 1] = offsets[i] + bytes.length));
  const bytes = new Uint8Array(offsets[strings.length]);
  encoded.forEach((part, i) => bytes.set(part, offsets[i]));
  return { bytes, offsets };
}

export function documentsToBytes(documents: IndexedDocument[]): Buffer {
  const texts = block(documents.map((d) => d.text));
  const sections = block(documents.map((d) => JSON.stringify(d.sections)));
  return encodeArrays(
    { format: FORMAT, version: VERSION },
    {
      ids: textArray(documents.map((d) => d.id).join('\n')),
      textOffsets: texts.offsets,
      sectionOffsets: sections.offsets,
      text: texts.bytes,
      sections: sections.bytes,
    },
  );
}

/** The documents of a build's documents.bin, each read from the file when first asked for. */
export class StoredDocuments {
  private readonly numbers: ReadonlyMap<string, number>;
  private readonly textOffsets: Float64Array;
  private readonly sectionOffsets: Float64Array;
  private readonly texts = new LRUCache<number, string>({ max: DOCUMENTS_KEPT });

  private constructor(private readonly file: ArrayFile) {
    const m = file.meta as { format?: string; version?: number } | null;
    if (m?.format !== FORMAT || m.version !== VERSION) throw new Error(`Not documents (${FORMAT} version ${VERSION})`);
    const idText = arrayText(file.array('ids') as Uint8Array);
    const ids = idText === '' ? [] : idText.split('\n');
    this.numbers = new Map(ids.map((id, i) => [id, i]));
    this.textOffsets = file.array('textOffsets') as Float64Array;
    this.sectionOffsets = file.array('sectionOffsets') as Float64Array;
    if (this.textOffsets.length !== ids.length + 1 || this.sectionOffsets.length !== ids.length + 1) {
      throw new Error('The documents file is inconsistent');
    }
  }

  static open(path: string): StoredDocuments {
    return new StoredDocuments(ArrayFile.open(path, 'The documents'));
  }

  get size(): number {
    return this.numbers.size;
  }

  /** The document's text as indexed, or undefined for an id the build lacks. */
  text(id: string): string | undefined {
    const i = this.numbers.get(id);
    if (i === undefined) return undefined;
    let text = this.texts.get(i);
    if (text === undefined) {
      text = this.file.bytes('text', this.textOffsets[i], this.textOffsets[i + 1]).toString('utf8');
      this.texts.set(i, text);
    }
    return text;
  }

  /** The document's sections (read anew each time: only its page shows them), or undefined for an unknown id. */
  sections(id: string): Section[] | undefined {
    const i = this.numbers.get(id);
    if (i === undefined) return undefined;
    return JSON.parse(this.file.bytes('sections', this.sectionOffsets[i], this.sectionOffsets[i + 1]).toString('utf8')) as Section[];
  }
}
