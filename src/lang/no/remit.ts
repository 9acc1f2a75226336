import type { OutsideRemit } from '../types.js';

/**
 * Services a Norwegian health trust does not run and Helse Nord's strategy doesn't treat as its own
 * (src/answer/remit.ts): dentists (the county's dental service), veterinarians, kindergartens and the
 * compulsory school (not "skole" alone, which a Dane types for the youth education a Danish region plans),
 * the police, the church, the tax and passport offices, the benefits NAV or the state pays out (sick pay,
 * housing benefit, disability benefit: not "pensjon" alone, which staff go on), the state's loans, legal aid.
 * General language, every word in /usr/share/dict/bokmaal or a compound of its words ("foreldrepenger",
 * "bostøtte"). Municipal care (hjemmesykepleie, sykehjem) is not here: the strategy speaks of the municipal
 * health service it works with. A word ending in '-' also begins compounds of the same service
 * ("tannlegetimen", "barnehageplasser"); the others only stand alone, inflected ("politiet", not
 * "politikerne"). The everyday nouns are the same kind of general language: what people chat about besides
 * their health (food, housing, leisure, the weather, pets, money).
 */
export const remit: OutsideRemit = {
  services: [
    'tannlege-', 'tannhelse-', 'tannklinikk-', 'tannbehandling-', 'tannpleie-',
    'dyrlege-', 'dyreklinikk-',
    'barnehage-', 'grunnskole-', 'barneskole-', 'ungdomsskole-',
    'politi', 'politistasjon-',
    'kirke-', 'prest',
    'skattemelding-', 'skatteetaten', 'skattekontor-', 'passkontor-',
    // benefits and payments NAV or the state pays out, the state's loans, legal aid
    'sykepenge-', 'dagpenge-', 'foreldrepenge-', 'arbeidsavklaringspenge-', 'uføretrygd-', 'barnetrygd-', 'kontantstøtte-',
    'bostøtte-', 'sosialhjelp-', 'feriepenge-', 'lånekasse-', 'husbank-', 'advokat-',
  ],
  // Not cars themselves nor the northern lights: the strategies plan transport, and "Nordlys" is a newspaper.
  // No compounds after 'hund' ("hundre"); not "været" (Danish "har været").
  everyday: [
    'oppskrift-', 'lasagne', 'kjøttkake-', 'kake-', 'suppe-', 'fiskesuppe', 'restaurant-', 'middagsmat',
    'bilforhandler-', 'førerkort-', 'parkering-', 'parkere', 'parkeringsbot-', 'bensinpris-',
    'hytte-', 'husleie-', 'kolonihage-', 'bolig',
    'golf-', 'fotball-', 'håndball-', 'eliteserie-', 'film-',
    'strikke-', 'strikking', 'maraton-', 'joggesko', 'tatovering-', 'sydentur-', 'ferietur-', 'sommerferie-',
    'værmelding-', 'værvarsel-', 'hund', 'hunde-', 'kjæledyr-', 'aksje-', 'gave-', 'bursdagsgave-',
  ],
  dedicated: ['eget', 'egen', 'egne', 'eiga', 'eige', 'eigne', 'saerskilt', 'saerskilte'],
  groups: ['mennesker', 'menneske', 'folk', 'personer', 'pasienter', 'pasientar', 'innbyggere', 'innbyggjarar', 'barn', 'unge', 'voksne', 'vaksne', 'eldre', 'kvinner', 'menn'],
  groupPrepositions: ['for', 'til'],
  namedCare: [
    // conditions
    'demens', 'dement-', 'alzheimer-', 'diabetes', 'sukkersyke', 'kols', 'astma-', 'gikt', 'leddgikt', 'revmatisme-',
    'epilepsi-', 'parkinson-', 'sklerose-', 'spiseforstyrrelse-', 'eteforstyrring-', 'anoreksi-', 'bulimi-', 'adhd', 'autisme-', 'autist-',
    'schizofreni-', 'skizofreni-', 'bipolar-', 'ptsd', 'ocd', 'migrene-', 'fibromyalgi', 'psoriasis', 'osteoporose', 'beinskjørhet',
    'overvekt-', 'fedme-', 'allergi-', 'eksem', 'influensa-', 'covid-', 'korona-', 'hiv',
    'prostatakreft-', 'brystkreft-', 'lungekreft-', 'tarmkreft-', 'hudkreft-',
    // treatments, programmes, devices
    'fertilitet-', 'fertilitetsbehandling-', 'befruktning-', 'inseminasjon-', 'ivf', 'prøverør-',
    'vaksine-', 'vaksinasjon-', 'vaksinere', 'hpv', 'røykeslutt-', 'røykestopp-',
    'hospice-', 'palliativ-', 'palliasjon-', 'lindrende', 'rusbehandling-', 'rusomsorg-', 'rusavhengig-', 'rusproblem-', 'rusmisbruk-', 'avrusning-', 'tsb',
    'abort-', 'sterilisering-', 'dialyse-', 'transplantasjon-', 'hjemmefødsel-', 'hjemmefødsl-', 'keisersnitt-', 'amming-',
    'røntgen-', 'skanning-', 'mr', 'ct', 'kneoperasjon-', 'hofteoperasjon-', 'ryggoperasjon-', 'kneprotese-', 'hofteprotese-', 'pandemi-', 'epidemi-', 'smitte-', 'smittevern-', 'medisindispenser-', 'medisinrobot-',
  ],
  // A noun's endings: definite, plural and genitive, after a consonant ("presten") or an e ("tannlegen").
  endings: ['', 'n', 'en', 'et', 'a', 'r', 'er', 'ne', 'ene', 's', 'ns', 'ens', 'ets', 'rs', 'ers', 'nes', 'enes'],
};
