import type { ConceptId } from '../lang/concepts.js';
import type { PassageConcepts } from '../retrieve/concepts.js';
import { arrayText, decodeArrays, encodeArrays, textArray } from './binary.js';

/**
 * concepts.bin: the domain concepts each passage mentions and what the concept matcher learned from the
 * corpus (src/retrieve/concepts.ts), stored with a build. Reading every passage for them at start took
 * most of a large index's load (~19 s at 100k passages); stored, they are a few typed arrays.
 */

export type { PassageConcepts };

const FORMAT = 'strategisvar-concepts';
const VERSION = 1;

const lines = (bytes: Uint8Array): string[] => {
  const text = arrayText(bytes);
  return text === '' ? [] : text.split('\n');
};

export function conceptsToBytes({ passages, knowledge }: PassageConcepts): Buffer {
  const names = [...new Set([...passages.flat(), ...knowledge.conceptWords.map(([c]) => c)])].sort();
  const number = new Map(names.map((name, i) => [name, i]));
  const passageOffsets = new Uint32Array(passages.length + 1);
  const passageConcepts = new Uint16Array(passages.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  passages.forEach((concepts, i) => {
    for (const c of [...concepts].sort()) passageConcepts[at++] = number.get(c)!;
    passageOffsets[i + 1] = at;
  });
  const wordOffsets = new Uint32Array(knowledge.conceptWords.length + 1);
  const wordConcepts = new Uint16Array(knowledge.conceptWords.length);
  knowledge.conceptWords.forEach(([c, words], i) => {
    wordConcepts[i] = number.get(c)!;
    wordOffsets[i + 1] = wordOffsets[i] + words.length;
  });
  return encodeArrays(
    { format: FORMAT, version: VERSION },
    {
      names: textArray(names.join('\n')),
      passageOffsets,
      passageConcepts,
      vocabulary: textArray(knowledge.vocabulary.join('\n')),
      wordConcepts,
      wordOffsets,
      words: textArray(knowledge.conceptWords.flatMap(([, words]) => words).join('\n')),
    },
  );
}

export function conceptsFromBytes(bytes: Uint8Array): PassageConcepts {
  const { meta, arrays } = decodeArrays(bytes, 'The passage concepts');
  const m = meta as { format?: string; version?: number } | null;
  if (m?.format !== FORMAT || m.version !== VERSION) throw new Error(`Not passage concepts (${FORMAT} version ${VERSION})`);
  const names = lines(arrays.names as Uint8Array) as ConceptId[];
  const passageOffsets = arrays.passageOffsets as Uint32Array;
  const passageConcepts = arrays.passageConcepts as Uint16Array;
  const wordOffsets = arrays.wordOffsets as Uint32Array;
  const wordConcepts = arrays.wordConcepts as Uint16Array;
  const words = lines(arrays.words as Uint8Array);
  const passages: ConceptId[][] = [];
  for (let i = 0; i + 1 < passageOffsets.length; i++) {
    const concepts: ConceptId[] = [];
    for (let j = passageOffsets[i]; j < passageOffsets[i + 1]; j++) concepts.push(names[passageConcepts[j]]);
    passages.push(concepts);
  }
  const conceptWords = Array.from(wordConcepts, (c, i): [ConceptId, string[]] => [names[c], words.slice(wordOffsets[i], wordOffsets[i + 1])]);
  return { passages, knowledge: { vocabulary: lines(arrays.vocabulary as Uint8Array), conceptWords } };
}
