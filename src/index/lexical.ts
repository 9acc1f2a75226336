import type { Chunk } from '../ingest/types.js';
import { createAnalyzer, type Analyzer } from '../text/analyze.js';
import { arrayText, decodeArrays, encodeArrays, textArray, type StoredArray } from './binary.js';
import { boundedCache } from '../text/bounded-cache.js';
import { byCodeUnits, TermDictionary } from '../text/dictionary.js';
import { containsSorted, TokenizedPassages, U32List, type TokenTerms } from '../text/tokenized.js';

/**
 * The lexical (BM25) channel over chunk text, section label and document title, with the Danish/Norwegian
 * analyzer doing all term processing.
 *
 * It scores exactly as MiniSearch did when it held this channel (BM25+ per field with MiniSearch's
 * parameters and its fuzzy and prefix weights), so rankings did not change when it moved here; what changed
 * is the representation. Postings are typed arrays (per field: for each term, the passages containing it
 * and how often), stored as one binary file and loaded without parsing; the term dictionary is a sorted
 * array (terms.ts) that also answers prefix and typo look-ups; a query scores its terms' postings into
 * reusable per-passage accumulators and keeps the best k in a heap. At 100k passages that is ~40 MB and a
 * few milliseconds per question, where MiniSearch's maps of maps held gigabytes and allocated per posting.
 */

export interface LexicalHit {
  id: string;
  score: number;
  /** Query terms (stems, spelling keys, compound parts) the passage matched, exactly or, if misspelt, fuzzily. */
  matched: string[];
}

const FIELDS = ['text', 'section', 'title', 'headings'] as const;
type Field = (typeof FIELDS)[number];
/**
 * A heading naming the question's topic is strong evidence (a question about "madspild" belongs in
 * "Reduktion af madspild"); the document title is shared by all of a document's chunks, so it only nudges.
 * Headings without text of their own (a chart's title, see sectionize) stand beside the section rather
 * than naming it, so they weigh below its own heading, as much as its text.
 */
const FIELD_BOOST: Record<Field, number> = { text: 1, section: 2, title: 0.5, headings: 1 };
/** BM25+ term-frequency saturation (k), length normalisation (b) and lower bound (d): MiniSearch's defaults. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** BM25's inverse document frequency of a term in `df` of `n` passages (the +1 keeps it positive). */
const idfOf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
/**
 * A relaxed match counts less than the term itself, and less the further it is from it: MiniSearch's
 * weights, scaled by length as MiniSearch does (see {@link LexicalIndex.expand}).
 */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/**
 * Misspellings and compound heads: a query term that matches nothing exactly is retried with edits
 * (1, or 2 for long terms) and as a prefix ("selvmord" → "selvmordsraten"), if it is long enough that
 * this still identifies it. Terms that match are never relaxed, so correctly spelled queries rank as
 * without fuzzy matching; on off-topic questions ("fodboldresultater", "ignorer dine instruktioner")
 * the relaxed terms matched nothing in the corpus.
 */
const RELAX_MIN_LENGTH = 6;
/**
 * Default for {@link SearchOptions.headPrefixFrom} (the policy's `retrieval.headPrefixFrom` sets it for
 * questions); 0 looks for no word by its beginning.
 */
const HEAD_PREFIX_FROM = 5;

