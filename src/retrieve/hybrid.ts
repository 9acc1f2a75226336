import { chunkPositions } from '../ingest/positions.js';
import type { Chunk } from '../ingest/types.js';
import { DEFAULT_POLICY, type AnswerPolicy } from '../policy.js';
import type { RetrievalMode } from '../shared/api.js';

/** What the retriever needs from the lexical channel (BM25). */
export interface LexicalSearcher {
  search(query: string, k: number, options?: { headPrefixFrom?: number; context?: { text: string; weight: number }; wordRarity?: number }): { id: string; score: number }[];
}

/** What the retriever needs from the dense channel: embed the query once, then search the HNSW index. */
export interface DenseSearcher {
  embedQuery(query: string): Promise<number[]>;
  searchByVector(vector: number[], k: number): { id: string; score: number }[];
  /** Each passage's cosine similarity to `vector`, in order (absent: passages the search didn't rank have none). */
  similarities?(vector: number[], ids: readonly string[]): number[];
}

export interface RetrievedPassage {
  chunk: Chunk;
  /** Fused score (reciprocal rank fusion), comparable within one result list only. */
  score: number;
  lexical?: { rank: number; score: number };
  /** The lexical channel's rank for the question's concept words (see {@link RetrievalQuery.concepts}). */
  concept?: { rank: number; score: number };
  /**
   * Cosine similarity between question and passage in the dense channel, and the passage's rank there (none
   * when the channel ranked it below its `candidates`: its similarity was then computed for it alone).
   */
  dense?: { rank?: number; score: number };
}

/**
 * What to search for. `text` is the question as asked; `concepts` the corpus's own words for the concepts it
 * mentions (a separate, lower-weighted lexical ranking, so they find passages without outvoting the
 * question's own words); `dense` what the dense channel embeds (default: `text`).
 */
export interface RetrievalQuery {
  text: string;
  /** The situation told around `text`: its words count the policy's `situationWeight` in the lexical channel. */
  situation?: string;
  concepts?: string;
  /** Concept words only the situation brings: they count `situationWeight` in the concept ranking. */
  situationConcepts?: string;
  /**
   * The question's concepts, those its asking sentences bring and those only its situation brings: a third
   * ranking reads which passages the corpus reading found mentioning them (see the policy's `conceptTagWeight`).
   */
  tags?: { asked: readonly string[]; told: readonly string[] };
  dense?: string;
}

export interface RetrieveOptions {
  k: number;
  mode: RetrievalMode;
  /** Regions named in the question: their passages are preferred over everything else. */
  preferRegions?: string[];
  /** Regions whose passages count their fused score times `weight`: a weak prior against them. */
  discount?: { regions: readonly string[]; weight: number };
  /**
   * A list for a reader to scan (the search endpoint): a passage of a section already listed above counts its
   * fused score times the policy's `repeatedSectionWeight`, so the first hits name different sections.
   */
  distinctSections?: boolean;
}

/**
 * Fuses BM25 and dense rankings with reciprocal rank fusion. RRF needs no score calibration between the
 * channels, which matters here: BM25 scores and cosine similarities live on unrelated scales.
 */
export class HybridRetriever {
  private readonly positions: ReadonlyMap<string, number>;

  constructor(
    private readonly chunks: Chunk[],
    private readonly lexical: LexicalSearcher,
    private readonly dense: DenseSearcher,
    /** Fusion weights and depth (see `retrieval` in src/policy.ts). */
    private readonly fusion: AnswerPolicy['retrieval'] = DEFAULT_POLICY.retrieval,
    /**
     * The concepts the corpus reading found each passage mentioning, in the order of `chunks` (none: no
     * concept-tag ranking). Read as stored: a set per passage would be ~100k objects on a large corpus.
     */
    private readonly passageTags?: readonly Iterable<string>[],
  ) {
    this.positions = chunkPositions(chunks);
  }

  /**
   * Each concept's passages (positions in `chunks`), and each passage's count of concepts as a share of the
   * mean count, built on the first question that has concepts.
   */
  private tagIndex?: { passages: Map<string, number[]>; breadth: Float64Array };
  /** Scratch for the tag ranking's sums, one per passage, zeroed after each question. */
  private tagScores?: Float64Array;

