import { describe, expect, it } from 'vitest';
import { createRegionMatcher } from '../../src/retrieve/regions.js';
import { corpusTexts } from '../text/corpus-texts.js';
import { LANGUAGE_DATA } from '../../src/lang/index.js';
import type { Gazetteer } from '../../src/lang/types.js';

const catalog = {
  regions: [
    { name: 'Region Nordjylland', aliases: ['Nordjylland', 'nordjyderne'] },
    { name: 'Helse Nord', aliases: ['Helse Nords', 'Nord-Norge'] },
    { name: 'Region Midtjylland', aliases: ['Midtjylland'] },
  ],
  otherRegions: ['Region Syddanmark', 'Syddanmark', 'Helse Vest'],
};
const matcher = createRegionMatcher(catalog);

describe('region mentions', () => {
  it('finds corpus regions by name, alias, case and missing diacritics', () => {
    expect(matcher.mentions('Hvad gør Region Nordjylland?').known).toEqual(['Region Nordjylland']);
    expect(matcher.mentions('hva vil helse nord gjore').known).toEqual(['Helse Nord']);
    expect(matcher.mentions('Og hvad med Midtjylland?').known).toEqual(['Region Midtjylland']);
    expect(matcher.mentions('Hvordan har nordjyderne det?').known).toEqual(['Region Nordjylland']);
  });

  it('leaves out a place outside the corpus that the asker would travel to or has moved from', () => {
    expect(matcher.mentions('Findes der tilbud i nærheden, så vi slipper at køre til Odense?')).toMatchObject({ known: [], unknown: [], places: [] });
    expect(matcher.mentions('kan jeg faa hjelp her uten aa reise helt til bergen')).toMatchObject({ unknown: [], places: [] });
    expect(matcher.mentions('Vi er flyttet fra Odense til Hjørring. Hvilke tilbud er der til børn?')).toMatchObject({ known: ['Region Nordjylland'], unknown: [] });
    // Where the asker is, or what they ask about, still counts.
    expect(matcher.mentions('Jeg bor i Odense. Hvilke tilbud er der til ældre?').unknown).toEqual(['Region Syddanmark']);
    expect(matcher.mentions('Hvad er ventetiden til Odense Universitetshospital?').unknown).toEqual(['Region Syddanmark']);
    // A corpus region keeps counting whichever way the asker travels.
    expect(matcher.mentions('Skal vi køre til Aalborg for alt?').known).toEqual(['Region Nordjylland']);
  });

  it('reads a place of ours moved away from as the past when another place is named, and as the topic alone', () => {
    expect(matcher.mentions('Vi er lige flyttet fra Aalborg til Næstved. Hvad er planerne for sygehuset her?')).toMatchObject({ known: [], unknown: ['Region Sjælland'] });
    expect(matcher.mentions('Eg flytta frå Bodø til Bergen i fjor. Kva gjer dei for eldre?')).toMatchObject({ known: [], unknown: ['Helse Vest'] });
    expect(matcher.mentions('Vi er flyttet fra Skive til Hjørring. Hvad gør regionen for børn?').known).toEqual(['Region Nordjylland']);
    expect(matcher.mentions('Vi er flyttet fra Skive. Hvordan var det med børnepsykiatrien der?')).toMatchObject({ known: ['Region Midtjylland'], places: [{ place: 'Skive' }] });
    // The university in Tromsø stands for its region as its hospital does.
    expect(matcher.mentions('Jeg er forsker ved UiT. Hva sier strategien om forskning?').known).toEqual(['Helse Nord']);
    // Where someone comes from ("fra Aarhus") is the same past; a place outside the corpus so named still counts.
    expect(matcher.mentions('Jeg er sygeplejerske fra Aarhus og har fået job i Bodø. Hvad gør de for at holde på folk?').known).toEqual(['Helse Nord']);
    expect(matcher.mentions('Vi kommer fra Odense. Hvad gør regionen for ældre?').unknown).toEqual(['Region Syddanmark']);
    expect(matcher.mentions('Ambulancen fra Aalborg kom for sent. Hvad gør regionen?').known).toEqual(['Region Nordjylland']);
  });

  it('reads a place the asker has moved to (past tense) as where they live, the region "here" means', () => {
    expect(matcher.mentions('Vi flyttede til Odense i foråret. Hvilke tilbud har regionen til børnefamilier?')).toMatchObject({ known: [], unknown: ['Region Syddanmark'] });
    expect(matcher.mentions('Min mor er flyttet til Odense. Hvordan er det med lægevagten der?').unknown).toEqual(['Region Syddanmark']);
    expect(matcher.mentions('Vi flytta til Bergen i fjor. Hva gjør helseregionen der for eldre?').unknown).toEqual(['Helse Vest']);
    expect(matcher.mentions('Eg har flyttet til Bergen. Kva gjer dei for unge?').unknown).toEqual(['Helse Vest']);
    // A corpus region named in the asking sentence still wins; moving there later, or away, still says nothing.
    expect(matcher.mentions('Siden mor flyttede til Odense, ser vi hende sjældent. Hvad gør Region Nordjylland for pårørende på afstand?').known).toEqual(['Region Nordjylland']);
    expect(matcher.mentions('Vi flytter til Odense til sommer. Hvad gør regionen for børn?').unknown).toEqual([]);
    // …unless a "there" ending a sentence points at the place gone to; not an existential "der" inside one.
    expect(matcher.mentions('Vi flytter til Odense til sommer. Hvordan er psykiatrien der?').unknown).toEqual(['Region Syddanmark']);
    expect(matcher.mentions('Vi skal flytte til Bergen. Hva gjør de for barna der?').unknown).toEqual(['Helse Vest']);
    expect(matcher.mentions('Vi flytter til Odense. Er der gode skoler?').unknown).toEqual([]);
    expect(matcher.mentions('Jeg bor i Aalborg og vil ikke flytte til Odense. Er det bedre der?').unknown).toEqual([]);
  });

  it("reads a short region name by the asker's language, or by the one country the question names besides", () => {
    // A Dane's "Region Nord" is Nordjylland (as "Region Midt"); a Norwegian's is Helse Nord.
    expect(matcher.mentions('Hvad gør Region Nord for ventetiderne?', { language: 'da' })).toMatchObject({ known: ['Region Nordjylland'], unknown: [] });
    expect(matcher.mentions('Hva gjør Region Nord for ventetidene?', { language: 'no' })).toMatchObject({ known: ['Helse Nord'], unknown: [] });
    // Not yet knowing the language, it is no region outside the corpus, only one to read again.
    expect(matcher.mentions('Hvad gør Region Nord?')).toMatchObject({ known: [], unknown: [], needsLanguage: true });
    // A place or country of one side decides, whoever asks.
    expect(matcher.mentions('hvad gør region nord i Norge for samiske patienter', { language: 'da' }).known).toEqual(['Helse Nord']);
    expect(matcher.mentions('Region Nord og sykehuset i Aalborg', { language: 'no' }).known).toEqual(['Region Nordjylland']);
    // A name only one language has means its region in either.
    expect(matcher.mentions('Hvordan arbejder Helseregion Nord med telemedicin?', { language: 'da' }).known).toEqual(['Helse Nord']);
    // Longer names are other regions.
    expect(matcher.mentions('Hva gjør Region Nord-Trøndelag?', { language: 'no' }).known).toEqual([]);
  });

  it('reads a region name typed one letter wrong, when only one region is that close', () => {
    expect(matcher.mentions('hvad goer region midtjyland').known).toEqual(['Region Midtjylland']);
    expect(matcher.mentions('ventetider i nordjyland').known).toEqual(['Region Nordjylland']);
    expect(matcher.mentions('Hvad gør Syddanmrk?').unknown).toEqual(['Region Syddanmark']);
    // Two letters off is no longer a name.
    expect(matcher.mentions('hvad goer region mitjyland').known).toEqual([]);
    // Read again, a word mends (or is left alone) as it was the first time.
    expect(matcher.mentions('Hvilke planer har midtjyland?').known).toEqual(['Region Midtjylland']);
    expect(matcher.mentions('hvad goer region mitjyland').known).toEqual([]);
  });

  it('reads the leading word of a region name typed one letter wrong as part of the name, before the rest of it', () => {
    // "regon" names nothing alone; before "midtjylland" it is the name's "region", and no topic word is left.
    expect(matcher.strip('hvad goer regon midtjylland for de aeldre').replace(/\s+/g, ' ').trim()).toBe('hvad goer for de aeldre');
    expect(matcher.strip('hva gjor hlse nord').replace(/\s+/g, ' ').trim()).toBe('hva gjor');
    expect(matcher.mentions('hlse nords planer').named).toEqual(['Helse Nord']);
    // Without the rest of a name it stays a word, as does a word two letters off.
    expect(matcher.strip('regon og sundhed').replace(/\s+/g, ' ').trim()).toBe('regon og sundhed');
    expect(matcher.strip('rgon midtjylland').replace(/\s+/g, ' ').trim()).toBe('rgon');
  });

  it('reads a region name of several words written as one, with its genitive', () => {
    expect(matcher.mentions('hvad goer regionnordjylland').known).toEqual(['Region Nordjylland']);
    expect(matcher.mentions('hva med helsenords planer').known).toEqual(['Helse Nord']);
    expect(matcher.mentions('hva gjor helsevest').unknown).toEqual(['Helse Vest']);
    // A name of one word has no such spelling: "nordjylland" stays the alias.
    expect(matcher.mentions('regionsyddanmark og nordjylland')).toMatchObject({ known: ['Region Nordjylland'], unknown: ['Region Syddanmark'] });
  });

  it('does not match a region name inside another word', () => {
    expect(matcher.mentions('Nordjyllandsbanen kører').known).toEqual([]);
  });

  it('recognises regions outside the corpus, listed or merely region-shaped', () => {
    expect(matcher.mentions('Hvad gør Region Syddanmark for ventetider?')).toMatchObject({ known: [], unknown: ['Region Syddanmark'] });
    expect(matcher.mentions('Hva gjør Helse Vest?').unknown).toEqual(['Helse Vest']);
    expect(matcher.mentions('Hvad vil Region Gotland?').unknown).toEqual(['Region Gotland']);
    expect(matcher.mentions('Hvad gør Region Nordjylland?').unknown).toEqual([]);
  });

  it('spots questions across regions', () => {
    expect(matcher.mentions('Hvordan arbejder regionerne med bæredygtighed?').acrossRegions).toBe(true);
    expect(matcher.mentions('Hvordan jobber regionene med rekruttering?').acrossRegions).toBe(true);
    expect(matcher.mentions('Hvad gør regionen?').acrossRegions).toBe(false);
  });

  it('tells a text that speaks of regions as such, in either language, from one that names none', () => {
    expect(matcher.speaksOfRegions('Hvilken region er bedst til at forebygge?')).toBe(true);
    expect(matcher.speaksOfRegions('Hvilken helseregion er best på rekruttering?')).toBe(true);
    expect(matcher.speaksOfRegions('Er der regionale forskelle?')).toBe(true);
    expect(matcher.speaksOfRegions('Hvilken barnevogn er bedst?')).toBe(false);
    // a word that merely contains it is no region
    expect(matcher.speaksOfRegions('Hvad betyder interregionalt samarbejde?')).toBe(false);
  });

  it('strips only the names of regions and places when asked, leaving the asker’s own words around them', () => {
    const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(squeeze(matcher.strip('vi bor i harstad, og helse nord bør snakke om regionene', { namesOnly: true }))).toBe('vi bor i , og bør snakke om regionene');
    // Without the option the place goes with the words saying it is home, and the collective with it.
    expect(squeeze(matcher.strip('vi bor i harstad, og helse nord bør snakke om regionene'))).toBe('vi , og bør snakke om');
  });

  it('strips region names so a topic can be reused with another region', () => {
    expect(matcher.strip('Hvad gør Region Nordjylland for at korte ventetiderne?')).toBe('Hvad gør for at korte ventetiderne?');
    expect(matcher.strip('Hva vil Helse Nords ledelse?')).toBe('Hva vil ledelse?');
  });
});

