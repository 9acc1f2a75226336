import type { StandardForms } from '../types.js';

/**
 * Nynorsk spellings people ask with, mapped to the Bokmål the Norwegian documents are written in, folded
 * (æ→ae, ø→oe, å→aa). The stemmer and the corpus know only Bokmål, so "sjukehuset", "heime" or "betre"
 * would otherwise count as words the documents never use. Only forms Danish and Bokmål don't write too
 * are listed ("same", the Sami, stays; "mor", "langt" need nothing). `a*` maps a word's beginning: every
 * "sjuk-" word ("sjukehus", "sjukeheim", "sjukepleiar") is its "syk-" word; `*a` its ending.
 */
export const nynorsk: StandardForms = {
  // pronouns and function words
  eg: 'jeg', ho: 'hun', ein: 'en', eit: 'et', ei: 'en', mi: 'min', dei: 'de', deira: 'deres', ikkje: 'ikke', noko: 'noe', nokon: 'noen', nokre: 'noen',
  mykje: 'mye', berre: 'bare', meir: 'mer', heile: 'hele', kvarandre: 'hverandre', fraa: 'fra', enno: 'ennaa',
  // question words
  kva: 'hva', korleis: 'hvordan', kvifor: 'hvorfor', kven: 'hvem', kvar: 'hvor', kor: 'hvor',
  // verbs
  fekk: 'fikk', gjer: 'gjoer', gjere: 'gjoere', seier: 'sier', meiner: 'mener', tenkjer: 'tenker', veit: 'vet',
  kjem: 'kommer', kome: 'komme', vere: 'vaere', blei: 'ble', bur: 'bor', budd: 'bodd',
  orkar: 'orker', halde: 'holde', jobba: 'jobbet', slutta: 'sluttet', sluttar: 'slutter',
  fortelje: 'fortelle', treng: 'trenger', trengje: 'trenge',
  soekje: 'soeke', soekjer: 'soeker',
  // adjectives and adverbs
  betre: 'bedre', vanskeleg: 'vanskelig', mogleg: 'mulig', moglegheit: 'mulighet',
  moglegheiter: 'muligheter', eigen: 'egen', eige: 'eget', eigne: 'egne', naerare: 'naermere', saman: 'sammen',
  fram: 'frem', heime: 'hjemme', heim: 'hjem', heimen: 'hjemmet', sjeldan: 'sjelden',
  // nouns people use about care
  stad: 'sted', staden: 'stedet', dotter: 'datter', dottera: 'datteren', legar: 'leger', legane: 'legene',
  opplysningar: 'opplysninger', tilsette: 'ansatte', tilsett: 'ansatt', teneste: 'tjeneste', tenesta: 'tjenesten',
  tenester: 'tjenester', tenestene: 'tjenestene', helseteneste: 'helsetjeneste', helsetenesta: 'helsetjenesten',
  helsetenester: 'helsetjenester', kommunehelsetenesta: 'kommunehelsetjenesten',
  ventetida: 'ventetiden', tida: 'tiden', folka: 'folk', hjelpa: 'hjelpen', reisa: 'reisen',
  tek: 'tar', omsyn: 'hensyn', gamal: 'gammel', aaleine: 'alene', gong: 'gang', gonger: 'ganger', sjaa: 'se', fleire: 'flere',
  sjoelv: 'selv', heilt: 'helt', difor: 'derfor', inga: 'ingen', born: 'barn', borna: 'barna', syster: 'soester',
  systera: 'soesteren', spurde: 'spurte', hoeyre: 'hoere', hoeyrer: 'hoerer', tykkjer: 'synes', synest: 'synes',
  hugsar: 'husker', hugse: 'huske', byrja: 'begynte', byrjar: 'begynner', vert: 'blir', verte: 'bli', vorte: 'blitt',
  utan: 'uten', medan: 'mens', dykk: 'dere', dykkar: 'deres', hjaa: 'hos', kvart: 'hvert', endaa: 'ennaa',
  brukar: 'bruker', jobbar: 'jobber', gjekk: 'gikk', saag: 'saa', byggjer: 'bygger', byggje: 'bygge', verdiar: 'verdier',
  verdiane: 'verdiene', '*verdiar': '*verdier', '*verdiane': '*verdiene',
  'sjuk*': 'syk*',
  // users' say: "brukarutval", "brukarmedverknad" are Bokmål's "brukerutvalg", "brukermedvirkning"
  'brukar*': 'bruker*', utval: 'utvalg', utvalet: 'utvalget', '*utval': '*utvalg', '*utvalet': '*utvalget',
  medverknad: 'medvirkning', '*medverknad': '*medvirkning',
  // plurals in -arar ("sjukepleiarar", "innvandrarar") are Bokmål's -ere
  '*arar': '*ere',
  // agent nouns in -pleiar ("sjukepleiar", "hjelpepleiar") are Bokmål's -pleier
  '*pleiar': '*pleier',
  // nouns of the strategies' themes: inequality, safety, the offer, the health trust, loneliness, research
  ulikskap: 'ulikhet', ulikskapen: 'ulikheten', ulikskapar: 'ulikheter', ulikskapane: 'ulikhetene', likskap: 'likhet',
  tryggleik: 'trygghet', tryggleiken: 'tryggheten', einsemd: 'ensomhet', einsemda: 'ensomheten', forsking: 'forskning',
  tilbod: 'tilbud', tilbodet: 'tilbudet', tilboda: 'tilbudene', vaksne: 'voksne', ungdomar: 'ungdommer', kvardag: 'hverdag',
  kvardagen: 'hverdagen', kommunane: 'kommunene', regionane: 'regionene', pasientane: 'pasientene',
  sjukeheim: 'sykehjem', sjukeheimen: 'sykehjemmet', sjukeheimar: 'sykehjem',
  'foeretak*': 'foretak*', 'heime*': 'hjemme*',
  // solutions and accidents ("digitale løysingar", "når ei ulukke har skjedd"), and comparatives in -are
  loeysing: 'loesning', loeysinga: 'loesningen', loeysingar: 'loesninger', loeysingane: 'loesningene',
  ulukke: 'ulykke', ulukka: 'ulykken', ulukker: 'ulykker', ulukkene: 'ulykkene', ulukkar: 'ulykker',
  raskare: 'raskere', tidlegare: 'tidligere', seinare: 'senere', lettare: 'lettere', vanlegare: 'vanligere',
  vanleg: 'vanlig', vanlege: 'vanlige', naudsynt: 'noedvendig', naudsynte: 'noedvendige',
  framleis: 'fortsatt', finnast: 'finnes', finst: 'fins', sjukdom: 'sykdom', kvardagsleg: 'hverdagslig',
  // -heit is Bokmål's -het ("sikkerheit", "usikkerheit")
  '*heit': '*het',
};
