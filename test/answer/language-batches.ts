import type { Language } from '../../src/shared/api.js';

/**
 * Made-up messages for the language an answer is written in, asked through the whole engine (region and
 * place mentions, requests set aside, the conversation): the kinds the decision gets wrong most easily.
 * Written by the team from situations of its own, never adapted from eval questions. `earlier` are the
 * asker's earlier questions, asked first so the history holds the engine's real answers.
 */
export interface LanguageAsk {
  question: string;
  expected: Language;
  hint?: Language;
  earlier?: readonly string[];
}

const da = (question: string, more: Omit<LanguageAsk, 'question' | 'expected'> = {}): LanguageAsk => ({ question, expected: 'da', ...more });
const no = (question: string, more: Omit<LanguageAsk, 'question' | 'expected'> = {}): LanguageAsk => ({ question, expected: 'no', ...more });

/** A Dane asking about Helse Nord or a Norwegian town, borrowing its documents' terms. */
export const DANISH_ABOUT_NORWAY: readonly LanguageAsk[] = [
  da('min datter er flyttet til Tromsø, hvordan er det med fastlege deroppe'),
  da('hvad skriver Helse Nord om spesialisthelsetjenesten'),
  da('som nyuddannet jordemoder kunne jeg godt tænke mig et par år i Bodø, satser de på at hente folk udefra?'),
  da('min far i Hammerfest skal til kontrol på sykehuset i Tromsø, hænger transporten ordentligt sammen'),
  da('hvad betyder helsefellesskap i den norske strategi'),
  da('er der nogen i Nord-Norge der arbejder med e-helse'),
  da('jeg læste at Helse Nord vil ha flere lokalsykehus, passer det'),
  da('hvor mange penge bruger de i Finnmark på ambulansefly'),
  da('Hvordan sikrer Helse Nord at samiske pasienter bliver forstået'),
  da('vi er på ferie i Lofoten, hvem ringer man til hvis ungerne bliver syge'),
  da('står der mere om pasientens helsetjeneste i den norske plan'),
  da('hvordan vil de i Helse Nord faa flere spesialister ud i distriktet'),
];

/** A Norwegian asking about a Danish region or town, borrowing its documents' terms. */
export const NORWEGIAN_ABOUT_DENMARK: readonly LanguageAsk[] = [
  no('hva gjør Region Hovedstaden med sundhedsfællesskaber'),
  no('som fastlege i Bergen lurer jeg på hvordan Aarhus tenker om akutmodtagelse'),
  no('hvordan tenker Region Midtjylland om patientinddragelse'),
  no('min bror bor i Aalborg og venter på operasjon, hvor lenge må han vente'),
  no('Hva står det om sygehusbyggeri hos Region Nordjylland'),
  no('hvorfor satser danskene så mye på telemedicin'),
  no('vi flytter til Herning til sommeren, finnes det noe tilbud for barn med diabetes der'),
  no('kan noen forklare meg hva det nære sundhedsvæsen er i Danmark'),
  no('hva mener Region Hovedstaden med en sammenhængende sundhed'),
  no('Hvilke sykehus i Region Midtjylland skal bygges ut'),
  da('stemmer det at Region Midtjylland vil lukke sygehuse'),
  no('svigerfar ligger på sygehuset i Viborg, får han besøk av fysioterapeut hjemme etterpå'),
];

/** Words both languages write, with the page's hint or the country asked about as the only evidence. */
export const SHARED_WORDS: readonly LanguageAsk[] = [
  no('hvor mange personer har de på lønningslisten', { hint: 'no' }),
  da('hvor mange personer har de på lønningslisten', { hint: 'da' }),
  no('hvilke planer har de for psykiatrien', { hint: 'no' }),
  da('kan jeg selv bestemme hvor jeg skal behandles', { hint: 'da' }),
  no('kan jeg selv bestemme hvor jeg skal behandles', { hint: 'no' }),
  no('hvordan jobber de med forskning'),
  no('hvordan jobber de med forskning og innovasjon', { hint: 'da' }),
  no('ventetid psykolog Alta'),
  da('ventetid psykolog Skive'),
  no('er det lang ventetid til operasjon i Mo i Rana'),
  da('hvordan er det med ventetid i Frederikshavn', { hint: 'da' }),
  no('hvordan er det med ventetid i Frederikshavn', { hint: 'no' }),
];