export interface SearchOptions {
  /**
   * A question word none of whose terms the corpus has, and whose stems are too short to relax, is looked
   * for as the beginning of the corpus's words from this many letters: a compound's head typed alone
   * ("vente", "ventet" → the corpus's "ventetider", whose stem "ventetid" is no form of "vente", and which the
   * splitter can't cut off a head the corpus never writes alone). By prefix only: a typo walk from so short
   * a word finds unrelated words. 0 turns it off.
   */
  headPrefixFrom?: number;
  /**
   * Words told around the query (the asker's situation) that count `weight` (0–1) of a query word, in their
   * terms' BM25 sums and in the words a passage is counted as matching; a word the query has itself counts in full.
   */
  context?: { text: string; weight: number };
  /**
   * A passage's BM25 sum is multiplied by the query words it matches; each word counts its rarity (its best
   * term's IDF over the text field as a share of the rarest term's) to this power. 0 counts every word alike;
   * 1 counts a word in half the passages about a sixth of one in a single passage.
   */
  wordRarity?: number;
}
const TWO_EDITS_MIN_LENGTH = 10;
/**
 * Region names say where, not what: the retriever already prefers the named region's passages, while here
 * "Region Nordjylland" would match the one heading that names it ("Værdier i Region Nordjylland") and
 * outrank the passage about what was asked ("korte ventetider"). So their terms count for little.
 */
const REGION_NAME_WEIGHT = 0.2;
/** Term frequencies and field lengths are stored in 16 bits; no passage comes near. */
const MAX_COUNT = 0xffff;
/**
 * Relaxed terms whose expansions are kept. A relaxed term's prefix and typo walk over the dictionary was
 * ~6% of an ask's CPU on the real corpus (most questions hold a word or a misspelling the documents lack),
 * and askers' unknown words recur like their known ones. An expansion is a few ids and weights; safe range
 * 1,000–100,000.
 */
const RELAXED_TERMS_KEPT = 10_000;

const FORMAT = 'strategisvar-lexical';
const VERSION = 3;

/** One field's postings in compressed-sparse-row form: term t's passages are docs[offsets[t] … offsets[t+1]). */
interface FieldPostings {
  offsets: Uint32Array;
  docs: Uint32Array;
  counts: Uint16Array;
  /** Distinct tokens of the field per passage (MiniSearch's field length), for length normalisation. */
  lengths: Uint16Array;
  averageLength: number;
}

interface Meta {
  format: typeof FORMAT;
  version: number;
  fields: readonly string[];
  averageLengths: number[];
  regionTerms: string[];
}

/** A query term's matches: the term itself, or for a relaxed term its prefix and typo extensions. */
interface Expansion {
  id: number;
  weight: number;
}

/** Per-passage scratch space, allocated once per index: a query touches only the passages it matches. */
class Scratch {
  readonly score: Float64Array;
  readonly partial: Float64Array;
  readonly matchedTerms: Uint16Array;
  readonly matchedWords: Float64Array;
  readonly wordStamp: Uint32Array;
  /** The passages a query touched, to rank and to reset (reused: it grows once to a broad query's size). */
  readonly touched = new U32List();
  stamp = 0;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.partial = new Float64Array(size);
    this.matchedTerms = new Uint16Array(size);
    this.matchedWords = new Float64Array(size);
    this.wordStamp = new Uint32Array(size);
  }

  nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.wordStamp.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

export class LexicalIndex {
  private readonly regionTerms: ReadonlySet<string>;
  private scratch?: Scratch;
  private readonly lengthNorms: (Float64Array | undefined)[] = [];
  /** Relaxed terms' expansions: they depend only on the term and the (immutable) dictionary. */
  private readonly relaxedExpansions = boundedCache<string, readonly Expansion[]>(RELAXED_TERMS_KEPT);

  private constructor(
    /** Chunk ids in code-unit order; a passage's number is its position here. */
    private readonly ids: readonly string[],
    private readonly terms: TermDictionary,
    private readonly fields: readonly FieldPostings[],
    /** The analyzer queries go through, with the lexicon the index was built with. */
    readonly analyzer: Analyzer,
    regionTerms: Iterable<string>,
  ) {
    this.regionTerms = new Set(regionTerms);
  }

  /** Indexes chunks in id order, so the same chunks give the same index whatever order they come in. */
  static build(chunks: Chunk[], analyzer: Analyzer): LexicalIndex {
    const tokenized = TokenizedPassages.of(chunks);
    return LexicalIndex.fromTokenized(chunks, tokenized, tokenized.terms(analyzer), analyzer);
  }