describe('region-shaped names that merely start like a corpus region', () => {
  it('are other regions, not the corpus region', () => {
    // Without a gazetteer the name itself is refused; with one, the region it belongs to (below).
    const bare = createRegionMatcher(catalog, { gazetteers: [], collectives: [] });
    expect(bare.mentions('Hva gjør Helse Nord-Trøndelag?')).toMatchObject({ known: [], unknown: ['Helse Nord-Trøndelag'] });
    expect(bare.mentions('Hva gjør Helse Nordmøre og Romsdal?').unknown).toEqual(['Helse Nordmøre']);
    expect(matcher.mentions('Hvad skriver Helse Nords strategi?').unknown).toEqual([]);
  });

  it('are named by the region they belong to when the gazetteer knows them', () => {
    expect(matcher.mentions('Hva gjør Helse Nord-Trøndelag?')).toMatchObject({
      known: [],
      unknown: ['Helse Midt-Norge'],
      places: [{ place: 'Helse Nord-Trøndelag', region: 'Helse Midt-Norge' }],
    });
    expect(matcher.mentions('Hva gjør Helse Nordmøre og Romsdal?').unknown).toEqual(['Helse Midt-Norge']);
  });
});

describe('places from the gazetteer', () => {
  const about = (text: string) => matcher.mentions(text);

  it('takes a town, island, area or hospital for its region and says which place led there', () => {
    expect(about('Hvordan kommer man til sygehuset fra Læsø?')).toMatchObject({
      known: ['Region Nordjylland'],
      places: [{ place: 'Læsø', region: 'Region Nordjylland' }],
    });
    expect(about('Hva skjer med sykehuset i Bodø?').known).toEqual(['Helse Nord']);
    expect(about('Vi bor i Lofoten').known).toEqual(['Helse Nord']);
    expect(about('Hvad med kantinen på Aalborg Universitetshospital?').places).toEqual([
      { place: 'Aalborg Universitetshospital', region: 'Region Nordjylland', local: true },
    ]);
    expect(about('min far ligger på UNN').known).toEqual(['Helse Nord']);
    expect(about('Hvordan er det i Mo i Rana?').places).toEqual([{ place: 'Mo i Rana', region: 'Helse Nord', local: true }]);
    // An area or a county is the region's, not one spot in it.
    expect(about('Hvordan er det i Finnmark og i Vendsyssel?').places.map((p) => p.local ?? false)).toEqual([false, false]);
    // …though an area, a part of the region people name, is narrower than a county.
    expect(about('Hvordan er det i Finnmark og i Vendsyssel?').places.map((p) => p.area ?? false)).toEqual([false, true]);
    expect(about('Jeg er fra Vendsyssel').known).toEqual(['Region Nordjylland']);
    expect(about('Vi bor i Finnmark').known).toEqual(['Helse Nord']);
  });

  it('takes where the asker lives for the region asked about only when no other region is named as such', () => {
    expect(about('Jeg bor i Aalborg og vil vide, hvad regionen gør for ældre')).toMatchObject({ known: ['Region Nordjylland'] });
    expect(about('Jeg bor i Aalborg og vil vide, hvad Region Midtjylland gør for ældre')).toMatchObject({
      known: ['Region Midtjylland'],
      places: [],
      acrossRegions: false,
    });
    // A town told otherwise than as a residence is a region of its own beside the one named.
    expect(about('Hvad gør Region Midtjylland og sygehuset i Aalborg for ældre?').acrossRegions).toBe(true);
  });

  it('takes what a region’s people are called, and the adjective of its name, for the region', () => {
    expect(about('har de nordjyske sygehuse grønne mål?').known).toEqual(['Region Nordjylland']);
    expect(about('Hvad gør de for de midtjyske patienter?').known).toEqual(['Region Midtjylland']);
    expect(about('venter århusianerne længe?').known).toEqual(['Region Midtjylland']);
    expect(about('Hva gjør de nordnorske sykehusene?').known).toEqual(['Helse Nord']);
    // Outside the corpus: named, so that it is refused by name.
    expect(about('Hvordan har de fynske sygehuse det?')).toMatchObject({ known: [], unknown: ['Region Syddanmark'] });
    expect(about('Hva gjør de vestlandske sykehusene?')).toMatchObject({ known: [], unknown: ['Helse Vest'] });
    expect(about('Hva med trønderne?').unknown).toEqual(['Helse Midt-Norge']);
  });

  it('reads genitives, hyphenated parts and spellings without æ/ø/å', () => {
    for (const text of ['Aalborgs sygehus', 'i Tromsø-området', 'bor i laeso', 'bor paa Laesoe', 'Laeso', 'hjorring', 'i Tromso', 'Tromsoe']) {
      expect(about(text).known, text).toHaveLength(1);
    }
    expect(about('Hvad gør de i Arhus?').known).toEqual(['Region Midtjylland']);
  });

  it('names the region outside the corpus a place belongs to', () => {
    expect(about('Jeg bor i Odense, hvad gør regionen?')).toMatchObject({
      known: [],
      unknown: ['Region Syddanmark'],
      places: [{ place: 'Odense', region: 'Region Syddanmark' }],
    });
    expect(about('Hva gjør de i Bergen?').unknown).toEqual(['Helse Vest']);
    expect(about('Hva med Oslo?').unknown).toEqual(['Helse Sør-Øst']);
    expect(about('Hvordan er det i Trondheim?').unknown).toEqual(['Helse Midt-Norge']);
    expect(about('Hvad med Aalborg og Odense?')).toMatchObject({ known: ['Region Nordjylland'], unknown: ['Region Syddanmark'] });
  });

  it('tells a region named as such from one reached only through a place', () => {
    expect(about('Har kantinen på Aalborg Universitetshospital åbent?')).toMatchObject({ known: ['Region Nordjylland'], named: [] });
    expect(about('Hvad gør Region Nordjylland i Hjørring?')).toMatchObject({ known: ['Region Nordjylland'], named: ['Region Nordjylland'] });
    expect(about('Hvad gør de danske regioner?').named).toEqual(['Region Nordjylland', 'Region Midtjylland']);
    // A country's name scopes the question like a place, but names no region's strategy.
    expect(about('Hvem er Danmarks statsminister?')).toMatchObject({ compared: ['Region Nordjylland', 'Region Midtjylland'], named: [] });
    expect(about('Hvor mange bor i Norge?')).toMatchObject({ known: ['Helse Nord'], named: [] });
  });

  it('reads the north named by direction as Helse Nord, only when nothing else is named', () => {
    expect(about('er ventetiden kortere i nord?')).toMatchObject({ known: ['Helse Nord'], named: [] });
    expect(about('er der travlt deroppe?')).toMatchObject({ known: ['Helse Nord'], named: [] });
    expect(about('er der flere jordemødre nordpå?').known).toEqual(['Helse Nord']);
    expect(about('hvad vil de med sygehusene i det nordlige Norge?')).toMatchObject({ known: ['Helse Nord'], named: [] });
    // A place or region of its own wins: "deroppe i Aalborg" is Aalborg.
    expect(about('sygehuset deroppe i Aalborg har travlt').known).toEqual(['Region Nordjylland']);
    expect(about('Region Nordjylland ligger i nord').known).toEqual(['Region Nordjylland']);
    // Nor is a direction's word that begins a longer name: "i Nord-Jylland" is the area, not "i nord" and Jylland.
    expect(about('hvordan er ventetiden i Nord-Jylland?').known).toEqual(['Region Nordjylland']);
    // The direction is no topic: stripped like a place.
    expect(matcher.strip('jordemødre i nord')).toBe('jordemødre');
  });

  it('takes an area in several regions for each of them, and refuses it only when we have none of them', () => {
    expect(about('Hvordan er ventetiden i Jylland?')).toMatchObject({
      known: ['Region Nordjylland', 'Region Midtjylland'],
      unknown: ['Region Syddanmark'],
      acrossRegions: true,
    });
    // A part of it written apart is that part's region.
    expect(about('ventetider i midt jylland')).toMatchObject({ known: ['Region Midtjylland'], unknown: [] });
    // The island, not the region of its name: a manifest listing "Sjælland" for Region Sjælland doesn't turn it away.
    const island = createRegionMatcher({
      regions: [{ name: 'Region Hovedstaden', aliases: ['Hovedstaden'] }],
      otherRegions: ['Region Sjælland', 'Sjælland'],
    });
    expect(island.mentions('Jeg bor på Sjælland. Hvad gør regionen for ældre?')).toMatchObject({ known: ['Region Hovedstaden'], places: [] });
    expect(island.mentions('Hvad siger Region Sjælland om ældre?')).toMatchObject({ known: [], unknown: ['Region Sjælland'] });
    // An area in several regions is in the one the question names beside it, else in each.
    expect(matcher.mentions('Jeg bor ved Limfjorden. Hvad gør Region Nordjylland?')).toMatchObject({ known: ['Region Nordjylland'], compared: [] });
    expect(matcher.mentions('Jeg bor ved Limfjorden. Hvad gør regionen?').compared).toEqual(['Region Nordjylland', 'Region Midtjylland']);
    expect(island.strip('Jeg arbejder på Sjælland')).toBe('Jeg arbejder på');
  });

  it('takes a town across the border for its health authority there, outside the corpus', () => {
    expect(about('Hvordan er ventetiden på sygehuset i Malmö?')).toMatchObject({
      known: [],
      unknown: ['Region Skåne'],
      places: [{ place: 'Malmö', region: 'Region Skåne' }],
    });
    expect(about('Hva gjør sykehuset i Kiruna?').unknown).toEqual(['Region Norrbotten']);
    expect(about('Hvordan er ventetiderne i Uppsala?').unknown).toEqual(['Region Uppsala']);
    // A country only for the regions of the two countries' gazetteers.
    expect(about('Hva gjør sykehuset i Kiruna?').countries).toEqual([]);
    expect(about('Jeg bor i Bodø, men har familie i Bergen').countries).toEqual(['Norway']);
    expect(about('Hvad med Hjørring og Tromsø?').countries).toEqual(['Denmark', 'Norway']);
    // The country of the regions a collective, a country or its people refers to; both for "regionerne".
    expect(about('Hva gjør de danske regionene for eldre?').countries).toEqual(['Denmark']);
    expect(about('Hvordan er psykiatrien i Norge?').countries).toEqual(['Norway']);
    expect(about('Hvorfor gjør danskene det slik?').countries).toEqual(['Denmark']);
    expect(about('Hvordan klarer nordmændene de lange afstande?').countries).toEqual(['Norway']);
    expect(about('Hvad gør regionerne for de ældre?').countries).toEqual(['Denmark', 'Norway']);
    expect(about('Behandler de patienter fra Grønland?')).toMatchObject({ known: [], unknown: ['Grønland'], places: [] });
    expect(about('Jeg bor i Tórshavn').unknown).toEqual(['Færøerne']);
    // Named beside a corpus region, it doesn't turn the question away.
    expect(about('Hvad gør Region Nordjylland for turister fra Göteborg?').known).toEqual(['Region Nordjylland']);
  });

  it('gives a manifest spelling of another region its gazetteer name', () => {
    expect(about('Hvad gør Syddanmark?').unknown).toEqual(['Region Syddanmark']);
  });

  it('tells apart names that differ only in æ/ø/å, and drops a name two regions share', () => {
    expect(about('Jeg bor i Harlev').known).toEqual(['Region Midtjylland']);
    expect(about('Jeg bor i Hårlev').unknown).toEqual(['Region Sjælland']);
    expect(about('Jeg bor på Herøy')).toMatchObject({ known: [], unknown: [], places: [] });
  });

  it('leaves everyday words alone, and takes such town names only capitalised inside a sentence', () => {
    const ordinary = [
      'Jeg har ondt i halsen og min hals er hævet',
      'Har I en løsning på ventetiden?',
      'Kan man give mig en tid hos lægen?',
      'Vejen til hospitalet er lang',
      'Hun har problemer med tarm og mave',
      'Mon de lukker afdelingen?',
      'Min mors læge siger at jeg skal vente i 3 års tid',
      'Kan jeg koge vand på afdelingen?',
      'Hvilken stilling har sygeplejerskerne?',
      'Er der ringe muligheder for hjælp?',
      'Hvordan bliver byrum og grønne områder brugt?',
      'Time hos legen: hvor lenge må jeg vente?',
      'Sola skinner og jeg vil gå på ski',
      'Unn deg en pause',
      'Bo hjemme med hjelp',
      'Jeg bor alene og vil gerne have en plads på plejehjem',
    ];
    for (const text of ordinary) expect(about(text), text).toMatchObject({ known: [], unknown: [], places: [], compared: [] });
    expect(about('Jeg bor i Tarm').known).toEqual(['Region Midtjylland']);
    expect(about('Skal man til Give eller Vejle?').unknown).toEqual(['Region Syddanmark']);
    expect(about('Bor du i Bø i Vesterålen?').places.map((p) => p.place)).toEqual(['Bø', 'Vesterålen']);
  });

  it('finds no place among the corpus documents’ everyday words', () => {
    // The documents' words written in lower case are ordinary Danish and Norwegian: none may be a place
    // name (demonyms, "nordnorske", are lower-case words by nature).
    for (const text of corpusTexts()) {
      const everyday = text.replace(/\S*\p{Lu}\S*/gu, ' ');
      expect(matcher.mentions(everyday).places.filter((p) => /^\p{Lu}/u.test(p.place))).toEqual([]);
    }
  });
});

