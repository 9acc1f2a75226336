import type { Gazetteer, RegionCollectives } from '../types.js';

/**
 * Norway's places under their regional health authority (RHF). Sources: Kartverket's / SSB's lists of
 * counties and municipalities as of 2024 (after Troms og Finnmark and Viken were split again), the former
 * counties people still name (Hedmark, Oppland, Hordaland, Sogn og Fjordane, Aust-/Vest-Agder, Nord-/Sør-
 * Trøndelag, Viken, Troms og Finnmark), and the helseforetak each RHF owns. Helse Nord's area (Nordland,
 * Troms, Finnmark, and Svalbard through UNN) is listed in full: all 80 municipalities with their main
 * places, the municipalities merged away since 2020 and the Sami names in official use. Elsewhere the
 * counties, larger towns, landscapes and hospitals. Conventions (`A|B`, `^`, `=`) are in ../types.ts.
 *
 * Herøy is a municipality in both Nordland and Møre og Romsdal: it is listed in both, and a name that
 * points to two regions points to neither.
 */
export const places: Gazetteer = {
  country: 'Norway',
  regions: {
    'Helse Nord': {
      counties: ['Nordland', 'Troms', 'Finnmark|Finnmárku', 'Troms og Finnmark', 'Svalbard'],
      municipalities: {
        // Nordland (41)
        Alstahaug: ['Sandnessjøen'],
        Andøy: ['Andenes', 'Risøyhamn'],
        Beiarn: ['Moldjord^'],
        Bindal: ['Terråk'],
        'Bodø|Bådåddjo': ['Saltstraumen', 'Kjerringøy', 'Skjerstad'],
        Brønnøy: ['Brønnøysund'],
        'Bø=': [],
        Dønna: ['Solfjellsjøen'],
        'Evenes|Evenášši': [],
        Fauske: ['Sulitjelma'],
        Flakstad: [],
        Gildeskål: ['Inndyr'],
        'Grane^': ['Trofors'],
        Hadsel: ['Stokmarknes', 'Melbu'],
        'Hamarøy|Hábmer': ['Oppeid', 'Tysfjord'],
        'Hattfjelldal|Aarborte': [],
        Hemnes: ['Korgen^', 'Hemnesberget'],
        Herøy: [],
        Leirfjord: [],
        Lurøy: [],
        Lødingen: [],
        Meløy: ['Ørnes^', 'Glomfjord'],
        Moskenes: ['Reine^', 'Sørvågen'],
        'Narvik|Áhkanjárga': ['Bjerkvik', 'Ballangen', 'Kjøpsvik', 'Beisfjord'],
        Nesna: [],
        Rana: ['Mo i Rana'],
        Rødøy: [],
        'Røst^': [],
        Saltdal: ['Rognan'],
        'Sortland|Suortá': [],
        'Steigen^': ['Leinesfjord'],
        Sømna: ['Vik i Helgeland'],
        Sørfold: [],
        'Træna^': [],
        Vefsn: ['Mosjøen'],
        'Vega^': [],
        Vestvågøy: ['Leknes', 'Stamsund', 'Ballstad', 'Gravdal'],
        Vevelstad: [],
        Værøy: [],
        Vågan: ['Svolvær', 'Kabelvåg', 'Henningsvær'],
        Øksnes: ['Myre^'],
        // Troms (21)
        Balsfjord: ['Storsteinnes', 'Nordkjosbotn'],
        Bardu: ['Setermoen'],
        Dyrøy: ['Brøstadbotn'],
        'Gratangen|Rivtták': ['Årstein'],
        'Harstad|Hárstták': ['Bjarkøy'],
        Ibestad: ['Hamnvik'],
        Karlsøy: ['Hansnes'],
        Kvæfjord: ['Borkenes'],
        Kvænangen: ['Burfjord'],
        'Kåfjord|Gáivuotna': ['Olderdalen', 'Manndalen'],
        'Lavangen|Loabát': ['Tennevoll'],
        'Lyngen^|Ivgu': ['Lyngseidet'],
        Målselv: ['Bardufoss', 'Andselv'],
        Nordreisa: ['Storslett'],
        Salangen: ['Sjøvegan'],
        Senja: ['Finnsnes', 'Silsand', 'Gibostad', 'Lenvik', 'Torsken^', 'Tranøy'],
        Skjervøy: [],
        'Storfjord^|Omasvuotna': ['Skibotn', 'Hatteng'],
        Sørreisa: [],
        'Tjeldsund|Dielddanuorri': ['Evenskjer', 'Skånland'],
        'Tromsø|Romsa': ['Tromsdalen', 'Kvaløysletta'],
        // Finnmark (18)
        'Alta|Áltá': ['Bossekop'],
        Berlevåg: [],
        Båtsfjord: [],
        Gamvik: ['Mehamn'],
        'Hammerfest|Hámmárfeasta': ['Kvalsund', 'Rypefjord'],
        Hasvik: ['Breivikbotn'],
        'Karasjok|Kárášjohka': [],
        'Kautokeino|Guovdageaidnu': [],
        Lebesby: ['Kjøllefjord'],
        'Loppa^': ['Øksfjord'],
        Måsøy: ['Havøysund'],
        'Nesseby|Unjárga': ['Varangerbotn'],
        Nordkapp: ['Honningsvåg'],
        'Porsanger|Porsáŋgu': ['Lakselv'],
        'Sør-Varanger|Mátta-Várjjat': ['Kirkenes', 'Bjørnevatn', 'Hesseng', 'Pasvik', 'Bugøynes', 'Neiden'],
        'Tana|Deatnu': ['Tana bru'],
        'Vadsø|Čáhcesuolu': [],
        Vardø: [],
      },
      // Svalbard is no municipality; its hospital belongs to UNN.
      towns: ['Longyearbyen', 'Ny-Ålesund', 'Barentsburg'],
      islands: ['Hinnøya', 'Kvaløya', 'Sørøya', 'Magerøya', 'Andøya', 'Langøya', 'Hadseløya', 'Vestvågøya', 'Austvågøya'],
      areas: [
        'Lofoten', 'Vesterålen', 'Salten', 'Ofoten', 'Helgeland', 'Nord-Troms', 'Midt-Troms', 'Sør-Troms', 'Øst-Finnmark',
        'Vest-Finnmark', 'Finnmarksvidda', 'Varanger', 'Hålogaland', 'Indre Finnmark',
      ],
      hospitals: [
        'Universitetssykehuset Nord-Norge|UNN=|UNN Tromsø|UNN Harstad|UNN Narvik', 'Åsgård sykehus|Åsgård',
        'Nordlandssykehuset|NLSH', 'Helgelandssykehuset', 'Finnmarkssykehuset', 'Hammerfest sykehus', 'Kirkenes sykehus',
        'Klinikk Alta', 'Longyearbyen sykehus', 'Lofoten sykehus', 'Sykehusapotek Nord',
        // the university whose medical school staffs the region's hospitals
        'UiT Norges arktiske universitet|UiT=',
      ],
      demonyms: [
        'nordlending|nordlendinger|nordlendingene|nordlendingane', 'nordnorske|nordnorsk', 'tromsøværing|tromsøværinger',
        'bodøværing|bodøværinger', 'finnmarking|finnmarkinger', 'lofoting|lofotinger',
      ],
    },

    'Helse Midt-Norge': {
      counties: ['Trøndelag', 'Møre og Romsdal', 'Sør-Trøndelag', 'Nord-Trøndelag'],
      municipalities: {
        Trondheim: ['Heimdal', 'Byåsen'],
        Steinkjer: [],
        Levanger: [],
        Stjørdal: [],
        Verdal: [],
        Namsos: [],
        Orkland: ['Orkanger'],
        Røros: [],
        Oppdal: [],
        Malvik: [],
        Melhus: [],
        Frøya: [],
        Hitra: [],
        Ålesund: [],
        Molde: [],
        Kristiansund: [],
        Volda: [],
        Ørsta: [],
        Ulstein: ['Ulsteinvik'],
        Sunndal: ['Sunndalsøra'],
        Rauma: ['Åndalsnes'],
        Surnadal: [],
        Herøy: [],
      },
      areas: ['Midt-Norge', 'Sunnmøre', 'Nordmøre', 'Romsdal', 'Fosen^', 'Innherred', 'Namdalen'],
      hospitals: [
        "St. Olavs hospital|St. Olavs|St Olavs|St. Olav|Olavs hospital", 'Helse Møre og Romsdal', 'Ålesund sjukehus',
        'Helse Nord-Trøndelag', 'Sykehuset Levanger', 'Sykehuset Namsos', 'Orkdal sykehus',
      ],
      demonyms: ['trønder|trøndere|trønderne|trøndersk|trønderske'],
    },

    'Helse Vest': {
      counties: ['Rogaland', 'Vestland', 'Hordaland', 'Sogn og Fjordane'],
      municipalities: {
        Bergen: ['Åsane', 'Fana^', 'Laksevåg', 'Fyllingsdalen'],
        Stavanger: [],
        Sandnes: [],
        Haugesund: [],
        Eigersund: ['Egersund'],
        'Time^': ['Bryne^'],
        'Sola^': [],
        Karmøy: ['Kopervik'],
        Stord: ['Leirvik'],
        Ullensvang: ['Odda'],
        Voss: [],
        Sunnfjord: ['Førde'],
        'Kinn^': ['Florø', 'Måløy'],
        Sogndal: [],
        'Stad^': ['Nordfjordeid'],
        Askøy: [],
        'Alver^': ['Knarvik'],
        Bjørnafjorden: [],
      },
      areas: [
        'Vestlandet', 'Hardanger', 'Sunnhordland', 'Nordhordland', 'Sogn^', 'Nordfjord', 'Ryfylke', 'Jæren', 'Dalane',
        'Haugalandet',
      ],
      hospitals: [
        'Haukeland universitetssjukehus|Haukeland universitetssykehus|Haukeland', 'Helse Bergen',
        'Stavanger universitetssjukehus|Stavanger universitetssykehus|SUS=', 'Helse Stavanger', 'Helse Fonna',
        'Helse Førde', 'Førde sentralsjukehus', 'Haugesund sjukehus', 'Haraldsplass',
      ],
      demonyms: [
        'bergenser|bergensere|bergenserne|bergensk|bergenske', 'stavangerfolk', 'vestlending|vestlendinger|vestlendingene',
        'vestlandsk|vestlandske',
      ],
    },

    'Helse Sør-Øst': {
      counties: [
        'Oslo', 'Akershus', 'Østfold', 'Buskerud', 'Innlandet^', 'Vestfold', 'Telemark', 'Agder', 'Hedmark', 'Oppland',
        'Aust-Agder', 'Vest-Agder', 'Viken^', 'Vestfold og Telemark',
      ],
      municipalities: {
        Drammen: [],
        Fredrikstad: [],
        Sarpsborg: [],
        'Moss^': [],
        Halden: [],
        Kristiansand: [],
        Arendal: [],
        Grimstad: [],
        Lillesand: [],
        Lindesnes: ['Mandal'],
        Farsund: [],
        Flekkefjord: [],
        Skien: [],
        Porsgrunn: [],
        Notodden: [],
        Kragerø: [],
        Tønsberg: [],
        Sandefjord: [],
        Larvik: [],
        Horten: [],
        Holmestrand: [],
        Hamar: [],
        Lillehammer: [],
        Gjøvik: [],
        Elverum: [],
        Kongsvinger: [],
        Lillestrøm: [],
        Bærum: ['Sandvika'],
        'Asker^': [],
        Ullensaker: ['Jessheim'],
        'Nordre Follo': ['Ski^'],
        Kongsberg: [],
        Ringerike: ['Hønefoss'],
        Lørenskog: [],
        'Hol^': ['Geilo'],
      },
      areas: [
        'Østlandet', 'Sørlandet', 'Valdres', 'Gudbrandsdalen', 'Hallingdal', 'Numedal', 'Romerike', 'Follo', 'Hadeland',
        'Østerdalen',
      ],
      hospitals: [
        'Oslo universitetssykehus|OUS', 'Rikshospitalet', 'Ullevål sykehus|Ullevål', 'Radiumhospitalet', 'Aker sykehus',
        'Akershus universitetssykehus|Ahus|A-hus', 'Sykehuset Innlandet', 'Sykehuset Østfold|Kalnes', 'Vestre Viken',
        'Sykehuset i Vestfold', 'Sykehuset Telemark', 'Sørlandet sykehus', 'Lovisenberg sykehus|Lovisenberg',
        'Diakonhjemmet sykehus|Diakonhjemmet', 'Sunnaas sykehus|Sunnaas',
      ],
      demonyms: [
        'osloborger|osloborgere', 'sørlending|sørlendinger|sørlendingene|sørlandsk|sørlandske',
        'østlending|østlendinger|østlendingene|østlandsk|østlandske',
      ],
    },
  },
  residence: [
    'bor i', 'bor på', 'bor ved', 'bor nær', 'bor like ved', 'bor like utenfor', 'bor utenfor', 'bor oppe i', 'bor ute på', 'bor nede i',
    'bodde i', 'bodde på', 'har bodd i', 'har bodd på', 'bosatt i', 'bosatt på', 'er flyttet til', 'flyttet til', 'flytta til',
    'har flyttet til',
  ],
  regionBy: [
    'regionen i', 'regionen på', 'regionen ved', 'regionen rundt', 'regionen rundt om', 'regionen omkring', 'regionen for', 'regionen med',
    'helseregionen i', 'helseregionen på', 'helseregionen rundt', 'helseregionen for',
  ],
  travel: [
    'flytte til', 'flytter til', 'reise til', 'reiser til',
    'reiste til', 'kjøre til', 'kjører til', 'kjørte til', 'dra til', 'drar til', 'dro til', 'sendt til', 'sendes til', 'sende til',
    'sendte til', 'henvist til', 'henvises til', 'fly til', 'pendle til',
  ],
  there: ['der', 'dit', 'derborte', 'dernede', 'deroppe'],
  leaving: ['flytte fra', 'flytter fra', 'flyttet fra', 'flytta fra', 'flytte frå', 'flytter frå', 'flytta frå'],
  origin: ['fra', 'frå'],
  abroad: {
    'Region Norrbotten|Norrbotten': ['Luleå|Lulea', 'Kiruna', 'Gällivare|Gallivare', 'Haparanda'],
    'Region Västerbotten|Västerbotten': ['Umeå|Umea', 'Skellefteå|Skelleftea'],
    'Region Jämtland Härjedalen|Jämtland': ['Östersund|Ostersund'],
    'Region Värmland|Värmland': ['Karlstad'],
    'Region Stockholm': ['Stockholm', 'Karolinska Universitetssjukhuset|Karolinska sjukhuset|Karolinska'],
    'Västra Götalandsregionen': ['Göteborg|Gøteborg|Goteborg', 'Sahlgrenska', 'Strömstad|Strømstad'],
    'Finland|Finlands': ['Helsingfors|Helsinki', 'Rovaniemi', 'Ivalo', 'Oulu|Uleåborg', 'Åbo|Turku', 'Tammerfors|Tampere'],
    // Its towns are listed once, in ../da/places.ts: a place under two names of one authority would be ambiguous.
    'Færøyene|Færøyenes': [],
    'Island': ['Reykjavík|Reykjavik', 'Landspítali'],
    'Russland': ['Murmansk'],
  },
};

