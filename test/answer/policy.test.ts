import { describe, expect, it } from 'vitest';
import { PassageTerms } from '../../src/answer/evidence.js';
import { composeExtractiveAnswer } from '../../src/answer/extractive.js';
import { condenseFollowUp, notSaidFirst } from '../../src/answer/followup.js';
import type { Chunk } from '../../src/ingest/types.js';
import { answerPolicy, DEFAULT_POLICY, type PolicyOverrides } from '../../src/policy.js';
import { LexicalIndex } from '../../src/index/lexical.js';
import { createConceptMatcher, createCorpusConceptMatcher } from '../../src/retrieve/concepts.js';
import { HybridRetriever, type RetrievedPassage } from '../../src/retrieve/hybrid.js';
import { createRegionMatcher } from '../../src/retrieve/regions.js';
import type { ConceptWords } from '../../src/lang/concepts.js';
import { buildLexicon, createAnalyzer, stems } from '../../src/text/analyze.js';
import { cueBalance, decideLanguage } from '../../src/text/language.js';
import { STOPWORDS } from '../../src/text/stopwords.js';
import { restoreTypedLetters } from '../../src/text/typed-letters.js';

/** What each knob of the answer policy decides: one focused case per knob, at its default and moved. */

const chunk = (id: string, region: string, text: string, section = 's'): Chunk => ({
  id,
  documentId: id.split('#')[0],
  region,
  title: `${region} strategi`,
  language: 'da',
  section,
  sectionPath: [section],
  text,
  start: 0,
  end: text.length,
});
const STOP = new Set(['hvad', 'gør', 'for', 'at', 'og', 'i', 'de', 'om', 'med', 'vil', 'den', 'det', 'til', 'af', 'er', 'vi', 'en', 'et']);
const termsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));
const analysis = { terms: termsOf, wordTerms: termsOf };
const passage = (c: Chunk, score = 0.5): RetrievedPassage => ({ chunk: c, score });

describe('the policy itself', () => {
  it('fills in defaults around overrides and rejects values outside a knob’s range', () => {
    const p = answerPolicy({ compose: { maxUnits: 3 } });
    expect(p.compose.maxUnits).toBe(3);
    expect(p.compose.maxPassages).toBe(DEFAULT_POLICY.compose.maxPassages);
    expect(() => answerPolicy({ relevance: { coverageSlack: 1.5 } })).toThrow(/relevance\.coverageSlack/);
    expect(() => answerPolicy({ relevance: { direct: 0.4, related: 0.6 } })).toThrow(/relevance\.related/);
    expect(() => answerPolicy({ retrieval: { depth: 0 } })).toThrow(/retrieval\.depth/);
  });
});

describe('retrieval', () => {
  const chunks = [chunk('a#1', 'A', 'a'), chunk('b#1', 'B', 'b'), chunk('c#1', 'C', 'c')];
  // a#1 is lexical's first and dense's third; b#1 dense's first and lexical's second; c#1 dense's second.
  const lexical = { search: (_q: string, k: number) => ['a#1', 'b#1'].slice(0, k).map((id, i) => ({ id, score: 2 - i, matched: [] })) };
  const dense = {
    embedQuery: async () => [1],
    searchByVector: (_v: number[], k: number) => ['b#1', 'c#1', 'a#1'].slice(0, k).map((id, i) => ({ id, score: 1 - i / 10 })),
  };
  const order = async (retrieval: PolicyOverrides['retrieval']) =>
    (await new HybridRetriever(chunks, lexical, dense, answerPolicy({ retrieval }).retrieval).retrieve('q', { k: 3, mode: 'hybrid' })).map(
      (p) => p.chunk.id,
    );

  it('lexicalWeight and denseWeight: which channel’s first passage wins', async () => {
    expect((await order({}))[0]).toBe('a#1');
    expect((await order({ denseWeight: 1.5 }))[0]).toBe('b#1');
    expect((await order({ lexicalWeight: 0.2, denseWeight: 1 }))[0]).toBe('b#1');
  });

  it('rrfK: a small constant lets one first place outweigh two lower places', async () => {
    // b#1 is 2nd lexically and 1st densely; a#1 1st lexically and 3rd densely.
    expect((await order({ denseWeight: 1 }))[0]).toBe('b#1');
    expect((await order({ denseWeight: 1, rrfK: 1 }))[0]).toBe('b#1');
    expect((await order({ denseWeight: 0.5, rrfK: 1 }))[0]).toBe('a#1');
  });

  it('candidates: how deep each channel is read before fusion', async () => {
    expect(await order({})).toContain('c#1');
    const shallow = await new HybridRetriever(chunks, lexical, dense, { ...DEFAULT_POLICY.retrieval, candidates: 1 }).retrieve('q', { k: 3, mode: 'hybrid' });
    expect(shallow.map((p) => p.chunk.id).sort()).toEqual(['a#1', 'b#1']);
  });
});

