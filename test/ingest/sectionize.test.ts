import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/chunk.js';
import { loadCorpus, type Corpus } from '../../src/ingest/load.js';
import { sectionize } from '../../src/ingest/sectionize.js';
import type { SourceDocument } from '../../src/ingest/types.js';
import { makeDoc } from './helpers.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus('corpus');
});
const doc = (id: string): SourceDocument => corpus.documents.find((d) => d.meta.id === id)!;
const labels = (d: SourceDocument) => sectionize(d).map((s) => s.label);

describe('sectionize: the corpus documents', () => {
  it('Region Nordjylland: group headings above sub-headings, a one-line contact entry, no image or link lines', () => {
    expect(labels(doc('nordjylland-vision'))).toEqual([
      'Strategien samlet i grafisk illustration',
      'Kontakt',
      'Sundhed › Respekt for patientens tid',
      'Sundhed › Sammenhæng og nærhed',
      'Sundhed › På Patientens præmisser',
      'Sundhed › Sikkerhed og kvalitet for patienten',
      'Fælles › En arbejdsplads ITOP',
      'Regional udvikling › En trafikalt sammenhængende region',
      'Regional udvikling › En ren og grøn region',
      'Specialsektor › Rette indsats og kvalitet',
      'Specialsektor › Attraktiv arbejdsplads med borgernær ledelse',
      'Organisatorisk fundament › Nationale mål for sundhedsvæsenet',
      'Organisatorisk fundament › Værdier i Region Nordjylland',
      'Organisatorisk fundament › I gode hænder',
      'Organisatorisk fundament › Region Nordjylland som arbejdsplads',
    ]);
  });

  it('Region Hovedstaden: numbered headings, the intro under the title', () => {
    expect(labels(doc('hovedstaden-maalbillede'))).toEqual([
      'Målbillede for Region Hovedstaden',
      'De 5 fokusområder',
      '2 rammer regionen arbejder indenfor',
      '3 kerneopgaver',
      '4 værdier',
      '4 temaer',
    ]);
  });

  it('Helse Nord: "Vår visjon:" is a heading, "Våre målsettinger er:" and "Helse Nord vil:" are not', () => {
    expect(labels(doc('helse-nord-strategi'))).toEqual([
      'Forbedring gjennom samarbeid',
      'Vår visjon',
      'Kunnskap, kvalitet og læring',
      'Tilgjengelighet',
      'Rekruttering og stabilisering',
      'Samarbeid med primærhelsetjenesten',
      'Informasjonsteknologi og telemedisin',
      'God effektivitet og ressursutnyttelse',
      'Medvirkning og kommunikasjon',
    ]);
  });

  it('the slide deck: titles after their text, spelled as in the overview grid', () => {
    expect(labels(doc('midtjylland-politisk-ambition'))).toEqual([
      'Personaleressourcer › Udfordringen',
      'Personaleressourcer › Balance',
      'Personaleressourcer › Politisk lederskab',
      'Lighed i sundhed › Fokus på livsvilkår',
      'Lighed i sundhed › Organisering',
      'Lighed i sundhed › Lige effekt',
      'Bæredygtighed › Genanvendelse',
      'Bæredygtighed › Nedbringe CO2 aftrykket',
      'Bæredygtighed › Reduktion af madspild',
      'Psykiatri › Forebyggelse',
      'Psykiatri › Helhedsorienteret indsats',
      'Psykiatri › Overdødelighed',
    ]);
  });

  it('the PDF: headings right above their paragraph, one even after a list item', () => {
    expect(labels(doc('midtjylland-sigtelinjer'))).toEqual([
      'Indledning',
      'Et sundhedsvæsen på patientens præmisser',
      'Tryghed - er både nærhed og specialisering',
      'Et stærkt universitetshospital i højeste internationale klasse',
      'Sammen om borgernes sundhed',
      'En region i balance',
      'Øget anvendelse af teknologi og digitalisering',
      'En arbejdsplads med godt arbejdsmiljø og arbejdsglæde',
      'Region Midtjylland går forrest i bæredygtig udvikling og grøn omstilling',
      'En region med et levende kulturliv',
      'Region Midtjylland i sundt samspil med den private sektor',
    ]);
  });

  it('every section has a path, a label made of it, and a body span covering its blocks', () => {
    for (const d of corpus.documents) {
      for (const s of sectionize(d)) {
        expect(s.label).toBe(s.path.join(' › '));
        expect(s.blocks.length).toBeGreaterThan(0);
        expect(s.start).toBe(s.blocks[0].start);
        expect(s.end).toBe(s.blocks.at(-1)!.end);
        // A body never contains its own heading.
        expect(d.text.slice(s.start, s.end)).not.toContain(`\n${s.path.at(-1)}\n`);
      }
    }
  });
});