  /**
   * {@link build} from the chunks' fields as tokenized once for the whole build, with each token's terms
   * (src/text/tokenized.ts); `analyzer` is the one queries will go through.
   */
  static fromTokenized(chunks: Chunk[], tokenized: TokenizedPassages, terms: TokenTerms, analyzer: Analyzer): LexicalIndex {
    const order = chunks.map((_, i) => i).sort((a, b) => byCodeUnits(chunks[a].id, chunks[b].id));
    // Per-token and per-term scratch, reset through stamps and the list of terms seen, not per passage.
    const tokenStamp = new Uint32Array(tokenized.tokens.length);
    const termCounts = new Uint32Array(terms.dictionary.size);
    const seen = new U32List();
    let stamp = 0;
    const fields = FIELDS.map((field) => {
      const collected = { terms: new U32List(), docs: new U32List(), counts: new U32List() };
      const lengths = new Uint16Array(order.length);
      let averageLength = 0;
      order.forEach((p, doc) => {
        stamp++;
        let length = 0;
        for (const token of tokenized.field(field, p)) {
          if (tokenStamp[token] !== stamp) {
            tokenStamp[token] = stamp;
            length++;
          }
          for (let i = terms.offsets[token]; i < terms.offsets[token + 1]; i++) {
            const id = terms.ids[i];
            if (termCounts[id]++ === 0) seen.push(id);
          }
        }
        // Distinct tokens (MiniSearch's field length), and their running mean as MiniSearch computed it,
        // so scores match it to the last bit.
        lengths[doc] = Math.min(length, MAX_COUNT);
        averageLength = (averageLength * doc + length) / (doc + 1);
        for (let i = 0; i < seen.length; i++) {
          const id = seen.get(i);
          collected.terms.push(id);
          collected.docs.push(doc);
          collected.counts.push(Math.min(termCounts[id], MAX_COUNT));
          termCounts[id] = 0;
        }
        seen.clear();
      });
      return toPostings(collected, terms.dictionary.size, lengths, averageLength);
    });
    const regions = [...new Set(chunks.map((c) => c.region))];
    const regionTerms = new Set(regions.flatMap((region) => analyzer.nameTerms(region)));
    return new LexicalIndex(order.map((p) => chunks[p].id), terms.dictionary, fields, analyzer, regionTerms);
  }

  /** The index as one file (see binary.ts); the same chunks always give the same bytes. */
  toBytes(): Buffer {
    const meta: Meta = {
      format: FORMAT,
      version: VERSION,
      fields: FIELDS,
      averageLengths: this.fields.map((f) => f.averageLength),
      regionTerms: [...this.regionTerms].sort(byCodeUnits),
    };
    const arrays: Record<string, StoredArray> = {
      ids: textArray(this.ids.join('\n')),
      terms: textArray(this.terms.serialize()),
      lexicon: textArray(this.analyzer.lexicon.join('\n')),
    };
    FIELDS.forEach((field, f) => {
      const { offsets, docs, counts, lengths } = this.fields[f];
      Object.assign(arrays, { [`${field}.offsets`]: offsets, [`${field}.docs`]: docs, [`${field}.counts`]: counts, [`${field}.lengths`]: lengths });
    });
    return encodeArrays(meta, arrays);
  }

