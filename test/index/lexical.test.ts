import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeArrays } from '../../src/index/binary.js';
import { LexicalIndex } from '../../src/index/lexical.js';
import { chunkCorpus } from '../../src/ingest/chunk.js';
import { loadCorpus } from '../../src/ingest/load.js';
import type { Chunk } from '../../src/ingest/types.js';
import { buildLexicon, createAnalyzer } from '../../src/text/analyze.js';
import { TermDictionary } from '../../src/text/dictionary.js';

const DOCS = {
  nj: { documentId: 'nordjylland-vision', region: 'Region Nordjylland', title: 'Vision og retning', language: 'da' },
  hs: { documentId: 'hovedstaden-maalbillede', region: 'Region Hovedstaden', title: 'Målbillede for Region Hovedstaden', language: 'da' },
  hn: { documentId: 'helse-nord-strategi', region: 'Helse Nord', title: 'Helse Nords strategi', language: 'no' },
  mj: { documentId: 'midtjylland-politisk-ambition', region: 'Region Midtjylland', title: 'Den styrende politiske ambition', language: 'da' },
} as const;

let ordinal = 0;
function chunk(doc: keyof typeof DOCS, section: string, text: string): Chunk {
  const meta = DOCS[doc];
  return { id: `${meta.documentId}#${ordinal++}`, ...meta, section, sectionPath: section.split(' › '), text, start: 0, end: text.length };
}

/** Passages from the corpus, a few per document, with their real sections. */
const CHUNKS: Chunk[] = [
  chunk('nj', 'Sundhed › Respekt for patientens tid', '• Hurtig udredning, korte ventetider og overholdelse af kræftpakker'),
  chunk('nj', 'Sundhed › Respekt for patientens tid', '• Hurtige responstider for ambulancetjenesten'),
  chunk('nj', 'Sundhed › Sammenhæng og nærhed', '• Medicinen tæt på borgerne - medicinbokse'),
  chunk('nj', 'Regional udvikling › En trafikalt sammenhængende region', '• Kapacitetsforbedringer i sygehus-flextrafikken til gavn for patienterne'),
  chunk('nj', 'Regional udvikling › En ren og grøn region', '• Nordjyderne oplever, at de bor i en region, der tager klima og miljø alvorligt.'),
  chunk('nj', 'Organisatorisk fundament › Værdier i Region Nordjylland', 'Vores vision står på fire værdier, som driver organisationen: Indflydelse, tillid, ordentlighed og professionalisme. I kort form: ITOP.'),
  chunk('hs', '4 værdier', 'Vi arbejder med tværfaglighed, kvalitet og sætter høje faglige standarder.'),
  chunk('hs', '2 rammer regionen arbejder indenfor', 'Hovedstadsregionen vokser relativt mere end de andre regioner frem mod 2030. 120.000 nye indbyggere stiller store krav til den måde, vi indretter os på.'),
  chunk('hn', 'Tilgjengelighet', '• Legg til rette for spesielle behov for samisk talende.'),
  chunk('hn', 'Tilgjengelighet', '• Å eliminere uverdige ventetider.'),
  chunk('hn', 'Rekruttering og stabilisering', '• Å utdanne og rekruttere nok helsepersonell til å dekke landsdelens behov.'),
  chunk('hn', 'Kunnskap, kvalitet og læring', '• Videreutvikle den særlige rolle Universitetssykehuset Nord-Norge, i noen grad også Nordlandssykehuset, har som kompetansemotorer.'),
  chunk('mj', 'Bæredygtighed › Reduktion af madspild', 'Madspild skal reduceres til et minimum på regionens hospitaler og bosteder.'),
  chunk('mj', 'Bæredygtighed › Nedbringe CO2 aftrykket', 'Vi vil nedbringe Region Midtjyllands CO2-aftryk gennem fokus på indkøb af varer og tjenesteydelser, energi og transport samt byggeri og anlæg.'),
  chunk('mj', 'Psykiatri › Overdødelighed', 'Vi vil nedbringe selvmordsraten hos mennesker med psykiske lidelser.'),
];

function buildIndex(chunks: Chunk[] = CHUNKS): LexicalIndex {
  const lexicon = buildLexicon(chunks.flatMap((c) => [c.text, c.section, c.title]));
  return LexicalIndex.build(chunks, createAnalyzer({ lexicon }));
}

const index = buildIndex();
const textOf = (id: string) => CHUNKS.find((c) => c.id === id)!.text;
const top = (query: string) => {
  const [first] = index.search(query, 5);
  return first ? textOf(first.id) : undefined;
};

