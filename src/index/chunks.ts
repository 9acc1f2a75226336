import type { Chunk } from '../ingest/types.js';
import { arrayText, decodeArrays, encodeArrays, textArray } from './binary.js';

/**
 * chunks.bin: the passages stored with a build. As JSON they were among the slowest files of a large index
 * to load (~3 s of parsing at 100k passages) and held every passage's region, title and section path as
 * strings of its own. Here the texts are one UTF-8 block, decoded at once and cut into strings by their
 * lengths, and what passages share (document, region, title, section, provenance) is stored once per
 * distinct combination, so loaded passages share those strings. (The documents' texts: documents.ts.)
 */

const CHUNKS = 'strategisvar-chunks';
const VERSION = 1;

/** Texts as one block plus each one's length in UTF-16 code units (what `slice` counts). */
function textsToArrays(texts: string[]): { text: Uint8Array; lengths: Uint32Array } {
  return { text: textArray(texts.join('')), lengths: Uint32Array.from(texts, (t) => t.length) };
}

function textsFromArrays(text: Uint8Array, lengths: Uint32Array): string[] {
  const all = arrayText(text);
  const out: string[] = new Array(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) out[i] = all.slice(at, (at += lengths[i]));
  if (at !== all.length) throw new Error('Stored texts do not add up to their lengths');
  return out;
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
      textLengths: texts.lengths,
    },
  );
}

export function chunksFromBytes(bytes: Uint8Array): Chunk[] {
  const { meta, arrays } = decodeArrays(bytes, 'The passages');
  checkMeta(meta, CHUNKS, 'passages');
  const groups = JSON.parse(arrayText(arrays.groups as Uint8Array)) as Omit<Chunk, 'id' | 'text' | 'start' | 'end'>[];
  const group = arrays.group as Uint32Array;
  const spans = arrays.spans as Uint32Array;
  const texts = textsFromArrays(arrays.text as Uint8Array, arrays.textLengths as Uint32Array);
  const idText = arrayText(arrays.ids as Uint8Array);
  const ids = idText === '' ? [] : idText.split('\n');
  if (ids.length !== group.length || texts.length !== group.length || spans.length !== 2 * group.length) {
    throw new Error('The passages file is inconsistent');
  }
  // Key order as the chunker makes them, so a loaded passage serialises as it did before it was stored;
  // each group is taken apart once, not once per passage.
  const parts = groups.map(({ documentId, ...rest }) => ({ documentId, rest }));
  return ids.map((id, i) => {
    const { documentId, rest } = parts[group[i]];
    return { id, documentId, ...rest, text: texts[i], start: spans[2 * i], end: spans[2 * i + 1] } as Chunk;
  });
}