/** Typed without æ/ø/å, as ae/oe/aa or plain a/o. */
export const NO_DIACRITICS: readonly LanguageAsk[] = [
  da('hvornar kommer der flere laeger til thy'),
  no('hva gjor helse nord for a fa flere sykepleiere'),
  da('hvad gor de for aeldre med demens'),
  no('kan eg faa time hos fastlegen raskare'),
  da('far vi et nyt sygehus i nordjylland'),
  no('blir det nytt sykehus i narvik'),
  no('hvordan skal de lose mangelen pa sykepleiere i nord'),
  da('bliver der laengere til naermeste skadestue'),
  no('maa vi kjore lenger til fodeavdelingen naa'),
  da('hvad goer regionen for boern med angst'),
];

/** Misspelt question words and terms. */
export const TYPOS: readonly LanguageAsk[] = [
  da('hvda gør regionen for psykisk syge unge'),
  no('hvorden vil Helse Nord skaffe flere helsearbeidere'),
  da('hvad sker der med akutmodtagelsen i randers'),
  no('hav skjer med fødeavdelingen i Kirkenes'),
  da('hvordna bliver de praktiserende læger inddraget'),
  no('hvordna blir fastlegene tatt med i planene'),
  da('hvilken rolle spiller kommunerne i sundhedsfaellesskabet'),
  no('hvilken rolle spiller kommunene i helsefelleskapet'),
  // a region's name typed as one word, "værdier" typed "verdier" beside Danish "egentligt"
  da('hvilke verdier har regionmidtjylland egentligt'),
  no('hva gjor helsenord for de eldre egentlig'),
];

/** Nynorsk, about Norwegian and Danish regions. */
export const NYNORSK: readonly LanguageAsk[] = [
  no('korleis vil dei sikre nok legar i distrikta'),
  no('eg lurer på kva som skjer med sjukehuset vårt'),
  no('kvifor er det so lang ventetid på psykolog'),
  no('kan ho få hjelp heime når ho kjem ut frå sjukehuset'),
  no('kva gjer Region Hovedstaden for å korte ned ventetida'),
  no('korleis har Region Nordjylland tenkt å få fleire til å bli sjukepleiarar'),
  no('mor treng tilsyn om kvelden, er tilbodet i Sogndal godt nok'),
  no('ingen svarar på telefonen hos legevakta i Aalborg'),
  no('det er vanskeleg å få time hos psykolog i Skive'),
  no('veit de om ventetidene går ned'),
];

/** Short follow-ups at the third turn or later: they keep the conversation's language. */
export const LATE_FOLLOW_UPS: readonly LanguageAsk[] = [
  da('og i Norge?', { earlier: ['Hvad gør Region Nordjylland for at skaffe flere læger?', 'Og i Midtjylland?'] }),
  no('og i Danmark?', { earlier: ['Hva gjør Helse Nord for å rekruttere sykepleiere?', 'hva med psykiatrien?'] }),
  no('og Aalborg?', { earlier: ['Hvordan vil Helse Nord bruke teknologi?', 'og forskning?'] }),
  da('hvad med Tromsø?', { earlier: ['hvordan står det til med ventetiden i Region Hovedstaden', 'og i Aarhus?'] }),
  da('og Tromsø?', { earlier: ['hvordan står det til med ventetiden i Region Hovedstaden', 'og i Aarhus?'] }),
  no('og i Aalborg?', { earlier: ['ventetid i tromsø', 'og psykiatri?'] }),
  da('og i Bodø?', { earlier: ['ventetid i aalborg', 'og psykiatri?'] }),
  no('samme i Region Midtjylland?', { earlier: ['har Helse Nord en plan for klimaet', 'hva med digitalisering'] }),
  da('samme i Helse Nord?', { earlier: ['har Region Midtjylland en plan for klimaet', 'hvad med digitalisering'] }),
  no('og for barn?', { earlier: ['kva gjer Helse Nord for folk med rusproblem', 'og psykisk helse?'] }),
];

/** A few words only. */
export const VERY_SHORT: readonly LanguageAsk[] = [
  no('psykiatri', { hint: 'no' }),
  da('ventetid?', { hint: 'da' }),
  no('takk for svaret'),
  da('hvad så med tandlæger'),
  no('hva med tannlege'),
  no('fastlege Tromsø'),
  da('egen læge Aalborg'),
  no('sykehus Bodø'),
  da('sygehus Hjørring'),
  no('hva nå'),
];

