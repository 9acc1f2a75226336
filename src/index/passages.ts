import { PassageAnalysis } from '../text/passage-analysis.js';
import { arrayText, decodeArrays, encodeArrays, textArray } from './binary.js';

/** passages.bin: the passage analysis (src/text/passage-analysis.ts) stored with a build. */

const FORMAT = 'strategisvar-passages';
const VERSION = 1;
const TEXTS = ['ids', 'terms', 'words'] as const;
const ARRAYS = ['termOffsets', 'termIds', 'wordOffsets', 'wordIds', 'frequencies'] as const;

export function passagesToBytes(analysis: PassageAnalysis): Buffer {
  const parts = analysis.toArrays();
  return encodeArrays(
    { format: FORMAT, version: VERSION },
    {
      ...Object.fromEntries(TEXTS.map((name) => [name, textArray(parts[name])])),
      ...Object.fromEntries(ARRAYS.map((name) => [name, parts[name]])),
    },
  );
}

export function passagesFromBytes(bytes: Uint8Array): PassageAnalysis {
  const { meta, arrays } = decodeArrays(bytes, 'The passage analysis');
  const m = meta as { format?: string; version?: number } | null;
  if (m?.format !== FORMAT || m.version !== VERSION) throw new Error(`Not a passage analysis (${FORMAT} version ${VERSION})`);
  const missing = [...TEXTS, ...ARRAYS].filter((name) => !arrays[name]);
  if (missing.length) throw new Error(`The passage analysis lacks ${missing.join(', ')}`);
  return PassageAnalysis.fromArrays({
    ...(Object.fromEntries(TEXTS.map((name) => [name, arrayText(arrays[name] as Uint8Array)])) as Record<(typeof TEXTS)[number], string>),
    ...(Object.fromEntries(ARRAYS.map((name) => [name, arrays[name] as Uint32Array])) as Record<(typeof ARRAYS)[number], Uint32Array>),
  });
}
