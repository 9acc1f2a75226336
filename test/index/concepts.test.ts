import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/index/build.js';
import { conceptsFromBytes, conceptsToBytes } from '../../src/index/concepts.js';
import { createCorpusConceptMatcher } from '../../src/retrieve/concepts.js';
import { tempConfig } from '../helpers/corpus.js';

/**
 * concepts.bin holds what the concept matcher finds in the passages, so a start need not read them all
 * again: what a load restores must be exactly what reading them would find.
 */
describe('passage concepts stored with the index', () => {
  it('are what the matcher finds in the loaded passages, and teach a fresh matcher the same corpus words', async () => {
    const index = await loadIndex(await tempConfig());
    const reading = createCorpusConceptMatcher();
    const found = reading.learnCorpus(index.chunks.map((c) => `${c.section}\n${c.text}`), index.chunks.map((c) => c.section));
    expect(index.concepts.passages.map((p) => [...p].sort())).toEqual(found.map((f) => [...f].sort()));
    expect(index.concepts.passages.filter((p) => p.length > 0).length).toBeGreaterThan(index.chunks.length / 4);
    expect(index.concepts.knowledge).toEqual(reading.corpusKnowledge());

    const restored = createCorpusConceptMatcher();
    restored.useCorpusKnowledge(index.concepts.knowledge);
    for (const [concept, words] of index.concepts.knowledge.conceptWords) {
      expect(restored.corpusWords(concept)).toEqual(reading.corpusWords(concept));
      expect(words.length).toBeGreaterThan(0);
    }
    // bridgedConcepts tells the corpus's words from a question's own: it needs the restored vocabulary.
    const question = 'Hvad gør regionen ved personalemangel og ventetider?';
    expect(restored.bridgedConcepts(question)).toEqual(reading.bridgedConcepts(question));
  });

  it('round-trip through their file format, empty passages and all', () => {
    const stored = {
      passages: [['waiting', 'cancer'], [], ['staffShortage']] as never,
      knowledge: { vocabulary: ['kraeft', 'ventetid'], conceptWords: [['cancer', ['kraeft', 'kraeftpakker']], ['waiting', ['ventetid']]] as never },
    };
    const back = conceptsFromBytes(conceptsToBytes(stored));
    expect(back.passages).toEqual([['cancer', 'waiting'], [], ['staffShortage']]);
    expect(back.knowledge).toEqual(stored.knowledge);
    expect(() => conceptsFromBytes(Buffer.from('SVB1garbage'))).toThrow();
  });
});
