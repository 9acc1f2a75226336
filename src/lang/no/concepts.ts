import type { ConceptContext, ConceptWords } from '../concepts.js';

/**
 * Norwegian words (Bokmål, with common Nynorsk forms) for the domain concepts (see src/lang/concepts.ts):
 * first the documents' own terms, then the everyday words people use for the same thing. Single words match
 * inflected forms (by stem), `*` any ending, and a phrase its words close together.
 */
export const concepts: ConceptWords = {
  waiting: [
    'ventetid', 'ventetider', 'uverdige ventetider', 'forsinkelser', 'rett tid', 'venteliste', 'ventelister',
    'vente lenge', 'lang ventetid', 'kø', 'køen', 'raskere behandling', 'vente på behandling',
    'lang tid', 'vente lenge', 'venter lenge', 'vente på', 'venter på', 'ventet på', 'har ventet', 'ventet i',
  ],
  cancer: ['kreft', 'kreftbehandling', 'kreftpakke*', 'kreftpasient*', 'svulst', 'tumor'],
  emergency: [
    'akuttmedisinske kjede', 'akuttmedisinsk', 'akuttberedskapen', 'akuttberedskap', 'akutt', 'ambulanse*', 'legevakt*',
    'nødetat*', 'luftambulanse*', 'redningshelikopter', 'akuttmottak*', '113',
    'akutte', 'nødsituasjon*', 'rask hjelp', 'amk',
    'akuttberedskap*', 'beredskap*', 'blodpropp', 'hjerneslag', 'hjertestans', 'hjerteinfarkt', 'falt om', 'nå fram', 'komme fram', 'kom fram', 'hjelpen kom',
  ],
  digitalContact: [
    'telemedisin*', 'telemedisinske tjenester', 'internett-portaler', 'internettportal*', 'digitalt', 'digital', 'digitale',
    'video', 'videokonsultasjon*', 'skjerm', 'nett', 'nettet', 'på nett', 'app', 'apper', 'datamaskin', 'pc',
    'smarttelefon', 'mobil', 'helsenorge', 'e-konsultasjon',
    'telefon', 'telefonen', 'hjemmefra', 'chat', 'sms',
  ],
  itSystems: [
    'ikt', 'informasjonsteknologi', 'norsk helsenett', 'nordnorsk helsenett', 'helsenett', 'bredbåndsforbindelse', 'bredbånd',
    'elektroniske nettverk', 'it', 'systemer', 'journal', 'datadeling', 'ikt-baserte', 'nettforbindelse*', 'internettforbindelse*',
    'journalen', 'pasientjournal*', 'kjernejournal', 'epj', 'opplysninger', 'dele opplysninger', 'it-system*', 'datasystem*',
  ],
  technology: ['teknologi', 'digitalisering', 'informasjonsteknologi som verktøy', 'verktøy', 'nye måter å jobbe'],
  nearCare: [
    'nærmere hjemmet', 'ambulerende spesialister', 'desentralisering', 'høyvolumtjenester', 'der vi bor', 'geografiske avstander',
    'hjemme', 'i nærheten', 'lang reisevei', 'langt å reise', 'reise langt', 'avstand', 'avstander',
    'lokalsykehus*', 'hjemmebehandling', 'heime', 'bu heime',
    'pasientreise*', 'reisevei*', 'reisetid', 'båt', 'ferje*', 'hurtigbåt*', 'reise til sykehuset', 'reise til spesialist',
  ],
  discharge: ['utskrivning', 'utskriving', 'utskrevet', 'utskrives', 'skrives ut', 'hjemmetjeneste*', 'hjemmesykepleie*', 'etter innleggelse', 'rehabilitering', 'opptrening',
    'sendt hjem', 'sendes hjem', 'kommer hjem',
    'holde øye med', 'holder øye med', 'følge opp', 'følger opp', 'oppfølging',
    'rehabiliter*', 'opptren*', 'fysioterapi', 'fysioterapeut*', 'hjemmehjelp*',
  ],
  coherence: [
    'sømløse overganger', 'sømløst', 'behandlingskjeder', 'behandlingskjeden', 'omveier', 'barrierer', 'leddene i behandlingskjeden',
    'pasientforløp', 'helhetlig*', 'sammenhengende', 'falle mellom to stoler', 'koordinering', 'koordinere',
    'sendt rundt', 'snakker sammen', 'snakker ikke sammen', 'papirene',
  ],
  primaryCare: [
    'primærhelsetjenesten', 'kommunehelsetjenesten', 'første og andre linjen', 'førstelinjen', 'sykestuefunksjoner',
    'samhandlingsarenaer', 'samhandling', 'sykestue*', 'sjukestove*', 'kommunene', 'kommune', 'kommunen', 'fastlege*', 'allmennlege*', 'kommuneoverlege*',
    'legekontor*',
    'møteplass*', 'møtesteder', 'møtes', 'felles møter',
    'sykehjem*', 'sjukeheim*', 'omsorgsbolig*',
  ],
  medicine: ['medisin', 'medisiner', 'medisinen', 'piller', 'tabletter', 'resept*', 'apotek*', 'legemidler'],
  involvement: [
    'medvirkning', 'brukerutvalg', 'deltagende', 'deltakelse', 'innspill', 'pasientundersøkelser', 'bli hørt', 'medbestemmelse',
    'være med å bestemme', 'bestemme selv', 'brukermedvirkning', 'si fra', 'påvirke',
    'spurt', 'lytte', 'lyttet', 'sin mening',
  ],
  safety: [
    'kvalitet', 'kvalitetssikring', 'avvikshåndtering', 'kvalitetsforbedring', 'beste praksis', 'dokumentasjon av egen virksomhet',
    'læring', 'pasientsikkerhet', 'feil', 'feilbehandling', 'avvik', 'uønskede hendelser', 'sikkerhet',
    'feilmedisinering', 'feil medisin', 'gikk galt', 'går galt', 'meldt', 'melde', 'meldes', 'lære av', 'lært av', 'lærer av',
  ],
  coercion: ['tvang', 'tvangsbruk', 'tvangsinnleggelse', 'beltelegging', 'reimer',
    'tvangs*', 'beltelagt', 'belter', 'lagt i belter', 'holdt fast', 'spent fast', 'tvangsmedisin*', 'tvangsbehandl*', 'skjerming',
  ],
  priorities: ['prioritering', 'prioriterte', 'prioritere', 'prioriterte pasientgrupper', 'hvem som kommer først'],
  staffShortage: [
    'rekruttering', 'rekruttere', 'stabilisering', 'stabilisere', 'helsepersonell', 'nok helsepersonell', 'attraktiv arbeidsgiver',
    'mangel på helsepersonell', 'personalmangel', 'for få ansatte', 'for få hender', 'bemanning', 'underbemanning',
    'sykepleiermangel', 'legemangel', 'ledige stillinger', 'søke jobb', 'ansette', 'travelt',
    'sykepleier*', 'leger', 'legene', 'personell', 'personalet', 'ansatte', 'medarbeidere', 'jobb', 'jobben', 'stilling', 'stillinger',
    'alt for få', 'helsefagarbeider*', 'pleiepersonell*',
    // keeping staff: what leaving is called
    'beholde', 'holde på', 'sier opp', 'si opp', 'sagt opp', 'slutte', 'slutter', 'bytte jobb',
  ],
  workEnvironment: ['arbeidsmiljø', 'utviklende arbeidsmiljø', 'trivsel', 'stress', 'stresset', 'sykemeld*', 'arbeidspress', 'travelhet', 'heltid', 'deltid', 'ha det bra', 'utbrent', 'kollega*',
    'arbeidsforhold', 'arbeidstid*', 'vakter', 'overtid', 'nattevakt*', 'kveldsvakt*', 'aftenvakt*', 'dagvakt*',
  ],
  newStaff: ['introduksjon', 'nye medarbeidere', 'nyansatt*', 'første arbeidsdag', 'opplæring', 'tatt imot', 'mottak av nye'],
  education: [
    'utdanne', 'utdanning', 'utdanningskapasitet', 'helsefag', 'desentraliserte utdanningsmodeller', 'utdanningsmodeller',
    'utdanningsstillinger', 'karriereplanlegging', 'fagutvikling', 'undervisnings*', 'veilednings*', 'kurs', 'etterutdanning',
    'videreutdanning', 'studere', 'studenter', 'student', 'lærling*', 'turnus', 'spesialisering', 'helseutdanning*', 'lis',
    'utdanne seg', 'videreutdanne*', 'etterutdanne*', 'studie', 'studiet',
  ],
  research: ['forskning', 'klinisk forskning', 'klinisk dokumentasjon', 'universitetet i tromsø', 'fou', 'forsker', 'forskere', 'forskningsprosjekt*',
    'forske', 'forskningen', 'doktorgrad', 'phd', 'kliniske studier', 'kliniske forsøk', 'vitenskap*', 'utprøving',
  ],
  leadership: ['ledelse', 'god ledelse', 'organisering', 'ledere', 'leder', 'sjef', 'sjefer', 'verdier', 'styring',
    'ansvar', 'ansvaret', 'ta ansvar',
  ],
  employeeVoice: ['ansattes erfaring', 'de ansattes', 'medvirkning fra', 'innspill', 'bli hørt', 'forslag', 'ideer', 'medbestemmelse'],
  climate: [
    'klima', 'klimaet', 'klimavennlig', 'co2', 'utslipp', 'klimagass*', 'fossilfri', 'fornybar', 'energi', 'grønn omstilling',
    'grønn', 'grønne', 'bærekraft*', 'miljøvennlig', 'bærekraftsmål*', 'fns bærekraftsmål', 'elbil*', 'solceller', 'strøm', 'strømmen', 'strømforbruk*',
  ],
  waste: ['avfall', 'gjenbruk', 'gjenvinning', 'resirkulering', 'søppel', 'kildesortering', 'kaste', 'kastes', 'engangs*', 'plast', 'forbruk',
    'søppel*', 'kaster', 'avfall*',
  ],
  food: ['mat', 'maten', 'måltider', 'kosthold', 'kostråd', 'kantine*', 'matsvinn', 'spise', 'sunn mat', 'usunn'],
  procurement: ['innkjøp', 'kjøpe inn', 'kjøper inn', 'anbud', 'leverandør*', 'miljøkrav', 'stille krav'],
  transport: ['kollektivtrafikk', 'kollektivtransport', 'ingen bil', 'uten bil', 'har ikke bil', 'med tog', 'et tog', 'flere tog', 'færre tog', 'ta toget', 'tar toget', 'tog og buss', 'buss og tog', 'buss', 'bussen', 'busser', 'jernbane*', 'trafikk', 'pasientreiser', 'pendle', 'sykkel', 'transport',
    'togforbindelse*', 'bussforbindelse*', 'offentlig transport', 'kollektiv*', 'bil', 'bilen', 'biler', 'bilene', 'bilist*',
  ],
  environment: ['miljø', 'miljøet', 'drikkevann', 'natur', 'vann'],
  growth: ['befolkningsvekst', 'flere innbyggere', 'vokser', 'kapasitet', 'kapasiteten', 'flere og flere', 'flytter hit', 'tilflyttere', 'henge med'],
  births: [
    'fødselsomsorgen', 'fødselsomsorg', 'fødsel', 'fødsler', 'føde', 'fødende', 'fødeavdeling*', 'fødestue*', 'fødetilbud*',
    'fødetilbod*', 'gravid', 'gravide', 'graviditet', 'svangerskap', 'jordmor', 'barsel', 'nyfødt', 'nyfødte',
    'første barn', 'venter barn', 'nybakte',
  ],
  mentalHealth: ['psykiatri', 'psykisk helse', 'psykisk helsevern', 'psykisk syk', 'psykiske lidelser', 'psykisk', 'depresjon', 'angst', 'schizofreni', 'bipolar', 'psykiater', 'psykolog', 'psykose',
    'autisme', 'adhd', 'ocd', 'psykiske problemer', 'psykisk uhelse', 'psykisk sårbar*',
    'spiseforstyrrelse*', 'psykiske plager', 'psykiske vansker', 'mental helse', 'psykisk plaget',
  ],
  suicide: ['selvmord', 'selvmordsraten', 'selvmordsforsøk', 'selvmordstanker', 'selvskading'],
  youngMental: ['barn og unge', 'barn og ungdom', 'ungdom', 'barne- og ungdomspsykiatri*', 'bup', 'tenåring*',
    'unge',
  ],
  physicalHealthMental: ['fysiske sykdommer', 'overdødelighet', 'lengre liv', 'dør tidligere', 'levealder', 'somatisk*'],
  addiction: ['rus', 'rusavhengighet', 'rusmisbruk', 'misbruk', 'alkohol', 'narkotika', 'avhengighet'],
  inequality: [
    'grupper med spesielle behov', 'spesielle behov', 'ulikhet', 'ulikheter', 'sosiale forskjeller', 'forskjeller i helse',
    'jevne ut', 'utsatte grupper', 'utsatte', 'sårbare', 'fattig*', 'lite penger', 'arbeidsledig*', 'bostedsløs*', 'uføretrygd*', 'likeverdig*',
    'rike og fattige', 'sosial bakgrunn', 'dysleksi', 'lesevansker', 'funksjonsnedsettelse*', 'handikap*',
    'lav inntekt', 'lavinntekt*', 'kort utdanning', 'ingen utdanning', 'lever kortere', 'dør før tiden',
    'ta hensyn', 'tar hensyn', 'tatt hensyn',
  ],
  communication: ['kommunikasjon', 'forståelig', 'forstå', 'brev', 'brevene', 'fagspråk', 'vanskelige ord', 'forklare', 'tolk',
    'forståelig', 'forklarer', 'lettforståelig*',
    'tolketjeneste*', 'tolking', 'tolke',
  ],
  publicInformation: [
    'informasjon', 'god og relevant informasjon', 'pasientrettet informasjon', 'publikums*', 'informere', 'informert', 'åpenhet',
    'forankre', 'mobilisering', 'allmennhet', 'høring', 'folkemøte',
  ],
  prevention: ['forebygging', 'forebygge', 'forebyggende', 'hindre', 'forhindre', 'unngå at', 'havner i', 'ender i', 'folkehelse', 'livsstil', 'trening', 'røyking', 'røykeslutt', 'tidlig innsats', 'leve sunt'],
  civilSociety: ['frivillig*', 'lag og foreninger', 'forening*', 'idrettslag', 'partnerskap', 'sivilsamfunnet', 'klubb', 'klubber'],
  relatives: ['pårørende', 'familie', 'familien', 'foreldre', 'nærmeste'],
  specialisation: [
    'små og sårbare', 'enhetene', 'sentraliser*',
    'legges ned', 'legge ned', 'nedlegging', 'nedleggelse', 'lokalsykehus*', 'små sykehus', 'lite sykehus', 'operasjon', 'operert', 'operere',
    'store sykehus', 'større sykehus', 'store sykehusene', 'spesialavdeling*',
  ],
  universityHospital: ['universitetssykehuset nord-norge', 'universitetssykehus*', 'kompetansemotorer', 'nordlandssykehuset', 'unn', 'høyspesialisert'],
  privateSector: ['private spesialister', 'privatpraktiserende spesialister', 'privat*', 'private sykehus', 'avtalespesialist*', 'næringsliv*'],
  economy: [
    'effektivitet', 'ressursutnyttelse', 'kostnadseffektiv*', 'kostnadseffektivitet', 'ressurser', 'ressursforvaltning',
    'økonomi', 'penger', 'pengene', 'spare', 'sparing', 'kutt', 'budsjett*', 'dyrt', 'billig*',
  ],
  culture: ['kultur', 'kulturliv', 'kunst', 'teater', 'musikk', 'museum', 'konsert*'],
  buildings: ['nybygg', 'sykehusbygg', 'nytt sykehus', 'bygg', 'byggeprosjekt*', 'renovering', 'bygning*'],
  rural: ['landsdelen', 'landsdelens', 'distriktene', 'distrikt*', 'bygda', 'bygder', 'utkant*', 'grisgrendt*', 'lange avstander', 'øyer', 'langt fra'],
  minorities: ['samisk talende', 'samisk', 'samisktalende', 'innvandrere', 'innvandrer', 'flyktning*', 'minoritet*', 'tolk', 'språk',
    'tolketjeneste*', 'tolking', 'snakker norsk', 'snakke norsk', 'morsmål*', 'fremmedspråklig*', 'utenlandsk*',
  ],
  chronic: ['eldre', 'kronikere', 'kronisk syke', 'kronisk', 'gamle', 'pensjonist*', 'flere sykdommer',
    'diabetes', 'sukkersyke', 'kols', 'astma', 'gikt', 'demens', 'dement*', 'hjertesykdom*', 'alderdom',
  ],
  vision: [
    'visjon', 'visjonen', 'målsettinger', 'målsetting', 'fokusområder', 'veivalg', 'hovedstrategi', 'strategiske grep',
    'formål', 'overordnede', 'innsatsområder', 'helse i nord',
    'målene', 'viktigste mål', 'ambisjon*', 'visjoner',
  ],
  collaboration: ['samarbeid', 'samarbeide', 'fellesløsninger', 'nettverk', 'deling av kunnskap', 'dele kunnskap', 'enheter og nivåer', 'foretaksgrenser', 'på tvers'],
  documentation: ['dokumentasjon', 'papirarbeid', 'byråkrati', 'registrering', 'skjema', 'skjemaer'],
  responsibleDoctor: ['fast lege', 'samme lege', 'kontaktperson'],
  expectations: ['forventninger', 'forventningsavklaring'],
  valueBased: ['verdibasert helsetjeneste', 'verdibasert'],
};