describe('retrieval: repeatedSectionWeight and passagesPerSection', () => {
  // s#1, s#2 and s#3 are three passages of one section; t#1 a passage of another, fused below them all.
  const ids = ['s#1', 's#2', 's#3', 't#1'];
  const chunks = ids.map((id) => ({ ...chunk(id, 'A', 'x'), section: id[0] }));
  const lexical = { search: (_q: string, k: number) => ids.slice(0, k).map((id, i) => ({ id, score: 4 - i, matched: [] })) };
  const dense = { embedQuery: async () => [1], searchByVector: (_v: number[], k: number) => ids.slice(0, k).map((id, i) => ({ id, score: 1 - i / 10 })) };
  const hits = async (retrieval: PolicyOverrides['retrieval'], distinctSections = true) =>
    (await new HybridRetriever(chunks, lexical, dense, answerPolicy({ retrieval }).retrieval).retrieve('q', { k: 3, mode: 'hybrid', distinctSections })).map(
      (p) => p.chunk.id,
    );

  it('a section’s passages after the first passagesPerSection go behind a new section unless they score 1/weight times as high', async () => {
    expect(await hits({})).toEqual(['s#1', 's#2', 't#1']);
    expect(await hits({ passagesPerSection: 1 })).toEqual(['s#1', 't#1', 's#2']);
    expect(await hits({ passagesPerSection: 3 })).toEqual(['s#1', 's#2', 's#3']);
    expect(await hits({ repeatedSectionWeight: 1 })).toEqual(['s#1', 's#2', 's#3']);
    // s#3 fuses at 1.5/63, t#1 at 1.5/64: a discount of 0.99 still leaves s#3 ahead.
    expect(await hits({ repeatedSectionWeight: 0.99 })).toEqual(['s#1', 's#2', 's#3']);
  });

  it('ranks answers’ passages as fused: only a list asked for distinct sections is re-ranked', async () => {
    expect(await hits({ passagesPerSection: 1 }, false)).toEqual(['s#1', 's#2', 's#3']);
  });
});

describe('retrieval: headPrefixFrom', () => {
  // The corpus writes only the compound; "vente" and "ventet" stem to "vent", which no passage has.
  const chunks = [chunk('w#1', 'A', 'Korte ventetider og hurtig udredning'), chunk('k#1', 'A', 'Klima og miljø')];
  const lexicon = buildLexicon(chunks.map((c) => c.text));
  const lexical = LexicalIndex.build(chunks, createAnalyzer({ lexicon }));
  const dense = { embedQuery: async () => [1], searchByVector: () => [] };
  const found = async (question: string, headPrefixFrom?: number) =>
    (await new HybridRetriever(chunks, lexical, dense, answerPolicy({ retrieval: { headPrefixFrom } }).retrieval).retrieve(question, { k: 3, mode: 'lexical' })).map(
      (p) => p.chunk.id,
    );

  it('a word the corpus lacks is looked for as its words’ beginning from this many letters', async () => {
    expect(await found('skal vi vente')).toEqual(['w#1']);
    expect(await found('skal vi vente', 0)).toEqual([]);
    expect(await found('skal vi vente', 6)).toEqual([]);
    expect(await found('har vi ventet', 6)).toEqual(['w#1']);
    expect(() => answerPolicy({ retrieval: { headPrefixFrom: 3 } })).toThrow(/retrieval\.headPrefixFrom/);
  });
});

describe('retrieval: conceptTypoFrom', () => {
  const lexicon = { waiting: ['ventetid', 'ventetider'], staff: ['sygeplejerske*'], food: ['økologisk'], economy: ['økonomisk'] } as unknown as ConceptWords;
  const concepts = (question: string, conceptTypoFrom?: number) => {
    const m = createConceptMatcher([lexicon], { stems, isStopword: (w) => STOPWORDS.has(w) }, [], {
      typoFrom: answerPolicy({ retrieval: { conceptTypoFrom } }).retrieval.conceptTypoFrom,
    });
    m.learnCorpus(['Kortere ventetider og rekruttering af sygeplejersker', 'Travle arbejdsuger og ventetimer']);
    return [...m.conceptsOf(question)];
  };

  it('a word of this many letters one edit from words of one concept only counts as that concept', () => {
    expect(concepts('om ventetdier')).toEqual(['waiting']); // two letters swapped, 10 letters
    expect(concepts('om sygeplejrsker')).toEqual(['staff']); // within a `word*` entry's beginning
    expect(concepts('om ventetdier', 0)).toEqual([]);
    expect(concepts('om ventetdier', 11)).toEqual([]);
    // Shorter words have too many neighbours: "ventetd" (7 letters) only from 7.
    expect(concepts('om ventetd')).toEqual([]);
    expect(concepts('om ventetd', 7)).toEqual(['waiting']);
    // One edit from words of two concepts, or from a corpus word naming none ("ventetimer"): no concept.
    expect(concepts('økolomisk')).toEqual([]);
    expect(concepts('økonomiks')).toEqual(['economy']);
    expect(concepts('om ventetiner')).toEqual([]);
    expect(() => answerPolicy({ retrieval: { conceptTypoFrom: 4 } })).toThrow(/retrieval\.conceptTypoFrom/);
  });
});

describe('retrieval: situationWeight', () => {
  const chunks = [chunk('w#1', 'A', 'Korte ventetider på sygehuset.'), chunk('b#1', 'A', 'Regionen har rent vand og grøn energi.')];
  const lexicon = buildLexicon(chunks.map((c) => c.text));
  const lexical = LexicalIndex.build(chunks, createAnalyzer({ lexicon }));
  const dense = { embedQuery: async () => [1], searchByVector: () => [] };
  const found = async (situationWeight?: number) =>
    (
      await new HybridRetriever(chunks, lexical, dense, answerPolicy({ retrieval: { situationWeight } }).retrieval).retrieve(
        { text: 'hvordan bliver ventetiderne kortere?', situation: 'Vi har grøn energi og rent vand.' },
        { k: 2, mode: 'lexical' },
      )
    ).map((p) => p.chunk.id);

  it('a word of the told situation counts this much of a word asked about', async () => {
    // Two situation words outweigh the one asked about at full weight, not at half.
    expect(await found(1)).toEqual(['b#1', 'w#1']);
    expect(await found()).toEqual(['w#1', 'b#1']);
    // At 0 only the asking sentence is searched.
    expect(await found(0)).toEqual(['w#1']);
  });
});

