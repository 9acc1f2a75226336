/**
 * Danish and Norwegian write many shared words differently (patient/pasient, sygehus/sykehus,
 * medicin/medisin, kommunikation/kommunikasjon, værdi/verdi, kæde/kjede, udvikling/utvikling, akut/akutt),
 * so a Danish question about a Norwegian document would miss its key words. Mapping both spellings of a
 * (folded, stemmed) word to one key lets them meet. The rules are the regular correspondences between the
 * two orthographies; they are applied to both sides alike, so they only need to agree, not be "right".
 * A word short enough that the lexical channel doesn't relax it as a typo (høj/høy, vand/vann, syg/syk) meets
 * its other spelling only here; so does a long one two edits away (arbejdsmiljø/arbeidsmiljø, affald/avfall).
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // The prefix af- before a consonant (afdeling / avdeling, afstand / avstand, affald / avfall); not a final
  // "aff" (straf / straff, which the doubled consonants make one).
  [/af(?=[bdfgjklmnprstv][a-z])/g, 'av'],
  [/oej/g, 'oey'], // høj (hoej) / høy, verktøj / verktøy
  [/ej/g, 'ei'], // arbejde / arbeide, vej / vei, pleje / pleie
  [/tion/g, 'sjon'], // kommunikation / kommunikasjon
  [/sion/g, 'sjon'], // vision / visjon, mission / misjon
  [/ti(?=[aeiouy])/g, 'si'], // patient / pasient
  [/c(?=[eiy])/g, 's'], // medicin / medisin, specialist / spesialist
  [/c/g, 'k'], // klinic- / klinikk
  [/ae/g, 'e'], // vaerdi (værdi) / verdi
  [/([gk])j/g, '$1'], // kaede (kæde) / kjede, tilgaengelig / tilgjengelig
  [/nd/g, 'n'], // vand / vann, sund / sunn, samfund / samfunn, kende / kjenne
  [/ld/g, 'l'], // fuld / full, affald / avfall, tilfælde / tilfelle
  [/g/g, 'k'], // sygehus / sykehus: Danish softened stops after vowels
  [/d/g, 't'], // udvikling / utvikling, -hed / -het
  [/b/g, 'p'], // købe / kjøpe
  [/(.)\1+/g, '$1'], // akut / akutt, specialister / spesialister
];

/** The spelling key of a folded stem: equal for the Danish and the Norwegian spelling of a word. */
export function spellingKey(stem: string): string {
  let key = stem;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}