describe('questions about several regions at once', () => {
  const danishRegions = ['Region Nordjylland', 'Region Midtjylland'];
  const all = ['Region Nordjylland', 'Helse Nord', 'Region Midtjylland'];

  it('compares every corpus region for "regionerne"/"regionene"', () => {
    expect(matcher.mentions('Hvordan arbejder regionerne med bæredygtighed?')).toMatchObject({ compared: all, acrossRegions: true });
    expect(matcher.mentions('Hvordan jobber regionene med rekruttering?').compared).toEqual(all);
    expect(matcher.mentions('Hva gjør de nordiske landene?').compared).toEqual(all);
    expect(matcher.mentions('Hvad gør man i begge lande?').compared).toEqual(all);
  });

  it('compares every corpus region when asked which of them ("hvilke regioner …", "hvilke strategier …")', () => {
    expect(matcher.mentions('Hvilke regioner gør noget for de pårørende?').compared).toEqual(all);
    expect(matcher.mentions('Kva regionar satsar på telemedisin?').compared).toEqual(all);
    expect(matcher.mentions('Hvilke strategier nævner klimaet?').compared).toEqual(all);
    // Beside a place, "hvilke strategier" asks about the place's region.
    expect(matcher.mentions('Hvilke strategier nævner Aalborg?')).toMatchObject({ known: ['Region Nordjylland'], compared: [] });
  });

  it('compares the Danish regions for a Danish collective, in either language', () => {
    expect(matcher.mentions('Hvad gør de danske regioner for klimaet?').compared).toEqual(danishRegions);
    expect(matcher.mentions('Hva gjør de danske regionene med ventetider?').compared).toEqual(danishRegions);
    expect(matcher.mentions('Hvordan er det i Danmark?').compared).toEqual(danishRegions);
  });

  it('takes "de norske" for the only Norwegian corpus region', () => {
    expect(matcher.mentions('Hvad gør de norske for samiske patienter?')).toMatchObject({ known: ['Helse Nord'], compared: [], acrossRegions: false });
    expect(matcher.mentions('Hvordan er ventetiden i Norge?').known).toEqual(['Helse Nord']);
  });

  it('compares the regions a question names, and adds them to a collective', () => {
    expect(matcher.mentions('Nordjylland og Midtjylland om psykiatri').compared).toEqual(danishRegions);
    expect(matcher.mentions('Hvordan har Helse Nord det i forhold til de danske regioner?').compared).toEqual(all);
  });

  it('takes "de to regioner"/"begge regionene" for the two regions the question names, by name or place', () => {
    const pair = ['Region Nordjylland', 'Helse Nord'];
    expect(matcher.mentions('Skagen eller Bodø, er de to regioner ens om psykiatrien?').compared).toEqual(pair);
    expect(matcher.mentions('Jeg har boet i Tromsø og i Hjørring: hvad gjør begge regionene for eldre?').compared).toEqual(pair);
    expect(matcher.mentions('Gjør våre to regioner det likt, Helse Nord og Nordjylland?').compared).toEqual(pair);
    // Said of fewer than two, it is every region; beside a region we have no documents for, the one we have.
    expect(matcher.mentions('Hvad gør begge regioner for psykiatrien?').compared).toEqual(all);
    expect(matcher.mentions('Odense eller Aalborg, hvor er de to regioner bedst?')).toMatchObject({ known: ['Region Nordjylland'], compared: [] });
  });

  it('lets a country name alone set the scope only when nothing else is named', () => {
    expect(matcher.mentions('Hvordan bliver Region Nordjylland Danmarks bedste?')).toMatchObject({
      known: ['Region Nordjylland'],
      compared: [],
      acrossRegions: false,
    });
  });

  it('compares every region for the documents in the plural, unless a region or place is named, and for the four regions', () => {
    expect(matcher.mentions('Hvad skriver strategierne om psykiatri?').compared).toEqual(all);
    expect(matcher.mentions('Hva sier alle strategiene om fødsler?').compared).toEqual(all);
    expect(matcher.mentions('Hvad siger strategierne om psykiatri i Nordjylland?')).toMatchObject({ known: ['Region Nordjylland'], compared: [] });
    expect(matcher.mentions('Hvad siger strategien om psykiatri?')).toMatchObject({ known: [], compared: [] });
    expect(matcher.mentions('Hvad siger de fire regioner om psykiatri?').compared).toEqual(all);
    expect(matcher.mentions('Hva sier alle fire regionene om fødsler?').compared).toEqual(all);
  });

  it('strips collectives and places with the region names', () => {
    expect(matcher.strip('Hvad gør de danske regioner for klimaet?')).toBe('Hvad gør for klimaet?');
    expect(matcher.strip('Hvad gør de i Hjørring for ældre?')).toBe('Hvad gør de i for ældre?');
    // A place the caller wants kept (one the documents talk about) stays; region names go regardless.
    const keep = (name: string) => name === 'Tromsø';
    expect(matcher.strip('Samarbejder Helse Nord med universitetet i Tromsø?', { keep })).toBe('Samarbejder med universitetet i Tromsø?');
    expect(matcher.strip('Bor du i Bodø eller Tromsø?', { keep })).toBe('Bor du i eller Tromsø?');
    // A country or a direction says which documents, like a region's name: never kept, whatever passages write it.
    const keepAll = () => true;
    expect(matcher.strip('Hvordan står det til med det i Danmark?', { keep: keepAll })).toBe('Hvordan står det til med det i ?');
    expect(matcher.strip('Er det lang venting på sykehusene i Nord-Norge?', { keep: keepAll })).not.toMatch(/nord|norge/i);
  });

  it('strips where the asker lives with the words that say so, even a place the documents name', () => {
    const keep = (name: string) => name === 'Tromsø';
    expect(matcher.strip('Onkel bor i Skagen. Kommer ambulancen hurtigt?')).toBe('Onkel . Kommer ambulancen hurtigt?');
    expect(matcher.strip('søsteren min er bosatt på Senja og venter på operasjon', { keep })).toBe('søsteren min er og venter på operasjon');
    expect(matcher.strip('Vi har boet i Tromsø i ti år', { keep })).toBe('Vi i ti år');
    expect(matcher.strip('Hvad forsker de på ved universitetet i Tromsø?', { keep })).toBe('Hvad forsker de på ved universitetet i Tromsø?');
    // Typed without ø it is still "bor på"; a place named for another reason keeps its words around it.
    expect(matcher.strip('min far bor paa Laesoe')).toBe('min far');
    expect(matcher.strip('Hvad gør de i Hjørring for ældre, der bor alene?')).toBe('Hvad gør de i for ældre, der bor alene?');
  });

  it('strips a place that names the region ("regionen rundt …") with its phrase, even one the documents name', () => {
    const keep = (name: string) => name === 'Tromsø';
    expect(matcher.strip('Hvilke verdier har helseregionen rundt Tromsø?', { keep })).toBe('Hvilke verdier har ?');
    expect(matcher.strip('Hvad vil regionen omkring Aalborg med klimaet?')).toBe('Hvad vil med klimaet?');
    // A place of something else the region does stays.
    expect(matcher.strip('Hva gjør regionen for universitetet i Tromsø?', { keep })).toBe('Hva gjør regionen for universitetet i Tromsø?');
  });

  it('uses the catalogue’s countries when it gives them', () => {
    const swapped = createRegionMatcher({
      regions: catalog.regions.map((r) => ({ ...r, country: r.name === 'Helse Nord' ? 'Denmark' : 'Norway' })),
      otherRegions: [],
    });
    expect(swapped.mentions('Hvad gør de danske regioner?').known).toEqual(['Helse Nord']);
  });
});

