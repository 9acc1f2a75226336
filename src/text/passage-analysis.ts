import type { Chunk } from '../ingest/types.js';
import { boundedCache } from './bounded-cache.js';
import { byCodeUnits, TermDictionary } from './dictionary.js';
import { tokenize } from './normalize.js';
import { intersects } from './sets.js';
import { containsSorted, U32List, type TokenizedPassages, type TokenTerms } from './tokenized.js';

/**
 * What each passage contains, for the evidence check (src/answer/evidence.ts): its analysed terms (stems,
 * spelling keys, compound parts) and its folded content words, plus each term's document frequency.
 * Computed once when the index is built and stored with it (src/index/passages.ts writes it as
 * passages.bin), so a server starts without re-analysing the corpus; held as sorted id lists per passage
 * over two sorted dictionaries, so 100k passages take tens of megabytes instead of a Set per passage. The
 * word dictionary also answers the evidence check's typo and prefix look-ups (dictionary.ts) without
 * scanning the vocabulary.
 */

/** The analysis the evidence check needs (stopwords dropped by both). */
export interface Analysis {
  /** Index terms of a text: stems, spelling variants and compound parts. */
  terms(text: string): string[];
  /** Terms of one word itself, without its compound parts. */
  wordTerms(word: string): string[];
}

/** What a text contains, as the evidence check asks it: a stored passage, or a sentence analysed now. */
export interface TextTerms {
  hasTerm(term: string): boolean;
  /** Whether the text contains any of `words` (folded content words). */
  hasAnyWord(words: ReadonlySet<string>): boolean;
}

/** A text's terms and its folded content words (stopwords are no evidence, not even as typo targets). */
export function analyseText(text: string, analysis: Analysis): TextTerms & { terms: Set<string>; words: Set<string> } {
  const words = new Set(tokenize(text).filter((w) => analysis.wordTerms(w).length > 0));
  const terms = new Set(analysis.terms(text));
  return {
    terms,
    words,
    hasTerm: (term) => terms.has(term),
    hasAnyWord: (candidates) => intersects(words, candidates),
  };
}

/** The text of a passage the evidence check judges: its heading path carries topic words the body may lack. */
export function judgedText(chunk: Pick<Chunk, 'section' | 'text'>): string {
  return `${chunk.section} ${chunk.text}`;
}

/** What {@link PassageAnalysis.toArrays} gives and {@link PassageAnalysis.fromArrays} takes. */
export interface PassageAnalysisArrays {
  ids: string;
  terms: TermDictionary;
  words: string;
  termOffsets: Uint32Array;
  termIds: Uint32Array;
  wordOffsets: Uint32Array;
  wordIds: Uint32Array;
  frequencies: Uint32Array;
}

/**
 * Terms whose ids are kept: the evidence check asks each of a question's terms of every candidate passage,
 * and a binary search of the term dictionary per question was most of that look-up. Safe range 1,000–1,000,000.
 */
const TERM_IDS_KEPT = 50_000;

export class PassageAnalysis {
  private readonly numbers: Map<string, number>;
  private readonly knownTermIds = boundedCache<string, number>(TERM_IDS_KEPT);

  private constructor(
    private readonly ids: readonly string[],
    /** Every term of any passage, and every content word. */
    readonly terms: TermDictionary,
    readonly words: TermDictionary,
    /** Passage p's term ids are termIds[termOffsets[p] … termOffsets[p+1]), sorted; likewise its words. */
    private readonly termOffsets: Uint32Array,
    private readonly termIds: Uint32Array,
    private readonly wordOffsets: Uint32Array,
    private readonly wordIds: Uint32Array,
    private readonly frequencies: Uint32Array,
  ) {
    this.numbers = new Map(ids.map((id, i) => [id, i]));
  }