  /**
   * Restores an index from {@link toBytes}. Queries are analyzed with the saved lexicon (`analyzer`, if
   * given, is re-created with it), so compounds split exactly as when the index was built.
   */
  static fromBytes(bytes: Uint8Array, analyzer?: Analyzer): LexicalIndex {
    const { meta, arrays } = decodeArrays(bytes, 'The lexical index');
    const m = meta as Partial<Meta> | null;
    if (m?.format !== FORMAT || m.version !== VERSION || String(m.fields) !== String(FIELDS)) {
      throw new Error(`Not a lexical index (${FORMAT} version ${VERSION})`);
    }
    const lines = (name: string): string[] => {
      const text = arrayText(arrays[name] as Uint8Array);
      return text === '' ? [] : text.split('\n');
    };
    const lexicon = lines('lexicon');
    const restored = analyzer ? analyzer.withLexicon(lexicon) : createAnalyzer({ lexicon });
    const fields = FIELDS.map((field, f) => ({
      offsets: arrays[`${field}.offsets`] as Uint32Array,
      docs: arrays[`${field}.docs`] as Uint32Array,
      counts: arrays[`${field}.counts`] as Uint16Array,
      lengths: arrays[`${field}.lengths`] as Uint16Array,
      averageLength: m.averageLengths![f],
    }));
    return new LexicalIndex(lines('ids'), TermDictionary.fromSorted(lines('terms')), fields, restored, m.regionTerms ?? []);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Every term of the index, sorted: what passages.bin names its terms by (src/index/passages.ts). */
  get dictionary(): TermDictionary {
    return this.terms;
  }

  /**
   * BM25's length normalisation of each passage's field, `k·(1 − b + b·length/averageLength)`: the same
   * doubles the scoring loop computed per posting, computed once per passage on first use.
   */
  private lengthNorm(f: number): Float64Array {
    const cached = this.lengthNorms[f];
    if (cached) return cached;
    const { lengths, averageLength } = this.fields[f];
    const norm = new Float64Array(lengths.length);
    for (let doc = 0; doc < lengths.length; doc++) norm[doc] = BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]) / averageLength);
    return (this.lengthNorms[f] = norm);
  }

  /**
   * The best `k` chunks for a query, best first; empty when the query has no content words. A passage's
   * score is its BM25 sum times the number of query *words* it matches (a region name's counting
   * {@link REGION_NAME_WEIGHT}), not query *terms*, which would count a word once per stem, spelling and
   * compound part.
   */
  search(query: string, k: number, { headPrefixFrom = HEAD_PREFIX_FROM, context, wordRarity = 0 }: SearchOptions = {}): LexicalHit[] {
    const { weights, words, tokens } = this.analyzer.analyzeQuery(query);
    const shares = words.map(() => 1);
    if (context && context.weight > 0) {
      const told = this.analyzer.analyzeQuery(context.text);
      const own = new Set(words.map((word) => word[0]));
      told.words.forEach((word, i) => {
        if (own.has(word[0])) return;
        words.push(word);
        tokens.push(told.tokens[i]);
        shares.push(context.weight);
        for (const term of word) weights.set(term, Math.max(weights.get(term) ?? 0, told.weights.get(term)! * context.weight));
      });
    }
    // A region's name is not translated: "Helse" in "Helse Nord" brings no Danish "sundhed" (Analyzer.nameTerms).
    const isRegionWord = (w: number) => this.analyzer.nameTerms(tokens[w]).every((term) => this.regionTerms.has(term));
    const regionWords = words.map((_, w) => isRegionWord(w));
    words.forEach((word, w) => {
      if (regionWords[w]) words[w] = word.filter((term) => this.regionTerms.has(term));
    });
    const kept = new Set(words.flat());
    for (const term of [...weights.keys()]) if (!kept.has(term)) weights.delete(term);
    if (weights.size === 0 || k <= 0) return [];
    const heads = new Set<string>();
    words.forEach((word, w) => {
      const token = tokens[w];
      if (headPrefixFrom <= 0 || token.length < headPrefixFrom || weights.has(token) || /\d/.test(token)) return;
      if (word.some((term) => term.length >= RELAX_MIN_LENGTH || this.terms.indexOf(term) >= 0)) return;
      heads.add(token);
      weights.set(token, shares[w]);
      word.push(token);
    });
    const wordWeights = words.map((word, w) => (regionWords[w] ? REGION_NAME_WEIGHT : 1) * shares[w] * this.rarity(word, wordRarity));
    // A word matched only through a weaker term of it (a spelling key, a compound part) counts as that term weighs.
    const credits = words.map((word, w) => word.map((term) => Math.min(1, weights.get(term)! / shares[w])));
    for (const term of weights.keys()) {
      if (this.regionTerms.has(term)) weights.set(term, weights.get(term)! * REGION_NAME_WEIGHT);
    }
    const terms = [...weights.keys()];
    // A term the index lacks matched nothing: relax it (if long enough to stay specific).
    const relaxed = new Set(terms.filter((t) => t.length >= RELAX_MIN_LENGTH && this.terms.indexOf(t) < 0));
    return this.rank(terms, weights, words, wordWeights, relaxed, k, heads, credits);
  }

  /**
   * How much a query word counts among the words a passage matches ({@link SearchOptions.wordRarity}): a
   * narrative's everyday words ("bor", "hjælp", "patienter") are in many passages, and counted like its rare
   * topic word they made a passage matching several of them outrank the one matching what is asked. A word
   * none of whose terms the index has exactly (relaxed, or a compound's head) counts in full.
   */
  private rarity(word: readonly string[], exponent: number): number {
    if (exponent <= 0) return 1;
    const n = this.ids.length;
    const { offsets } = this.fields[0];
    let best = 0;
    for (const term of word) {
      const id = this.terms.indexOf(term);
      const df = id < 0 ? 0 : offsets[id + 1] - offsets[id];
      if (df > 0) best = Math.max(best, idfOf(n, df));
    }
    return best > 0 ? Math.min(1, best / idfOf(n, 1)) ** exponent : 1;
  }

  private rank(
    terms: string[],
    weights: Map<string, number>,
    words: string[][],
    wordWeights: number[],
    relaxed: ReadonlySet<string>,
    k: number,
    heads: ReadonlySet<string> = new Set(),
    credits: number[][] = words.map((word) => word.map(() => 1)),
  ): LexicalHit[] {
    const n = this.ids.length;
    const s = (this.scratch ??= new Scratch(n));
    const { score, partial, matchedTerms, matchedWords, wordStamp, touched } = s;
    // Each query term's posting lists: one per expansion and field, in the order their scores are summed.
    const lists: PostingList[][] = terms.map((term) => {
      const boost = weights.get(term)!;
      const out: PostingList[] = [];
      for (const { id, weight } of heads.has(term) ? this.prefixed(term) : this.expand(term, relaxed.has(term))) {
        this.fields.forEach((postings, f) => {
          const from = postings.offsets[id];
          const to = postings.offsets[id + 1];
          if (from === to) return;
          const df = to - from;
          const idf = idfOf(n, df);
          const factor = weight * boost * FIELD_BOOST[FIELDS[f]];
          out.push({ docs: postings.docs, counts: postings.counts, norm: this.lengthNorm(f), idf, factor, from, to });
        });
      }
      return out;
    });

    // Per term, its BM25 sum is added to each passage as a whole, in term order: the same floating-point
    // sums as MiniSearch. Every score is positive, so the accumulators start at 0 (0 + x is x exactly) and
    // a passage's first term is told by its zero count of matched terms.
    for (const termLists of lists) {
      if (termLists.length === 1) {
        // One list: each passage appears once, so its sum is its one score.
        const { docs, counts, norm, idf, factor, from, to } = termLists[0];
        for (let p = from; p < to; p++) {
          const doc = docs[p];
          const tf = counts[p];
          if (matchedTerms[doc]++ === 0) touched.push(doc);
          score[doc] += factor * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm[doc])));
        }
        continue;
      }
      for (const { docs, counts, norm, idf, factor, from, to } of termLists) {
        for (let p = from; p < to; p++) {
          const doc = docs[p];
          const tf = counts[p];
          partial[doc] += factor * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm[doc])));
        }
      }
      // A passage in several of the lists is added at its first and skipped (its sum cleared) after.
      for (const { docs, from, to } of termLists) {
        for (let p = from; p < to; p++) {
          const doc = docs[p];
          const sum = partial[doc];
          if (sum === 0) continue;
          if (matchedTerms[doc]++ === 0) touched.push(doc);
          score[doc] += sum;
          partial[doc] = 0;
        }
      }
    }

    // Matched words, in word order per passage (the same sums again); a stamp per word marks passages counted.
    const termIndex = new Map(terms.map((t, i) => [t, i]));
    words.forEach((word, w) => {
      const stamp = s.nextStamp();
      // Its strongest term first: a passage is counted once per word, at the best term it matched.
      const credit = credits[w];
      const order = word.map((_, i) => i).sort((a, b) => credit[b] - credit[a] || a - b);
      for (const i of order) {
        const wordWeight = wordWeights[w] * credit[i];
        for (const { docs, from, to } of lists[termIndex.get(word[i])!]) {
          for (let p = from; p < to; p++) {
            const doc = docs[p];
            if (wordStamp[doc] === stamp) continue;
            wordStamp[doc] = stamp;
            matchedWords[doc] += wordWeight;
          }
        }
      }
    });

    const best = new TopK(k);
    for (let j = 0; j < touched.length; j++) {
      const doc = touched.get(j);
      const quality = matchedTerms[doc];
      // MiniSearch multiplied by the matched terms and this channel divided them out again; kept, bit for bit.
      best.offer(doc, ((score[doc] * quality) / quality) * matchedWords[doc]);
      score[doc] = 0;
      matchedTerms[doc] = 0;
      matchedWords[doc] = 0;
    }
    touched.clear();
    return best.sorted().map(({ doc, score }) => new Hit(this.ids[doc], score, doc, terms, lists));
  }

  /**
   * The dictionary terms a query term stands for: itself, or, relaxed, every term it is a prefix of and
   * every term within 1 edit (2 from ten letters), weighted down with the distance as MiniSearch does.
   */
  private expand(term: string, relaxed: boolean): readonly Expansion[] {
    if (!relaxed) {
      const exact = this.terms.indexOf(term);
      return exact >= 0 ? [{ id: exact, weight: 1 }] : [];
    }
    let expansion = this.relaxedExpansions.get(term);
    if (!expansion) this.relaxedExpansions.set(term, (expansion = this.relax(term)));
    return expansion;
  }

  /** The terms a word typed alone begins (see {@link SearchOptions.headPrefixFrom}), kept like relaxed terms'. */
  private prefixed(word: string): readonly Expansion[] {
    const key = `\u0000${word}`;
    let expansion = this.relaxedExpansions.get(key);
    if (!expansion) this.relaxedExpansions.set(key, (expansion = this.prefixExpansions(word, new Set())));
    return expansion;
  }

  /** Every longer term `term` begins, weighted down with the letters added as MiniSearch does. */
  private prefixExpansions(term: string, prefixed: Set<number>): Expansion[] {
    const out: Expansion[] = [];
    const { start, end } = this.terms.prefixRange(term);
    for (let id = start; id < end; id++) {
      const length = this.terms.at(id).length;
      const distance = length - term.length;
      if (distance === 0) continue;
      prefixed.add(id);
      out.push({ id, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * distance) });
    }
    return out;
  }

  /** {@link expand} of a relaxed term, computed. */
  private relax(term: string): Expansion[] {
    const exact = this.terms.indexOf(term);
    const out: Expansion[] = exact >= 0 ? [{ id: exact, weight: 1 }] : [];
    const prefixed = new Set<number>();
    out.push(...this.prefixExpansions(term, prefixed));
    const maxDistance = term.length >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
    for (const { id, distance } of this.terms.withinDistance(term, maxDistance)) {
      if (distance === 0 || prefixed.has(id)) continue;
      const length = this.terms.at(id).length;
      out.push({ id, weight: (FUZZY_WEIGHT * length) / (length + distance) });
    }
    return out;
  }
}

