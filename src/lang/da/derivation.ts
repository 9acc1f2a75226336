import type { Derivation } from '../types.js';

/** A verb's forms and the noun made from its stem (udredt ~ udredning, uddannet ~ uddannelse, behandlet ~ behandling). */
export const derivation: Derivation = {
  verbEndings: ['e', 'er', 'ede', 'et', 'te', 't', 'es'],
  nounSuffixes: ['ning', 'else', 'ing'],
  nounInflections: ['', 'en', 'er', 'erne', 's', 'ens', 'ers', 'ernes'],
  verbsApart: ['lægge'],
  mainParts: ['hoved', 'kerne', 'primaer'],
  partTails: ['delen', 'delene', 'omraadet', 'omraaderne', 'afsnittet', 'aspektet', 'punktet'],
};