  /** Analyses every chunk's {@link judgedText}; in chunk order. */
  static build(chunks: Chunk[], analysis: Analysis): PassageAnalysis {
    const isContent = new Map<string, boolean>();
    const perPassage = chunks.map((chunk) => {
      const text = judgedText(chunk);
      const words = new Set<string>();
      for (const token of tokenize(text)) {
        let content = isContent.get(token);
        if (content === undefined) isContent.set(token, (content = analysis.wordTerms(token).length > 0));
        if (content) words.add(token);
      }
      return { terms: new Set(analysis.terms(text)), words };
    });
    const terms = TermDictionary.from(perPassage.flatMap((p) => [...p.terms]));
    const words = TermDictionary.from(perPassage.flatMap((p) => [...p.words]));
    const frequencies = new Uint32Array(terms.size);
    const toIds = (sets: Set<string>[], dictionary: TermDictionary, count?: Uint32Array) => {
      const idOf = new Map<string, number>();
      for (let id = 0; id < dictionary.size; id++) idOf.set(dictionary.at(id), id);
      const offsets = new Uint32Array(sets.length + 1);
      sets.forEach((set, p) => (offsets[p + 1] = offsets[p] + set.size));
      const ids = new Uint32Array(offsets[sets.length]);
      sets.forEach((set, p) => {
        let at = offsets[p];
        for (const s of set) ids[at++] = idOf.get(s)!;
        const own = ids.subarray(offsets[p], at).sort();
        if (count) for (const id of own) count[id]++;
      });
      return { offsets, ids };
    };
    const t = toIds(perPassage.map((p) => p.terms), terms, frequencies);
    const w = toIds(perPassage.map((p) => p.words), words);
    return new PassageAnalysis(chunks.map((c) => c.id), terms, words, t.offsets, t.ids, w.offsets, w.ids, frequencies);
  }

  /**
   * {@link build} with the analyzer's terms, from the chunks as tokenized once for the whole index build
   * (src/text/tokenized.ts): a judged text's tokens are its section's, then its text's.
   */
  static fromTokenized(chunks: Chunk[], tokenized: TokenizedPassages, tokenTerms: TokenTerms): PassageAnalysis {
    const { dictionary, offsets: termOffsetsOf, ids: termIdsOf, content } = tokenTerms;
    const judged = (p: number): Uint32Array[] => [tokenized.field('section', p), tokenized.field('text', p)];
    // The terms and words some judged text has, each dictionary in code-unit order.
    const termUsed = new Uint8Array(dictionary.size);
    const wordUsed = new Uint8Array(tokenized.tokens.length);
    for (let p = 0; p < chunks.length; p++) {
      for (const tokens of judged(p)) {
        for (const token of tokens) {
          if (!content[token]) continue;
          wordUsed[token] = 1;
          for (let i = termOffsetsOf[token]; i < termOffsetsOf[token + 1]; i++) termUsed[termIdsOf[i]] = 1;
        }
      }
    }
    const termId = new Uint32Array(dictionary.size);
    const usedTerms: string[] = [];
    termUsed.forEach((used, id) => {
      if (used) termId[id] = usedTerms.push(dictionary.at(id)) - 1;
    });
    const usedWords = tokenized.tokens.filter((_, token) => wordUsed[token]).sort(byCodeUnits);
    const wordId = new Uint32Array(tokenized.tokens.length);
    const wordIds = new Map(usedWords.map((word, id) => [word, id]));
    tokenized.tokens.forEach((token, t) => {
      if (wordUsed[t]) wordId[t] = wordIds.get(token)!;
    });

    const frequencies = new Uint32Array(usedTerms.length);
    const termStamp = new Uint32Array(usedTerms.length);
    const wordStamp = new Uint32Array(tokenized.tokens.length);
    const terms = new U32List(chunks.length * 32);
    const words = new U32List(chunks.length * 32);
    const termOffsets = new Uint32Array(chunks.length + 1);
    const wordOffsets = new Uint32Array(chunks.length + 1);
    for (let p = 0; p < chunks.length; p++) {
      const stamp = p + 1;
      for (const tokens of judged(p)) {
        for (const token of tokens) {
          if (!content[token]) continue;
          if (wordStamp[token] !== stamp) {
            wordStamp[token] = stamp;
            words.push(wordId[token]);
          }
          for (let i = termOffsetsOf[token]; i < termOffsetsOf[token + 1]; i++) {
            const id = termId[termIdsOf[i]];
            if (termStamp[id] !== stamp) {
              termStamp[id] = stamp;
              terms.push(id);
              frequencies[id]++;
            }
          }
        }
      }
      termOffsets[p + 1] = terms.length;
      wordOffsets[p + 1] = words.length;
    }
    const termIds = terms.toArray();
    const wordIdsOf = words.toArray();
    for (let p = 0; p < chunks.length; p++) {
      termIds.subarray(termOffsets[p], termOffsets[p + 1]).sort();
      wordIdsOf.subarray(wordOffsets[p], wordOffsets[p + 1]).sort();
    }
    return new PassageAnalysis(
      chunks.map((c) => c.id),
      TermDictionary.fromSorted(usedTerms),
      TermDictionary.fromSorted(usedWords),
      termOffsets,
      termIds,
      wordOffsets,
      wordIdsOf,
      frequencies,
    );
  }