describe('sectionize: slides', () => {
  const sectionOf = (quote: string) => {
    const chunks = chunkDocument(doc('midtjylland-politisk-ambition')).filter((c) => c.text.includes(quote));
    expect(chunks, quote).toHaveLength(1);
    return chunks[0].section;
  };

  it('puts each slide text under the title that follows it', () => {
    expect(sectionOf('Madspild skal reduceres til et minimum')).toBe('Bæredygtighed › Reduktion af madspild');
    expect(sectionOf('Vi ved, at om nogle år skal færre medarbejdere')).toBe('Personaleressourcer › Udfordringen');
    expect(sectionOf('work-life balancen')).toBe('Personaleressourcer › Balance');
    expect(sectionOf('prøvehandlinger')).toBe('Personaleressourcer › Politisk lederskab');
    expect(sectionOf('at se på affald som en ressource')).toBe('Bæredygtighed › Genanvendelse');
    expect(sectionOf('selvmordsraten')).toBe('Psykiatri › Overdødelighed');
  });

  it('drops the overview grid: each slide question appears once, in its own slide', () => {
    expect(sectionOf('Hvordan identificerer og kvalificerer vi udfordringen')).toBe('Personaleressourcer › Udfordringen');
    expect(sectionOf('Hvordan sikrer vi et bedre og længere liv')).toBe('Psykiatri › Overdødelighed');
    const all = chunkDocument(doc('midtjylland-politisk-ambition')).map((c) => c.text).join('\n');
    expect(all).not.toContain('Den styrende politiske ambition');
    expect(all).not.toContain('hvilke problemer ønsker');
  });

  it('without an overview grid, the first slide starts after the deck title', () => {
    const deck = makeDoc(
      'Min præsentation\n\nFørste slides tekst.\n\nTema - Første\nAnden slides tekst.\n\nTema – anden\n',
      { format: 'slides', title: 'Min præsentation' },
    );
    expect(sectionize(deck).map((s) => [s.label, deck.text.slice(s.start, s.end)])).toEqual([
      ['Tema › Første', 'Første slides tekst.'],
      ['Tema › Anden', 'Anden slides tekst.'],
    ]);
  });

  it('a "slides" document without slide titles is read as plain text', () => {
    expect(labels(makeDoc('Titel\n\nAfsnit\n\nTekst her.\n', { format: 'slides' }))).toEqual(['Afsnit']);
  });
});