/**
 * Norwegian concept words that are everyday words outside health too, and the words that place a question
 * in health or the service (see ConceptContext in src/lang/concepts.ts).
 */
export const conceptContext: ConceptContext = {
  everyday: [
    // economy, the elderly, digital contact, IT
    'penger', 'pengene', 'spare', 'sparing', 'kutt', 'dyrt', 'billig*', 'budsjett*', 'ressurser', 'gamle',
    'video', 'skjerm', 'nett', 'nettet', 'på nett', 'app', 'apper', 'datamaskin', 'pc', 'smarttelefon', 'mobil',
    'telefon', 'telefonen', 'chat', 'sms', 'digital', 'digitale', 'digitalt', 'it', 'systemer', 'bredbånd',
    // transport, food, energy, culture, nature
    'med tog', 'et tog', 'flere tog', 'færre tog', 'ta toget', 'tar toget', 'tog og buss', 'buss og tog', 'buss', 'bussen', 'busser', 'trafikk', 'pendle', 'sykkel', 'transport',
    'mat', 'maten', 'måltider', 'kosthold', 'spise', 'sunn mat', 'usunn',
    'energi', 'elbil*', 'solceller', 'grønn', 'grønne', 'fornybar', 'strøm', 'strømmen', 'strømforbruk*',
    'kultur', 'kunst', 'teater', 'musikk', 'museum', 'konsert*', 'natur', 'vann',
    // leadership, ideas, associations, exercise, building, growth, the pharmacy
    'leder', 'sjef', 'sjefer', 'ansvar', 'ansvaret', 'organisering', 'innspill', 'forslag', 'ideer',
    'forening*', 'klubb', 'klubber', 'idrettslag', 'livsstil', 'trening', 'bygg', 'renovering', 'bygning*',
    'vokser', 'flere og flere', 'henge med', 'apotek*',
    // keeping and leaving, avoiding, reporting, adapting, languages
    'bil', 'bilen', 'biler', 'bilene', 'bilist*',
    'beholde', 'holde på', 'sier opp', 'si opp', 'sagt opp', 'slutte', 'slutter', 'bytte jobb', 'hindre', 'forhindre', 'unngå at',
    'havner i', 'ender i', 'meldt', 'melde', 'meldes', 'gikk galt', 'går galt', 'ta hensyn', 'tar hensyn', 'tatt hensyn',
    'utenlandsk*', 'snakker sammen', 'papirene', 'nettforbindelse*', 'internettforbindelse*',
  ],
  health: [
    'helse*', 'sykehus*', 'sjukehus*', 'lege*', 'legen', 'pasient*', 'behandling*', 'sykdom*', 'syk', 'syke', 'sykepleier*',
    'region*', 'omsorgsbolig*', 'funksjonshemm*', 'utviklingshemm*', 'psykiatri*', 'klinikk*', 'operasjon*', 'innleggelse*', 'innlagt',
    'personell*', 'spesialist*', 'fastlege*', 'legevakt*', 'akuttmottak*', 'sykehjem*', 'hjemmesykepleie*', 'hjemmetjeneste*',
    'strategi*', 'helsepersonell*', 'ansatte', 'innbygger*', 'pårørende', 'jordmor*', 'tannlege*', 'terapi*', 'helseforetak*',
  ],
};

