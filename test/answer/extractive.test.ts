import { describe, expect, it } from 'vitest';
import { PassageTerms } from '../../src/answer/evidence.js';
import { composeExtractiveAnswer, listIntroducers, quotableUnits } from '../../src/answer/extractive.js';
import { locateQuote } from '../../src/ingest/passage.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import type { Chunk } from '../../src/ingest/types.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

// A deliberately simple analysis (lowercase words, tiny stoplist, crude suffix stripping) keeps these tests
// about composing answers, not about stemming.
const STOP = new Set(['hvad', 'hva', 'gør', 'for', 'at', 'og', 'i', 'de', 'om', 'med', 'vil', 'den', 'det', 'til', 'af', 'er']);
const termsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => w.replace(/(erne|ene|er|en|et|e)$/, ''));

const chunk = (id: string, region: string, language: 'da' | 'no', section: string, text: string): Chunk => ({
  id,
  documentId: id.split('#')[0],
  region,
  title: `${region} strategi`,
  language,
  section,
  sectionPath: section.split(' › '),
  text,
  start: 10,
  end: 10 + text.length,
});

const nj = chunk('nj#1', 'Region Nordjylland', 'da', 'Sundhed › Respekt for patientens tid',
  '• Effektive og sammenhængende forløb uden unødig ventetid.\n• Hurtig udredning, korte ventetider og overholdelse af kræftpakker\n• Hurtige responstider for ambulancetjenesten');
const hn = chunk('hn#1', 'Helse Nord', 'no', 'Tilgjengelighet',
  'Våre målsettinger er:\n• Å eliminere uverdige ventetider.\n• Å videreføre en betydelig desentralisering av høyvolumtjenester.');
const rm = chunk('rm#1', 'Region Midtjylland', 'da', 'Et sundhedsvæsen på patientens præmisser',
  'Vi spilder ikke patienternes tid. Så meget som muligt skal foregå på samme dag. Vi spørger patienterne, hvad der er vigtigt.');
const chunks = [nj, hn, rm];
const passageTerms = new PassageTerms(chunks, { terms: termsOf, wordTerms: termsOf });
const topicOf = (q: string) => passageTerms.topicOf(q);
const passage = (c: Chunk, score: number): RetrievedPassage => ({ chunk: c, score });

