import { TermDictionary } from '../text/dictionary.js';
import { PassageAnalysis } from '../text/passage-analysis.js';
import { arrayText, decodeArrays, encodeArrays, textArray } from './binary.js';

/**
 * passages.bin: the passage analysis (src/text/passage-analysis.ts) stored with a build. Its terms are
 * nearly all of the lexical index's (213k of them at 100k passages), so they are stored as positions in
 * lexical.bin's term dictionary and loaded as that dictionary's strings: one copy of each term in the
 * file and in memory instead of two.
 */

const FORMAT = 'strategisvar-passages';
const VERSION = 2;
const TEXTS = ['ids', 'words'] as const;
const ARRAYS = ['termOffsets', 'termIds', 'wordOffsets', 'wordIds', 'frequencies', 'lexicalTerms'] as const;

/** `lexicalTerms` is the dictionary of the lexical index stored beside it; it holds every term of `analysis`. */
export function passagesToBytes(analysis: PassageAnalysis, lexicalTerms: TermDictionary): Buffer {
  const { terms, ...parts } = analysis.toArrays();
  const positions = new Uint32Array(terms.size);
  for (let id = 0; id < terms.size; id++) {
    const position = lexicalTerms.indexOf(terms.at(id));
    if (position < 0) throw new Error(`The passage term "${terms.at(id)}" is not in the lexical index`);
    positions[id] = position;
  }
  return encodeArrays(
    { format: FORMAT, version: VERSION },
    {
      ...Object.fromEntries(TEXTS.map((name) => [name, textArray(parts[name])])),
      ...Object.fromEntries(ARRAYS.map((name) => [name, name === 'lexicalTerms' ? positions : parts[name]])),
    },
  );
}

/** `lexicalTerms`: the dictionary of the lexical index it was stored with. */
export function passagesFromBytes(bytes: Uint8Array, lexicalTerms: TermDictionary): PassageAnalysis {
  const { meta, arrays } = decodeArrays(bytes, 'The passage analysis');
  const m = meta as { format?: string; version?: number } | null;
  if (m?.format !== FORMAT || m.version !== VERSION) throw new Error(`Not a passage analysis (${FORMAT} version ${VERSION})`);
  const missing = [...TEXTS, ...ARRAYS].filter((name) => !arrays[name]);
  if (missing.length) throw new Error(`The passage analysis lacks ${missing.join(', ')}`);
  const positions = arrays.lexicalTerms as Uint32Array;
  const terms: string[] = new Array(positions.length);
  for (let id = 0; id < positions.length; id++) {
    if (positions[id] >= lexicalTerms.size) throw new Error('The passage analysis names terms its lexical index lacks');
    terms[id] = lexicalTerms.at(positions[id]);
  }
  return PassageAnalysis.fromArrays({
    ...(Object.fromEntries(TEXTS.map((name) => [name, arrayText(arrays[name] as Uint8Array)])) as Record<(typeof TEXTS)[number], string>),
    ...(Object.fromEntries(ARRAYS.map((name) => [name, arrays[name] as Uint32Array])) as Record<Exclude<(typeof ARRAYS)[number], 'lexicalTerms'>, Uint32Array>),
    terms: TermDictionary.fromSorted(terms),
  });
}