describe('the gazetteer data', () => {
  const municipalities = (gazetteer: Gazetteer, region: string) => Object.keys(gazetteer.regions[region].municipalities).length;

  it('lists every Danish municipality under its region (98 since 2007)', () => {
    const da = LANGUAGE_DATA.da.places;
    expect(Object.keys(da.regions).sort()).toEqual(['Region Hovedstaden', 'Region Midtjylland', 'Region Nordjylland', 'Region Sjælland', 'Region Syddanmark']);
    const counts = Object.keys(da.regions).map((r) => [r, municipalities(da, r)]);
    expect(Object.fromEntries(counts)).toEqual({
      'Region Nordjylland': 11,
      'Region Midtjylland': 19,
      'Region Hovedstaden': 29,
      'Region Syddanmark': 22,
      'Region Sjælland': 17,
    });
  });

  it('lists every municipality of Helse Nord’s area (Nordland 41, Troms 21, Finnmark 18 since 2024)', () => {
    const no = LANGUAGE_DATA.no.places;
    expect(Object.keys(no.regions).sort()).toEqual(['Helse Midt-Norge', 'Helse Nord', 'Helse Sør-Øst', 'Helse Vest']);
    expect(municipalities(no, 'Helse Nord')).toBe(80);
  });

  it('writes every spelling as a name with at most one trailing marker', () => {
    for (const { places } of Object.values(LANGUAGE_DATA)) {
      for (const p of Object.values(places.regions)) {
        const entries = [
          ...(p.counties ?? []),
          ...Object.entries(p.municipalities).flat(2),
          ...(p.towns ?? []),
          ...(p.islands ?? []),
          ...(p.areas ?? []),
          ...(p.hospitals ?? []),
          ...(p.demonyms ?? []),
        ];
        for (const spelling of entries.flatMap((e) => e.split('|'))) expect(spelling).toMatch(/^[\p{L}\p{N}][\p{L}\p{N} .'-]*[\p{L}\p{N}.][\^=]?$/u);
      }
    }
  });
});

describe('region matches read once per text', () => {
  it('answers a text read before as a matcher reading it first does, whichever of mentions and strip came first', () => {
    const texts = [
      'Jeg bor i Hjørring. Hvad gør Region Nordjylland og Helse Nord for ældre?',
      'Hvad gør de i Hjørring for ældre?',
      'kan jeg faa hjelp her uten aa reise helt til bergen',
    ];
    const shared = createRegionMatcher(catalog);
    for (const text of texts) {
      const keep = (name: string) => name === 'Hjørring';
      const expected = { mentions: createRegionMatcher(catalog).mentions(text), strip: createRegionMatcher(catalog).strip(text, { keep }) };
      expect({ strip: shared.strip(text, { keep }), mentions: shared.mentions(text) }).toEqual(expected);
      // A second reading of the same text, with another choice of names to keep.
      expect(shared.strip(text)).toBe(createRegionMatcher(catalog).strip(text));
      expect(shared.mentions(text)).toEqual(expected.mentions);
    }
  });
});

