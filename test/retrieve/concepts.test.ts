import { describe, expect, it } from 'vitest';
import type { ConceptWords } from '../../src/lang/concepts.js';
import { createConceptMatcher, createCorpusConceptMatcher } from '../../src/retrieve/concepts.js';
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

  it('hasWord: a lexicon word by its stems or a starred start, not a typed form, a phrase’s word or a compound’s part', () => {
    const m = matcher();
    for (const word of ['ventetider', 'foede', 'foedeafdelingerne', 'mad']) expect(m.hasWord(word), word).toBe(true);
    // "fodeafdelingen" finds births as typed without ø, and "vente" is a phrase's word: neither is the lexicon's.
    expect([...m.conceptsOf('fodeafdelingen')]).toEqual(['births']);
    for (const word of ['fodeafdelingen', 'vente', 'madpakke', 'ventetidsgaranti']) expect(m.hasWord(word), word).toBe(false);
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

  it('puts first the words a section heading uses for a concept, the documents’ own name for the notion', () => {
    const m = createConceptMatcher([{ vision: ['visjon', 'målsetting*'] } as unknown as ConceptWords], { stems, isStopword: (w) => STOPWORDS.has(w) });
    const texts = ['Kvalitet\nVåre målsettinger er: god kvalitet', 'Tilgang\nVåre målsettinger er: kort ventetid', 'Vår visjon\nVår visjon er helse i nord'];
    m.learnCorpus(texts);
    expect(m.corpusWords('vision')).toEqual(['maalsettinger', 'visjon']);
    m.learnCorpus(texts, ['Kvalitet', 'Tilgang', 'Vår visjon']);
    expect(m.corpusWords('vision')).toEqual(['visjon', 'maalsettinger']);
  });

  it('reads a question’s compound the corpus doesn’t write by its parts: what it is, else what it is about', () => {
    const m = createConceptMatcher(
      [
        {
          cancer: ['kræft'], food: ['maden'], environment: ['miljø'], leadership: ['styring', 'leder'], staff: ['leger'], medicine: ['piller'],
        } as unknown as ConceptWords,
      ],
      { stems, isStopword: (w) => STOPWORDS.has(w) },
    );
    m.learnCorpus(['Stærke fagmiljøer og god styring', 'Hjerte og lunge']);
    // Its last part after a word (the corpus's "lunge"), else its first.
    expect([...m.conceptsOf('Min mor har lungekræft')]).toEqual(['cancer']);
    expect([...m.conceptsOf('Hun fik en kræftdiagnose')]).toEqual(['cancer']);
    // A concept word ending a longer word after no known word is no compound's head.
    expect([...m.conceptsOf('Min bror er sjakkspiller')]).toEqual([]);
    expect([...m.conceptsOf('Hvor er røntgenbillederne?')]).toEqual([]);
    // The documents' own compound stays what the lexicon names it: a professional milieu is no nature.
    expect([...m.conceptsOf('Stærke fagmiljøer')]).toEqual([]);
    expect(m.learnCorpus(['Stærke fagmiljøer']).map((c) => [...c])).toEqual([[]]);
    // A part must be a form of the concept word, not a word sharing its stem ("styre" is no "styring").
    expect([...m.conceptsOf('Når er neste styreseminar?')]).toEqual([]);
    expect([...m.conceptsOf('Han er legespesialist')]).toEqual([]);
  });

  it('reads no everyday concept word inside a compound: alone it already needs company', () => {
    const m = createConceptMatcher([{ food: ['maden'], digitalContact: ['computer'] } as unknown as ConceptWords], { stems, isStopword: (w) => STOPWORDS.has(w) }, [
      { everyday: ['computer'], health: [] },
    ]);
    expect([...m.conceptsOf('Hvad koster computerspil?')]).toEqual([]);
    expect([...m.conceptsOf('Hvad koster computerskærme?')]).toEqual([]);
    expect([...m.conceptsOf('Er computeren god?')]).toEqual(['digitalContact']);
  });

  it('bridges only concepts a question names in words the corpus doesn’t use', () => {
    const m = matcher();
    m.learnCorpus(['Korte ventetider', 'Fødeafdelingen']);
    expect([...m.bridgedConcepts('Hvad med ventetider?')]).toEqual([]);
    expect([...m.bridgedConcepts('Skal man vente længe?')]).toEqual(['waiting']);
    expect(m.conceptsByWord('Skal man vente længe?').get('vente')).toEqual(new Set(['waiting']));
  });

  it('bridges a phrase the corpus writes only as separate words: its words alone find other things', () => {
    const m = matcher();
    m.learnCorpus(['Korte ventetider', 'Vi skal vente og se', 'Det varer længe']);
    // "vente" and "længe" are corpus words, but the corpus never writes "vente længe" about waiting.
    expect([...m.bridgedConcepts('Skal man vente længe?')]).toEqual(['waiting']);
    m.learnCorpus(['Korte ventetider', 'Ingen skal vente længe']);
    expect([...m.bridgedConcepts('Skal man vente længe?')]).toEqual([]);
    // Bridged to a set of documents' words (a region asked about in the other language), words still decide.
    m.learnCorpus(['Korte ventetider', 'Vi skal vente og se', 'Det varer længe']);
    expect([...m.bridgedConcepts('Skal man vente længe?', (w) => ['vente', 'laenge'].includes(w))]).toEqual([]);
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

  it('leaves out a concept word inside a phrase that does not mention the concept, in questions and passages alike', () => {
    const buildings = { buildings: ['bygger', 'bygning*'] } as unknown as ConceptWords;
    const m = createConceptMatcher([buildings], { stems, isStopword: (w) => STOPWORDS.has(w) }, [
      { everyday: [], health: [], notMentioning: { buildings: ['bygger på'] } },
    ]);
    expect([...m.conceptsOf('Hvad bygger planen på?')]).toEqual([]);
    expect([...m.conceptsOf('Regionen bygger et nyt sygehus')]).toEqual(['buildings']);
    // Only the phrase's own words are left out, not a concept word between them.
    expect([...m.conceptsOf('Regionen bygger nye bygninger på grunden')]).toEqual(['buildings']);
    expect(m.learnCorpus(['Planen bygger på tre principper', 'Nye bygninger']).map((s) => [...s])).toEqual([[], ['buildings']]);
    expect(m.corpusWords('buildings')).toEqual(['bygninger']);    // Those words are no topic of a question: they say how, not what.
    expect([...m.wordsNotMentioning('Hvad bygger planen på?')]).toEqual(['bygger']);
    expect([...m.wordsNotMentioning('Regionen bygger et nyt sygehus')]).toEqual([]);
  });

  it('reads "bygger på" (is based on) as no building in either language, nor "er bygd på" as a village', () => {
    const m = createCorpusConceptMatcher();
    for (const text of ['Hvad bygger planen på?', 'Hva bygger planen på?', 'Hva er planen bygd på?']) {
      expect(m.conceptsOf(text).has('buildings') || m.conceptsOf(text).has('rural')).toBe(false);
    }
    expect(m.conceptsOf('Regionen bygger et nyt hospital').has('buildings')).toBe(true);
    expect(m.conceptsOf('Små bygder på kysten').has('rural')).toBe(true);
  });

  it('reads depending on something as no addiction', () => {
    const m = createCorpusConceptMatcher();
    expect(m.conceptsOf('Begge nivåer er avhengige av et godt samarbeid').has('addiction')).toBe(false);
    expect(m.conceptsOf('Vi er afhængige af hinanden').has('addiction')).toBe(false);
    expect(m.conceptsOf('Han er rusavhengig').has('addiction')).toBe(true);
    expect(m.conceptsOf('Hun er afhængig af alkohol').has('addiction')).toBe(true);
  });

  it('reads a workplace culture of learning as no cultural life', () => {
    const m = createCorpusConceptMatcher();
    expect(m.conceptsOf('Det skal etableres en evaluerende kultur basert på kunnskap').has('culture')).toBe(false);
    expect(m.conceptsOf('Vi vil have en lærende kultur').has('culture')).toBe(false);
    expect(m.conceptsOf('Hva gjør de for kulturen og kunsten?').has('culture')).toBe(true);
  });

  it('reads the head of the administration in everyday words as the director, and the documents’ title too', () => {
    const m = createCorpusConceptMatcher();
    expect(m.conceptsOf('Hvem er øverste administrative chef i regionen?').has('director')).toBe(true);
    expect(m.conceptsOf('Hvem er toppsjefen i administrasjonen?').has('director')).toBe(true);
    expect(m.conceptsOf('Konstitueret Regionsdirektør').has('director')).toBe(true);
    expect(m.conceptsOf('En godt fungerende kommunehelsetjeneste').has('director')).toBe(false);
  });

  it('reads people from abroad as the minorities the strategies name', () => {
    const m = createCorpusConceptMatcher();
    expect(m.conceptsOf('folk som har flytta hit fra utlandet').has('minorities')).toBe(true);
    expect(m.conceptsOf('borgere der kommer fra et andet land').has('minorities')).toBe(true);
  });

  it('reads babies as births, driving the whole way as distance, and a local health centre as primary care', () => {
    const m = createCorpusConceptMatcher();
    expect(m.conceptsOf('Nye babyer i Herlev – hva lover regionen?').has('births')).toBe(true);
    expect(m.conceptsOf('Skal vi køre hele vejen til Aarhus hver gang?').has('nearCare')).toBe(true);
    expect(m.conceptsOf('Vi har fire senger på helsesenteret i Berlevåg').has('primaryCare')).toBe(true);
  });

  it('reads many people moving in as growth', () => {
    const m = createCorpusConceptMatcher();
    expect(m.conceptsOf('Der flytter rigtig mange til København og omegn').has('growth')).toBe(true);
    expect(m.conceptsOf('Tilflytningen til Tromsø er stor').has('growth')).toBe(true);
    // the people growing in number, in Nynorsk too
    expect(m.conceptsOf('Folkeauken i byen er stor').has('growth')).toBe(true);
    // more people to live there, said with the verb; living there oneself is no growth
    expect(m.conceptsOf('Hvor mange flere der skal bo i byen om ti år?').has('growth')).toBe(true);
    expect(m.conceptsOf('Hvor mange flere skal bo i kommunen?').has('growth')).toBe(true);
    expect(m.conceptsOf('Jeg bor i byen og har to børn').has('growth')).toBe(false);
  });

  it('reads taking part in deciding one’s own treatment as involvement', () => {
    const m = createCorpusConceptMatcher();
    expect(m.conceptsOf('Får hun være med og bestemme hvordan hun skal behandles?').has('involvement')).toBe(true);
    expect(m.conceptsOf('Kan jeg være med og bestemme min behandling?').has('involvement')).toBe(true);
  });

  it('reads the areas a strategy invests in, by any of their names, as its vision', () => {
    const m = createCorpusConceptMatcher();
    for (const text of ['Hvor mange satsingsområder har de?', 'Hvilke satsningsområder har regionen?', 'Hva er innsatsområdene?']) {
      expect(m.conceptsOf(text).has('vision')).toBe(true);
    }
  });

  it('tells a health word of either language by its start, and not a word of another domain', () => {
    const m = createCorpusConceptMatcher();
    for (const word of ['sygehusene', 'sykehuset', 'paaroerende', 'laegen', 'specialisten', 'konsultation', 'konsultasjon']) expect(m.healthWord(word)).toBe(true);
    for (const word of ['vejret', 'restaurant', 'bor']) expect(m.healthWord(word)).toBe(false);
  });

  it('reads a concept word typed without æ/ø/å in a question, from five letters, and not in a passage', () => {
    const m = createCorpusConceptMatcher();
    expect([...m.conceptsOf('hvad gor de for de parorende og fodeafdelingen')].sort()).toEqual(['births', 'relatives']);
    // "føde" typed is "fode": four letters, too short to be read as it; "fodende" stems to a foot.
    expect(m.conceptsOf('hvor kan man fode').has('births')).toBe(false);
    expect(m.conceptsOf('jeg har ondt i foden').has('births')).toBe(false);
    expect(m.conceptsOf('hvor kan man føde').has('births')).toBe(true);
    // æ typed as "a" is another word too often: "kraft" is no "kræft".
    expect(m.conceptsOf('mangel på arbejdskraft').has('cancer')).toBe(false);
    // In a phrase the other words hold the meaning, and æ typed as "a" is read too: "spandt fast", "brander ud".
    expect(m.conceptsOf('hun blev spandt fast').has('coercion')).toBe(true);
    expect(m.conceptsOf('de brander ud').has('workEnvironment')).toBe(true);
    expect(m.conceptsOf('hun blev spandt').has('coercion')).toBe(false);
    // …even a word whose stem is short ("hander": "hand"), which alone is left as typed.
    expect(m.conceptsOf('hvordan skaffer de flere hander').has('staffShortage')).toBe(true);
    expect(m.conceptsOf('skal man vente lange').has('waiting')).toBe(true);
    // A phrase's short function word typed so goes with the long word it changed ("tattere pa"), not alone.
    expect(m.conceptsOf('kan det ske tattere pa').has('nearCare')).toBe(true);
    // The documents write the letters: a typed form there is another word, or none.
    expect(m.learnCorpus(['Flere parorende', 'Flere pårørende']).map((s) => s.has('relatives'))).toEqual([false, true]);
    // When the corpus writes "pårørende", the word typed so is the corpus's own: no gap for concept words to bridge.
    m.learnCorpus(['Inddragelse af pårørende']);
    expect([...m.bridgedConcepts('de parorende')]).toEqual([]);
    m.learnCorpus(['Inddragelse af familien']);
    expect([...m.bridgedConcepts('de parorende')]).toEqual(['relatives']);
  });

  it('reads taking care of someone (tage/ta vare på) as no topic word in either language: the topic is whom', () => {
    const m = createCorpusConceptMatcher();
    expect([...m.wordsNotMentioning('Hvordan tager regionen vare på de ældre?')]).toContain('vare');
    expect([...m.wordsNotMentioning('kossen tar dem vare på pasientene')]).toContain('vare');
    expect([...m.wordsNotMentioning('Hvilke varer køber regionen?')]).toEqual([]);
  });

  it('reads a text once for all four questions, each answer as a fresh matcher gives it and the caller’s to change', () => {
    const contexts = [{ everyday: ['mad', 'maden'], health: ['sygehus*'] }];
    const make = () => createConceptMatcher([lexicon], { stems, isStopword: (w) => STOPWORDS.has(w) }, contexts);
    const texts = ['Skal man vente længe på fødeafdelingen?', 'Hvordan laver man god mad?', 'Er maden god på sygehuset, og må man vente længe?'];
    const answers = (m: ReturnType<typeof make>, text: string) => ({
      concepts: [...m.conceptsOf(text)],
      outOfContext: [...m.outOfContext(text)],
      bridged: [...m.bridgedConcepts(text)],
      byWord: [...m.conceptsByWord(text)].map(([w, c]) => [w, [...c]]),
    });
    const shared = make();
    shared.learnCorpus(['Korte ventetider', 'Fødeafdelingen']);
    for (const text of texts) {
      // Each answer from a matcher that has read nothing else before it, in another order.
      const fresh = () => {
        const m = make();
        m.learnCorpus(['Korte ventetider', 'Fødeafdelingen']);
        return m;
      };
      const expected = {
        byWord: [...fresh().conceptsByWord(text)].map(([w, c]) => [w, [...c]]),
        bridged: [...fresh().bridgedConcepts(text)],
        outOfContext: [...fresh().outOfContext(text)],
        concepts: [...fresh().conceptsOf(text)],
      };
      expect(answers(shared, text)).toEqual(expected);
      // What a caller does with an answer (readQuestion deletes from it) changes no later answer.
      shared.conceptsOf(text).clear();
      shared.outOfContext(text).clear();
      shared.bridgedConcepts(text).clear();
      shared.conceptsByWord(text).clear();
      expect(answers(shared, text)).toEqual(expected);
    }
    expect(answers(shared, texts[0]).concepts).toEqual(['waiting', 'births']);
  });
});