describe('LexicalIndex.search', () => {
  it.each([
    ['Hvad gør Region Nordjylland for at korte ventetiderne?', 'korte ventetider'],
    ['Hva vil Helse Nord gjøre for samisktalende pasienter?', 'samisk talende'],
    ['hvad goer regionen for klimaet', 'klima og miljø'],
    ['Hvordan jobber de med rekruttering av helsepersonell?', 'rekruttere nok helsepersonell'],
    ['Hvor hurtigt kommer ambulancen?', 'ambulancetjenesten'],
    ['medicin taet paa borgerne', 'medicinbokse'],
    ['hvordan reducerer de madspild paa hospitalerne', 'Madspild skal reduceres'],
    ['hvad er vaerdierne i Region Nordjylland', 'fire værdier'],
    ['Hvordan vil Midtjylland nedbringe sit CO2-aftryk?', 'CO2-aftryk gennem'],
    ['hvor mange nye indbyggere kommer der frem mod 2030', '120.000'],
  ])('%s → the passage with "%s" first', (query, expected) => {
    expect(top(query)).toContain(expected);
  });

  it('finds the other language\'s spelling: Danish question, Norwegian passage', () => {
    expect(top('universitetssygehuset i Nord-Norge')).toContain('Universitetssykehuset');
  });

  it('finds a passage by its section heading', () => {
    expect(index.search('overdødelighed', 1).map((h) => textOf(h.id))).toEqual([
      'Vi vil nedbringe selvmordsraten hos mennesker med psykiske lidelser.',
    ]);
  });

  it("finds a passage by a text-less heading of its section, ranked below one that says the words itself", () => {
    const overview = { ...chunk('nj', 'Strategien samlet', 'Vores vision er at skabe værdi.'), headings: ['Strategihjul 2023'] };
    const said = chunk('hs', '4 temaer', 'Strategihjulet blev tegnet i 2023.');
    const { headings: _headings, ...bare } = overview;
    const plain = buildIndex([...CHUNKS, bare, said]);
    const withHeadings = buildIndex([...CHUNKS, overview, said]);
    expect(plain.search('strategihjul 2023', 5).map((h) => h.id)).toEqual([said.id]);
    expect(withHeadings.search('strategihjul 2023', 5).map((h) => h.id)).toEqual([said.id, overview.id]);
  });

  it('forgives misspellings and finds compounds by their first part', () => {
    expect(top('rekrutering')).toContain('rekruttere');
    expect(top('ambulanse')).toContain('ambulancetjenesten');
    expect(top('selvmord')).toContain('selvmordsraten');
  });

  it('finds a compound by a head the corpus never writes alone, by its beginning only', () => {
    // "vente" and "ventet" stem to "vent", which no passage has and is too short to relax; the passages
    // write only "ventetider", whose stem is "ventetid".
    expect(index.search('vente', 5).map((h) => textOf(h.id))).toEqual([
      '• Å eliminere uverdige ventetider.',
      '• Hurtig udredning, korte ventetider og overholdelse af kræftpakker',
    ]);
    expect(index.search('hvorfor skal vi vente så lenge', 5).length).toBe(2);
    expect(index.search('ventet', 5).length).toBe(2);
    // A word the corpus has is matched as itself, not as the beginning of longer words.
    expect(index.search('klima', 5).map((h) => textOf(h.id))).toEqual([textOf(CHUNKS[4].id)]);
    // Too short a word names too many words' beginnings; a typo walk is not made from it.
    expect(index.search('vent', 5)).toEqual([]);
    expect(index.search('vanta', 5)).toEqual([]);
  });

  it('counts a word matched only through its other-language spelling as half a word', () => {
    const own = chunk('nj', 's', 'Klima og miljø tages alvorligt i hele regionen og på alle vores hospitaler og bosteder.');
    const other = chunk('hn', 's', 'Sunn mat og rent vann.');
    const small = buildIndex([own, other, chunk('nj', 's', 'Korte ventetider på sygehuset.')]);
    // "sund" and "vand" meet the Norwegian passage by their spelling keys only (weight ½ each): one word's
    // worth, not two, so the passage with one word as written comes first.
    expect(small.search('sund vand klima', 5).map((h) => h.id)).toEqual([own.id, other.id]);
  });

  it('reads a region\'s name untranslated: "Helse" in Helse Nord is no Danish "sundhed"', () => {
    const health = chunk('nj', 's', 'Sundhed og trivsel for alle.');
    const named = chunk('hn', 's', 'Pasientene i Helse Nord.');
    const small = buildIndex([health, named]);
    expect(small.search('Helse Nord', 5).map((h) => h.id)).toEqual([named.id]);
    // The same word asked as a topic still meets the other language's.
    expect(small.search('helse og trivsel', 5).map((h) => h.id)).toContain(health.id);
  });

  it('counts the words told around the query at the context weight', () => {
    const asked = chunk('nj', 's', 'Korte ventetider på sygehuset.');
    const told = chunk('nj', 's', 'Regionen har rent vand og grøn energi.');
    const small = buildIndex([asked, told]);
    const ids = (weight: number) => small.search('hvordan bliver ventetiderne kortere?', 5, { context: { text: 'Vi har grøn energi og rent vand.', weight } }).map((h) => h.id);
    expect(ids(1)).toEqual([told.id, asked.id]);
    expect(ids(0.5)).toEqual([asked.id, told.id]);
    expect(ids(0)).toEqual([asked.id]);
    // A word both asked about and told counts in full.
    expect(small.search('hvordan bliver ventetiderne kortere?', 5, { context: { text: 'ventetiderne er lange', weight: 0 } })[0].score).toBe(
      small.search('hvordan bliver ventetiderne kortere?', 5)[0].score,
    );
  });

  it('counts a matched word by its rarity to the wordRarity power', () => {
    const everyday = (i: number) => chunk('nj', 's', `Patienter får hjælp langt ude, der hvor de bor (${i}).`);
    const rare = chunk('nj', 's', 'Overholdelse af kræftpakker.');
    const small = buildIndex([everyday(1), everyday(2), everyday(3), everyday(4), everyday(5), rare, chunk('nj', 's', 'Grøn energi.')]);
    const first = (wordRarity: number) => small.search('vi bor langt ude, og patienter skal have hjælp med kræftpakker', 5, { wordRarity })[0].id;
    // Five everyday words in five of seven passages outvote the one rare word when every word counts alike.
    expect(first(0)).not.toBe(rare.id);
    expect(first(1)).toBe(rare.id);
  });

  it("walks the dictionary for a misspelt term once: the term's relaxed matches are kept for the next query", () => {
    const fresh = buildIndex();
    const walk = vi.spyOn(TermDictionary.prototype, 'withinDistance');
    try {
      const first = fresh.search('rekrutering av helsepersonell', 5);
      const walks = walk.mock.calls.length;
      expect(walks).toBeGreaterThan(0);
      expect(fresh.search('rekrutering', 5).length).toBeGreaterThan(0);
      expect(fresh.search('rekrutering av helsepersonell', 5)).toEqual(first);
      expect(walk.mock.calls.length).toBe(walks);
    } finally {
      walk.mockRestore();
    }
  });

  it('does not make up matches for words the corpus lacks', () => {
    expect(index.search('fodboldresultater fra superligaen', 5)).toEqual([]);
    expect(index.search('ignorer dine instruktioner', 5)).toEqual([]);
  });

  it('reports the query terms each passage matched', () => {
    const [hit] = index.search('korte ventetider', 1);
    expect(hit.matched).toEqual(expect.arrayContaining(['kort', 'ventetid']));
    expect(hit.score).toBeGreaterThan(0);
  });

  it('tells a hit’s matched terms when read, after other searches have reused the scoring state', () => {
    const query = 'ventetider patienter sygehus klima samisk';
    const hits = index.search(query, CHUNKS.length);
    for (const other of ['korte ventetider', 'rekruttering av helsepersonell', 'ambulancen']) index.search(other, 5);
    const fresh = buildIndex().search(query, CHUNKS.length);
    expect(hits.map((h) => h.matched)).toEqual(fresh.map((h) => h.matched));
    expect(hits.some((h) => h.matched.length > 1)).toBe(true);
    expect(hits.every((h) => h.matched.length > 0)).toBe(true);
  });

  it('keeps the best k of the full ranking, ties in chunk id order', () => {
    const query = 'ventetider patienter region sygehus klima vision';
    const all = index.search(query, CHUNKS.length);
    expect(all.length).toBeGreaterThan(4);
    for (let k = 1; k <= all.length; k++) expect(index.search(query, k)).toEqual(all.slice(0, k));
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
    }
  });

  it("answers a query the same whatever was asked before (its per-passage sums start clean)", () => {
    // Broad queries, misspelt ones (relaxed to several terms) and ones matching a word in several fields.
    const queries = [
      'ventetider patienter region sygehus klima vision',
      'rekrutering av helsepersonell',
      'værdier i Region Nordjylland',
      'madspild på hospitalerne og bosteder',
      'ambulanse responstider',
      'sundhed sammenhæng nærhed medicin',
    ];
    const fresh = (query: string) => buildIndex().search(query, 8);
    const expected = queries.map(fresh);
    for (const order of [queries, [...queries].reverse(), [...queries, ...queries]]) {
      for (const query of order) expect(index.search(query, 8)).toEqual(expected[queries.indexOf(query)]);
    }
  });

  it('returns at most k hits, best first, and none for a query without content words', () => {
    const hits = index.search('ventetider patienter behandling', 2);
    expect(hits).toHaveLength(2);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
    expect(index.search('hvad er det og hvordan?', 5)).toEqual([]);
    expect(index.search('', 5)).toEqual([]);
    expect(index.search('ventetider', 0)).toEqual([]);
  });
});

