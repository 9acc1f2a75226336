/**
 * Everyday word forms Danish spells otherwise, folded, beside the hand-picked cues of ./language-cues.ts: the
 * words people write to a health service about their family, body, days, money, transport and work. Written
 * as Danish–Norwegian pairs and kept only where Debian's word lists agree: the form is in the bokmaal or nynorsk
 * list, in neither the danish list, and no way of typing one of those words without æ, ø, å. The
 * forms' own typings without æ, ø, å are here too where they pass the same test (test/text/typed-cues.test.ts).
 */

/** Verb forms and function words: the asker's grammar, never a term borrowed from a document. */
export const everydayGrammar: readonly string[] = [
  'aatte', 'auka', 'aukar', 'auke', 'avlyse', 'avlyser', 'avlyst', 'avlyste', 'avvise', 'avviser', 'avvist',
  'avviste', 'begynne', 'begynner', 'begynt', 'begynte', 'behandla', 'betydde', 'bodd', 'budd', 'budde', 'deltatt',
  'deltek', 'delteke', 'deretter', 'dessuten', 'fann', 'fanst', 'fantes', 'finst', 'flytta', 'forsvant', 'forsvinn',
  'forsvinne', 'forsvinner', 'forsvunne', 'forsvunnet', 'fortelje', 'fortsetje', 'forverra', 'frykte', 'funne',
  'gjeld', 'gjev', 'gjeve', 'graate', 'graater', 'graet', 'grate', 'gret', 'haapa', 'haapar', 'haapet', 'hapa',
  'hapar', 'hapet', 'heretter', 'hugsa', 'imot', 'innan', 'innanfor', 'innenfor', 'kikka', 'kikkar', 'krevje',
  'laga', 'lagar', 'laupe', 'leggje', 'levd', 'levde', 'mangla', 'moetast', 'moetes', 'moett', 'moette', 'motast',
  'motes', 'mott', 'motta', 'mottar', 'mottatt', 'motte', 'mottek', 'motteke', 'mottok', 'orsak', 'proevd',
  'proevde', 'provd', 'provde', 'rekrutterte', 'ringde', 'ringt', 'ringte', 'selje', 'setje', 'sitje', 'sjekka',
  'sjekkar', 'sjeldan', 'skjedde', 'snakka', 'spart', 'sparte', 'spurde', 'starta', 'svara', 'teke', 'tenkje',
  'tillate', 'tilsetje', 'tilsett', 'trodd', 'trudd', 'trudde', 'utanfor', 'utanlands', 'utenfor', 'utenlands',
  'utover', 'vaakne', 'vaakner', 'vaaknet', 'vakna', 'vaknar', 'vakne', 'vakner', 'vaknet', 'vanlegvis', 'velje',
  'venlegast', 'venta', 'visst',
];