describe('sectionize: plain-text heuristics', () => {
  it('nests a heading that has nothing under it above the following ones, until a new group starts', () => {
    const text = 'Titel\n\nGruppe\n\nEt\n\nTekst et.\n\nTo\n\nTekst to.\n\nAnden gruppe\n\nTre\n\nTekst tre.\n';
    expect(labels(makeDoc(text))).toEqual(['Gruppe › Et', 'Gruppe › To', 'Anden gruppe › Tre']);
  });

  it('with declared group headings only those nest; a heading-like line under an empty heading is its content', () => {
    const text = 'Titel\n\nKontakt\n\nDirektør Hans Hansen\n\nSundhed\n\nVentetid\n\n• Korte ventetider\n';
    const d = makeDoc(text, { hints: { groupHeadings: ['Sundhed'] } });
    const sections = sectionize(d);
    expect(sections.map((s) => s.label)).toEqual(['Kontakt', 'Sundhed › Ventetid']);
    expect(d.text.slice(sections[0].start, sections[0].end)).toBe('Direktør Hans Hansen');
  });

  it('content before any heading-like line goes under the document title', () => {
    expect(labels(makeDoc('Dette er en indledning, der ikke har nogen overskrift.\n\nMere tekst.\n', { title: 'Min titel' }))).toEqual([
      'Min titel',
    ]);
  });

  it('does not take a wrapped paragraph line for a heading', () => {
    const text = 'Titel\n\nAfsnit\nDenne linje slutter midt i en \nsætning, og den næste fortsætter.\n\nPå denne baggrund har vi udarbejdet følgende \ntværpolitiske sigtelinjer.\n';
    expect(labels(makeDoc(text))).toEqual(['Afsnit']);
  });

  it('tells a colon heading ("Vår visjon:") from a lead-in before a list', () => {
    const text = 'Tittel\n\nVår visjon:\n\nHelse der du bor.\n\nMål\n\nVi vil:\n\n • Gjøre mer.\n • Gjøre bedre.\n';
    expect(labels(makeDoc(text))).toEqual(['Vår visjon', 'Mål']);
  });

  it('drops noise lines, and cuts trailing noise off a line', () => {
    const text = 'Titel\n\nAfsnit\n\nFørste linje.\n\nSide 2\n\nAnden linje. Redaktør\n\nLæs mere om os\n';
    const d = makeDoc(text, { hints: { noiseLines: ['^side \\d+$', '(?:^|\\s)redaktør$', '^læs mere om\\b.*$'] } });
    const [section] = sectionize(d);
    expect(section.blocks.map((b) => d.text.slice(b.start, b.end))).toEqual(['Første linje.', 'Anden linje.']);
  });

  it('a section whose only content is noise is dropped', () => {
    const text = 'Titel\n\nBilled\n\nFoto af hospitalet\n\nAfsnit\n\nTekst.\n';
    expect(labels(makeDoc(text, { hints: { noiseLines: ['^foto af\\b.*$'] } }))).toEqual(['Afsnit']);
  });

  it("keeps a text-less heading's words as a searchable heading of the section before it, never as its text", () => {
    const text = 'Titel\n\nAfsnit\n\nTekst.\n\nOversigt 2024\n\nFoto af oversigten\n\nGruppe\n\nEt\n\nMere tekst.\n\nTitel\n';
    const d = makeDoc(text, { title: 'Titel', hints: { noiseLines: ['^foto af\\b.*$'] } });
    const sections = sectionize(d);
    // "Gruppe" heads "Et" and the closing "Titel" is the document's title: neither is a stray heading.
    expect(sections.map((s) => [s.label, s.headings])).toEqual([
      ['Afsnit', ['Oversigt 2024']],
      ['Gruppe › Et', undefined],
    ]);
    const [first] = chunkDocument(d, sections);
    expect(first).toMatchObject({ section: 'Afsnit', headings: ['Oversigt 2024'], text: 'Tekst.' });
  });
});

describe('sectionize: Markdown', () => {
  it('reads # headings as the path, the single top heading as the title, from a file in a corpus directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'strategisvar-md-'));
    await writeFile(
      join(dir, 'manifest.json'),
      JSON.stringify({
        regions: [{ name: 'Region Test', country: 'Denmark' }],
        documents: [{ id: 'md', region: 'Region Test', language: 'da', title: 'Strategi', file: 'strategi.md', format: 'markdown' }],
      }),
    );
    await writeFile(
      join(dir, 'strategi.md'),
      [
        '# Strategi 2030',
        '',
        'Indledende tekst.',
        '',
        '## Sundhed',
        '',
        '### Ventetid #',
        '',
        '- Korte ventetider for alle',
        '  patienter i regionen.',
        '- Hurtig udredning.',
        '',
        '## Tomt afsnit',
        '',
        '---',
        '',
        '## Klima',
        '',
        '```',
        '# ikke en overskrift',
        '```',
        '',
        'Grøn omstilling.',
        '',
      ].join('\n'),
    );
    const [md] = (await loadCorpus(dir)).documents;
    const sections = sectionize(md);
    expect(sections.map((s) => s.label)).toEqual(['Strategi 2030', 'Sundhed › Ventetid', 'Klima']);
    expect(chunkDocument(md, sections).map((c) => c.text)).toEqual([
      'Indledende tekst.',
      '• Korte ventetider for alle patienter i regionen.\n• Hurtig udredning.',
      '# ikke en overskrift',
      'Grøn omstilling.',
    ]);
  });
});

describe('sectionize: Windows line endings', () => {
  it('reads CRLF text and Markdown like LF, with offsets into the text as read', () => {
    const text = makeDoc('Titel\r\n\r\nAfsnit\r\n\r\nFørste linje \r\nfortsætter.\r\n\r\n • Et punkt\r\n');
    const md = makeDoc('# Titel\r\n\r\n## Afsnit\r\n\r\nTekst.\r\n', { format: 'markdown' });
    expect(labels(text)).toEqual(['Afsnit']);
    expect(labels(md)).toEqual(['Afsnit']);
    expect(chunkDocument(text).map((c) => c.text)).toEqual(['Første linje fortsætter.', '• Et punkt']);
    for (const d of [text, md]) for (const c of chunkDocument(d)) expect(d.text.slice(c.start, c.end)).not.toMatch(/^\s|\s$/);
  });
});