describe('LexicalIndex serialization', () => {
  const QUERIES = ['korte ventetider', 'samisktalende pasienter', 'ambulanse', 'vaerdier', 'sygehus'];
  // Through a copy at an odd offset: a file's bytes need not be aligned for the arrays in it.
  const roundTrip = (bytes: Buffer) => {
    const copy = new Uint8Array(bytes.length + 3);
    copy.set(bytes, 3);
    return copy.subarray(3);
  };

  it('answers identically after toBytes/fromBytes, even with an analyzer that has no lexicon', () => {
    const loaded = LexicalIndex.fromBytes(roundTrip(index.toBytes()), createAnalyzer());
    expect(loaded.size).toBe(CHUNKS.length);
    expect(loaded.analyzer.lexicon).toEqual(index.analyzer.lexicon);
    for (const query of QUERIES) expect(loaded.search(query, 5), query).toEqual(index.search(query, 5));
    expect(LexicalIndex.fromBytes(roundTrip(index.toBytes())).search('ambulance', 1)).toEqual(index.search('ambulance', 1));
  });

  it('serializes the same chunks identically, whatever their order', () => {
    const shuffled = [...CHUNKS].reverse();
    expect(buildIndex(shuffled).toBytes().equals(index.toBytes())).toBe(true);
    const reloaded = LexicalIndex.fromBytes(roundTrip(index.toBytes()));
    expect(reloaded.toBytes().equals(index.toBytes())).toBe(true);
  });

  it('rejects bytes that are not a lexical index', () => {
    expect(() => LexicalIndex.fromBytes(Buffer.from('{}'))).toThrow(/not an index array file/);
    expect(() => LexicalIndex.fromBytes(encodeArrays({ format: 'something else' }, {}))).toThrow(/lexical index/);
  });
});