/** A question quoting a document's heading or term in the other language. */
export const QUOTING_HEADINGS: readonly LanguageAsk[] = [
  no('hva betyr «Respekt for patientens tid» i praksis'),
  no('Hva ligger i "Det nære sundhedsvæsen" hos dem?'),
  da('hvad dækker "Rekruttering og stabilisering" over hos Helse Nord'),
  da('står der mere om «Tilgjengelighet» i den norske strategi'),
  no('hva står det om "Sammenhængende patientforløb" i Midtjylland'),
  da('hvad menes med "pasientens helsetjeneste"'),
  no('forklar "Grøn omstilling" for meg'),
  da('forklar "Teknologi og kompetanse" for mig'),
];

/** People telling their situation first, about the other country, often typed fast and without æ/ø/å. */
export const SITUATIONS_ACROSS_THE_BORDER: readonly LanguageAsk[] = [
  da('min svigermor bor alene i Vardø og er ved at blive dement, hvad tilbyder de hende'),
  da('vi overvejer at flytte til Harstad med vores autistiske søn. er der hjælp at hente'),
  da('jeg kører ambulance i Skagen og er nysgerrig paa hvordan de klarer de lange afstande i nord'),
  da('kan samer faa tolk naar de er indlagt i tromso'),
  da('er det rigtigt at helse nord lukker foedeafdelinger'),
  da('min kaereste er fra Bodø, kan hun faa sin behandling der selvom hun bor i danmark'),
  da('min mand fisker ved Lofoten, hvem kommer og henter ham hvis han kommer til skade ude paa havet'),
  da('jeg skal paa udveksling i Tromsø som medicinstuderende, hvordan tager de imod studerende'),
  da('hvordan sørger de i Nordland for at ældre kan blive boende hjemme'),
  da('vi har hytte i Lyngen, hvor tæt er naermeste legevakt'),
  no('jeg er student fra Trondheim på utveksling i Aarhus, hvordan får jeg fastlege her'),
  no('bestemora mi bor i Hjørring, hva gjør regionen for eldre som bor alene'),
  no('vi skal flytte til Hillerød, hvordan er akuttberedskapen der'),
  no('kona mi er dansk og lurer på om Region Midtjylland har planer for kvinnehelse'),
  no('hofteoperasjon i Randers, hvor mange uker må man regne med å vente'),
  no('hvordan tar Region Nordjylland vare på pårørende'),
  no('min onkel har kols og bor i Silkeborg, kan han få behandling hjemme'),
  no('hvorfor har danskene egne sundhedsfællesskaber, og hvordan fungerer de'),
  no('danskene samler visst sykehusene sine i store supersykehus, stemmer det'),
  no('kva meiner dei i Aarhus med det nære sundhedsvæsen'),
  no('eg bur i Odder, kan eg få hjelp heime etter operasjonen'),
  no('hva er planen til region hovedstaden for a fa ned ventetidene'),
  no('kan dere si noe om hvordan de jobber med klima i midtjylland'),
  no('sonnen min skal bli sykepleier i Aalborg, hva gjor regionen for de nyutdannede'),
];

/** Follow-ups across the border later in a conversation, with their own wording of the other country's. */
export const FOLLOW_UPS_ACROSS_THE_BORDER: readonly LanguageAsk[] = [
  da('og sykehusene i Finnmark?', { earlier: ['Hvilke løfter giver Helse Nord samiske patienter?', 'og hvad med tolke?'] }),
  no('og hjemmesygepleje i Aarhus?', { earlier: ['finnes det et tilbud til eldre i helse nord', 'og demens?'] }),
  no('Aarhus?', { earlier: ['Skal ventetidene i Helse Nord ned?', 'og for barn?'] }),
  da('Tromsø?', { earlier: ['Får Region Midtjylland styr på ventetiderne?', 'og for børn?'] }),
  da('og deroppe?', { earlier: ['hvordan rekrutterer Region Nordjylland sygeplejersker', 'og læger?'] }),
  no('helsefellesskap?', { earlier: ['Har Region Hovedstaden et tett samarbeid med kommunene?', 'og med fastlegene?'] }),
  da('sundhedsfællesskaber?', { earlier: ['Samarbejder Helse Nord tæt med kommunerne?', 'og med de praktiserende læger?'] }),
  no('hva med Danmark da', { earlier: ['har Helse Nord mål for klimautslipp', 'og matsvinn?'] }),
];