describe('evidence', () => {
  const c = chunk('a#1', 'A', 'rekruttering af sygeplejersker og fastholdelse af læger');
  const coverage = (question: string, evidence: PolicyOverrides['evidence'] = {}) => {
    const terms = new PassageTerms([c], analysis, answerPolicy({ evidence }).evidence);
    return terms.coverage('a#1', terms.topicOf(question));
  };

  it('oneTypoFrom / twoTyposFrom: how long a word must be before one or two edits are forgiven', () => {
    // (A doubled letter is a spelling of the other language, akut/akutt, which no typo knob turns off: one dropped.)
    expect(coverage('rekuttering')).toBe(1); // one edit, 11 letters
    expect(coverage('rekuttering', { oneTypoFrom: 12, twoTyposFrom: 12 })).toBe(0);
    expect(coverage('rekruteing')).toBe(1); // two edits
    expect(coverage('rekruteing', { twoTyposFrom: 11 })).toBe(0);
  });

  it('restoredLetters / restoredFrom: how many letters of a word typed without æ/ø/å are read back, and from what length', () => {
    const vocabulary = { isStopword: () => false, typedFunctionWord: () => undefined, knows: () => false, writes: (w: string) => ['laeger', 'maal'].includes(w) };
    const restore = (text: string, evidence: PolicyOverrides['evidence'] = {}) => {
      const { restoredLetters, restoredFrom } = answerPolicy({ evidence }).evidence;
      return restoreTypedLetters(text, vocabulary, { maxRestored: restoredLetters, minLength: restoredFrom });
    };
    expect(restore('flere lager, et mal')).toBe('flere laeger, et maal');
    expect(restore('flere lager, et mal', { restoredLetters: 0 })).toBe('flere lager, et mal');
    expect(restore('flere lager, et mal', { restoredFrom: 4 })).toBe('flere laeger, et mal');
  });

  it('functionTypoFrom: from what length a word one edit from a stopword is that stopword typed fast', () => {
    const topicWords = (question: string, evidence: PolicyOverrides['evidence'] = {}) =>
      new PassageTerms([c], analysis, answerPolicy({ evidence }).evidence).topicOf(question).words.map((w) => w.word);
    expect(topicWords('blivre rekruttering')).toEqual(['rekruttering']);
    expect(topicWords('blivre rekruttering', { functionTypoFrom: 7 })).toEqual(['blivre', 'rekruttering']);
  });

  it('swapFrom: how long a word must be before two neighbouring letters swapped are one typo', () => {
    // A swap, 12 letters: one typo, forgiven where only one is.
    expect(coverage('rekurttering', { twoTyposFrom: 13 })).toBe(1);
    expect(coverage('rekurttering', { twoTyposFrom: 13, swapFrom: 13 })).toBe(0);
  });

  it('derivedStemFrom: a verb form counts as the noun made from its stem, from a stem this long', () => {
    const d = chunk('d#1', 'A', 'hurtig udredning og korte ventetider');
    const covered = (question: string, evidence: PolicyOverrides['evidence'] = {}) => {
      const terms = new PassageTerms([d], analysis, answerPolicy({ evidence }).evidence);
      return terms.coverage('d#1', terms.topicOf(question));
    };
    // "udredt" and "udredning" share only "udred", too short a prefix to count (sharedPrefix 6).
    expect(covered('udredt')).toBe(1);
    expect(covered('udredes')).toBe(1);
    expect(covered('udredt', { derivedStemFrom: 6 })).toBe(0);
    // Only the noun's inflections follow the suffix: a stem is no noun's compound ("udredningsforløb" is not "udredt").
    const e = chunk('e#1', 'A', 'udredningsforløb');
    const compound = new PassageTerms([e], analysis, DEFAULT_POLICY.evidence);
    expect(compound.coverage('e#1', compound.topicOf('udredt'))).toBe(0);
  });

  it('compoundHeadFrom: a word the corpus lacks but one of its compounds begins with is known, and covers nothing', () => {
    const v = chunk('v#1', 'A', 'fremtidssikret uddannelse og rent drikkevand');
    const terms = (evidence: PolicyOverrides['evidence'] = {}) => new PassageTerms([v], analysis, answerPolicy({ evidence }).evidence);
    const known = (word: string, evidence: PolicyOverrides['evidence'] = {}) => terms(evidence).topicOf(word).words[0].known;
    expect(known('fremtid')).toBe(true);
    expect(known('drikke')).toBe(true);
    expect(known('drikke', { compoundHeadFrom: 7 })).toBe(false);
    expect(known('fremtid', { compoundHeadFrom: 13 })).toBe(false);
    // A stem shorter than compoundHeadFrom begins too many unrelated compounds to count.
    expect(known('drik')).toBe(false);
    expect(known('drik', { compoundHeadFrom: 4 })).toBe(true);
    // Known, not covered: the passage speaks of safe drinking water, which says more than "drikke".
    expect(terms().coverage('v#1', terms().topicOf('drikke'))).toBe(0);
  });

  it('sharedPrefix / sharedPrefixShare: derivations sharing a long prefix count as one word', () => {
    expect(coverage('fastholde')).toBe(1);
    // (derivedStemFrom 12: the verb's stem "fasthold" + "else" would find it too)
    expect(coverage('fastholde', { sharedPrefix: 10, derivedStemFrom: 12 })).toBe(0);
    // "fastholdt" shares 8 of its 9 letters with "fastholdelse": enough at 0.8, not at 1.
    expect(coverage('fastholdt')).toBe(1);
    expect(coverage('fastholdt', { sharedPrefixShare: 1, derivedStemFrom: 12 })).toBe(0);
    // "fastholdelse" is 1.33 times "fastholde": a derivation at 1.5, not at 1.2.
    expect(coverage('fastholde', { sharedPrefixMaxStretch: 1.2, oneTypoFrom: 12, twoTyposFrom: 16, derivedStemFrom: 12 })).toBe(0);
  });

  it('unknownWeight: how much a word the corpus doesn’t know counts against a passage', () => {
    const share = (unknownWeight: number) => coverage('rekruttering snakke', { unknownWeight });
    expect(share(1)).toBeLessThan(share(0.3));
    expect(share(0.3)).toBeGreaterThan(0.5);
    expect(coverage('snakke sludre', { unknownWeight: 0.3 })).toBe(0);
  });

  it('maxTopicWords: only a question’s first topic words are judged, the function words between them not counted', () => {
    const padded = `${Array.from({ length: 6 }, (_, i) => `ord${i}`).join(' ')} sygeplejersker`;
    expect(coverage(padded, { maxTopicWords: 5 })).toBe(0);
    expect(coverage(padded, { maxTopicWords: 7 })).toBeGreaterThan(0);
    const talkative = `${Array.from({ length: 4 }, (_, i) => `ord${i} og så er det`).join(' ')} sygeplejersker`;
    expect(coverage(talkative, { maxTopicWords: 5 })).toBeGreaterThan(0);
  });
});

