import { describe, expect, it } from 'vitest';
import type { ConceptWords } from '../../src/lang/concepts.js';
import { createConceptMatcher } from '../../src/retrieve/concepts.js';
import { stems } from '../../src/text/analyze.js';
import { STOPWORDS } from '../../src/text/stopwords.js';

const lexicon = { waiting: ['ventetid', 'vente længe'], births: ['fødeafdeling*', 'føde'], food: ['mad', 'maden'] } as unknown as ConceptWords;
const matcher = () => createConceptMatcher([lexicon], { stems, isStopword: (w) => STOPWORDS.has(w) });

describe('concept matcher', () => {
  it('matches a word in any inflection, a prefix entry by its start, a phrase by its words close together', () => {
    const m = matcher();
    expect([...m.conceptsOf('Lange ventetider i psykiatrien')]).toEqual(['waiting']);
    expect([...m.conceptsOf('Fødeafdelingen lukker')]).toEqual(['births']);
    expect([...m.conceptsOf('Jeg skal vente alt for længe')]).toEqual(['waiting']);
    expect([...m.conceptsOf('Jeg skal vente, og det varer længe og længe og længe')]).toEqual([]);
  });

  it('matches short words only as written, so their stems do not collide with other words', () => {
    expect([...matcher().conceptsOf('På den måde')]).toEqual([]);
    expect([...matcher().conceptsOf('Maden er god')]).toEqual(['food']);
  });

  it('learns the corpus’s own words per concept and which passages mention which concept', () => {
    const m = matcher();
    const perPassage = m.learnCorpus(['Korte ventetider og hurtig udredning', 'Fødeafdelingen og fødselsomsorgen', 'Ventetider']);
    expect(perPassage.map((s) => [...s])).toEqual([['waiting'], ['births'], ['waiting']]);
    expect(m.corpusWords('waiting')).toEqual(['ventetider']);
    expect(m.corpusWords('births')).toEqual(['foedeafdelingen']);
  });

  it('bridges only concepts a question names in words the corpus doesn’t use', () => {
    const m = matcher();
    m.learnCorpus(['Korte ventetider', 'Fødeafdelingen']);
    expect([...m.bridgedConcepts('Hvad med ventetider?')]).toEqual([]);
    expect([...m.bridgedConcepts('Skal man vente længe?')]).toEqual(['waiting']);
    expect(m.conceptsByWord('Skal man vente længe?').get('vente')).toEqual(new Set(['waiting']));
  });

  it('leaves out a concept reached only through everyday words, unless a health word or another concept word is beside them', () => {
    const m = createConceptMatcher([lexicon], { stems, isStopword: (w) => STOPWORDS.has(w) }, [
      { everyday: ['mad', 'maden'], health: ['sygehus*', 'regionen'] },
    ]);
    expect([...m.outOfContext('Hvordan laver man god mad?')]).toEqual(['food']);
    expect([...m.outOfContext('Er maden god på sygehuset?')]).toEqual([]);
    expect([...m.outOfContext('Hvad gør regionen ved maden?')]).toEqual([]);
    expect([...m.outOfContext('Får man mad, når man skal vente længe?')]).toEqual([]);
    // Without context lists every concept word counts alone, as before.
    expect([...matcher().outOfContext('Hvordan laver man god mad?')]).toEqual([]);
  });
});