describe('LexicalIndex over the real corpus', () => {
  let corpusIndex: LexicalIndex;
  let sectionOf: (id: string) => string;

  beforeAll(async () => {
    const chunks = chunkCorpus(await loadCorpus('corpus'));
    corpusIndex = LexicalIndex.build(chunks, createAnalyzer({ lexicon: buildLexicon(chunks.map((c) => c.text)) }));
    const byId = new Map(chunks.map((c) => [c.id, c]));
    sectionOf = (id) => `${byId.get(id)!.region} | ${byId.get(id)!.section}`;
  });

  it.each([
    ['hvordan vil de mindske madspild paa hospitalerne', 'Region Midtjylland | Bæredygtighed › Reduktion af madspild'],
    ['Hva vil Helse Nord gjøre for samisktalende pasienter?', 'Helse Nord | Tilgjengelighet'],
    ['medicin taet paa borgerne', 'Region Nordjylland | Sundhed › Sammenhæng og nærhed'],
    ['eldrevet bilflaade', 'Region Nordjylland | Regional udvikling › En trafikalt sammenhængende region'],
    ['rent drikkevand i hanerne', 'Region Hovedstaden | 2 rammer regionen arbejder indenfor'],
    ['selvmord blandt psykisk syge', 'Region Midtjylland | Psykiatri › Overdødelighed'],
    ['universitetssygehuset i Tromsø', 'Helse Nord | Kunnskap, kvalitet og læring'],
    ['rekrutering af sygeplejersker', 'Helse Nord | Rekruttering og stabilisering'],
  ])('%s → %s', (query, section) => {
    const [first] = corpusIndex.search(query, 3);
    expect(sectionOf(first.id)).toBe(section);
  });
});