describe('compose', () => {
  const list = chunk('a#1', 'A', '• ventetider ned\n• ventetider korte\n• ventetider kræft\n• ventetider akut\n• ventetider børn');
  const other = chunk('a#2', 'A', 'Ventetider er vigtige. Ventetider skal måles. Noget helt andet.');
  const third = chunk('a#3', 'A', 'Ventetider i psykiatrien.');
  const nord = chunk('n#1', 'N', 'Ventetider i nord. Ventetider til kræft. Ventetider til akut.');
  const slide = chunk('s#1', 'A', 'Hvordan får vi kortere ventetider?\nVi vil have kortere ventetider gennem mere kapacitet.');
  const terms = new PassageTerms([list, other, third, nord, slide], analysis);
  const quotes = (passages: Chunk[], compose: PolicyOverrides['compose'] = {}, question = 'ventetider', comparison = false) =>
    composeExtractiveAnswer({
      comparison,
      language: 'da',
      topic: terms.topicOf(question),
      passages: passages.map((p) => passage(p)),
      passageTerms: terms,
      policy: answerPolicy({ compose }).compose,
    }).citations.map((c) => c.quote);

  it('maxUnitsFromBest: how much of the best passage is quoted whole', () => {
    expect(quotes([list])).toHaveLength(4);
    expect(quotes([list], { maxUnitsFromBest: 2 })).toEqual(['ventetider ned', 'ventetider korte']);
  });

  it('maxUnitsPerPassage: quotes from each further passage', () => {
    expect(quotes([third, other]).filter((q) => q.startsWith('Ventetider er') || q.startsWith('Ventetider skal'))).toHaveLength(2);
    expect(quotes([third, other], { maxUnitsPerPassage: 1 }).filter((q) => /^Ventetider (er|skal)/.test(q))).toHaveLength(1);
  });

  it('maxUnits and maxPassages: the answer’s length and the passages it draws on', () => {
    expect(quotes([list, other, third])).toHaveLength(7);
    expect(quotes([list, other, third], { maxUnits: 3 })).toHaveLength(3);
    expect(quotes([list, other, third], { maxPassages: 1 })).toHaveLength(4);
    // The sixth passage's statement is quoted by default (six passages, one statement each).
    const six = [third, ...[4, 5, 6, 7, 8].map((n) => chunk(`m#${n}`, 'A', `Ventetider nummer ${n}.`))];
    expect(quotes(six)).toContain('Ventetider nummer 8.');
    expect(quotes(six, { maxPassages: 4 })).not.toContain('Ventetider nummer 8.');
  });

  it('maxUnitsPerRegion: in a comparison, each region gets its say first', () => {
    const regions = (compose = {}) => quotes([nord, other, third], compose, 'ventetider', true).length;
    expect(regions()).toBe(4);
    expect(regions({ maxUnitsPerRegion: 1 })).toBe(2);
  });

  it('unitShareOfBest: a further passage’s weaker sentences are left out', () => {
    // "Noget helt andet." covers nothing; both "Ventetider …" sentences cover the whole topic.
    expect(quotes([third, other], {}, 'ventetider måles')).toEqual(['Ventetider i psykiatrien.', 'Ventetider skal måles.']);
    expect(quotes([third, other], { unitShareOfBest: 0 }, 'ventetider måles')).toContain('Ventetider er vigtige.');
  });

  /** The quotes of an answer over `doc` (its chunks grouped by section) from the `retrieved` chunks. */
  const quotesOver = (doc: Chunk[], retrieved: Chunk[], question: string, compose: PolicyOverrides['compose']) => {
    const t = new PassageTerms(doc, analysis);
    return composeExtractiveAnswer({
      language: 'da',
      topic: t.topicOf(question),
      passages: retrieved.map((c) => passage(c)),
      passageTerms: t,
      sectionOf: (c) => doc.filter((o) => o.section === c.section),
      policy: answerPolicy({ compose }).compose,
    }).citations.map((c) => c.quote);
  };

  it('sectionSiblings: the best passage’s section brings its other chunks’ statements that cover the question', () => {
    const goals = chunk('g#1', 'A', 'Vi vil have korte ventetider.', 'Ventetider');
    const steps = chunk('g#2', 'A', 'Eksempler:\n• Kræftpatienter udredes hurtigt\n• Noget helt andet', 'Ventetider');
    const elsewhere = chunk('g#3', 'A', 'Kræftpatienter har andre behov.', 'Kræft');
    // A best passage this full is not continued into its next chunk, so only `sectionSiblings` brings it.
    const quoted = (compose: PolicyOverrides['compose'] = {}) =>
      quotesOver([goals, steps, elsewhere], [goals], 'ventetider kræftpatienter', { maxUnitsFromBest: 1, ...compose });
    // Only the covering statement of the same section: not its bullet that covers nothing, nor another section.
    expect(quoted()).toEqual(['Vi vil have korte ventetider.', 'Kræftpatienter udredes hurtigt']);
    expect(quoted({ sectionSiblings: 0 })).toEqual(['Vi vil have korte ventetider.']);
  });

  it('siblingShareOfLead: another section’s neighbouring chunk is quoted only as far as it covers what the lead does', () => {
    const lead = chunk('l#1', 'A', 'Korte ventetider for kræft.', 'Ventetider');
    const further = chunk('l#2', 'A', 'Kræft i psykiatrien.', 'Psykiatri');
    const beside = chunk('l#3', 'A', 'Ventetider i psykiatrien.', 'Psykiatri');
    const quoted = (compose: PolicyOverrides['compose']) => quotesOver([lead, further, beside], [lead, further], 'ventetider kræft', compose);
    // "Ventetider i psykiatrien." covers about half of what the lead covers: a further passage's bar, not the lead's.
    expect(quoted({})).not.toContain('Ventetider i psykiatrien.');
    expect(quoted({ siblingShareOfLead: 0.5 })).toContain('Ventetider i psykiatrien.');
    expect(quoted({ sectionSiblings: 1, siblingShareOfLead: 0 })).not.toContain('Ventetider i psykiatrien.');
  });

  it('paddingLast: a best passage’s bullets that cover nothing of the question yield to statements that do', () => {
    const padded = chunk('p#1', 'A', '• ventetider ned\n• noget andet\n• mere andet\n• endnu andet\n• ventetider børn');
    const list = chunk('p#3', 'A', '• ventetider ned\n• noget andet\n• mere andet');
    const more = chunk('p#2', 'A', 'Ventetider er vigtige. Ventetider skal måles.');
    const t = new PassageTerms([padded, list, more], analysis);
    const quoted = (passages: Chunk[], compose: PolicyOverrides['compose'] = {}) =>
      composeExtractiveAnswer({
        language: 'da',
        topic: t.topicOf('ventetider'),
        passages: passages.map((p) => passage(p)),
        passageTerms: t,
        policy: answerPolicy({ compose }).compose,
      }).citations.map((c) => c.quote);
    // Of the best passage's five bullets, four are quoted: the covering one at its end before the padding.
    expect(quoted([padded])).toEqual(['ventetider ned', 'noget andet', 'mere andet', 'ventetider børn']);
    expect(quoted([padded], { paddingLast: false })).toEqual(['ventetider ned', 'noget andet', 'mere andet', 'endnu andet']);
    // Three quotes: the further passage's covering sentences before the best passage's padding.
    expect(quoted([list, more], { maxUnits: 3 })).toEqual(['ventetider ned', 'Ventetider er vigtige.', 'Ventetider skal måles.']);
    expect(quoted([list, more], { maxUnits: 3, paddingLast: false })).toEqual(['ventetider ned', 'noget andet', 'mere andet']);
  });

  it('paddingWithin: past this many quotes, only statements that cover the question are added', () => {
    const padded = chunk('w#1', 'A', '• ventetider ned\n• noget andet\n• mere andet');
    const more = chunk('w#2', 'A', 'Ventetider er vigtige. Ventetider skal måles.');
    const last = chunk('w#3', 'A', 'Ventetider i nord.');
    const t = new PassageTerms([padded, more, last], analysis);
    const quoted = (compose: PolicyOverrides['compose']) =>
      composeExtractiveAnswer({
        language: 'da',
        topic: t.topicOf('ventetider'),
        passages: [padded, more, last].map((p) => passage(p)),
        passageTerms: t,
        policy: answerPolicy({ compose: { maxUnits: 6, ...compose } }).compose,
      }).citations.map((c) => c.quote);
    // Padding comes after the covering statements (`paddingLast`); within the first four quotes it has no room.
    expect(quoted({ paddingWithin: 4 })).toEqual(['ventetider ned', 'Ventetider er vigtige.', 'Ventetider skal måles.', 'Ventetider i nord.']);
    expect(quoted({ paddingWithin: 5 })).toEqual(['ventetider ned', 'noget andet', 'Ventetider er vigtige.', 'Ventetider skal måles.', 'Ventetider i nord.']);
    expect(quoted({ paddingWithin: 6 })).toHaveLength(6);
  });

  it('headlineShare: a statement repeating the heading of a section that names what is asked is quoted first', () => {
    // Both statements of the further passage cover "borgerne" alone; the second repeats its heading
    // ("Kortere ventetider"), which covers "ventetider" of the question: it is the section's headline.
    const lead = chunk('h#1', 'A', 'Borgerne og ventetider.', 'Andet');
    const headed = chunk('h#2', 'A', 'Borgerne skal høres. Kortere møder. Borgerne får kortere svar.', 'Mål › Kortere ventetider');
    const t = new PassageTerms([lead, headed, chunk('h#3', 'A', 'Borgerne i øvrigt.', 'Tredje')], analysis);
    const quoted = (compose: PolicyOverrides['compose'] = {}) =>
      composeExtractiveAnswer({
        language: 'da',
        topic: t.topicOf('ventetider borgerne'),
        passages: [passage(lead), passage(headed)],
        passageTerms: t,
        policy: answerPolicy({ compose: { maxUnitsPerPassage: 1, unitShareOfBest: 0, ...compose } }).compose,
      }).citations.map((c) => c.quote);
    expect(quoted()).toEqual(['Borgerne og ventetider.', 'Borgerne får kortere svar.']);
    expect(quoted({ headlineShare: 0 })).toEqual(['Borgerne og ventetider.', 'Borgerne skal høres.']);
    // A statement that repeats the heading but covers nothing of the question itself is not lifted.
    expect(quoted({ maxUnitsPerPassage: 3 })).not.toContain('Kortere møder.');
  });

  it('headingCredit: the statements of another section whose heading names the whole question are quoted', () => {
    // The overview names "fokusområder"; the section headed so lists them without the word.
    const overview = chunk('f#1', 'A', 'Målbilledet har fem fokusområder og tre kerneopgaver.', 'Målbillede');
    const areas = chunk('f#2', 'A', 'Vi vil have tilfredse patienter. Vi respekterer patientens tid.', 'Målbillede › De 5 fokusområder');
    const partly = chunk('f#3', 'A', 'Vi tænker grønt.', 'Fokusområder for klimaet');
    const t = new PassageTerms([overview, areas, partly, chunk('f#4', 'A', 'Noget om klima.', 'Klima')], analysis);
    const quoted = (question: string, compose: PolicyOverrides['compose'] = {}) =>
      composeExtractiveAnswer({
        language: 'da',
        topic: t.topicOf(question),
        passages: [passage(overview), passage(areas), passage(partly)],
        passageTerms: t,
        policy: answerPolicy({ compose }).compose,
      }).citations.map((c) => c.quote);
    expect(quoted('fokusområder')).toEqual(['Målbilledet har fem fokusområder og tre kerneopgaver.', 'Vi vil have tilfredse patienter.', 'Vi respekterer patientens tid.', 'Vi tænker grønt.']);
    expect(quoted('fokusområder', { headingCredit: 0 })).toEqual(['Målbilledet har fem fokusområder og tre kerneopgaver.']);
    // A heading naming only part of the question lends nothing: "Fokusområder for klimaet" beside "patienter".
    expect(quoted('fokusområder patienter')).not.toContain('Vi tænker grønt.');
  });

  it('headlineShare: a headline lead does not raise the bar for further passages (other regions keep their say)', () => {
    // The lead covers both words and repeats its heading; the other region's statement covers half the
    // question, which is half of what the lead covers of it (unitShareOfBest), whatever the lead's gain.
    const lead = chunk('l#1', 'A', 'Borgerne og ventetider.', 'Ventetider');
    const north = chunk('n#9', 'B', 'Borgerne i nord.', 'Nord');
    const t = new PassageTerms([lead, north, chunk('s#9', 'C', 'Ventetider i syd.', 'Syd')], analysis);
    const quoted = (compose: PolicyOverrides['compose'] = {}) =>
      composeExtractiveAnswer({
        language: 'da',
        topic: t.topicOf('ventetider borgerne'),
        passages: [passage(lead), passage(north)],
        passageTerms: t,
        policy: answerPolicy({ compose: { unitShareOfBest: 0.5, ...compose } }).compose,
      }).citations.map((c) => c.region);
    expect(quoted()).toEqual(['A', 'B']);
    expect(quoted({ headlineShare: 1 })).toEqual(['A', 'B']);
  });

  it('partCredit: a statement holding the asked word only inside a compound carries that share of it', () => {
    // "vente" is no word of these statements, but the head of "ventetiderne" (sharesPart).
    const waits = chunk('w#1', 'A', 'Noget helt andet. Ventetiderne skal ned.');
    const waitTerms = new PassageTerms([waits], analysis);
    const lead = (partCredit?: number) =>
      composeExtractiveAnswer({
        language: 'da',
        topic: waitTerms.topicOf('vente'),
        passages: [passage(waits)],
        passageTerms: waitTerms,
        policy: answerPolicy({ compose: { maxUnitsFromBest: 1, ...(partCredit === undefined ? {} : { partCredit }) } }).compose,
      }).citations.map((c) => c.quote);
    expect(lead()).toEqual(['Ventetiderne skal ned.']);
    expect(lead(0)).toEqual(['Noget helt andet.']);
  });

  it('partCredit: a statement word that is another of the question’s words counts once, not again as a part', () => {
    // "hjertepatient" ends with "patient", but "patienter" is asked as a word of its own.
    const cared = chunk('k#1', 'A', 'Noget helt andet. Patienter skal høres.');
    const caredTerms = new PassageTerms([cared], { terms: (t: string) => termsOf(t).map((w) => w.replace(/er$/, '')), wordTerms: (t: string) => termsOf(t).map((w) => w.replace(/er$/, '')) });
    const coverOf = (question: string) => caredTerms.textSharesPart('Patienter skal høres.', caredTerms.topicOf(question));
    const [heart] = caredTerms.topicOf('hjertepatient').words;
    expect(coverOf('hjertepatient')(heart)).toBe(true);
    expect(coverOf('hjertepatient patienter')(heart)).toBe(false);
  });

  it('questionPenalty: a slide’s own question is quoted only when nothing else covers the topic', () => {
    // Both cover the whole topic; penalised, the question loses, unpenalised it comes first.
    const best = quotes([third, slide], { maxUnitsPerPassage: 1 }, 'kortere ventetider');
    expect(best).toContain('Vi vil have kortere ventetider gennem mere kapacitet.');
    expect(best).not.toContain('Hvordan får vi kortere ventetider?');
    expect(quotes([third, slide], { questionPenalty: 1, maxUnitsPerPassage: 1 }, 'kortere ventetider')).toContain('Hvordan får vi kortere ventetider?');
  });
});

