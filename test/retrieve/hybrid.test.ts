import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/ingest/types.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { bySection, HybridRetriever, type RetrievedPassage } from '../../src/retrieve/hybrid.js';

const chunk = (id: string, region: string): Chunk => ({
  id,
  documentId: id.split('#')[0],
  region,
  title: 't',
  language: 'da',
  section: 's',
  sectionPath: ['s'],
  text: id,
  start: 0,
  end: 1,
});
const chunks = [chunk('a#0', 'A'), chunk('a#1', 'A'), chunk('b#0', 'B'), chunk('b#1', 'B')];

const lexical = { search: () => ['a#0', 'b#0', 'a#1'].map((id, i) => ({ id, score: 10 - i, matched: ['x'] })) };
const dense = {
  embedQuery: async () => [1, 0],
  searchByVector: () => ['b#0', 'b#1', 'a#0'].map((id, i) => ({ id, score: 0.9 - i / 10 })),
};
const retriever = new HybridRetriever(chunks, lexical, dense);

describe('HybridRetriever', () => {
  it('fuses both channels with weighted reciprocal rank fusion', async () => {
    const passages = await retriever.retrieve('q', { k: 4, mode: 'hybrid' });
    // a#0: 1st lexically, 3rd densely; b#0: 2nd and 1st. A dense vote counts half, so a#0 edges ahead;
    // b#1 (dense only) comes last, after a#1 (lexical only).
    expect(passages.map((p) => p.chunk.id)).toEqual(['a#0', 'b#0', 'a#1', 'b#1']);
    expect(passages[0].score).toBeCloseTo(1 / 11 + 0.5 / 13, 6);
  });

  it('keeps each channel’s evidence on the passage', async () => {
    const b0 = (await retriever.retrieve('q', { k: 4, mode: 'hybrid' })).find((p) => p.chunk.id === 'b#0')!;
    expect(b0.lexical).toEqual({ rank: 1, score: 9 });
    expect(b0.dense?.rank).toBe(0);
  });

  it('gives a passage the dense channel ranked below its candidates its similarity all the same, without a rank', async () => {
    const withSimilarity = { ...dense, similarities: (_v: number[], ids: readonly string[]) => ids.map((id) => (id === 'a#1' ? 0.42 : NaN)) };
    const passages = await new HybridRetriever(chunks, lexical, withSimilarity).retrieve('q', { k: 4, mode: 'hybrid' });
    const byId = new Map(passages.map((p) => [p.chunk.id, p]));
    // a#1 was found lexically only: its cosine is computed, but it ranks nowhere densely, so its fused score is unchanged.
    expect(byId.get('a#1')?.dense).toEqual({ score: 0.42 });
    expect(byId.get('a#1')?.score).toBeCloseTo(1 / 13, 6);
    expect(byId.get('b#0')?.dense).toEqual({ rank: 0, score: 0.9 });
    // Without the searcher's similarities, or in lexical mode, a passage the channel didn't rank has none.
    expect((await retriever.retrieve('q', { k: 4, mode: 'hybrid' })).find((p) => p.chunk.id === 'a#1')?.dense).toBeUndefined();
    const lexicalOnly = await new HybridRetriever(chunks, lexical, withSimilarity).retrieve('q', { k: 4, mode: 'lexical' });
    expect(lexicalOnly.every((p) => p.dense === undefined)).toBe(true);
    // Passages added beside retrieval get theirs on asking; those with one keep it.
    const added: RetrievedPassage[] = [{ chunk: chunks[1], score: 0, lexical: undefined, concept: undefined, dense: undefined }, byId.get('b#0')!];
    await new HybridRetriever(chunks, lexical, withSimilarity).similarity('q', added);
    expect(added.map((p) => p.dense)).toEqual([{ score: 0.42 }, { rank: 0, score: 0.9 }]);
  });

  it('gives every passage the same fields, whichever channels found it', async () => {
    const passages = await retriever.retrieve('q', { k: 4, mode: 'hybrid' });
    const shapes = new Set(passages.map((p) => Object.keys(p).join()));
    expect(shapes).toEqual(new Set(['chunk,score,lexical,concept,dense']));
    expect(passages.find((p) => p.chunk.id === 'b#1')?.lexical).toBeUndefined();
  });

  it('ranks the passages tagged with the question’s concepts, rarer concepts first, tied passages alike', async () => {
    // Untagged order: a#0, b#0, a#1, and b#1 last (dense's 2nd alone). Tagged with the rare concept, b#1 ranks
    // first of the tagged; a#1 and b#0, with the common one, tie at ranks 1 and 2 and each gets rank 1.5's vote.
    const tagged: Record<string, string[]> = { 'b#1': ['rare'], 'a#1': ['common'], 'b#0': ['common'] };
    const passageTags = chunks.map((c) => tagged[c.id] ?? []);
    const policy = (conceptTagWeight: number, situationWeight = 0.5) => ({ ...DEFAULT_POLICY.retrieval, conceptTagWeight, situationWeight });
    const retrieve = (r: HybridRetriever, asked: string[], told: string[] = []) => r.retrieve({ text: 'q', tags: { asked, told } }, { k: 4, mode: 'hybrid' });
    const ids = async (r: HybridRetriever, asked: string[], told: string[] = []) => (await retrieve(r, asked, told)).map((p) => p.chunk.id);
    const r = new HybridRetriever(chunks, lexical, dense, policy(1), passageTags);
    expect(await ids(r, [])).toEqual(['a#0', 'b#0', 'a#1', 'b#1']);
    const both = await retrieve(r, ['rare', 'common']);
    expect(both.map((p) => p.chunk.id)).toEqual(['b#0', 'a#1', 'b#1', 'a#0']);
    expect(both[1].score).toBeCloseTo(1 / 13 + 1 / 12.5, 6);
    // A concept only the situation tells counts situationWeight of one asked: at half, the rare concept told
    // (half of ln 5) weighs less than the common one asked (ln 3), and b#1 ranks behind the tied two.
    expect(await ids(r, ['common'], ['rare'])).toEqual(['b#0', 'a#1', 'a#0', 'b#1']);
    expect(await ids(new HybridRetriever(chunks, lexical, dense, policy(1, 1), passageTags), ['common'], ['rare'])).toEqual(['b#0', 'a#1', 'b#1', 'a#0']);
    // At weight 0, or without the corpus's concepts, no tag ranking.
    expect(await ids(new HybridRetriever(chunks, lexical, dense, policy(0), passageTags), ['rare'])).toEqual(['a#0', 'b#0', 'a#1', 'b#1']);
    expect(await ids(new HybridRetriever(chunks, lexical, dense, policy(1)), ['rare'])).toEqual(['a#0', 'b#0', 'a#1', 'b#1']);
  });

  it('counts a passage tagged with many concepts less for each (conceptTagBreadth)', async () => {
    // a#1 mentions the asked concept and another, b#1 the asked one alone: alike at breadth 0, b#1 ahead at 1.
    const tagged: Record<string, string[]> = { 'a#1': ['asked', 'other'], 'b#1': ['asked'] };
    const passageTags = chunks.map((c) => tagged[c.id] ?? []);
    const votes = async (conceptTagBreadth: number) => {
      const r = new HybridRetriever(chunks, lexical, dense, { ...DEFAULT_POLICY.retrieval, conceptTagWeight: 1, conceptTagBreadth }, passageTags);
      const without = new Map((await r.retrieve('q', { k: 4, mode: 'hybrid' })).map((p) => [p.chunk.id, p.score]));
      const tagged = await r.retrieve({ text: 'q', tags: { asked: ['asked'], told: [] } }, { k: 4, mode: 'hybrid' });
      return Object.fromEntries(tagged.map((p) => [p.chunk.id, p.score - without.get(p.chunk.id)!]));
    };
    const flat = await votes(0);
    expect(flat['a#1']).toBeCloseTo(1 / 11.5, 6);
    expect(flat['b#1']).toBeCloseTo(1 / 11.5, 6);
    const focused = await votes(1);
    expect(focused['b#1']).toBeCloseTo(1 / 11, 6);
    expect(focused['a#1']).toBeCloseTo(1 / 12, 6);
  });

  it('can run one channel alone', async () => {
    expect((await retriever.retrieve('q', { k: 3, mode: 'lexical' })).map((p) => p.chunk.id)).toEqual(['a#0', 'b#0', 'a#1']);
    expect((await retriever.retrieve('q', { k: 3, mode: 'dense' })).map((p) => p.chunk.id)).toEqual(['b#0', 'b#1', 'a#0']);
  });

  it('puts the named region first', async () => {
    const ids = (await retriever.retrieve('q', { k: 4, mode: 'hybrid', preferRegions: ['A'] })).map((p) => p.chunk.id);
    expect(ids).toEqual(['a#0', 'a#1', 'b#0', 'b#1']);
  });

  it('lists distinct sections first when asked, within the named region and after it', async () => {
    // a#0 and a#1 are one section of region A, b#0 one of B; both channels rank a#0, a#1, b#0.
    const sectioned = chunks.map((c) => ({ ...c, section: c.region }));
    const ranking = ['a#0', 'a#1', 'b#0'];
    const r = new HybridRetriever(
      sectioned,
      { search: () => ranking.map((id, i) => ({ id, score: 3 - i, matched: [] })) },
      { embedQuery: async () => [1], searchByVector: () => ranking.map((id, i) => ({ id, score: 1 - i / 10 })) },
      { ...DEFAULT_POLICY.retrieval, passagesPerSection: 1 },
    );
    const ids = async (options: { preferRegions?: string[]; distinctSections?: boolean }) =>
      (await r.retrieve('q', { k: 3, mode: 'hybrid', ...options })).map((p) => p.chunk.id);
    expect(await ids({})).toEqual(['a#0', 'a#1', 'b#0']);
    expect(await ids({ distinctSections: true })).toEqual(['a#0', 'b#0', 'a#1']);
    // The named region's passages still all come first: its second passage before any other region's.
    expect(await ids({ distinctSections: true, preferRegions: ['A'] })).toEqual(['a#0', 'a#1', 'b#0']);
    expect(await ids({ distinctSections: true, preferRegions: ['B'] })).toEqual(['b#0', 'a#0', 'a#1']);
  });

  it('re-ranks by section only as far as asked: the first places are those of the whole re-ranking', () => {
    const ranked: RetrievedPassage[] = ['a#0', 'a#1', 'a#2', 'b#0', 'c#0'].map((id, i) => ({
      chunk: { ...chunk(id, id[0].toUpperCase()), section: id[0] },
      score: 1 - i / 10,
    }));
    const ids = (list: RetrievedPassage[]) => list.map((p) => p.chunk.id);
    const whole = bySection(ranked, 0.5, 1);
    expect(ids(whole)).toEqual(['a#0', 'b#0', 'c#0', 'a#1', 'a#2']);
    expect(ids(bySection(ranked, 0.5, 1, 3))).toEqual(ids(whole).slice(0, 3));
  });

  it('ignores ids the channels return that the corpus does not have', async () => {
    const stale = new HybridRetriever(chunks, { search: () => [{ id: 'gone#9', score: 1, matched: [] }] }, dense);
    expect((await stale.retrieve('q', { k: 5, mode: 'lexical' })).length).toBe(0);
  });
});