/** Everyday questions whose only sign of their language is one ordinary word or number, no hint. */
export const FEW_CUES: readonly LanguageAsk[] = [
  no('skal de kutte i budsjettet til psykiatrien'),
  da('skal de skære i budgettet til psykiatrien'),
  no('må pensjonister betale for tannbehandling'),
  da('skal pensionister selv betale for tandbehandling'),
  da('hvad med dem der bor langt væk fra sygehuset'),
  no('min mor er nitti og trenger tilsyn om natta'),
  da('min mor er halvfems og trænger til tilsyn om natten'),
  no('kan man sjekke ventetider på nett'),
  da('kan man tjekke ventetider på nettet'),
  no('er det lov å ha besøk på intensiven'),
  da('må man få besøg på intensiv'),
  no('hjelper de unge med depresjon'),
  da('støtter de unge med depression'),
  da('kan jeg få fornyet min recept online'),
  no('kan jeg fornye resepten min på nett'),
  da('tilbyder de genoptræning efter en blodprop'),
  no('tilbyr de opptrening etter hjerneslag'),
  da('kigger de på nye former for behandling'),
];

/** The page's hint against terms borrowed from the other country's documents, with no word of the asker's own. */
export const HINT_AGAINST_BORROWED_TERMS: readonly LanguageAsk[] = [
  da('Hvordan sikrer Helse Nord spesialisthelsetjenester i Finnmark?', { hint: 'da' }),
  da('samhandling med kommunene i Nordland', { hint: 'da' }),
  da('prioriterer Helse Nord pasientreiser for samiske pasienter', { hint: 'da' }),
  da('hvordan ser Helse Nord på helsepersonell fra utlandet', { hint: 'da' }),
  no('Hvordan styrker Region Nordjylland det nære sundhedsvæsen?', { hint: 'no' }),
  no('sundhedsfællesskaber i Region Midtjylland', { hint: 'no' }),
  no('prioriterer Region Hovedstaden patientinddragelse og sammenhængende forløb', { hint: 'no' }),
  no('hvordan ser Region Midtjylland på sygeplejersker fra udlandet', { hint: 'no' }),
];

/**
 * The other country's region named, and nothing of the asker's but a weak cue (jobber, -ene, -erne): its
 * askers name it as often as its own people do, so the weak lean tells; beside a town the town's country
 * stands. A plural ending on a word of the region's own spelling ("sygehusene") is no lean away from it.
 */
export const WEAK_LEAN_AGAINST_A_REGION: readonly LanguageAsk[] = [
  no('Hvordan jobber Region Midtjylland med forebyggelse?'),
  no('jobber Region Hovedstaden med luftforurensning'),
  no('hvordan er ventetidene i Region Nordjylland'),
  da('hvordan er ventetiderne i Helse Nord'),
  da('har Region Hovedstaden en plan for robotter paa sygehusene'),
  da('er det lang ventetid i Randers'),
];

/**
 * A follow-up naming no place, in a chat form of the other language around a term of the country the asker's
 * earlier question named: the term is borrowed there too, so the lean is no switch.
 */
export const FOLLOW_UPS_NAMING_NOTHING: readonly LanguageAsk[] = [
  da('hva med legevakt', { earlier: ['hvordan hjælper Helse Nord dem der bor på øerne'] }),
  da('hva med fastlegene?', { earlier: ['hvordan skaffer de flere læger til Finnmark'] }),
];

/**
 * The other country's region named at the start of a well-written sentence, the rest mostly words both
 * languages write: one verb, adverb, relative pronoun or loanword spelling of the asker's own tells.
 */
export const ONE_WORD_OF_THE_ASKERS: readonly LanguageAsk[] = [
  da('Har Helse Nord en plan for de ansatte, der pendler langt?'),
  da('Nævner Helse Nord klimaet overhovedet?'),
  no('Prioriterer Region Nordjylland kollektivtrafikk til sygehusene?'),
  no('Nevner Region Nordjylland digitalisering?'),
  no('Fokuserer Region Hovedstaden på forebygging?'),
];

export const LANGUAGE_BATCHES = {
  DANISH_ABOUT_NORWAY,
  NORWEGIAN_ABOUT_DENMARK,
  SHARED_WORDS,
  NO_DIACRITICS,
  TYPOS,
  NYNORSK,
  LATE_FOLLOW_UPS,
  VERY_SHORT,
  QUOTING_HEADINGS,
  SITUATIONS_ACROSS_THE_BORDER,
  FOLLOW_UPS_ACROSS_THE_BORDER,
  FEW_CUES,
  HINT_AGAINST_BORROWED_TERMS,
  WEAK_LEAN_AGAINST_A_REGION,
  FOLLOW_UPS_NAMING_NOTHING,
  ONE_WORD_OF_THE_ASKERS,
} as const;
