import { describe, expect, it } from 'vitest';
import { cueBalance, decideLanguage, detectLanguage } from '../../src/text/language.js';

/** Decided against the other language as the fallback, so only the text's own words can decide it. */
function decidesAgainstFallback(text: string, language: 'da' | 'no'): void {
  expect(detectLanguage(text, language === 'da' ? 'no' : 'da')).toBe(language);
}

describe('language cues in word parts', () => {
  it.each([
    ['Hvordan vil de utnytte ressursene bedre?', 'no'],
    ['Hvordan vil de udnytte ressourcerne bedre?', 'da'],
    ['Skal fødeavdelingene legges ned?', 'no'],
    ['Skal fødeafdelingerne lukkes?', 'da'],
    ['Hvordan håndteres mangelen på arbeidskraft?', 'no'],
    ['Hvordan håndteres manglen på arbejdskraft?', 'da'],
    ['Kan man få fuldtidsjob som sygeplejerske?', 'da'],
    ['Kan man få fulltidsjobb som sykepleier?', 'no'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  // Each against the other language as the fallback, so only the one stem spelt apart decides.
  it.each([
    ['er drikkevandet rent', 'da'],
    ['er drikkevannet rent', 'no'],
    ['kommer behandlingen tættere på', 'da'],
    ['kommer behandlingen tettere på', 'no'],
    ['vil de sænke ventetiden', 'da'],
    ['vil de senke ventetiden', 'no'],
    // emissions: Norwegian "utslipp", Danish "udslip", also inside a compound
    ['hvordan kutter de klimautslippene', 'no'],
    ['hvordan skærer de ned på udslippet', 'da'],
    ['er hospitalet et flagskib', 'da'],
    ['er hospitalet et flaggskip', 'no'],
    ['hvilket hotel anbefaler du', 'da'],
    ['hvilket hotell anbefaler du', 'no'],
    ['er jobben godt betalt', 'no'],
    ['tilbyr regionen psykolog', 'no'],
    ['tilbyder de psykologhjælp', 'da'],
    ['tilbyder de psykologhjelp', 'no'],
    ['hvor mange akutsygehuse har regionen', 'da'],
    ['hvor mange akuttsykehus har regionen', 'no'],
    ['hvordan er psykiatrien organiseret', 'da'],
    ['hvordan er psykiatrien organisert', 'no'],
    ['kan pårørende bidrage', 'da'],
    ['kan pårørende bidra', 'no'],
    ['hvem betaler udgifterne', 'da'],
    ['bliver ventetiden reduceret', 'da'],
    ['blir ventetiden redusert', 'no'],
    ['er planen baseret på tal', 'da'],
    ['bliver det administreret centralt', 'da'],
    // The doctor as a compound's first part: Danish læge-, Norwegian lege- (Danish lege- is play: legeplads).
    ['kan man få lægesamtaler over video', 'da'],
    ['kan man få legesamtaler over video', 'no'],
    ['er der nok legepladser ved hospitalet', 'da'],
    ['er kvaliteten på samme nivå', 'no'],
    ['er kvaliteten på samme niveau', 'da'],
  ] as const)('an everyday stem spelt apart: %s → %s', decidesAgainstFallback);

  it('reads a Danish participle in -eret after its subject as no Norwegian past in -et', () => {
    // "jeg ventet" is Norwegian; "får jeg refunderet" is Danish (Norwegian "refundert").
    expect(cueBalance('jeg ventet')).toBeLessThan(0);
    expect(cueBalance('får jeg refunderet')).toBeGreaterThanOrEqual(0);
  });

  // Typed without æ, ø, å: each against the other language as the fallback, so only the one word decides.
  it.each([
    ['jeg har et sporgsmal', 'da'],
    ['jeg har et sporsmal', 'no'],
    ['far man besog hjemme', 'da'],
    ['far man besok hjemme', 'no'],
    ['er kvaliteten hoj', 'da'],
    ['er kvaliteten hoy', 'no'],
    ['kan de oge antallet', 'da'],
    ['kan de oke antallet', 'no'],
    ['det haber jeg', 'da'],
    ['det haper jeg', 'no'],
    ['mangler de jordemodre', 'da'],
    ['mangler de jordmodre', 'no'],
    ['er den naste plan klar', 'da'],
    ['er planen klar enna', 'no'],
    ['er klinikken aben', 'da'],
    ['er klinikken apen', 'no'],
    ['er arsagen klar', 'da'],
    ['er arsaken klar', 'no'],
    ['er mangden stor', 'da'],
    ['har planen vardi', 'da'],
  ] as const)('a word typed without æ, ø, å: %s → %s', decidesAgainstFallback);

  // Function words, verb forms and everyday words spelt apart, and a stem of the documents' own terms: each
  // against the other language as the fallback, so only the one word decides.
  it.each([
    ['hvorhenne er klinikken', 'da'],
    ['er det endda gratis', 'da'],
    ['er det enda gratis', 'no'],
    ['har du laest planen', 'da'],
    ['har de taenkt paa det', 'da'],
    ['har de tenkt paa det', 'no'],
    ['er det sjaelden', 'da'],
    ['er det sjelden', 'no'],
    ['mangler de hænder', 'da'],
    ['mangler de hender', 'no'],
    ['jeg lurer på om klinikken er stor', 'no'],
    ['hvor ligger akutmodtagelsen', 'da'],
    ['hvor ligger akuttmottaket', 'no'],
    ['naevner de klimaet', 'da'],
    ['nevner de klimaet', 'no'],
    ['er det overhovedet muligt', 'da'],
    ['er det overhodet mulig', 'no'],
    ['er det en god klinik', 'da'],
    ['er det en god klinikk', 'no'],
    ['er trafik et problem', 'da'],
    ['er trafikk et problem', 'no'],
    ['satser de på forebygging', 'no'],
    ['har de en plan for dem der pendler', 'da'],
    ['er rusmisbruk et tema', 'no'],
    ['er rusmisbrug et tema', 'da'],
    ['skal de videreutvikle planen', 'no'],
    ['skal de videreudvikle planen', 'da'],
    ['er tiltaket godt', 'no'],
    ['er tiltaget godt', 'da'],
    ['er satsingen stor', 'no'],
    ['går det ferje dit', 'no'],
    ['går der færge dit', 'da'],
    ['er almindelige folk glade', 'da'],
    ['er barnene glade', 'no'],
  ] as const)('a word of the asker’s own spelt apart: %s → %s', decidesAgainstFallback);

  // Strong verbs' past and participle, and everyday words and numerals, spelt apart: each against the other
  // language as the fallback, so only the one word decides.
  it.each([
    ['har du fundet klinikken', 'da'],
    ['har du funnet klinikken', 'no'],
    ['hvem har taget beslutningen', 'da'],
    ['hvem har tatt beslutningen', 'no'],
    ['han sidder i kørestol', 'da'],
    ['han sitter i rullestol', 'no'],
    ['har jeg ret til en tolk', 'da'],
    ['har jeg rett til en tolk', 'no'],
    ['kom det pludselig', 'da'],
    ['kom det plutselig', 'no'],
    ['er køen kortere end før', 'da'],
    ['er køen kortere enn før', 'no'],
    ['koster det hundrede kroner', 'da'],
    ['koster det hundre kroner', 'no'],
    ['er det vildt dyrt', 'da'],
    ['er det vilt dyrt', 'no'],
    ['det er fint, ik', 'da'],
    ['er det naesten gratis', 'da'],
    ['er det nesten gratis', 'no'],
    ['er køen desvaerre lang', 'da'],
    ['er køen dessverre lang', 'no'],
    ['er det mindst en time', 'da'],
    ['er det minst en time', 'no'],
    ['er grunden klar', 'da'],
    ['er grunnen klar', 'no'],
    ['er sagsbehandlingen lang', 'da'],
    ['er saksbehandlingen lang', 'no'],
    ['er det sunt', 'no'],
    ['er det dybt', 'da'],
    ['er det dypt', 'no'],
    ['er det liksom gratis', 'no'],
  ] as const)('a verb form, everyday word or numeral spelt apart: %s → %s', decidesAgainstFallback);

  // Nynorsk function words and dialect question words people write in a chat: only the one word decides.
  it.each([
    ['er køen lang medan vi venter', 'no'],
    ['er det betre no', 'no'],
    ['koffer er køen lang', 'no'],
    ['affer er køen lang', 'no'],
    ['kaem bestemmer det', 'no'],
    ['er det itte gratis', 'no'],
  ] as const)('a Nynorsk or dialect word: %s → %s', decidesAgainstFallback);

  // Verb phrases: "have"/"ha" after a modal, "været"/"vært" after "har", "ved" (know) before "ikke".
  it.each([
    ['skal de have flere', 'da'],
    ['har det været godt', 'da'],
    ['har det vært godt', 'no'],
    ['jeg ved ikke om det er gratis', 'da'],
  ] as const)('a verb phrase: %s → %s', decidesAgainstFallback);

  it('reads "at" before a demonstrative as "that", which both write, not as a Danish infinitive marker', () => {
    expect(cueBalance('hun sa at dette ikke gjelder')).toBeLessThan(0);
    expect(cueBalance('for at komme hjem')).toBeGreaterThan(0);
  });

  it('reads "ha" after a modal as a Norwegian lean only, which tells beside a Danish region’s name', () => {
    // Danes type "ha'" in a chat too, so alone it doesn't outvote a hint…
    expect(cueBalance('vil de ha flere')).toBe(-0.5);
    expect(detectLanguage('vil de ha', 'da')).toBe('da');
    // …but it is the lean away from the region's country that decides when nothing else tells.
    expect(decideLanguage({ question: 'Region Nordjylland skal ha flere busser?', about: 'da', aboutByRegion: true }).language).toBe('no');
  });

  // Words both write (brugde, a shark), Norwegian words in -ik, "der" (there) after people and "dit" (whither) are no cue.
  it.each(['er de akutte', 'er det tiltagende', 'er det et svik', 'er det en brugde', 'hvordan kommer jeg dit', 'bor folk der borte', 'er det mange folk der'])('leaves "%s" to the fallback', (text) => {
    expect(detectLanguage(text, 'no')).toBe('no');
    expect(detectLanguage(text, 'da')).toBe('da');
  });

  it('reads a phrase around a name or an acronym as if it weren’t there ("skal UNN i Tromsø have")', () => {
    expect(cueBalance('Hvilken rolle skal UNN i Tromsø have?')).toBeGreaterThan(0);
    decidesAgainstFallback('Hvilken rolle skal UNN i Tromsø have ifølge strategien?', 'da');
    // Shouted in capitals, the words are still the asker's.
    expect(cueBalance('HVAD GØR I FOR DE ÆLDRE')).toBeGreaterThan(0);
  });

  it('leaves a short text without cues to the fallback (the conversation’s language)', () => {
    expect(detectLanguage('Og Region Hovedstaden?', 'no')).toBe('no');
    expect(detectLanguage('Og Region Hovedstaden?', 'da')).toBe('da');
  });

  // Danes without æ on the keyboard type e: "leger", "hjelp", "tenker", "vere" are then Danish as much as Norwegian.
  it('reads a Norwegian word that is Danish with æ put back as a lean only beside a Danish cue, typed without æ/ø/å', () => {
    // "hvad" is Danish grammar (2); "tenker" (2) and "leger" (1) count a lean (½) each beside it…
    expect(cueBalance('hvad tenker de pa leger')).toBe(1);
    // …not typed with æ/ø/å or their digraphs ("paa"), where an e is an e…
    expect(cueBalance('hvad tenker de på leger')).toBe(-1);
    expect(cueBalance('hvad tenker de paa leger')).toBe(-1);
    // …nor without any Danish cue ("hjelp" alone is Norwegian).
    expect(cueBalance('tenker de pa leger')).toBe(-3);
    // A reading that leaves a Norwegian part Norwegian ("sykehuset": "syk") changes nothing.
    expect(cueBalance('hvad med sykehuset')).toBe(cueBalance('hvad med sykehuset på'));
    // So a Danish question typed so is Danish, and the Norwegian one typed alike stays Norwegian.
    expect(detectLanguage('Kan min datter fa hjelp til at lese brevene fra sygehuset?', 'no')).toBe('da');
    expect(detectLanguage('Kan datteren min fa hjelp til a lese brevene fra sykehuset?', 'da')).toBe('no');
  });
});