  async retrieve(query: string | RetrievalQuery, options: RetrieveOptions): Promise<RetrievedPassage[]> {
    const { mode, k } = options;
    const { text, situation, concepts, situationConcepts, dense, tags } = typeof query === 'string' ? { text: query } : query;
    const { rrfK, lexicalWeight, conceptWeight, conceptTagWeight, denseWeight, candidates, repeatedSectionWeight, passagesPerSection, headPrefixFrom, situationWeight, wordRarity } =
      this.fusion;
    const passages = new Map<string, RetrievedPassage>();
    const entry = (id: string): RetrievedPassage | undefined => {
      const position = this.positions.get(id);
      if (position === undefined) return undefined;
      const chunk = this.chunks[position];
      let p = passages.get(id);
      // Every channel's field from the start, so all passages share one shape whichever channels found them:
      // the relevance decision and the answer read them in hot loops.
      if (!p) passages.set(id, (p = { chunk, score: 0, lexical: undefined, concept: undefined, dense: undefined }));
      return p;
    };

    if (mode !== 'dense') {
      const context = situation ? { text: situation, weight: situationWeight } : undefined;
      this.lexical.search(text, candidates, { headPrefixFrom, context, wordRarity }).forEach((hit, rank) => {
        const p = entry(hit.id);
        if (!p) return;
        p.lexical = { rank, score: hit.score };
        p.score += lexicalWeight / (rrfK + rank + 1);
      });
      if (concepts || situationConcepts) {
        const told = situationConcepts ? { text: situationConcepts, weight: situationWeight } : undefined;
        this.lexical.search(concepts ?? '', candidates, { headPrefixFrom, wordRarity, context: told }).forEach((hit, rank) => {
          const p = entry(hit.id);
          if (!p) return;
          p.concept = { rank, score: hit.score };
          p.score += conceptWeight / (rrfK + rank + 1);
        });
      }
      if (tags && conceptTagWeight > 0 && this.passageTags) {
        for (const { position, rank } of this.tagged(tags, situationWeight, candidates, this.fusion.conceptTagBreadth)) {
          const p = entry(this.chunks[position].id);
          if (p) p.score += conceptTagWeight / (rrfK + rank + 1);
        }
      }
    }
    let vector: number[] | undefined;
    if (mode !== 'lexical') {
      vector = await this.dense.embedQuery(dense ?? text);
      this.dense.searchByVector(vector, candidates).forEach((hit, rank) => {
        const p = entry(hit.id);
        if (!p) return;
        p.dense = { rank, score: hit.score };
        p.score += denseWeight / (rrfK + rank + 1);
      });
    }

    const { discount } = options;
    if (discount && discount.weight < 1) for (const p of passages.values()) if (discount.regions.includes(p.chunk.region)) p.score *= discount.weight;
    // Ties break on the id by code units, not locale, so rankings are the same on every machine.
    let ranked = [...passages.values()].sort((a, b) => b.score - a.score || (a.chunk.id < b.chunk.id ? -1 : 1));
    const prefer = options.preferRegions ?? [];
    const distinct =
      options.distinctSections && repeatedSectionWeight < 1
        ? (list: RetrievedPassage[]) => bySection(list, repeatedSectionWeight, passagesPerSection, k)
        : (list: RetrievedPassage[]) => list;
    const preferred = prefer.length ? ranked.filter((p) => prefer.includes(p.chunk.region)) : [];
    // A named region wins outright; other regions only fill up when it has nothing relevant.
    const out = preferred.length
      ? [...distinct(preferred), ...distinct(ranked.filter((p) => !prefer.includes(p.chunk.region)))].slice(0, k)
      : distinct(ranked).slice(0, k);
    if (vector) this.addSimilarity(vector, out);
    return out;
  }

  /**
   * Gives the passages the dense channel found nothing of (pipeline-added ones: `dense` undefined) their
   * cosine similarity to the query, as {@link retrieve} gives those it returns: see `addSimilarity`.
   */
  async similarity(query: string | RetrievalQuery, passages: readonly RetrievedPassage[]): Promise<void> {
    if (!this.dense.similarities || passages.every((p) => p.dense)) return;
    const { text, dense } = typeof query === 'string' ? { text: query, dense: undefined } : query;
    this.addSimilarity(await this.dense.embedQuery(dense ?? text), passages);
  }

  /**
   * A passage the dense channel ranked below its candidates (found by a lexical ranking) gets its cosine
   * similarity all the same, without a rank: what reads it (the relevance decision) then sees how near the
   * passage is to the question, not that the lexical side alone found it (a similarity of 0 said so before).
   */
  private addSimilarity(vector: number[], passages: readonly RetrievedPassage[]): void {
    const missing = passages.filter((p) => !p.dense);
    if (!missing.length || !this.dense.similarities) return;
    this.dense.similarities(vector, missing.map((p) => p.chunk.id)).forEach((score, i) => {
      if (Number.isFinite(score)) missing[i].dense = { score };
    });
  }