/** Turns collected (term, passage, count) triples into one field's postings, grouped by term id. */
function toPostings(
  collected: { terms: U32List; docs: U32List; counts: U32List },
  termCount: number,
  lengths: Uint16Array,
  averageLength: number,
): FieldPostings {
  const size = collected.terms.length;
  const offsets = new Uint32Array(termCount + 1);
  for (let i = 0; i < size; i++) offsets[collected.terms.get(i) + 1]++;
  for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
  const next = offsets.slice(0, termCount);
  const docs = new Uint32Array(size);
  const counts = new Uint16Array(size);
  // Triples come in passage order, so each term's postings end up sorted by passage.
  for (let i = 0; i < size; i++) {
    const at = next[collected.terms.get(i)]++;
    docs[at] = collected.docs.get(i);
    counts[at] = collected.counts.get(i);
  }
  return { offsets, docs, counts, lengths, averageLength };
}

/** One posting list a query scores: one expansion of a query term in one field. */
interface PostingList {
  docs: Uint32Array;
  counts: Uint16Array;
  norm: Float64Array;
  idf: number;
  factor: number;
  from: number;
  to: number;
}

/** Whether a posting list holds a passage (its passages are in order). */
const holds = ({ docs, from, to }: PostingList, doc: number): boolean => containsSorted(docs, from, to, doc);