describe('language', () => {
  const decide = (question: string, hint: 'da' | 'no', language: PolicyOverrides['language']) =>
    decideLanguage({ question, hint }, answerPolicy({ language }).language).language;

  it('clearCues: how much cue weight beats the page’s hint', () => {
    // One Danish word ("vigtig", weight 1) against a Norwegian page.
    expect(decide('Er det vigtig?', 'no', {})).toBe('da');
    expect(decide('Er det vigtig?', 'no', { clearCues: 2 })).toBe('no');
  });

  it('grammarCue: a Norwegian function word outweighs a borrowed Danish term', () => {
    // "hva" (grammar) against "sundhedsvæsen" (a Danish word part).
    expect(decide('hva med sundhedsvæsenet', 'da', {})).toBe('no');
    expect(decide('hva med sundhedsvæsenet', 'da', { grammarCue: 1 })).toBe('da');
  });

  it('weakCue: a definite plural both languages can write leans, and decides only at full weight', () => {
    // "borgerne": Danish -erne, which Norwegian also writes on nouns in -er.
    expect(decide('ansvar for borgerne', 'no', {})).toBe('no');
    expect(decide('ansvar for borgerne', 'no', { weakCue: 1 })).toBe('da');
  });

  it('weakCueAgainstRegion: whether a weak lean away from the country of a region named tells', () => {
    // "jobber": a weak Norwegian cue, Region Midtjylland Danish.
    const asked = (weakCueAgainstRegion: number) =>
      decideLanguage({ question: 'jobber Region Midtjylland med klimaet', about: 'da', aboutByRegion: true }, answerPolicy({ language: { weakCueAgainstRegion } }).language).language;
    expect(asked(DEFAULT_POLICY.language.weakCueAgainstRegion)).toBe('no');
    expect(asked(0)).toBe('da');
    // A town's country still stands at any weight.
    const town = (weakCueAgainstRegion: number) =>
      decideLanguage({ question: 'hvordan jobber de i Aalborg med klima', about: 'da', aboutByPlace: true }, answerPolicy({ language: { weakCueAgainstRegion } }).language).language;
    expect(town(1)).toBe('da');
  });

  it('switchCues: how far a follow-up must lean against the asker’s earlier questions to change language', () => {
    const history = [{ role: 'user' as const, content: 'hvad goer de for de aeldre' }, { role: 'assistant' as const, content: '…' }];
    const follow = (question: string, language: PolicyOverrides['language']) =>
      decideLanguage({ question, history }, answerPolicy({ language }).language).language;
    // "takk" (1) and "hva" (2) keep the conversation's Danish; "hva … barna" (3) switches.
    expect(follow('takk', {})).toBe('da');
    expect(follow('og hva med psykiatrien', {})).toBe('da');
    expect(follow('hva med barna', {})).toBe('no');
    expect(follow('takk', { switchCues: 1 })).toBe('no');
    expect(follow('hva med barna', { switchCues: 4 })).toBe('da');
  });

  it('chatFormCue: what Danish chat’s "hva", "bli", "ta" weigh beside a Danish grammar word of the asker’s own', () => {
    const read = (question: string, language: PolicyOverrides['language']) =>
      decideLanguage({ question, about: 'no' }, answerPolicy({ language }).language).language;
    // "hva" (2 for Norwegian) beside "siger" (2 for Danish): at 0 the asker's Danish verb decides.
    expect(read('hva siger de om sykehusene', {})).toBe('da');
    expect(read('hva siger de om sykehusene', { chatFormCue: 1 })).toBe('no');
  });

  // No cue either way; franc leans Danish (margin about 0.06) on its eight words.
  const cueless = 'Hvem bestemmer hvor det kommende hospital skal ligge?';

  it('francMinWords and francClearMargin: when franc’s trigrams count as evidence', () => {
    expect(cueBalance(cueless)).toBe(0);
    expect(decide(cueless, 'no', { francMinWordsAgainstHint: 8, francClearMargin: 0.05 })).toBe('da');
    // At the default a lean that small is a guess, and the page's language stands.
    expect(decide(cueless, 'no', { francMinWordsAgainstHint: 8 })).toBe('no');
    expect(decide(cueless, 'no', { francMinWordsAgainstHint: 8, francClearMargin: 0.3 })).toBe('no');
    expect(decide(cueless, 'no', { francMinWords: 8, francMinWordsAgainstHint: 9 })).toBe('no');
  });

  it('francMinWordsAgainstHint: how many words franc needs to overrule the page’s hint', () => {
    // Five words both languages write; franc is sure they are Norwegian.
    const shared = 'Hvor kan jeg parkere ved Aalborg Universitetshospital?';
    expect(decide(shared, 'da', {})).toBe('da');
    expect(decide(shared, 'da', { francMinWordsAgainstHint: 5 })).toBe('no');
    // Eight or ten words both languages write keep the page's language: franc's lean on them is a guess.
    expect(decide(cueless, 'no', {})).toBe('no');
    expect(decide(cueless, 'no', { francMinWordsAgainstHint: 8, francClearMargin: 0.05 })).toBe('da');
    const tenShared = 'kan man bestille tid til en samtale med en psykolog';
    expect(decide(tenShared, 'no', {})).toBe('no');
    expect(decide(tenShared, 'da', {})).toBe('da');
    // Seven shared words no longer do (at 6 they did).
    expect(decide('hvordan kan man klage over behandlingen', 'no', {})).toBe('no');
    expect(decide('hvordan kan man klage over behandlingen', 'no', { francMinWordsAgainstHint: 6 })).toBe('da');
  });

  it('borrowedCue: a term of the country asked about counts less than the asker’s own words', () => {
    // A Dane asking about Helse Nord with one Danish word and one Norwegian term ("bruger" is grammar now,
    // which outweighs a borrowed term at any weight).
    const borrowing = 'Er sykehuset i nord vigtigt for de aeldre?';
    const balance = (borrowedCue: number) => cueBalance(borrowing, answerPolicy({ language: { borrowedCue } }).language, 'no');
    const about = (borrowedCue: number) =>
      decideLanguage({ question: borrowing, about: 'no' }, answerPolicy({ language: { borrowedCue } }).language).language;
    expect(about(DEFAULT_POLICY.language.borrowedCue)).toBe('da');
    expect(balance(DEFAULT_POLICY.language.borrowedCue)).toBeGreaterThanOrEqual(DEFAULT_POLICY.language.clearCues);
    expect(balance(1)).toBeLessThan(balance(DEFAULT_POLICY.language.borrowedCue));
  });

  it('pairs: the asker’s grammar in two words ("er der", "at" before a verb, "sønnen min") is a cue', () => {
    expect(cueBalance('er der plads')).toBeGreaterThan(cueBalance('er det plads'));
    expect(cueBalance('for at komme')).toBe(1);
    expect(cueBalance('at de kommer')).toBe(0);
    expect(cueBalance('sønnen min')).toBe(-1);
    expect(cueBalance('siden min')).toBe(0);
  });
});

