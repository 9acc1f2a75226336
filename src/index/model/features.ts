/**
 * Character n-gram features of vocabulary pieces, hashed into a dense vector (the "hashing trick"
 * behind fastText-style subword vectors). Words that share spelling share features, so a typo, a
 * missing æ/ø/å or an inflection lands near the word it deforms, with no training.
 */

/** Marks a word's edges, so "<ven" (a word start) and "ven" (anywhere) are different features. */
export const WORD_START = '<';
export const WORD_END = '>';

const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/**
 * A spelling skeleton that Danish and Norwegian forms of a word share: sygehus/sykehus, patient/pasient,
 * kommunikation/kommunikasjon, sikkerhed/sikkerhet, vej/vei, høj/høy, af/av. It is only ever used as an
 * extra feature set next to the real spelling, so the words it wrongly merges stay apart on the rest.
 * Input is folded (lowercase, æ→ae, ø→oe, å→aa).
 */
export function nordicSkeleton(folded: string): string {
  const s = folded
    // The folded vowels, reduced to one letter: also meets askers who type "a" for å and "o" for ø.
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'o')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    // Double letters carry no da/no difference worth keeping (takk/tak, komme/kome).
    .replace(/(.)\1+/g, '$1')
    // -tion/-sjon and patient/pasient: "ti" and "sj" before a vowel are the same "si" sound.
    .replace(/(?:ti|sj)(?=[aeiouy])/g, 'si');
  // Danish softens p/t/k and f after vowels where Norwegian keeps them (gade/gate, bog/bok, af/av), and
  // writes j where Norwegian writes i or y (vej/vei, høj/høy).
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const afterVowel = isVowel(s[i - 1]);
    if (!afterVowel) out.push(c);
    else if (c === 'p') out.push('b');
    else if (c === 't') out.push('d');
    else if (c === 'k') out.push('g');
    else if (c === 'f') out.push('v');
    else if (c === 'j' || (c === 'y' && !isVowel(s[i + 1]))) out.push('i');
    else out.push(c);
  }
  return out.join('').replace(/(.)\1+/g, '$1');
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** All character n-grams of `text` (code points) with length in [minN, maxN]. */
export function charNgrams(text: string, minN: number, maxN: number): string[] {
  // Without surrogate pairs, code units are code points and plain slices do (the table builds ~130k rows).
  const chars = SURROGATE.test(text) ? Array.from(text) : text;
  const gram = typeof chars === 'string' ? (i: number, n: number) => chars.slice(i, i + n) : (i: number, n: number) => chars.slice(i, i + n).join('');
  const grams: string[] = [];
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= chars.length; i++) grams.push(gram(i, n));
  }
  // A piece shorter than minN (e.g. "<i" for a one-letter prefix) is its own only feature.
  if (grams.length === 0 && chars.length > 0) grams.push(text);
  return grams;
}

/** 32-bit FNV-1a over UTF-16 code units, started from a seed so feature spaces are independent. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** splitmix32 finaliser: spreads a counter into well-mixed bits. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/**
 * Projects features into `dimensions` dims: each feature adds ±1 at `spread` pseudo-random positions
 * (a sparse random projection). Determined by (seed, feature) alone, so builds are reproducible.
 */
export class FeatureHasher {
  constructor(
    readonly dimensions: number,
    readonly spread: number,
    private readonly seed: number,
  ) {}

  /** Adds `weight` × the feature's random vector into `target`. */
  add(target: Float64Array, feature: string, weight = 1): void {
    const h = fnv1a(feature, this.seed);
    for (let i = 0; i < this.spread; i++) {
      const r = mix32((h + Math.imul(i + 1, 0x9e3779b9)) >>> 0);
      const dim = r % this.dimensions;
      target[dim] += r & 0x80000000 ? -weight : weight;
    }
  }
}

export function norm(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** `target += scale × v / |v|` (nothing for a zero vector). */
export function addUnit(target: Float64Array, v: Float64Array, scale = 1): void {
  const n = norm(v);
  if (n === 0) return;
  for (let i = 0; i < v.length; i++) target[i] += (scale * v[i]) / n;
}
