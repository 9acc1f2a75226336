import type { Chunk } from './types.js';

/**
 * Each chunk's position in a list of chunks, by id, made once per list however many modules ask: the
 * loaded index's passages, the retriever and the answer pipeline each kept a map of their own, and at 100k
 * passages each was a tenth of a second of a start and megabytes of heap. A list must not change after it
 * was first asked about (an index's never does).
 */
const made = new WeakMap<readonly Chunk[], ReadonlyMap<string, number>>();

export function chunkPositions(chunks: readonly Chunk[]): ReadonlyMap<string, number> {
  let positions = made.get(chunks);
  if (!positions) made.set(chunks, (positions = new Map(chunks.map((c, i) => [c.id, i]))));
  return positions;
}