describe('conversation', () => {
  const answer = 'Kort fortalt siger Region Nordjylland:\n„Borgernær ledelse, rekruttering og fastholdelse.“ [1]';
  const repeated = 'Borgernær ledelse. Rekruttering. Fastholdelse.';
  const half = 'Rekruttering af sygeplejersker.';
  const fresh = 'Specialiserede forløb for borgerne.';
  const order = (share: number) => notSaidFirst([repeated, half, fresh], (t) => t, answer, share, termsOf);

  it('alreadySaid: a passage the previous answer already said goes behind the others, a partly said one only when lower', () => {
    expect(order(DEFAULT_POLICY.conversation.alreadySaid)).toEqual([half, fresh, repeated]);
    expect(order(0.3)).toEqual([fresh, repeated, half]);
    expect(order(1)).toEqual([half, fresh, repeated]);
    expect(() => answerPolicy({ conversation: { alreadySaid: 0.1 } })).toThrow(/alreadySaid/);
  });

  it('answerWords: a follow-up to another region carries that many of the earlier answer’s words on its topic', () => {
    const matcher = createCorpusConceptMatcher();
    const regions = createRegionMatcher({ regions: [{ name: 'Region Nordjylland', aliases: [] }, { name: 'Region Midtjylland', aliases: [] }], otherRegions: [] });
    const history = [
      { role: 'user' as const, content: 'Hvad gør Region Nordjylland, når der mangler hænder?' },
      { role: 'assistant' as const, content: answer },
    ];
    const condensed = (answerWords: number) =>
      condenseFollowUp('og Region Midtjylland?', history, {
        regions,
        contentTerms: termsOf,
        concepts: (t) => matcher.conceptsOf(t),
        conceptsByWord: (t) => matcher.conceptsByWord(t),
        answerWords,
      });
    expect(condensed(DEFAULT_POLICY.conversation.answerWords)).toMatch(/rekruttering fastholdelse$/);
    expect(condensed(1)).toMatch(/rekruttering$/);
    expect(condensed(0)).toMatch(/hænder\?$/);
    expect(() => answerPolicy({ conversation: { answerWords: 9 } })).toThrow(/answerWords/);
  });
});