  /**
   * The passages the corpus reading tagged with the question's concepts, ranked by the sum of those concepts'
   * rarity (IDF over passages; a concept only the situation brings counts `toldWeight` of one asked). This
   * finds a passage that speaks of the concept in words other than the few the concept channel searches for
   * ("Digitalisering …" for a question about apps). A passage that mentions many concepts is about each of them
   * less: its sum is divided by 1 − `breadth` + `breadth` × its count of concepts over the mean count (as BM25
   * normalises a term's weight by the passage's length). Passages of one score tie, and share the mean of the
   * ranks they take, so a concept tagged in many passages lends each little.
   */
  private tagged(
    tags: { asked: readonly string[]; told: readonly string[] },
    toldWeight: number,
    limit: number,
    breadth: number,
  ): { position: number; rank: number }[] {
    const { passages: index, breadth: counts } = (this.tagIndex ??= this.indexTags(this.passageTags ?? []));
    const n = this.chunks.length;
    const scores = (this.tagScores ??= new Float64Array(n));
    const touched: number[] = [];
    const add = (concept: string, weight: number) => {
      const passages = index.get(concept);
      if (!passages || weight <= 0) return;
      const w = weight * Math.log(1 + n / passages.length);
      for (const p of passages) {
        if (scores[p] === 0) touched.push(p);
        scores[p] += w;
      }
    };
    const asked = new Set(tags.asked);
    for (const c of asked) add(c, 1);
    for (const c of new Set(tags.told)) if (!asked.has(c)) add(c, toldWeight);
    if (breadth > 0) for (const p of touched) scores[p] /= 1 - breadth + breadth * counts[p];
    touched.sort((a, b) => scores[b] - scores[a] || a - b);
    const out: { position: number; rank: number }[] = [];
    // As deep as the other channels read (`limit`): a tie group whose mean rank is deeper counts for nothing.
    for (let i = 0; i < touched.length; ) {
      let j = i;
      while (j < touched.length && scores[touched[j]] === scores[touched[i]]) j++;
      const rank = (i + j - 1) / 2;
      if (rank >= limit) break;
      for (let m = i; m < j; m++) out.push({ position: touched[m], rank });
      i = j;
    }
    for (const p of touched) scores[p] = 0;
    return out;
  }

  private indexTags(tags: readonly Iterable<string>[]): { passages: Map<string, number[]>; breadth: Float64Array } {
    const index = new Map<string, number[]>();
    const breadth = new Float64Array(this.chunks.length);
    let total = 0;
    tags.forEach((concepts, position) => {
      for (const concept of concepts) {
        breadth[position]++;
        const passages = index.get(concept);
        if (passages) passages.push(position);
        else index.set(concept, [position]);
      }
      total += breadth[position];
    });
    const mean = total / Math.max(1, this.chunks.length) || 1;
    for (let i = 0; i < breadth.length; i++) breadth[i] /= mean;
    return { passages: index, breadth };
  }
}

/**
 * The passages re-ranked so that one of a section already listed `perSection` times counts its score times
 * `weight`: long sections are split into several passages, which otherwise fill a short list with one
 * section's text (a question about a heading's theme matches all of them alike) and push out the other
 * sections that answer it. Greedy: each place goes to the best passage by score so discounted, ties as
 * ranked. Weight 0 lists every section `perSection` times before any more of it; 1 is the plain ranking.
 * Only the first `limit` places are chosen (each pick reads every passage left, and a list shows a few).
 */
export function bySection(ranked: readonly RetrievedPassage[], weight: number, perSection = 1, limit = ranked.length): RetrievedPassage[] {
  const left = [...ranked];
  const listed = new Map<string, number>();
  const out: RetrievedPassage[] = [];
  const sectionOf = (p: RetrievedPassage) => `${p.chunk.documentId}\u0000${p.chunk.section}`;
  while (left.length && out.length < limit) {
    let best = 0;
    let bestScore = -Infinity;
    left.forEach((p, i) => {
      const score = (listed.get(sectionOf(p)) ?? 0) >= perSection ? p.score * weight : p.score;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    const [p] = left.splice(best, 1);
    listed.set(sectionOf(p), (listed.get(sectionOf(p)) ?? 0) + 1);
    out.push(p);
  }
  return out;
}