describe('composeExtractiveAnswer', () => {
  it('splits a passage into statements through the given unitsOf (the pipeline keeps them per passage)', () => {
    expect(quotableUnits(hn)).toEqual(['Å eliminere uverdige ventetider.', 'Å videreføre en betydelig desentralisering av høyvolumtjenester.']);
    expect(quotableUnits(rm)).toEqual(['Vi spilder ikke patienternes tid.', 'Så meget som muligt skal foregå på samme dag.', 'Vi spørger patienterne, hvad der er vigtigt.']);
    const asked: string[] = [];
    const unitsOf = (c: Chunk) => (asked.push(c.id), quotableUnits(c));
    const topic = topicOf('korte ventetider');
    const plain = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5), passage(rm, 0.4)], passageTerms });
    const given = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5), passage(rm, 0.4)], passageTerms, unitsOf });
    expect(given).toEqual(plain);
    expect(asked).toEqual(['nj#1', 'rm#1']);
  });

  it('says first which regions asked about it has no documents from, and whom the answer speaks for', () => {
    const topic = topicOf('korte ventetider');
    const answer = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5)], passageTerms, uncovered: ['Region Syddanmark'] }).answer;
    expect(answer.split('\n')[0]).toBe('Jeg har ingen strategidokumenter fra Region Syddanmark, så svaret gælder kun Region Nordjylland.');
    const norwegian = composeExtractiveAnswer({ language: 'no', topic, passages: [passage(hn, 0.5)], passageTerms, uncovered: ['Helse Vest', 'Helse Sør-Øst'] }).answer;
    expect(norwegian.split('\n')[0]).toBe('Jeg har ingen strategidokumenter fra Helse Vest og Helse Sør-Øst, så svaret gjelder bare Helse Nord.');
    expect(composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5)], passageTerms }).answer).not.toContain('strategidokumenter');
  });

  it('quotes a paragraph that ends by introducing a list, its last sentence without the colon; a one-sentence lead-in stays context', () => {
    const led = chunk('hn#2', 'Helse Nord', 'no', 'Veivalg',
      'Landsdelen vokser. Derfor har vi valgt tre spor:\n• Nærhet til pasienten.\nVåre målsettinger er:\n• At tilbudene har god kvalitet.');
    expect(quotableUnits(led)).toEqual(['Landsdelen vokser.', 'Derfor har vi valgt tre spor', 'Nærhet til pasienten.', 'At tilbudene har god kvalitet.']);
  });

  it('keeps a sentence whole that goes on in lower case after a quoted question', () => {
    const asks = chunk('rm#2', 'Region Midtjylland', 'da', 'Dialog',
      'Vi spørger borgerne: ”Hvordan går det?” og ”Hvad mangler du?” Vi lytter.');
    expect(quotableUnits(asks)).toEqual(['Vi spørger borgerne: ”Hvordan går det?” og ”Hvad mangler du?”', 'Vi lytter.']);
  });

  it('quotes the items of a list with the sentence that introduces it, before statements merely nearby', () => {
    const listed = chunk('hn#3', 'Helse Nord', 'no', 'Veivalg',
      'Helse Nord har mange oppgaver. Derfor velger vi tre spor som strategi:\n• Nærhet til pasienten.\n• Bedre kunnskap.\nVi bygger nye bygg.');
    const units = quotableUnits(listed);
    // The items follow the sentence ending in ":"; the sentence after the list is no item.
    expect(listIntroducers(listed, units)).toEqual([undefined, undefined, 1, 1, undefined]);
    // Under a bare lead-in ("Våre målsettinger er:") a list has no introducing statement.
    expect(listIntroducers(hn, quotableUnits(hn))).toEqual([undefined, undefined]);
    const terms = new PassageTerms([listed, nj], { terms: termsOf, wordTerms: termsOf });
    const { citations } = composeExtractiveAnswer({
      language: 'no',
      topic: terms.topicOf('spor'),
      passages: [passage(listed, 0.5)],
      passageTerms: terms,
      policy: { ...DEFAULT_POLICY.compose, maxUnitsFromBest: 3 },
    });
    // Without the list's share of its introducer's answer, the sentence before it was as near as an item.
    expect(citations.map((c) => c.quote)).toEqual(['Derfor velger vi tre spor som strategi', 'Nærhet til pasienten.', 'Bedre kunnskap.']);
  });

  it('leads with a statement of the section rather than a passage that matched by its heading alone', () => {
    // Both chunks are under the heading that names the question; only the second says it in a statement.
    const portals = chunk('hn#4', 'Helse Nord', 'no', 'IKT og telemedisin', '• Legge til rette for oversiktlige Internett-portaler.');
    const remote = chunk('hn#5', 'Helse Nord', 'no', 'IKT og telemedisin', '• Ta i bruk telemedisin for pasienter langt fra sykehuset.');
    const elsewhere = chunk('hn#6', 'Helse Nord', 'no', 'Tilgjengelighet', '• Korte reiser for pasienter.');
    const terms = new PassageTerms([portals, remote, elsewhere], { terms: termsOf, wordTerms: termsOf });
    const lead = (passages: RetrievedPassage[]) =>
      composeExtractiveAnswer({ language: 'no', topic: terms.topicOf('telemedisin'), passages, passageTerms: terms }).citations[0].quote;
    expect(lead([passage(portals, 0.5), passage(remote, 0.4)])).toBe('Ta i bruk telemedisin for pasienter langt fra sykehuset.');
    // Another section's passage does not take the lead from the best one's section.
    expect(lead([passage(portals, 0.5), passage(elsewhere, 0.4)])).toBe('Legge til rette for oversiktlige Internett-portaler.');
  });

  it('weighs the situation’s words by situationWeight when choosing the lead', () => {
    // Asked about waiting times; the situation told tells of the ambulance, its word rarer than the asked one's.
    const words = topicOf('ventetider ambulancetjenesten').words.map((w) =>
      w.word === 'ventetider' ? { ...w, weight: 1, rarity: 1, need: true } : { ...w, weight: 0.5 * 2, rarity: 2, need: false },
    );
    const leadAt = (situationWeight: number) =>
      composeExtractiveAnswer({ language: 'da', topic: { words }, passages: [passage(nj, 0.5)], passageTerms, policy: { ...DEFAULT_POLICY.compose, situationWeight } })
        .answer.split('\n')[1];
    expect(leadAt(0.8)).toMatch(/^„Hurtige responstider for ambulancetjenesten“/);
    expect(leadAt(0.25)).toMatch(/ventetid/);
  });

  it('quotes the bullets that cover the question, each with its citation number', () => {
    const topic = topicOf('korte ventetider');
    const { answer, citations } = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5)], passageTerms });
    const cited = citations.find((c) => c.quote.startsWith('Hurtig udredning'));
    expect(cited).toBeDefined();
    // The statement that covers the question leads, in one sentence in the asker's language.
    // The lead-in names the section the lead stands in, as its citation does.
    expect(answer.split('\n').slice(0, 2)).toEqual([
      'Kort fortalt siger Region Nordjylland i afsnittet „Respekt for patientens tid“:',
      `„Hurtig udredning, korte ventetider og overholdelse af kræftpakker“ [${cited!.id}]`,
    ]);
    // The rest of the list comes along, in document order: it is usually the rest of the answer.
    expect(citations.map((c) => c.quote)).toEqual([
      'Hurtig udredning, korte ventetider og overholdelse af kræftpakker',
      'Effektive og sammenhængende forløb uden unødig ventetid.',
      'Hurtige responstider for ambulancetjenesten',
    ]);
    expect(answer).toContain('Mere fra samme afsnit:\n• Effektive og sammenhængende forløb uden unødig ventetid. [2]');
    expect(cited).toMatchObject({
      region: 'Region Nordjylland',
      section: 'Sundhed › Respekt for patientens tid',
      quote: 'Hurtig udredning, korte ventetider og overholdelse af kræftpakker',
    });
    // Every [n] in the text has a citation, and every citation is used.
    const used = [...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(new Set(used)).toEqual(new Set(citations.map((c) => c.id)));
  });

  it('groups a cross-region answer by region, framed in the asker’s language', () => {
    const topic = topicOf('ventetider');
    const da = composeExtractiveAnswer({ language: 'da', topic, comparison: true, passages: [passage(nj, 0.5), passage(hn, 0.4)], passageTerms });
    expect(da.answer.split('\n')[0]).toBe('Sådan beskriver regionerne det i deres strategier:');
    expect(da.answer).toMatch(/Region Nordjylland skriver i „Region Nordjylland strategi“, afsnittet „Respekt for patientens tid“:\n• .*\[1\]/);
    expect(da.answer).toContain('Helse Nord skriver i „Helse Nord strategi“, afsnittet „Tilgjengelighet“ (citeret på norsk):');
    expect(da.answer).toContain('Å eliminere uverdige ventetider. [');

    const no = composeExtractiveAnswer({ language: 'no', topic, passages: [passage(hn, 0.5)], passageTerms });
    expect(no.answer.split('\n').slice(0, 2)).toEqual(['Kort fortalt sier Helse Nord i avsnittet «Tilgjengelighet»:', '„Å eliminere uverdige ventetider.“ [1]']);
  });

  it('a question that doesn’t compare regions leads with its best region, and others follow as their own block', () => {
    const topic = topicOf('ventetider');
    const { answer } = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5), passage(hn, 0.4)], passageTerms });
    expect(answer.split('\n')[0]).toBe('Kort fortalt siger Region Nordjylland i afsnittet „Respekt for patientens tid“:');
    expect(answer.split('\n')[1]).toMatch(/^„.*ventetid.*“ \[1\]$/);
    expect(answer).toContain('Helse Nord skriver i „Helse Nord strategi“, afsnittet „Tilgjengelighet“ (citeret på norsk):\n• Å eliminere uverdige ventetider. [');
  });

  /** A Danish answer over just these chunks, retrieved in the order given. */
  const answerOver = (chunks: Chunk[], question: string): string => {
    const terms = new PassageTerms(chunks, { terms: termsOf, wordTerms: termsOf });
    const passages = chunks.map((c, i) => passage(c, 0.5 - i * 0.1));
    return composeExtractiveAnswer({ language: 'da', topic: terms.topicOf(question), passages, passageTerms: terms }).answer;
  };

  it('puts further quotes in one block per section, each naming its section (and another document its title)', () => {
    const goals = chunk('nj#2', 'Region Nordjylland', 'da', 'Sundhed › Sammenhæng og nærhed', 'Korte ventetider i det nære sundhedsvæsen.');
    // Another document of the same region, which the block names beside its section.
    const other = chunk('nv#1', 'Region Nordjylland', 'da', 'Psykiatri', 'Korte ventetider i psykiatrien.');
    const answer = answerOver([nj, goals, other], 'korte ventetider');
    const blocks = answer.split('\n\n').map((block) => block.split('\n')[0]);
    expect(blocks).toEqual([
      'Kort fortalt siger Region Nordjylland i afsnittet „Respekt for patientens tid“:',
      'Mere fra samme afsnit:',
      'Mere fra afsnittet „Sammenhæng og nærhed“:',
      'Mere fra „Region Nordjylland strategi“, afsnittet „Psykiatri“:',
    ]);
    expect(answer).toMatch(/afsnittet „Sammenhæng og nærhed“:\n• Korte ventetider i det nære sundhedsvæsen\. \[\d\]\n/);
  });

  it('puts the rest of the lead’s own section right under it, before other sections', () => {
    const lead = chunk('nj#5', 'Region Nordjylland', 'da', 'Sundhed › Respekt for patientens tid', 'Korte ventetider for alle.');
    const other = chunk('nj#6', 'Region Nordjylland', 'da', 'Sundhed › Sammenhæng og nærhed', 'Korte ventetider i det nære.');
    const later = chunk('nj#7', 'Region Nordjylland', 'da', 'Sundhed › Respekt for patientens tid', 'Korte ventetider til kræftpatienter.');
    const answer = answerOver([lead, other, later], 'korte ventetider');
    expect(answer.split('\n\n').slice(1)).toEqual([
      'Mere fra samme afsnit:\n• Korte ventetider til kræftpatienter. [2]',
      'Mere fra afsnittet „Sammenhæng og nærhed“:\n• Korte ventetider i det nære. [3]',
    ]);
  });

  it('says first, plainly, when the passages only come near the question', () => {
    const topic = topicOf('ventetider');
    const { answer } = composeExtractiveAnswer({ language: 'no', topic, support: 'related', passages: [passage(hn, 0.5)], passageTerms });
    expect(answer.split('\n')[0]).toBe('Strategiene svarer ikke akkurat på det du spør om, men det nærmeste de skriver, er:');
    expect(answer).toContain('Kort fortalt sier Helse Nord');
  });

  it('counts a statement that shares a concept with the question as carrying the answer', () => {
    const topic = { words: passageTerms.topicOf('sygehus hjemme').words.map((w) => ({ ...w, concepts: new Set(w.word === 'hjemme' ? (['nearCare'] as const) : []) })) };
    const conceptsOf = (text: string) => new Set(/eget hjem|nærmiljø/.test(text) ? (['nearCare'] as const) : []);
    const near = chunk('nj#2', 'Region Nordjylland', 'da', 'Sundhed › Sammenhæng og nærhed', '• Medicinen tæt på borgerne\n• Behandling i nærmiljøet og i eget hjem');
    const terms = new PassageTerms([near], { terms: termsOf, wordTerms: termsOf });
    const { answer } = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(near, 0.5)], passageTerms: terms, conceptsOf });
    expect(answer.split('\n')[1]).toBe('„Behandling i nærmiljøet og i eget hjem“ [1]');
  });

  it('never quotes a lead-in line on its own', () => {
    const topic = topicOf('målsettinger ventetider');
    const { citations } = composeExtractiveAnswer({ language: 'no', topic, passages: [passage(hn, 0.5)], passageTerms });
    expect(citations.map((c) => c.quote)).not.toContain('Våre målsettinger er:');
  });

  it('quotes the passage retrieval ranked first, though it shares no word with the question, unless told not to', () => {
    const topic = topicOf('korte ventetider');
    const passages = [passage(nj, 0.4), passage(rm, 0.5)];
    const quoted = (quoteFirstFound: boolean) =>
      composeExtractiveAnswer({ language: 'da', topic, passages, passageTerms, policy: { ...DEFAULT_POLICY.compose, quoteFirstFound } }).citations;
    // The lead is still the passage that covers the question; retrieval's first adds its best statement.
    expect(quoted(true)[0].documentId).toBe('nj');
    expect(quoted(true).filter((c) => c.documentId === 'rm').map((c) => c.quote)).toEqual(['Vi spilder ikke patienternes tid.']);
    expect(quoted(false).filter((c) => c.documentId === 'rm')).toEqual([]);
    // When retrieval's first is the lead's own passage, nothing is added.
    const same = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5), passage(rm, 0.4)], passageTerms });
    expect(same.citations.filter((c) => c.documentId === 'rm')).toEqual([]);
  });

  it('splits running text into sentences; from a further passage it quotes only the matching one', () => {
    const topic = topicOf('samme dag');
    const { citations } = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5), passage(rm, 0.4)], passageTerms });
    expect(citations.filter((c) => c.documentId === 'rm').map((c) => c.quote)).toEqual(['Så meget som muligt skal foregå på samme dag.']);
  });

  it('gives each quote its own offsets in the source when it can be located there', () => {
    // The source of `nj` as a PDF might have it: a glyph bullet, a wrapped line, the chunk at offset 10.
    const source = '0123456789' + nj.text.replace(/• /g, '\uF0B7 ').replace('uden unødig', 'uden\n  unødig');
    const located = { ...nj, end: source.length };
    const topic = topicOf('ventetider');
    const { citations } = composeExtractiveAnswer({
      language: 'da',
      topic,
      passages: [passage(located, 0.5)],
      passageTerms,
      locateQuote: (c, quote) => locateQuote(source, c.start, c.end, quote),
    });
    expect(citations.length).toBeGreaterThan(1);
    for (const c of citations) expect(source.slice(c.start, c.end).replace(/\s+/g, ' ')).toBe(c.quote);
    expect(new Set(citations.map((c) => c.start)).size).toBe(citations.length);
  });

  it('gives each quote the passage text around it as context', () => {
    const { citations } = composeExtractiveAnswer({ language: 'da', topic: topicOf('korte ventetider'), passages: [passage(nj, 0.5)], passageTerms });
    const middle = citations.find((c) => c.quote.startsWith('Hurtig udredning'))!;
    expect(middle.context).toEqual({
      before: '• Effektive og sammenhængende forløb uden unødig ventetid.\n• ',
      after: '\n• Hurtige responstider for ambulancetjenesten',
    });
  });

  it('carries the document’s source address and dates when the manifest gives them', () => {
    const dated = { ...nj, sourceUrl: 'https://example.org/vision', published: '2024-03-12' };
    const { citations } = composeExtractiveAnswer({ language: 'da', topic: topicOf('ventetider'), passages: [passage(dated, 0.5)], passageTerms });
    expect(citations[0]).toMatchObject({ sourceUrl: 'https://example.org/vision', published: '2024-03-12' });
    expect(citations[0]).not.toHaveProperty('retrieved');
  });

  it('keeps the passage offsets on a citation whose quote cannot be located', () => {
    const topic = topicOf('ventetider');
    const { citations } = composeExtractiveAnswer({ language: 'da', topic, passages: [passage(nj, 0.5)], passageTerms });
    expect(citations[0]).toMatchObject({ start: nj.start, end: nj.end, documentId: 'nj' });
  });
});

