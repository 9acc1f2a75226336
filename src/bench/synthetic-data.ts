/**
 * Word material for the synthetic benchmark corpus (synthetic.ts): who writes the documents, what they are
 * called, and how Danish is roughly respelled as Norwegian Bokmål.
 */

/** The Danish regions and Norwegian regional health authorities and trusts whose strategies it imitates. */
export const SYNTHETIC_REGIONS: readonly { name: string; country: 'Denmark' | 'Norway' }[] = [
  ...['Region Nordjylland', 'Region Midtjylland', 'Region Syddanmark', 'Region Hovedstaden', 'Region Sjælland'].map(
    (name) => ({ name, country: 'Denmark' as const }),
  ),
  ...[
    'Helse Nord', 'Helse Midt-Norge', 'Helse Vest', 'Helse Sør-Øst', 'Finnmarkssykehuset', 'Universitetssykehuset Nord-Norge',
    'Nordlandssykehuset', 'Helgelandssykehuset', 'St. Olavs hospital', 'Helse Møre og Romsdal', 'Helse Nord-Trøndelag',
    'Helse Bergen', 'Helse Fonna', 'Helse Førde', 'Helse Stavanger', 'Oslo universitetssykehus', 'Akershus universitetssykehus',
    'Sykehuset Innlandet', 'Sykehuset Østfold', 'Vestre Viken', 'Sykehuset i Vestfold', 'Sykehuset Telemark', 'Sørlandet sykehus',
  ].map((name) => ({ name, country: 'Norway' as const })),
];

export const TITLE_WORDS = {
  da: ['Strategi', 'Sundhedsplan', 'Handleplan', 'Udviklingsplan', 'Politik for sammenhæng', 'Psykiatriplan', 'Målbillede', 'Budgetaftale'],
  no: ['Strategi', 'Utviklingsplan', 'Handlingsplan', 'Regional plan', 'Oppdragsdokument', 'Årlig melding', 'Virksomhetsplan'],
} as const;

/** Syllables of made-up Nordic place names (Skjærvik, Holmbæk, Tronnes). */
export const NAME_SYLLABLES = [
  'skjær', 'holm', 'bæk', 'vik', 'nes', 'by', 'lund', 'strand', 'dal', 'fjord', 'øy', 'rup', 'sted', 'heim', 'ås', 'mark',
  'torp', 'sø', 'bjerg', 'gård', 'hav', 'tron', 'kil', 'vang', 'lev', 'rød', 'bro', 'haug', 'sand', 'berg',
];

/** Derivations that make new words of known ones (as "sammenhæng" gives "sammenhængende"). */
export const DERIVATION_SUFFIXES = ['ende', 'erne', 'ene', 'ing', 'else', 'heden', 'skab', 'lig', 'isk', 'ordning', 'indsats'];

/** Frequent Danish words and their Bokmål forms. */
export const NORWEGIAN_WORDS: Readonly<Record<string, string>> = {
  af: 'av', hvad: 'hva', mig: 'meg', dig: 'deg', sig: 'seg', efter: 'etter', mellem: 'mellom', gennem: 'gjennom',
  bliver: 'blir', blive: 'bli', nogle: 'noen', noget: 'noe', meget: 'mye', vores: 'våre', vor: 'vår', jer: 'dere',
  sundhed: 'helse', sundhedsvæsenet: 'helsetjenesten', sygehus: 'sykehus', sygehuse: 'sykehus', hospitaler: 'sykehus',
  patient: 'pasient', patienter: 'pasienter', patienterne: 'pasientene', borgere: 'innbyggere', borgerne: 'innbyggerne',
  medarbejdere: 'medarbeidere', arbejde: 'arbeid', arbejder: 'arbeider', udvikling: 'utvikling', uddannelse: 'utdanning',
  også: 'også', kun: 'bare', både: 'både', hele: 'hele', sammen: 'sammen', ønsker: 'ønsker', vej: 'vei', høj: 'høy',
  kvalitet: 'kvalitet', behandling: 'behandling', indsats: 'innsats', løsninger: 'løsninger', tværs: 'tvers',
};

/** Regular Danish → Bokmål spellings at word ends and inside words. */
export const NORWEGIAN_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/tion(er|en|erne)?$/, 'sjon$1'],
  [/hed(er|en|erne)?$/, 'het$1'],
  [/erne$/, 'ene'],
  [/c(?=[eiy])/g, 's'],
  [/ej/g, 'ei'],
  [/øj/g, 'øy'],
  [/^ud(?=[dvnfs])/, 'ut'],
  [/^af(?=[dthgs])/, 'av'],
];