/**
 * Norwegian (Bokmål and Nynorsk) phrases asking about several regions, folded. "helseregionene" are the
 * Norwegian RHFs; "de danske regionene" the Danish corpus regions.
 */
export const regionCollectives: RegionCollectives = {
  regionWords: ['region', 'helseregion'],
  documents: [
    'strategiene', 'strategienes', 'strategiane', 'alle strategiene', 'dei ulike strategiane', 'de ulike strategiene',
    'de forskjellige strategiene', 'de fire strategiene', 'regionenes strategier', 'dokumentene', 'alle dokumentene',
    'strategidokumentene', 'hvilke strategier', 'hvilken av strategiene', 'kva strategiar',
  ],
  phrases: [
    ...[
      'regionene', 'regionenes', 'regionane', 'alle regionene', 'alle regionane', 'alle regioner', 'de fire regionene', 'alle fire regionene', 'hver region',
      'hver enkelt region', 'kvar region', 'de ulike regionene', 'dei ulike regionane', 'de forskjellige regionene',
      'de andre regionene', 'andre regioner', 'flere regioner', 'fleire regionar',
      // asking which of them: every region is a candidate answer
      'hvilke regioner', 'hvilke av regionene', 'hvilken av regionene', 'kva regionar', 'kva for regionar', 'kva for nokre regionar',
      'paa tvers av regionene', 'de nordiske', 'dei nordiske', 'nordiske regioner', 'de nordiske landene', 'norden',
      'begge land', 'begge landene', 'begge landa', 'danmark og norge', 'norge og danmark', 'noreg og danmark',
      'danmark og noreg',
    ].map((phrase) => ({ phrase, scope: 'all' as const })),
    // the two the question names ("Alta eller Skive: hva gjør de to regionene …")
    ...[
      'begge regionene', 'begge regioner', 'de to regionene', 'de to regioner', 'dei to regionane', 'baade regionane',
      'vaare to regioner', 'vaare to regionene', 'vaare to regionar',
    ].map((phrase) => ({ phrase, scope: 'named' as const })),
    ...[
      'de danske', 'dei danske', 'danske regioner', 'de danske regionene', 'dei danske regionane', 'de danske regionane',
      'regionene i danmark', 'regionane i danmark', 'de fem danske regionene', 'de danske strategiene', 'dei danske strategiane',
      'den danske strategien',
    ].map((phrase) => ({ phrase, scope: { country: 'Denmark' } })),
    ...[
      'de norske', 'dei norske', 'norske regioner', 'de norske regionene', 'dei norske regionane', 'helseregionene',
      'helseregionane', 'de fire helseregionene', 'de regionale helseforetakene', 'regionene i norge', 'den norske strategien',
    ].map((phrase) => ({ phrase, scope: { country: 'Norway' } })),
  ],
  countries: [
    { phrase: 'danmark', scope: { country: 'Denmark' } },
    { phrase: 'danmarks', scope: { country: 'Denmark' } },
    { phrase: 'norge', scope: { country: 'Norway' } },
    { phrase: 'norges', scope: { country: 'Norway' } },
    { phrase: 'noreg', scope: { country: 'Norway' } },
    { phrase: 'noregs', scope: { country: 'Norway' } },
    // its people, as "Danmark" and "Norge" ("hvordan gjør danskene det?")
    ...['danskene', 'danskenes', 'danskane'].map((phrase) => ({ phrase, scope: { country: 'Denmark' } })),
    ...['nordmennene', 'nordmennenes'].map((phrase) => ({ phrase, scope: { country: 'Norway' } })),
  ],
  // "i nord", "nordpå", "der oppe": Nord-Norge, as Helse Nord itself says ("Helse i nord").
  directions: ['i nord', 'mot nord', 'nordpaa', 'deroppe', 'der oppe', 'nord i landet', 'nordnorge', 'nord-norge', 'nord-noreg', 'nordnoreg', 'nordlige norge', 'nordlege noreg', 'nordlige noreg'].map(
    (phrase) => ({ phrase, region: 'Helse Nord' }),
  ),
  // The health region of the north, by its name before the RHFs ("Helseregion Nord") or shortened so.
  shortNames: ['region nord', 'helseregion nord', 'helseregionen nord'].map((phrase) => ({ phrase, region: 'Helse Nord' })),
};
