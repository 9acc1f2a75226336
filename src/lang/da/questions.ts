import type { QuestionWords } from '../types.js';

export const question: QuestionWords = {
  frame: [
    'strategi', 'strategien', 'strategier', 'strategierne', 'strategisk', 'strategiske', 'regionernes',
    'arbejder', 'arbejde', 'plan', 'planer', 'planlaegger', 'tiltag', 'siger', 'skriver', 'staar',
    'dokument', 'dokumentet', 'dokumenterne', 'taenker', 'taenkt', 'mener', 'politik', 'politikken',
    // the same words inflected: 'hvad er planen med …', 'hvad er målet med arbejdet'
    'planen', 'planerne', 'planlagt', 'planlagte', 'tiltagene', 'strategiens', 'arbejdet',
    // what a region has chosen ('hvilke værdier har de valgt?') is what it says
    'valgt', 'valgte',
    // who is asked: those who decide a region's strategy ('har politikerne nogen plan?' asks the region)
    'politikerne', 'politikere', 'politikernes', 'regionspolitikerne', 'regionsraadet', 'regionsraadets', 'regionsraadspolitikerne',
  ],
  infinitiveMarkers: ['at'],
  fillers: [
    // something like what was asked before: its topic is in the earlier turn
    'lignende', 'tilsvarende',
    'overhovedet', 'egentlig', 'egentligt', 'virkelig', 'faktisk', 'altsaa', 'mon', 'nogensinde', 'saadan', 'saadanne', 'saadant',
    'bare', 'nu', 'saa', 'stadig', 'fortsat', 'ogsaa', 'snart', 'ellers', 'forresten', 'istedet', 'istedetfor', 'istedenfor',
    'satser', 'satse', 'interesserer', 'interessere', 'bekymrer', 'bekymre', 'gider', 'gide', 'interesseret', 'beskaeftiger', 'beskaeftige', 'lover', 'love', 'forventer', 'forvente', 'forventes', 'sikre', 'sikrer',
    'haandterer', 'haandtere', 'tager', 'tage', 'giver', 'give', 'faar', 'faa', 'goer', 'gjort', 'kan', 'skal',
    'forvente', 'regne', 'tilbyder', 'tilbyde', 'kaempe',
    'slags', 'sker', 'ske', 'passer', 'stemmer', 'rigtigt', 'blik', 'fortael', 'fortaelle', 'fortaeller',
    // asked for a summary: what of is the topic
    'overblik', 'overblikket', 'oversigt', 'oversigten',
    // "hver især": each of those named, not a topic
    'isaer',
    // judging what was told: "er det normalt?", "er det vigtigt?" ask about the situation or what
    // was said, which then decides
    'normalt', 'almindeligt', 'farligt', 'alvorligt', 'okay', 'ok', 'vigtig', 'vigtigt', 'vigtige',
    // asking whether things change, for whom, or at all: the topic is in the situation told before
    'folk', 'nogen', 'ting', 'maade', 'findes', 'vide', 'undrer', 'spekulerer', 'burde', 'imod',
    'anderledes', 'nemmere', 'lettere', 'enklere', 'vaerre', 'stoppe', 'stopper', 'aendre', 'aendret',
    // avoiding what was told ('hvordan vil de undgå det?'), and 'flere' typed short: the topic is around them
    'undgaa', 'undgaas', 'undgik', 'forhindre', 'forhindres', 'fler',
    // asking what a term means ('hvad betyder …', 'hvad menes med …'): the topic is the term
    'betyder', 'betyde', 'menes', 'forstaas', 'oversaette', 'oversaetter', 'forklare', 'forklarer',
    // being allowed ('får de lov at/til …'): the topic is what they may do
    'lov',
    // whether it applies, always or never, instead of, whether it is meant so: the topic is around them
    'gaelder', 'gaelde', 'altid', 'aldrig', 'stedet', 'meningen',
    // where, when and what changes, said around the topic: 'deroppe', 'de næste år', 'når der skal gøres ændringer'
    'deroppe', 'dernede', 'derovre', 'heroppe', 'bagefter', 'aarene', 'aarerne', 'goeres', 'aendring', 'aendringer', 'aendringerne',
    // the other adverbs of place and direction ('de ude på øerne', 'hun var inde til kontrol', 'når han er tilbage'),
    // a closed class of the language: they place the situation, never name what is asked
    'ude', 'inde', 'oppe', 'nede', 'henne', 'omme', 'fremme', 'vaek', 'tilbage', 'overalt', 'herude', 'derude', 'herinde',
    'derinde', 'hernede', 'herovre', 'derhenne', 'herhenne', 'rundt', 'omkring',
    // what the asker has read or believes, and 'ikke' typed short: the topic is what follows
    'laest', 'synes', 'syntes', 'tror', 'ikk',
    // chat's short forms of function words ('elr' for eller)
    'elr', 'ell',
    // comparing with elsewhere ('sammenlignet med andre steder', 'som resten af regionen'): the topic is what is compared
    'sammenlignet', 'sammenligne', 'sammenlignes', 'resten',
    // the people a situation is about ('kan min mor få hjælp hjemme'): who is asking for, never what is asked
    'mor', 'moren', 'moderen', 'far', 'faren', 'faderen', 'mormor', 'morfar', 'farmor', 'farfar', 'bedstemor', 'bedstefar',
    'oldemor', 'oldefar', 'onkel', 'tante', 'moster', 'faster', 'morbror', 'farbror', 'soester', 'bror', 'broder', 'soen',
    'soennen', 'datter', 'datteren', 'svigermor', 'svigerfar', 'svigerdatter', 'svigersoen', 'kone', 'konen', 'hustru',
    'mand', 'manden', 'kaereste', 'nabo', 'naboen', 'veninde', 'barnebarn',
  ],
  clauseQuestionWords: ['hvad', 'hvordan', 'hvorfor', 'hvornaar', 'hvem', 'hvilke', 'hvilken', 'mon'],
  whyPhrases: ['hvorfor', 'hvordan kan det være', 'hvad er grunden til', 'hvad er begrundelsen'],
  reasonGivers: ['fordi', 'derfor', 'eftersom', 'skyldes', 'på grund af', 'årsagen', 'baggrunden for'],
  firstPerson: ['jeg', 'mig', 'min', 'mit', 'mine', 'vi', 'os', 'vores'],
  questionOpeners: [
    'hvad', 'hvordan', 'hvorfor', 'hvornaar', 'hvem', 'hvilken', 'hvilket', 'hvilke', 'hvor', 'mon',
    // asked to be told
    'fortael', 'forklar', 'beskriv', 'opsummer', 'sammenlign',
  ],
  yesNoVerbs: [
    'er', 'kan', 'vil', 'skal', 'maa', 'faar', 'bliver', 'goer', 'har', 'findes', 'tager', 'kommer', 'hjaelper',
    'bruger', 'taenker', 'gaelder', 'sker', 'arbejder', 'burde', 'tilbyder', 'soerger',
  ],
  // not "i" (a preposition, as typed in lower case): a capital "I" is checked as written
  subjects: ['du', 'de', 'man', 'vi', 'han', 'hun', 'den', 'det', 'der', 'nogen', 'nogle', 'folk', 'regionen', 'regionerne'],
  followUpOpeners: ['og', 'men', 'samme', 'ogsaa', 'fortael mere', 'mere om', 'uddyb', 'kan du uddybe'],
  newSubject: ['noget helt andet', 'et andet spoergsmaal', 'et nyt spoergsmaal', 'nyt spoergsmaal', 'skift af emne', 'apropos noget andet', 'forresten', 'i oevrigt'],
  topicShiftOpeners: ['hvad med', 'hvad saa med', 'hvad om', 'og hvad med', 'og hvad saa med', 'men hvad med'],
  // "noget lignende", "det tilsvarende": like what was asked before
  backReferences: ['de', 'dem', 'deres', 'det', 'den', 'dette', 'denne', 'der', 'disse', 'samme', 'ogsaa', 'lignende', 'tilsvarende', 'saa'],
  fillerPhrases: ['i det hele taget', 'i det store hele', 'alt i alt', 'i stedet', 'hver gang', 'i grunden', 'aerlig talt', 'aerligt talt', 'helt aerligt', 'aerligt sagt'],
  situationPointers: [
    'sådan noget', 'sådant', 'sådanne', 'sådan nogen', 'den slags', 'det slags', 'folk som mig', 'folk som os', 'folk som hende',
    'folk som ham', 'folk som dem', 'en som mig', 'sådan en som', 'i sådan en situation', 'i den situation', 'i vores situation',
    'sådan nogle', 'nogle som os', 'nogen som os', 'nogle som mig', 'nogen som mig', 'sådanne som', 'det her', 'det der',
    // what was told, pointed at as "it": "hvad siger politikerne til det?", "sker der noget ved dette?"
    'til det', 'ved det', 'til dét', 'ved dét', 'om det', 'til dette', 'ved dette',
    // asked to sum up what was told ("… hvilke værdier de bygger på. Kan du give mig et overblik?")
    'et overblik', 'en oversigt', 'opsummere det', 'hjælpe mig med det',
  ],
  claimChecks: [
    'stemmer det', 'passer det', 'er det rigtigt', 'er det rigtig', 'er det sandt', 'er det korrekt', 'er det sådan',
    'er det en myte', 'er det et rygte', 'er det bare et rygte', 'er der noget om det', 'er der noget i det',
    'er der hold i det', 'holder det', 'holder det stik', 'har de ret', 'har han ret', 'har hun ret', 'kan du bekræfte', 'kan i bekræfte',
    'bekræft det', 'bekræfte det', 'afkræfte det', 'gælder det stadig', 'gælder det endnu', 'gælder det stadigvæk', 'er det stadig sådan',
    // asked of the strategy itself: "står det i strategien?"
    'står det i strategi*', 'står det i * strategi*', 'står det virkelig i strategi*', 'står det i planen',
  ],
  ordinals: {
    'den foerste': 0, 'det foerste': 0, 'den anden': 1, 'det andet': 1, 'den tredje': 2, 'det tredje': 2,
    'den fjerde': 3, 'det fjerde': 3, 'den femte': 4, 'det femte': 4, 'den sidste': -1, 'det sidste': -1,
    'nummer et': 0, 'nummer to': 1, 'nummer tre': 2, 'nummer fire': 3, 'nummer fem': 4,
  },
  others: ['andre', 'anden', 'andet', 'oevrige', 'resten', 'resterende'],
  courtesy: [
    'tak', 'mange tak', 'tusind tak', 'tak for svaret', 'tak for det', 'ok', 'okay', 'ok tak', 'okay tak', 'fint', 'super',
    'perfekt', 'aha', 'javel', 'forstaaet', 'godt at vide',
  ],
  comparing: [
    'forskel', 'forskellen', 'forskelle', 'forskellene', 'forskellig', 'forskellige', 'forskelligt', 'adskiller',
    'bedst', 'bedste', 'bedre', 'mest', 'mindst', 'vaerst', 'daarligst', 'daarligere', 'ringere', 'ligner', 'ligne', 'ens',
    'sammenligning', 'sammenligner', 'versus', 'vs', 'vinder', 'foerer', 'foran', 'sammenlignet', 'end', 'hinanden', 'ligesom',
  ],
  abbreviations: ['ca', 'kl', 'nr', 'pr', 'fx', 'eks', 'osv', 'mv', 'mfl', 'mht', 'pga', 'evt', 'dvs', 'inkl', 'ekskl', 'bla', 'jf', 'st', 'dr', 'ift', 'ifm', 'vedr', 'tlf', 'hhv', 'ang', 'iflg', 'ol'],
};
