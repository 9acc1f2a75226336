/**
 * Everyday word forms Norwegian spells otherwise, folded, beside the hand-picked cues of ./language-cues.ts: the
 * words people write to a health service about their family, body, days, money, transport and work. Written
 * as Danish–Norwegian pairs and kept only where Debian's word lists agree: the form is in the danish
 * list, in neither the bokmaal nor the nynorsk list, and no way of typing one of those words without æ, ø, å. The
 * forms' own typings without æ, ø, å are here too where they pass the same test (test/text/typed-cues.test.ts).
 */

/** Verb forms and function words: the asker's grammar, never a term borrowed from a document. */
export const everydayGrammar: readonly string[] = [
  'aflyse', 'aflyser', 'aflyst', 'aflyste', 'afvise', 'afviser', 'afvist', 'afviste', 'alligevel', 'begynde',
  'begynder', 'begyndt', 'begyndte', 'betyde', 'cykle', 'deltaget', 'desuden', 'faldt', 'fandtes', 'forsvandt',
  'forsvinde', 'forsvinder', 'forsvundet', 'forvaerret', 'forvarret', 'frygte', 'graede', 'graeder', 'grede',
  'greder', 'haabede', 'haabet', 'habede', 'habet', 'hed', 'indenfor', 'kaempe', 'kaemper', 'kempe', 'kemper',
  'kendt', 'kiggede', 'kigget', 'kraever', 'laengst', 'langst', 'modtage', 'modtager', 'modtaget', 'modte',
  'modtog', 'moedte', 'ryge', 'sadvanligvis', 'saedvanligvis', 'saelger', 'salger', 'skete', 'svarede', 'tillade',
  'tjekkede', 'traenge', 'udenfor', 'udenlands', 'udover', 'vaagnede', 'vaagner', 'vagnede', 'vidst',
];

/** Nouns, adjectives and participles: the documents' kind of word, which an asker may borrow. */
export const everydayWords: readonly string[] = [
  'aeldreomsorg', 'aengstelig', 'afbud', 'affald', 'afmelding', 'aldreomsorg', 'angstelig', 'baeredygtig',
  'baredygtig', 'bedsteforaeldre', 'bedsteforaldre', 'bedsteforeldre', 'bemanding', 'bemandingen', 'beredygtig',
  'besked', 'beskeden', 'beskeder', 'bilerne', 'billet', 'bjerg', 'blodprop', 'blodtryk', 'borgmester',
  'borgmesteren', 'bornehave', 'chauffoer', 'chauffor', 'chefen', 'cyklen', 'dagpenge', 'december', 'deprimeret',
  'fadre', 'faedre', 'faerdig', 'faerdige', 'fardig', 'fardige', 'flygtning', 'flygtninge', 'flytning', 'fodder',
  'foedder', 'foraeldre', 'foraeldrene', 'foraldre', 'foraldrene', 'forfaerdelig', 'forfardelig', 'forkert',
  'forskel', 'forskelle', 'forskellen', 'forskellig', 'forskellige', 'forstaet', 'forurening', 'frit', 'frugt',
  'frygt', 'frygtelig', 'fulde', 'fuldstaendig', 'fuldstandig', 'fuldstendig', 'fuldtid', 'gader', 'gaderne',
  'gaeld', 'gaelden', 'geld', 'gelden', 'gigt', 'glaede', 'groentsager', 'grontsager', 'haab', 'hjertestop',
  'hovedet', 'hverdage', 'hvid', 'hvide', 'informeret', 'jaevnlig', 'javnlig', 'jordemor', 'kaelder', 'kapacitet',
  'karantaene', 'karantane', 'kelder', 'klimaaendringer', 'klimaandringer', 'klog', 'knaeet', 'knaet', 'koed',
  'koekken', 'koekkenet', 'koerekort', 'koersel', 'koert', 'kokkenet', 'kommunesammenlaegning',
  'kommunesammenlagning', 'kommunesammenlegning', 'korekort', 'korsel', 'kvinden', 'maader', 'mader', 'maelk',
  'maend', 'maendene', 'maj', 'malk', 'mandene', 'mend', 'mendene', 'minut', 'moedet', 'munden', 'naese', 'naetter',
  'nattevagt', 'nedlaeggelse', 'nedlaggelse', 'noegle', 'noeglen', 'noglen', 'oeer', 'oje', 'optaget', 'overvaegt',
  'overvagt', 'overvegt', 'panik', 'pigen', 'pigerne', 'praest', 'prast', 'regering', 'regeringen', 'rekrutteret',
  'ressource', 'ressourcer', 'rigtige', 'roeg', 'ryge', 'rygning', 'rygsmerter', 'sadvanlig', 'saedvanlig',
  'saedvanligvis', 'samfund', 'samfundet', 'sandt', 'skaerm', 'skaermen', 'skarm', 'skarmen', 'skema', 'skerm',
  'skermen', 'skolebus', 'slaegtning', 'slaegtninge', 'slagtning', 'slagtninge', 'slegtning', 'slegtninge', 'smuk',
  'soed', 'soede', 'soeskende', 'soskende', 'spadbarn', 'spaedbarn', 'spoergsmaalene', 'spoergsmaalet', 'statslig',
  'taender', 'tiderne', 'tilbuddet', 'tilfaelde', 'tilfaeldet', 'tilfalde', 'tilfaldet', 'tilfelde', 'tilfeldet',
  'tilmelding', 'tilskud', 'timerne', 'traette', 'travl', 'tryg', 'tyk', 'udenlandsk', 'udredning', 'ugen',
  'ugerne', 'underbemandet', 'vaccinen', 'vacciner', 'vaeg', 'vaegten', 'vaerre', 'vaerst', 'vagten', 'vagter',
  'vegten', 'veninde', 'vindue', 'vurderet',
];
