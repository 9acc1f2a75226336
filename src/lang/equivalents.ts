/**
 * Danish and Norwegian words for the same thing whose spellings are too far apart for the spelling keys
 * (src/text/spelling.ts) to meet: hospital/sykehus, sundhed/helse, børn/barn. A Norwegian question about a
 * Danish region's document, or a Danish one about Helse Nord's, otherwise shares no word with the passage
 * that answers it. Each entry is [Danish words, Norwegian words]; every word of one side stands for every
 * word of the other, by stem, in either direction. General vocabulary from knowledge of the two languages;
 * one word each, in their usual spelling. False friends are left out: Danish "rask" is healthy, Norwegian
 * "rask" fast; Norwegian "svært" is very, Danish "svært" hard.
 */
export const DANISH_NORWEGIAN: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  // care and the places it is given
  [['hospital', 'hospitaler'], ['sykehus', 'sjukehus']],
  [['sundhed'], ['helse']],
  [['sundhedsvæsen', 'sundhedsvæsenet'], ['helsevesen', 'helsevesenet', 'helsetjeneste']],
  [['sundhedspersonale'], ['helsepersonell']],
  [['personale'], ['personell']],
  [['sygeplejerske', 'sygeplejersker'], ['sykepleier', 'sykepleiere']],
  [['speciallæge', 'speciallæger'], ['spesialist', 'legespesialist']],
  [['skadestue'], ['legevakt']],
  [['plejehjem'], ['sykehjem']],
  [['hjemmepleje'], ['hjemmetjeneste']],
  [['genoptræning'], ['opptrening']],
  [['jordemoder', 'jordemødre'], ['jordmor', 'jordmødre']],
  [['plads', 'pladser'], ['plass', 'plasser']],
  [['sengeplads', 'sengepladser'], ['sengeplass', 'sengeplasser']],
  // people
  [['børn'], ['barn', 'barna']],
  [['borger', 'borgere', 'borgerne'], ['innbygger', 'innbyggere', 'innbyggerne']],
  [['pige', 'piger'], ['jente', 'jenter']],
  [['dreng', 'drenge'], ['gutt', 'gutter']],
  // learning and knowing
  [['uddannelse', 'uddannelser'], ['utdanning', 'utdanninger']],
  [['viden'], ['kunnskap']],
  [['sprog'], ['språk']],
  [['spørgsmål'], ['spørsmål']],
  [['spørge'], ['spørre']],
  // place and distance
  [['tæt', 'tættere'], ['nær', 'nærmere']],
  [['ø', 'øer', 'øerne'], ['øy', 'øyer', 'øyene']],
  [['færge', 'færger'], ['ferje', 'ferjer']],
  [['sommerhus'], ['hytte']],
  // how the strategies speak
  [['niveau', 'niveauer'], ['nivå', 'nivåer']],
  [['målsætning', 'målsætninger'], ['målsetting', 'målsettinger']],
  [['bedste'], ['beste']],
  [['forebyggelse'], ['forebygging']],
  [['adgang'], ['tilgang']],
  [['udbud'], ['anbud']],
  [['livsvilkår'], ['levekår']],
  [['arbejdsplads', 'arbejdspladser'], ['arbeidsplass', 'arbeidsplasser']],
  // climate and resources
  [['bæredygtig', 'bæredygtigt', 'bæredygtige'], ['bærekraftig', 'bærekraftige']],
  [['bæredygtighed'], ['bærekraft']],
  [['genanvendelse'], ['gjenvinning']],
  [['udledning', 'udledninger'], ['utslipp']],
  [['spild'], ['svinn']],
  [['madspild'], ['matsvinn']],
  [['forurening'], ['forurensning']],
  [['nedbringe'], ['redusere']],
  [['erhvervsliv'], ['næringsliv']],
  // everyday words
  [['nem', 'nemt'], ['lett', 'enkel']],
  [['arbejdsløs'], ['arbeidsledig']],
];
