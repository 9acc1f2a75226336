import type { QuestionWords } from '../types.js';

export const question: QuestionWords = {
  frame: [
    'strategi', 'strategien', 'strategier', 'strategiene', 'strategisk', 'strategiske', 'regionenes',
    'arbeider', 'arbeide', 'jobber', 'jobbe', 'plan', 'planer', 'planlegger', 'tiltak', 'sier', 'skriver',
    'staar', 'dokument', 'dokumentet', 'dokumentene', 'tenker', 'tenkt', 'mener', 'politikk', 'politikken',
    // the same words inflected: 'hva er planen med …', 'hva er målet med arbeidet'
    'planen', 'planene', 'planlagt', 'planlagte', 'tiltakene', 'strategiens', 'arbeidet',
    // what a region has chosen ('hvilke verdier har de valgt?') is what it says
    'valgt', 'valgte', 'valt', 'valde',
    // who is asked: those who decide a region's strategy ('har politikerne noen plan?' asks the region)
    'politikerne', 'politikere', 'politikernes', 'politikarane', 'politikarar', 'styret', 'styremedlemmene',
    // the health region itself, as "regionen" (a stopword) is
    'helseregion', 'helseregionen', 'helseregionens', 'helseregioner', 'helseregionene',
  ],
  infinitiveMarkers: ['aa', 'a'],
  fillers: [
    // something like what was asked before: its topic is in the earlier turn
    'lignende', 'liknende', 'tilsvarende',
    'overhodet', 'egentlig', 'virkelig', 'faktisk', 'altsaa', 'mon', 'noensinne', 'saann', 'saanne', 'saant', 'slik', 'slike', 'slikt', 'bare', 'naa',
    'fortsatt', 'ogsaa', 'snart', 'ellers', 'forresten', 'isteden', 'istedenfor', 'istedet', 'istedetfor',
    // "komme hit": here, where the asker is (a place word, not a topic)
    'hit',
    'satser', 'satse', 'interesserer', 'interessere', 'bekymrer', 'bekymre', 'bryr', 'bry', 'gidder', 'gidde', 'interessert', 'beskjeftiger', 'beskjeftige', 'lover', 'love', 'forventer', 'forvente', 'forventes', 'sikre', 'sikrer',
    'haandterer', 'haandtere', 'tar', 'ta', 'gir', 'gi', 'faar', 'faa', 'kan', 'skal', 'tilbyr', 'tilby',
    'seier', 'meiner', 'tenkjer', 'gjer', 'vil', 'kva', 'korleis', 'kven', 'kvifor', 'kjempe',
    'slags', 'skjer', 'skje', 'stemmer', 'riktig', 'fortell', 'fortelle', 'forteller',
    // asked for a summary: what of is the topic
    'oversikt', 'oversikten', 'overblikk', 'overblikket',
    // "hver især": each of those named, not a topic
    'isaer',
    // judging what was told: "er det normalt?", "er det viktig?" ask about the situation or what
    // was said, which then decides
    'normalt', 'vanlig', 'vanlige', 'farlig', 'alvorlig', 'greit', 'ok', 'viktig', 'viktige',
    // asking whether things change, for whom, or at all: the topic is in the situation told before
    'folk', 'noen', 'ting', 'maate', 'finnes', 'fins', 'vite', 'vet', 'lurer', 'lure', 'burde', 'imot', 'sted',
    'annerledes', 'enklere', 'lettere', 'verre', 'stoppe', 'stopper', 'endre', 'endret',
    // avoiding what was told ('hvordan vil de unngå det?'), and 'flere' typed short: the topic is around them
    'unngaa', 'unngaas', 'unngikk', 'forhindre', 'forhindres', 'fler',
    // asking what a term means ('hva betyr …', 'hva menes med …', Nynorsk 'kva tyder …'): the topic is the term
    'betyr', 'bety', 'menes', 'forstaas', 'tyder', 'oversette', 'oversetter', 'forklare', 'forklarer',
    // being allowed ('får de lov å …'): the topic is what they may do
    'lov',
    // whether it applies, always or never, instead of, whether it is meant so: the topic is around them
    'gjelder', 'gjelde', 'alltid', 'aldri', 'stedet', 'meningen',
    // where, when and what changes, said around the topic: 'der oppe', 'de neste årene', 'når det skal gjøres endringer'
    'deroppe', 'dernede', 'heroppe', 'etterpaa', 'aarene', 'gjoeres', 'endring', 'endringer', 'endringene',
    // the other adverbs of place and direction ('vi bor ute på øya', 'de inne i byen', 'når han kommer tilbake'), a
    // closed class of the language: they place the situation, never name what is asked
    'ute', 'inne', 'oppe', 'nede', 'borte', 'unna', 'vekk', 'tilbake', 'overalt', 'derinne', 'derborte', 'rundt', 'omkring',
    // speech typed as said (northern and Trøndelag dialects): question words, 'æ' (jeg), 'mæ'/'dæ', 'itj',
    // 'nokka': read as topic words, none of which the documents write, they made a question look off-topic
    'ka', 'kor', 'koss', 'kossen', 'korsn', 'korsen', 'kordan', 'koffor', 'aassen', 'ae', 'mae', 'dae', 'itj', 'nokka',
    // what the asker has read or believes: the topic is what follows
    'lest', 'tror', 'syns',
    // chat's short forms of function words ('elr' for eller, 'ikk' for ikke)
    'elr', 'ell', 'ikk',
    // comparing with elsewhere ('sammenlignet med andre steder', 'som resten av regionen'): the topic is what is compared
    'sammenlignet', 'sammenliknet', 'sammenligne', 'sammenlikne', 'sammenlignes', 'resten',
    // the people a situation is about ('får mor mi hjelp heime'): who is asking for, never what is asked
    'mora', 'moren', 'faren', 'bestemor', 'bestefar', 'oldemor', 'oldefar', 'onkel', 'onkelen', 'tante', 'tanten',
    'soester', 'syster', 'broren', 'soenn', 'sonen', 'soennen', 'dotter', 'dattera', 'svigermor', 'svigerfar', 'kona',
    'mann', 'mannen', 'kjaereste', 'samboer', 'samboeren', 'venninne', 'naboen',
  ],
  clauseQuestionWords: [
    'hva', 'hvordan', 'hvorfor', 'hvem', 'hvilke', 'hvilken', 'kva', 'korleis', 'kvifor', 'kven',
    'ka', 'koss', 'kossen', 'korsn', 'korsen', 'kordan', 'koffor', 'aassen',
  ],
  whyPhrases: [
    'hvorfor', 'kvifor', 'koffor', 'korfor', 'hvordan kan det ha seg', 'hva er grunnen til', 'hva er begrunnelsen',
    'kva er grunnen til', 'kva er grunngjevinga',
  ],
  reasonGivers: ['fordi', 'derfor', 'ettersom', 'skyldes', 'på grunn av', 'årsaken', 'grunnen', 'bakgrunnen for', 'difor'],
  firstPerson: ['jeg', 'eg', 'ae', 'meg', 'mae', 'min', 'mi', 'mitt', 'mine', 'vi', 'me', 'oss', 'vaar', 'vaart', 'vaare'],
  questionOpeners: [
    'hva', 'hvordan', 'hvorfor', 'hvem', 'hvilken', 'hvilket', 'hvilke', 'hvor', 'kva', 'korleis', 'kvifor', 'kven', 'kvar', 'kor',
    'ka', 'koss', 'kossen', 'korsn', 'korsen', 'kordan', 'koffor', 'aassen',
    // asked to be told (Nynorsk 'fortel')
    'fortell', 'fortel', 'forklar', 'beskriv', 'oppsummer', 'sammenlign',
  ],
  yesNoVerbs: [
    'er', 'kan', 'vil', 'skal', 'maa', 'faar', 'blir', 'gjoer', 'gjer', 'har', 'finnes', 'fins', 'tar', 'kommer', 'hjelper',
    'bruker', 'tenker', 'gjelder', 'skjer', 'jobber', 'arbeider', 'burde', 'tilbyr', 'soerger',
  ],
  subjects: ['du', 'dere', 'de', 'man', 'vi', 'han', 'hun', 'den', 'det', 'der', 'noen', 'folk', 'dei', 'me', 'ein', 'ho', 'regionen', 'regionene'],
  followUpOpeners: ['og', 'men', 'samme', 'ogsaa', 'fortell mer', 'mer om', 'utdyp', 'kan du utdype'],
  newSubject: ['noe helt annet', 'noko heilt anna', 'et annet spoersmaal', 'et nytt spoersmaal', 'nytt spoersmaal', 'eit anna spoersmaal', 'bytte tema', 'nytt tema', 'forresten', 'apropos'],
  topicShiftOpeners: ['hva med', 'hva saa med', 'hva om', 'og hva med', 'og hva saa med', 'men hva med', 'kva med', 'og kva med'],
  // "noget lignende", "det tilsvarende": like what was asked before
  backReferences: ['de', 'dem', 'deres', 'det', 'den', 'dette', 'denne', 'der', 'disse', 'samme', 'ogsaa', 'lignende', 'liknende', 'tilsvarende', 'saa'],
  fillerPhrases: ['i det hele tatt', 'i det heile tatt', 'i det store og hele', 'alt i alt', 'i stedet', 'i staden', 'hver gang', 'kvar gong', 'i grunnen', 'aerlig talt', 'aerlig sagt', 'helt aerlig'],
  situationPointers: [
    'sånt', 'slikt', 'sånne', 'den slags', 'det slaget', 'folk som meg', 'folk som oss', 'folk som henne', 'folk som han',
    'folk som ho', 'folk som dem', 'en som meg', 'sånne som', 'slike som', 'i en sånn situasjon', 'i en slik situasjon',
    'i vår situasjon', 'det her', 'dette her',
    // what was told, pointed at as "it": "hva tenker politikerne om det?", "skjer det noe med dette?"
    'til det', 'med det', 'om det', 'til dette', 'med dette',
    // asked to sum up what was told ("… hvilke verdier de bygger på. Kan du gi meg en oversikt?")
    'en oversikt', 'et overblikk', 'oppsummere det', 'hjelpe meg med det',
  ],
  claimChecks: [
    'stemmer det', 'stemmer dette', 'stemmer ryktet', 'stemmer ryktene', 'er det riktig', 'er det rett', 'er det sant', 'er det korrekt',
    'er det slik', 'er det sånn', 'er det en myte', 'er det et rykte', 'er det bare et rykte', 'er det berre eit rykte',
    'er det noe i det', 'er det noko i det', 'er det hold i det', 'har de rett', 'har dei rett', 'har han rett', 'har hun rett', 'har ho rett',
    'kan du bekrefte', 'kan de bekrefte', 'bekreft det', 'bekrefte det', 'avkrefte det', 'gjelder det fortsatt', 'gjelder det enda',
    'gjeld det framleis', 'er det fortsatt slik', 'er det framleis slik',
    // asked of the strategy itself: "står det i strategien?"
    'står det i strategi*', 'står det i * strategi*', 'står det virkelig i strategi*', 'står det i planen',
  ],
  ordinals: {
    'den foerste': 0, 'det foerste': 0, 'den fyrste': 0, 'det fyrste': 0, 'den andre': 1, 'det andre': 1,
    'den tredje': 2, 'det tredje': 2, 'den fjerde': 3, 'det fjerde': 3, 'den femte': 4, 'det femte': 4,
    'den siste': -1, 'det siste': -1, 'nummer en': 0, 'nummer to': 1, 'nummer tre': 2, 'nummer fire': 3, 'nummer fem': 4,
  },
  others: ['andre', 'annen', 'annet', 'oevrige', 'resten', 'resterende', 'dei andre'],
  courtesy: [
    'takk', 'tusen takk', 'mange takk', 'takk for svaret', 'takk for det', 'ok', 'okei', 'okay', 'ok takk', 'okei takk',
    'fint', 'flott', 'supert', 'perfekt', 'aha', 'javel', 'skjoenner', 'greit', 'godt aa vite',
  ],
  comparing: [
    'forskjell', 'forskjellen', 'forskjeller', 'forskjellene', 'forskjellig', 'forskjellige', 'forskjellig', 'skiller', 'skil',
    'best', 'beste', 'bedre', 'betre', 'mest', 'minst', 'verst', 'daarligst', 'daarligere', 'ligner', 'likner', 'likt', 'lik',
    'sammenligning', 'sammenlikning', 'samanlikning', 'samanlikna', 'versus', 'vs', 'vinner', 'foran', 'sammenlignet', 'sammenliknet',
    'enn', 'hverandre', 'kvarandre', 'likesom',
  ],
  abbreviations: ['ca', 'kl', 'nr', 'pr', 'f', 'eks', 'osv', 'mv', 'mfl', 'mht', 'pga', 'evt', 'dvs', 'inkl', 'ekskl', 'bla', 'jf', 'st', 'dr', 'ift', 'ifm', 'vedr', 'tlf', 'hhv', 'ang', 'iflg', 'ol', 'ev', 'dsb', 'bl'],
};