  /** The analysis as plain arrays (ids and words as one string each, the terms as their dictionary), for storing. */
  toArrays(): PassageAnalysisArrays {
    return {
      ids: this.ids.join('\n'),
      terms: this.terms,
      words: this.words.serialize(),
      termOffsets: this.termOffsets,
      termIds: this.termIds,
      wordOffsets: this.wordOffsets,
      wordIds: this.wordIds,
      frequencies: this.frequencies,
    };
  }

  static fromArrays(a: PassageAnalysisArrays): PassageAnalysis {
    const passages = a.ids === '' ? [] : a.ids.split('\n');
    const count = passages.length;
    if (a.termOffsets.length !== count + 1 || a.wordOffsets.length !== count + 1) {
      throw new Error(`Passage analysis arrays do not fit ${count} passages`);
    }
    const terms = a.terms;
    if (a.frequencies.length !== terms.size) throw new Error('Passage analysis frequencies do not fit its terms');
    return new PassageAnalysis(passages, terms, TermDictionary.deserialize(a.words), a.termOffsets, a.termIds, a.wordOffsets, a.wordIds, a.frequencies);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Passages containing `term` (0 for a term no passage has). */
  documentFrequency(term: string): number {
    const id = this.termId(term);
    return id < 0 ? 0 : this.frequencies[id];
  }

  /** A chunk's terms and words, or undefined for a chunk the analysis does not hold. */
  passage(chunkId: string): TextTerms | undefined {
    const p = this.numbers.get(chunkId);
    return p === undefined ? undefined : new StoredPassage(this, p);
  }

  /** Whether passage number `p` has `term`. */
  hasTermAt(p: number, term: string): boolean {
    const id = this.termId(term);
    return id >= 0 && containsSorted(this.termIds, this.termOffsets[p], this.termOffsets[p + 1], id);
  }

  /** Whether passage number `p` has any of `candidates` (folded content words). */
  hasAnyWordAt(p: number, candidates: ReadonlySet<string>): boolean {
    for (let i = this.wordOffsets[p]; i < this.wordOffsets[p + 1]; i++) {
      if (candidates.has(this.words.at(this.wordIds[i]))) return true;
    }
    return false;
  }

  /** The term's id in {@link terms}, or −1. */
  private termId(term: string): number {
    let id = this.knownTermIds.get(term);
    if (id === undefined) this.knownTermIds.set(term, (id = this.terms.indexOf(term)));
    return id;
  }
}

/** One stored passage, as the evidence check asks it. */
class StoredPassage implements TextTerms {
  constructor(
    private readonly analysis: PassageAnalysis,
    private readonly p: number,
  ) {}

  hasTerm(term: string): boolean {
    return this.analysis.hasTermAt(this.p, term);
  }

  hasAnyWord(candidates: ReadonlySet<string>): boolean {
    return this.analysis.hasAnyWordAt(this.p, candidates);
  }
}

