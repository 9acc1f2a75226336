import type { LanguageCues } from '../types.js';

/**
 * Danish spellings Norwegian (Bokmål or Nynorsk) doesn't use, folded. Each has its Norwegian counterpart
 * in ../no/language-cues.ts; words both languages write alike (hvordan, hvilke, også, ikke) are left out.
 * Checked against Debian's wdanish and wnorwegian word lists: a part may match only rare words of the
 * other language (compounds like "skole|jente"), never its common ones.
 */
export const cues: LanguageCues = {
  grammar: [
    // question and function words ("hvornar": typed without å)
    'hvad', 'hvornaar', 'hvornar', 'mig', 'dig', 'sig', 'nogle', 'nogen', 'noget', 'efter', 'mellem', 'gennem', 'uden',
    'igen', 'tilbage', 'endnu', 'af', 'inden', 'altid', 'aldrig', 'lidt', 'nu', 'jer', 'vores', 'hinanden', 'anden',
    'andet', 'sidste', 'naeste', 'saadan', 'saadanne', 'mod', 'ud', 'op', 'ude', 'inde', 'igennem', 'os', 'jeres', 'hendes',
    'mit', 'dit', 'sit', 'fortsat', 'mon',
    // verb forms ("gor"/"gore": typed without ø)
    'goer', 'goere', 'gor', 'gore', 'bliver', 'blive', 'blevet', 'havde', 'haft', 'faaet', 'gaaet', 'vide', 'sige',
    'siger', 'ske', 'sker', 'sket', 'tage', 'tager', 'give', 'giver', 'hedder', 'betyder', 'spoerge', 'laese', 'taenke',
    'kende', 'koere', 'fortael', 'fortaelle', 'fortaeller', 'blev', 'boede', 'traenger', 'haaber', 'haabe',
    'fik', 'gik', 'findes', 'finder', 'finde', 'vaelge', 'saelge', 'maaske', 'blandt', 'imod',
  ],
  words: [
    'gerne', 'groen', 'vigtig', 'vigtigt', 'vigtige', 'laenge', 'laengere', 'taet', 'bedst', 'nyt', 'akut', 'aeldre',
    'kaere', 'ansat', 'vinder', 'vindere', 'vandt', 'bedste', 'boern', 'boernene', 'digt', 'digte', 'uge', 'uger', 'spoergsmaal', 'maade', 'maaden',
    'soen', 'bedstemor', 'bedstefar', 'hovedpine', 'tusind', 'laver', 'tak',
  ],
  // syg-/syk-, patient/pasient, værdi/verdi, hjælp/hjelp, brug-/bruk-, ud-/ut-, af-/av-, øge/øke, åben/åpen,
  // læge/lege (also inside: tandlæge, lægevagt), and inside compounds too -opg-/-oppg- (kerneopgave),
  // -uddann-/-utdann-, sundhed/sunnhet, c/s in loanwords (medicin, procent, proces, special-, social,
  // center), -søg-/-søk-, -køb-/-kjøp-, -skab-/-skap-, arbejd-/arbeid-, ej/ei (not
  // before a, o, u: Norwegian compounds like skole|jente, fugle|jakt), -væsen/-vesen, høj/høy, kræft/kreft,
  // -hed/-het, -tion/-sjon, -el/-ell (individuel/individuell), -ance/-anse and -ence/-anse (ambulance,
  // kompetence), plads/plass, ambulanc-/ambulans- (inside compounds too). The definite plural -erne (patienterne) is only weak: Norwegian writes it on nouns in -er
  // (innbyggerne, lederne).
  parts:
    /^(syg|patient|vaerdi|hjaelp|brug|ud[dvnfs]|af(?!ten)[dthgs]|oeg(e|n)|aaben|op(?!sjon|ning)[bcdfghjklmnrsv])|laeg(e|er|en|erne|evagt)?$|^efter.|.op[gfbhkm]|uddann|sundhed|medicin|plads|ambulanc|procent|proces|special|social|center|centr|soeg|koeb|skab|arbejd|afdeling|ej(?![aou])|vaesen|oej|kraeft|.hed(en|er|erne)?$|.tion(en|er|erne)?$|(u|i|on|r)el$|.{3}[ae]nce(n|r|rne)?$/,
  weakParts: /.{4}erne$/,
  shared: ['moderne', 'interne', 'eksterne', 'gjerne'],
};