describe('a short best passage', () => {
  it('is continued into the next chunk of its section', () => {
    const lead = chunk('rm#7', 'Region Midtjylland', 'da', 'Bæredygtighed › Genanvendelse', 'Vi vil øge genanvendelsen på hospitalerne.');
    const rest = { ...chunk('rm#8', 'Region Midtjylland', 'da', 'Bæredygtighed › Genanvendelse', 'Det skal ske ved:\n• at se på affald som en ressource\n• bæredygtigt indkøb'), start: 200, end: 280 };
    const terms = new PassageTerms([lead, rest], { terms: termsOf, wordTerms: termsOf });
    const { citations } = composeExtractiveAnswer({
      language: 'da',
      topic: terms.topicOf('genanvendelsen'),
      passages: [passage(lead, 0.5)],
      passageTerms: terms,
      sectionOf: (c) => (c.section === lead.section ? [lead, rest] : [c]),
    });
    expect(citations.map((c) => c.quote)).toEqual([
      'Vi vil øge genanvendelsen på hospitalerne.',
      'at se på affald som en ressource',
      'bæredygtigt indkøb',
    ]);
    // Each quote cites the chunk it comes from, so its offsets lead to the right place in the source.
    expect(citations.map((c) => c.start)).toEqual([10, 200, 200]);
  });
  it('spreads citations over sections, but not past a statement of the lead’s section that carries clearly more', () => {
    const best = chunk('t#1', 'Helse Nord', 'no', 'Tilgjengelighet', '• Gi tilgang til spesialister nær hjemmet.');
    const same = chunk('t#2', 'Helse Nord', 'no', 'Tilgjengelighet', '• Utnytte kapasiteten hos private spesialister.');
    const other = chunk('m#1', 'Helse Nord', 'no', 'Medvirkning', '• Ta i bruk de ansattes erfaring.');
    const terms = new PassageTerms([best, same, other], { terms: termsOf, wordTerms: termsOf });
    const quotes = (sameSectionShare: number) =>
      composeExtractiveAnswer({
        language: 'no',
        topic: terms.topicOf('bruke kapasiteten hos private spesialister'),
        passages: [passage(best, 0.5), passage(same, 0.4), passage(other, 0.3)],
        passageTerms: terms,
        policy: { ...DEFAULT_POLICY.compose, maxUnits: 2, sameSectionShare },
      }).citations.map((c) => c.quote);
    // Three of four words against one: the same section's statement is the better second quote.
    expect(quotes(DEFAULT_POLICY.compose.sameSectionShare)).toEqual(['Gi tilgang til spesialister nær hjemmet.', 'Utnytte kapasiteten hos private spesialister.']);
    // At 0 another section always comes first, whatever it covers.
    expect(quotes(0)).toEqual(['Gi tilgang til spesialister nær hjemmet.', 'Ta i bruk de ansattes erfaring.']);
  });
  it('puts a statement of the lead’s section before another section’s that covers clearly less of the question', () => {
    const best = chunk('t#1', 'Helse Nord', 'no', 'Tilgjengelighet', '• Gi tilgang til spesialister nær hjemmet.');
    const same = chunk('t#2', 'Helse Nord', 'no', 'Tilgjengelighet', '• Private spesialister gir kortere ventetid.');
    const other = chunk('m#1', 'Helse Nord', 'no', 'Medvirkning', '• Kortere ventetid hos spesialister.');
    const terms = new PassageTerms([best, same, other], { terms: termsOf, wordTerms: termsOf });
    const second = (sameSectionShare: number) =>
      composeExtractiveAnswer({
        language: 'no',
        topic: terms.topicOf('private spesialister kortere ventetid'),
        passages: [passage(best, 0.5), passage(same, 0.4), passage(other, 0.3)],
        passageTerms: terms,
        policy: { ...DEFAULT_POLICY.compose, maxUnits: 2, sameSectionShare },
      }).citations[1].quote;
    // All four words against three: the same section’s statement is the second quote at 0.8, not at 0.6.
    expect(second(0.8)).toBe('Private spesialister gir kortere ventetid.');
    expect(second(0.6)).toBe('Kortere ventetid hos spesialister.');
  });
});