/**
 * A hit whose matched terms are worked out when first read, from its query's posting lists. Answering reads
 * a hit's id and score only: working out every hit's terms (a search of each term's lists per hit, and a
 * closure per term and hit) was ~15% of the memory an ask allocated. A class, not an object literal with a
 * getter: each such literal gets a hidden class of its own, which made every read of a hit's id slow.
 */
class Hit implements LexicalHit {
  readonly #doc: number;
  readonly #terms: readonly string[];
  readonly #lists: readonly PostingList[][];
  #matched?: string[];

  constructor(
    readonly id: string,
    readonly score: number,
    doc: number,
    terms: readonly string[],
    lists: readonly PostingList[][],
  ) {
    this.#doc = doc;
    this.#terms = terms;
    this.#lists = lists;
  }

  get matched(): string[] {
    const doc = this.#doc;
    return (this.#matched ??= this.#terms.filter((_, i) => this.#lists[i].some((list) => holds(list, doc))));
  }
}

/** The k best (score, passage) pairs: higher score first, then lower passage number (= chunk id order). */
class TopK {
  private readonly heap: { doc: number; score: number }[] = [];

  constructor(private readonly k: number) {}

  /** Whether a is worse than b: the heap keeps the worst of the best k on top. */
  private static worse(a: { doc: number; score: number }, b: { doc: number; score: number }): boolean {
    return a.score < b.score || (a.score === b.score && a.doc > b.doc);
  }

  /** The score a passage must beat to enter (−∞ until k are held). */
  threshold(): number {
    return this.heap.length >= this.k ? this.heap[0].score : -Infinity;
  }

  /** Offers a passage; whether it entered the best k. */
  offer(doc: number, score: number): boolean {
    const heap = this.heap;
    // Most passages a broad query touches don't make the best k: tell without allocating an entry for them.
    if (heap.length >= this.k && (score < heap[0].score || (score === heap[0].score && doc > heap[0].doc))) return false;
    const entry = { doc, score };
    if (heap.length < this.k) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(heap[i], heap[parent])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (TopK.worse(heap[0], entry)) {
      heap[0] = entry;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let worst = i;
        if (l < heap.length && TopK.worse(heap[l], heap[worst])) worst = l;
        if (r < heap.length && TopK.worse(heap[r], heap[worst])) worst = r;
        if (worst === i) break;
        [heap[i], heap[worst]] = [heap[worst], heap[i]];
        i = worst;
      }
    }
    return true;
  }

  sorted(): { doc: number; score: number }[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
