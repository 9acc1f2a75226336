import type { Chunk } from '../ingest/types.js';
import { isContentToken, MIN_LEXICON_STEM, stems, type Analyzer } from './analyze.js';
import { byCodeUnits, TermDictionary } from './dictionary.js';
import { tokenize } from './normalize.js';

/**
 * A corpus tokenized once, for an index build: every passage's fields as ids into one table of distinct
 * tokens, and each distinct token's terms, computed once. The lexical index (BM25 over text, section,
 * title and the section's text-less headings) and the passage analysis (terms and words of section and text) are both built from it, so a large
 * build tokenizes and analyses each text once instead of once per structure, and each word once instead of
 * once per occurrence.
 */

export const PASSAGE_FIELDS = ['text', 'section', 'title', 'headings'] as const;
export type PassageField = (typeof PASSAGE_FIELDS)[number];

/** What a passage gives a field: `headings` (absent on most) one line each. */
type FieldSource = Pick<Chunk, 'text' | 'section' | 'title' | 'headings'>;
function fieldText(passage: FieldSource, field: PassageField): string {
  return field === 'headings' ? (passage.headings ?? []).join('\n') : passage[field];
}

/** One field of every passage: passage p's tokens are `tokens[offsets[p] … offsets[p+1])`, in text order. */
export interface FieldTokens {
  offsets: Uint32Array;
  tokens: Uint32Array;
}

/** Each token's terms as ids into a sorted dictionary of every term: token t's are `ids[offsets[t] … offsets[t+1])`. */
export interface TokenTerms {
  dictionary: TermDictionary;
  offsets: Uint32Array;
  ids: Uint32Array;
  /** Whether token t is a content word (1) or a stopword, a lone letter (0). */
  content: Uint8Array;
}

/** Whether `ids[from … to)`, sorted ascending, holds `id` (binary search). */
export function containsSorted(ids: Uint32Array, from: number, to: number, id: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && ids[lo] === id;
}

/** A growable list of 32-bit unsigned integers. */
export class U32List {
  private data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i];
  }

  clear(): void {
    this.length = 0;
  }

  /** The values as an array of their own. */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

export class TokenizedPassages {
  private constructor(
    /** Distinct folded tokens, by id (in order of first occurrence). */
    readonly tokens: readonly string[],
    readonly fields: Readonly<Record<PassageField, FieldTokens>>,
    /** Whether token t occurs in some passage's text (the lexicon is the texts' stems). */
    private readonly inText: Uint8Array,
  ) {}

  /** Tokenizes each passage's fields; section and title strings repeat, so each distinct one is tokenized once. */
  static of(passages: readonly FieldSource[]): TokenizedPassages {
    const ids = new Map<string, number>();
    const tokens: string[] = [];
    const idOf = (token: string): number => {
      let id = ids.get(token);
      if (id === undefined) {
        ids.set(token, (id = tokens.length));
        tokens.push(token);
      }
      return id;
    };
    const seen = new Map<string, Uint32Array>();
    const tokenized = (text: string, repeats: boolean): Uint32Array => {
      let out = repeats ? seen.get(text) : undefined;
      if (!out) {
        out = Uint32Array.from(tokenize(text), idOf);
        if (repeats) seen.set(text, out);
      }
      return out;
    };
    const fields = {} as Record<PassageField, FieldTokens>;
    for (const field of PASSAGE_FIELDS) {
      const offsets = new Uint32Array(passages.length + 1);
      const list = new U32List(field === 'text' ? passages.length * 64 : passages.length * 4);
      passages.forEach((passage, p) => {
        for (const id of tokenized(fieldText(passage, field), field !== 'text')) list.push(id);
        offsets[p + 1] = list.length;
      });
      fields[field] = { offsets, tokens: list.toArray() };
    }
    const inText = new Uint8Array(tokens.length);
    for (const id of fields.text.tokens) inText[id] = 1;
    return new TokenizedPassages(tokens, fields, inText);
  }

  get size(): number {
    return this.fields.text.offsets.length - 1;
  }

  /** Passage p's tokens of `field`. */
  field(field: PassageField, p: number): Uint32Array {
    const { offsets, tokens } = this.fields[field];
    return tokens.subarray(offsets[p], offsets[p + 1]);
  }

  /** The stems the texts' compounds are split against: `buildLexicon` over the passages' texts. */
  lexicon(): string[] {
    const lexicon = new Set<string>();
    this.tokens.forEach((token, id) => {
      if (!this.inText[id] || !isContentToken(token) || /\d/.test(token)) return;
      for (const stem of stems(token)) if (stem.length >= MIN_LEXICON_STEM) lexicon.add(stem);
    });
    return [...lexicon].sort();
  }

  /** Each token's terms under `analyzer` (its `tokenTerms`), as ids into the sorted dictionary of all of them. */
  terms(analyzer: Analyzer): TokenTerms {
    const termIds = new Map<string, number>();
    const offsets = new Uint32Array(this.tokens.length + 1);
    const ids = new U32List(this.tokens.length * 4);
    const content = new Uint8Array(this.tokens.length);
    this.tokens.forEach((token, t) => {
      content[t] = isContentToken(token) ? 1 : 0;
      for (const term of analyzer.tokenTerms(token)) {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        ids.push(id);
      }
      offsets[t + 1] = ids.length;
    });
    // Renumber in dictionary order, so ids compare as the terms do.
    const sorted = [...termIds.keys()].sort(byCodeUnits);
    const rank = new Uint32Array(sorted.length);
    sorted.forEach((term, i) => (rank[termIds.get(term)!] = i));
    const final = ids.toArray();
    for (let i = 0; i < final.length; i++) final[i] = rank[final[i]];
    return { dictionary: TermDictionary.fromSorted(sorted), offsets, ids: final, content };
  }
}