/** Nouns, adjectives and participles: the documents' kind of word, which an asker may borrow. */
export const everydayWords: readonly string[] = [
  'aarleg', 'arleg', 'auga', 'auge', 'augeblink', 'auget', 'aukar', 'auke', 'avbud', 'avfall', 'barnefamiliar',
  'barnefamilier', 'barnehagar', 'barnehage', 'barnehagen', 'barnehager', 'barnepsykiatri', 'bemanning',
  'bemanningen', 'beskjed', 'beskjeden', 'beskjeder', 'besteforeldre', 'bilene', 'billett', 'blodpropp',
  'blodtrykk', 'boeker', 'boken', 'boker', 'brann', 'dagar', 'dager', 'dagleg', 'dagpengar', 'dagpenger',
  'deprimert', 'desember', 'djup', 'djupt', 'drosje', 'einsemd', 'farleg', 'fedrar', 'ferja', 'fjell', 'flyktning',
  'flyktningar', 'flyktninger', 'flytting', 'foerarkort', 'foerebygging', 'foererkort', 'foeter', 'foetter',
  'forarkort', 'foreldra', 'forerkort', 'forkjoela', 'forkjoeling', 'forkjola', 'forkjoling', 'forskjell',
  'forskjellar', 'forskjellen', 'forskjeller', 'forskjellig', 'forskjellige', 'forstatt', 'fortelje', 'forureining',
  'forurensning', 'foten', 'foter', 'fotter', 'fritt', 'frukt', 'frustrert', 'frykt', 'fryktelig', 'fulle',
  'fullstendig', 'gangavstand', 'gaten', 'gatene', 'gater', 'gikt', 'gjeld', 'gjelda', 'gjelden', 'gonger',
  'groennsaker', 'groensaker', 'gronnsaker', 'gronsaker', 'gutar', 'haap', 'haapar', 'hapar', 'hjartesjukdom',
  'hjertestans', 'hjertesykdom', 'hodet', 'hoegare', 'hoegt', 'hogare', 'hogt', 'hovud', 'hovudet', 'hovudverk',
  'hverdager', 'hvit', 'hvite', 'informert', 'institusjonar', 'interessert', 'internett', 'jamleg', 'jenta',
  'jordmodrer', 'jordmoedrer', 'kapasitet', 'klaer', 'kler', 'klimaendringar', 'klimaendringer', 'klok',
  'kommunesamanslaaing', 'kommunesamanslaing', 'kommunesammenslaaing', 'kommunesammenslaing', 'koyre', 'krevje',
  'kvardagar', 'kvelden', 'kvinna', 'kvinnen', 'kvite', 'legar', 'leggje', 'lekser', 'loenn', 'lonn', 'maatar',
  'maater', 'magesmerter', 'matar', 'mater', 'menn', 'minutt', 'misnoegd', 'misnogd', 'mjoelk', 'mjolk', 'moeta',
  'moete', 'moeter', 'moetet', 'mogleg', 'mota', 'mote', 'moter', 'motorveg', 'munnbind', 'munnen', 'nattevakt',
  'nedlegging', 'noegd', 'noekkel', 'noekkelen', 'nogd', 'nokkel', 'nokkelen', 'omraada', 'omrada', 'omsetjing',
  'ope', 'operasjonar', 'operert', 'ordfoerar', 'ordfoeraren', 'ordforar', 'ordforaren', 'overvekt', 'oye',
  'paamelding', 'pamelding', 'passord', 'pengar', 'personellmangel', 'problema', 'proevde', 'registrert',
  'regjering', 'regjeringen', 'rekruttert', 'ressurs', 'ressursar', 'ressurser', 'resultata', 'roleg',
  'ryggsmerter', 'saka', 'sakshandsamar', 'sakshandsaming', 'samfunn', 'samfunnet', 'selje', 'setje', 'situasjonar',
  'sjaafoer', 'sjafor', 'sjanse', 'sjef', 'sjefen', 'sjeldan', 'skatt', 'skjema', 'skjerm', 'skjermen', 'skolebuss',
  'skulebuss', 'skuleveg', 'slektning', 'slektningar', 'slektninger', 'soesken', 'soet', 'soete', 'sosken', 'sote',
  'spoersmaala', 'spoersmaalet', 'statlig', 'svake', 'sysken', 'tablett', 'tenkje', 'tenner', 'tidene', 'tidleg',
  'tilfelle', 'tilfellet', 'tilsetjing', 'tilskot', 'tilskudd', 'timene', 'trapp', 'trett', 'troette', 'trotte',
  'trygg', 'tykk', 'uka', 'uken', 'ukene', 'underbemanna', 'underbemannet', 'uroleg', 'utanlandsk', 'utbrent',
  'utenlandsk', 'utgift', 'utgifter', 'utkant', 'utland', 'utlandet', 'utmatta', 'utmattet', 'utredning', 'vaakne',
  'vaat', 'vakne', 'vaksinar', 'vaksine', 'vaksinen', 'vaksiner', 'vakta', 'vakten', 'vakter', 'vanleg', 'vanlege',
  'vanlegvis', 'vanlige', 'vatn', 'vatnet', 'vegar', 'vegg', 'veka', 'veke', 'vekene', 'veker', 'vekta', 'vekten',
  'velje', 'venleg', 'venlege', 'venninne', 'verksemd', 'verksemda', 'verksemder', 'vindu', 'vurdert',
];
