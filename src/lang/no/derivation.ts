import type { Derivation } from '../types.js';

/** A verb's forms and the noun made from its stem (utredet ~ utredning, utdannet ~ utdanning, behandlet ~ behandling). */
export const derivation: Derivation = {
  verbEndings: ['e', 'er', 'et', 'ete', 'te', 't', 'es'],
  nounSuffixes: ['ning', 'else', 'ing'],
  nounInflections: ['', 'en', 'er', 'ene', 'a', 's', 'ens', 'enes'],
  verbsApart: ['legge'],
  mainParts: ['hoved', 'kjerne', 'primaer'],
  partTails: ['delen', 'delene', 'biten', 'omraadet', 'omraadene', 'avsnittet', 'aspektet', 'punktet'],
};
