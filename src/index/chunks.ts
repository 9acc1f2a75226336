import { chunkPositions } from '../ingest/positions.js';
import type { Chunk } from '../ingest/types.js';
import { boundedCache } from '../text/bounded-cache.js';
import { arrayText, decodeArrays, encodeArrays, textArray } from './binary.js';

/**
 * chunks.bin: the passages stored with a build. As JSON they were among the slowest files of a large index
 * to load (~3 s of parsing at 100k passages) and held every passage's region, title and section path as
 * strings of its own. Here what passages share (document, region, title, section, provenance) is stored
 * once per distinct combination, so loaded passages share those strings, and the texts are one UTF-8 block
 * with each text's byte offset. A loaded passage's text is decoded from that block when first read: a
 * server reads the texts of the few passages its answers quote, and decoding all of them at start was the
 * largest part of a 100k-passage load (~0.5 s, and a two-byte string of ~55 MB as bullets are not Latin-1).
 */

const CHUNKS = 'strategisvar-chunks';
const VERSION = 2;
/**
 * Passage texts kept decoded: an answer reads the texts of its candidates several times, and the next
 * question on a topic reads the same ones. Ten thousand texts are a few MB; safe range 100–1,000,000.
 */
const TEXTS_KEPT = 10_000;

/** Texts as one UTF-8 block plus each one's byte offset (n + 1 of them). */
function textsToArrays(texts: string[]): { text: Uint8Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(texts.length + 1);
  texts.forEach((text, i) => (offsets[i + 1] = offsets[i] + Buffer.byteLength(text)));
  return { text: textArray(texts.join('')), offsets };
}

/** Text i of a block, decoded when first asked for and kept while in use. */
function textsFromArrays(text: Uint8Array, offsets: Uint32Array): (i: number) => string {
  if (offsets.length === 0 || offsets[offsets.length - 1] !== text.length) throw new Error('Stored texts do not add up to their lengths');
  const block = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const decoded = boundedCache<number, string>(TEXTS_KEPT);
  return (i) => {
    let found = decoded.get(i);
    if (found === undefined) decoded.set(i, (found = block.toString('utf8', offsets[i], offsets[i + 1])));
    return found;
  };
}

function checkMeta(meta: unknown, format: string, what: string): void {
  const m = meta as { format?: string; version?: number } | null;
  if (m?.format !== format || m.version !== VERSION) throw new Error(`Not ${what} (${format} version ${VERSION})`);
}

export function chunksToBytes(chunks: Chunk[]): Buffer {
  const groups: string[] = [];
  const groupOf = new Map<string, number>();
  const group = new Uint32Array(chunks.length);
  const spans = new Uint32Array(chunks.length * 2);
  chunks.forEach((chunk, i) => {
    const { id: _id, text: _text, start, end, ...shared } = chunk;
    const key = JSON.stringify(shared);
    let g = groupOf.get(key);
    if (g === undefined) groupOf.set(key, (g = groups.push(key) - 1));
    group[i] = g;
    spans[2 * i] = start;
    spans[2 * i + 1] = end;
  });
  const texts = textsToArrays(chunks.map((c) => c.text));
  return encodeArrays(
    { format: CHUNKS, version: VERSION },
    {
      ids: textArray(chunks.map((c) => c.id).join('\n')),
      groups: textArray(`[${groups.join(',')}]`),
      group,
      spans,
      text: texts.text,
      textOffsets: texts.offsets,
    },
  );
}

/**
 * The passages of {@link chunksToBytes}' output, each a plain object whose `text` is an enumerable getter
 * (see the file's comment): spread, serialised or compared, a passage is the one that was stored.
 */
export function chunksFromBytes(bytes: Uint8Array): Chunk[] {
  const { meta, arrays } = decodeArrays(bytes, 'The passages');
  checkMeta(meta, CHUNKS, 'passages');
  const groups = JSON.parse(arrayText(arrays.groups as Uint8Array)) as Omit<Chunk, 'id' | 'text' | 'start' | 'end'>[];
  const group = arrays.group as Uint32Array;
  const spans = arrays.spans as Uint32Array;
  const offsets = arrays.textOffsets as Uint32Array;
  const idText = arrayText(arrays.ids as Uint8Array);
  const ids = idText === '' ? [] : idText.split('\n');
  if (ids.length !== group.length || offsets.length !== group.length + 1 || spans.length !== 2 * group.length) {
    throw new Error('The passages file is inconsistent');
  }
  const textAt = textsFromArrays(arrays.text as Uint8Array, offsets);
  // One getter for every passage, so that they all keep one shape (a closure each would give each its own).
  const text: PropertyDescriptor = {
    enumerable: true,
    get(this: Chunk) {
      return textAt(positions.get(this.id)!);
    },
  };
  // Key order as the chunker makes them, so a loaded passage serialises as it did before it was stored;
  // each group is taken apart once, not once per passage.
  const parts = groups.map(({ documentId, ...rest }) => ({ documentId, rest }));
  const chunks = ids.map((id, i) => {
    const { documentId, rest } = parts[group[i]];
    const chunk = { id, documentId, ...rest } as Chunk;
    Object.defineProperty(chunk, 'text', text);
    chunk.start = spans[2 * i];
    chunk.end = spans[2 * i + 1];
    return chunk;
  });
  // Shared with the retriever and the answer pipeline, which look passages up by id too.
  const positions = chunkPositions(chunks);
  return chunks;
}
