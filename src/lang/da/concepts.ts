import type { ConceptContext, ConceptWords } from '../concepts.js';

/**
 * Danish words for the domain concepts (see src/lang/concepts.ts): first the documents' own terms, then the
 * everyday words people use for the same thing. Single words match inflected forms (by stem), `*` any
 * ending, and a phrase its words close together.
 */
export const concepts: ConceptWords = {
  waiting: [
    'ventetid', 'ventetider', 'unødig ventetid', 'hurtig udredning', 'patientens tid', 'samme dag',
    'venteliste', 'ventelister', 'vente længe', 'lang ventetid', 'kø', 'køen', 'hurtigere behandling', 'vente på behandling',
    'lang tid', 'vente længe', 'venter længe', 'vente på', 'venter på', 'ventet på', 'ventede på', 'har ventet', 'ventet i', 'ventede i',
  ],
  cancer: ['kræftpakker', 'kræft', 'kræftbehandling', 'kræftpatient*', 'cancer', 'knude', 'svulst', 'tumor'],
  emergency: [
    'ambulancetjenesten', 'responstider', 'akuttilbud', 'akut', 'præhospital', 'akuthospital*', 'akutsygehus*',
    'ambulance*', 'skadestue*', 'akutmodtagelse*', 'lægevagt*', 'udrykning', 'redningsvogn*', 'nødopkald', '1813',
    'akutte', 'nødsituation*', 'hurtig hjælp', 'alarmcentral*',
    'akutberedskab*', 'beredskab*', 'blodprop', 'hjerneblødning', 'hjertestop', 'hjerteanfald', 'slagtilfælde', 'faldt om', 'nå frem', 'nåede frem', 'komme frem', 'hjælpen kom',
    // help arriving, asked either way round ("kommer hjælpen hurtigt", "kan man få hjælp hurtigt")
    'kommer hjælpen', 'hjælpen kommer', 'få hjælp hurtigt',
  ],
  digitalContact: [
    'digital kontakt', 'digital adgang', 'digitale løsninger', 'telemedicin*', 'digitalt',
    'video', 'videokonsultation*', 'videosamtale*', 'skærm', 'online', 'internet*', 'nettet', 'på nettet', 'app', 'apps',
    'computer', 'smartphone', 'mobiltelefon', 'e-konsultation', 'mitid', 'sundhed.dk', 'digital', 'digitale',
    'telefon', 'telefonen', 'hjemmefra', 'chat', 'sms',
  ],
  itSystems: ['it', 'it-systemer', 'systemer', 'netværk', 'bredbånd', 'netforbindelse*', 'internetforbindelse*', 'datadeling', 'journal', 'elektronisk*',
    'journalen', 'patientjournal*', 'sundhedsjournal', 'epj', 'sundhedsplatformen', 'oplysninger', 'dele oplysninger', 'it-system*',
  ],
  technology: [ 'kunstig intelligens', 'robot*', 'automatisering',
    'digitalisering', 'teknologi', 'sundhedsteknologi', 'transformationsdagsorden', 'arbejdsgange', 'teknologiske',
    'nye måder at arbejde',
  ],
  nearCare: [
    'nærmiljøet', 'eget hjem', 'nære sundhedstilbud', 'tæt på borgerne', 'nærhed', 'nært', 'hjemme', 'derhjemme',
    'i nærheden', 'tæt på', 'langt at køre', 'lang vej', 'afstand', 'lokalsygehus*', 'hjemmebehandling',
    'køretid', 'transporttid', 'køre langt', 'lang transport',
    // living far from the hospital asks for care nearer home, as much as about the region's outskirts
    'langt fra', 'langt til',
  ],
  discharge: [
    'udskrivning', 'udskrivelse', 'udskrevet', 'udskrives', 'udskrive', 'behandlingsansvar', 'komme hjem fra',
    'hjemmepleje*', 'hjemmesygeplej*', 'efter indlæggelse', 'efterforløb', 'genoptræning',
    'sendt hjem', 'sendes hjem', 'kommer hjem', 'kommet hjem',
    'holde øje med', 'holder øje med', 'følge op', 'følger op', 'fulgt op', 'følges op', 'opfølgning',
    'rehabilitering', 'genoptræn*', 'fysioterapi', 'fysioterapeut*', 'hjemmehjælp*',
  ],
  coherence: [
    'sammenhængende forløb', 'sammenhæng', 'sammenhængende', 'patientforløb', 'overgange', 'tværsektoriel*',
    'sektorgrænser', 'komplekse forløb', 'falde mellem to stole', 'koordinering', 'koordinere', 'samarbejder ikke',
    'ved ikke hvad', 'hænger sammen', 'sendt rundt', 'kastet rundt', 'taler sammen', 'snakker sammen', 'skiftene',
  ],
  primaryCare: [
    'egen læge', 'almen praksis', 'kommune', 'kommuner', 'kommunerne', 'primærsektoren', 'sundhedsaftalen',
    'praktiserende læge', 'praktiserende læger', 'hjemmeplejen', 'kommunal*', 'sektorer',
    'lægehus*', 'praktiserende',
    'mødested*', 'mødesteder', 'mødes', 'fælles møder',
    'plejehjem*', 'plejecenter*',
  ],
  medicine: ['medicin', 'medicinen', 'medicinbokse', 'medicinkort', 'piller', 'tabletter', 'recept*', 'apotek*', 'medicinering'],
  involvement: [
    'inddraget', 'inddragelse', 'inddragende', 'set, hørt', 'patientens præmisser', 'tilpasset den enkelte', 'ønsker, behov',
    'hvad er vigtigt for dig', 'medbestemmelse', 'bestemme selv', 'være med til at bestemme', 'blive hørt', 'tage hensyn',
    'indflydelse', 'mine ønsker', 'patientoplevede', 'tilfredse patienter', 'individualiseret',
    'spurgt', 'lytte', 'lyttet', 'sin mening', 'deres mening', 'sige deres mening', 'sige sin mening', 'sige min mening', 'brugerinddragelse', 'medinddragelse',
    'patientundersøgelse*', 'tilfredshedsundersøgelse*', 'spørgeskema*', 'spørger patienterne', 'hvad patienterne synes', 'patienttilfredshed',
  ],
  safety: [
    'sikker behandling', 'kvalitet', 'kvalitetsteams', 'kliniske databaser', 'læring', 'patientsikkerhed',
    'fejl', 'fejlbehandling', 'utilsigtede hændelser', 'sikkerhed', 'kvalitetsmålinger', 'registerdata',
    'fejlmedicinering', 'forkert medicin', 'gik galt', 'går galt', 'indberet*', 'lære af', 'lært af', 'lærer af',
  ],
  coercion: ['tvang', 'forebyggelse af tvang', 'tvangsindlæggelse', 'bæltefiksering', 'fiksering', 'magtanvendelse',
    'tvangs*', 'bæltefikse*', 'fikseret', 'spændt fast', 'bundet fast', 'tvangsmedicin*', 'tvangsbehandl*',
  ],
  priorities: ['prioritering', 'prioriteringer', 'vælg klogt', 'behandlingsrådet', 'prioritere', 'hvem kommer først',
    'unødvendig behandling', 'unødvendige behandlinger', 'unødvendige undersøgelser', 'overbehandling', 'overdiagnostik'],
  staffShortage: [
    'rekruttering', 'rekruttere', 'fastholdelse', 'fastholde', 'manglende arbejdskraft', 'færre medarbejdere',
    'personaleressourcer', 'arbejdskraft', 'tiltrækkes', 'attraktiv arbejdsplads',
    'mangel på personale', 'personalemangel', 'for få ansatte', 'for få hænder', 'mangler hænder', 'mangel på hænder', 'flere hænder', 'nok hænder', 'underbemanding', 'bemanding',
    'sygeplejerskemangel', 'lægemangel', 'ledige stillinger', 'søge job', 'ansætte', 'travlt', 'løber stærkt',
    'sygeplejerske*', 'læger', 'lægerne', 'personale', 'personalet', 'ansatte', 'medarbejdere', 'job', 'jobbet', 'stilling', 'stillinger',
    'alt for få', 'sosu*', 'social- og sundhedsassistent*', 'plejepersonale*',
    // keeping staff: what leaving is called
    'beholde', 'holde på', 'siger op', 'sige op', 'sagt op', 'skifte job', 'forlade faget',
  ],
  workEnvironment: [ 'brænder ud', 'brændt ud', 'udbrændt*',
    'arbejdsmiljø', 'trivsel', 'arbejdsglæde', 'work-life', 'arbejdsliv', 'arbejde og fritid', 'fuld tid',
    'arbejdstilrettelæggelse', 'stress', 'stresset', 'sygemeld*', 'arbejdspres', 'travlhed', 'fuldtid', 'deltid',
    'have det godt', 'nedslidt', 'kollega*', 'familieliv*', 'fritid', 'tid til familien', 'job og familie', 'arbejde og familie',
    'arbejdsforhold', 'arbejdstid*', 'vagter', 'vagtplan*', 'overarbejde', 'nattevagt*', 'aftenvagt*', 'dagvagt*',
  ],
  newStaff: ['god introduktion', 'introduktion', 'nye medarbejdere', 'nyansat*', 'første arbejdsdag', 'oplæring', 'taget imod'],
  education: [
    'uddannelse', 'uddannelser', 'uddannelsestilbud', 'videreuddannelse', 'sundhedsuddannelse*', 'kvalifikationer',
    'kompetencer', 'undervisning', 'uddannelsesinstitutioner', 'efteruddannelse', 'kursus', 'kurser', 'studere',
    'studerende', 'elev', 'elever', 'praktik', 'uddanne', 'speciallæge*',
    'uddanne sig', 'videreuddanne*', 'efteruddanne*', 'studie', 'studiet',
  ],
  research: ['forskning', 'sundhedsforskning', 'forskningsområde', 'forsker', 'forskere', 'forskningsprojekt*', 'universitet',
    'forske', 'forsker*', 'forskningen', 'phd', 'doktorgrad', 'kliniske forsøg', 'videnskab*',
  ],
  leadership: [
    'ledelse', 'borgernær ledelse', 'patientnær ledelse', 'god ledelse', 'lederskab', 'ledere', 'værdier', 'itop',
    'tillid', 'ordentlighed', 'professionalisme', 'hierarki', 'gennemskuelighed', 'chef', 'chefer', 'leder',
    'styring', 'kontrol', 'værdigrundlag', 'detailstyring', 'mikrostyring', 'topstyring', 'styring oppefra', 'blander sig',
    'ansvar', 'ansvaret', 'tage ansvar',
    // values as how people behave toward each other, in everyday words
    'holdning*', 'principper', 'etik', 'etiske', 'opførsel', 'opføre sig', 'adfærd', 'omgangstone', 'omgangsform*',
    'menneskesyn', 'kerneværdier', 'behandle hinanden', 'behandler hinanden',
  ],
  employeeVoice: ['indflydelse', 'lyttes til', 'deres ideer', 'medarbejderne efterspørger', 'feedback', 'kritik', 'medindflydelse', 'blive hørt', 'forslag', 'ideer'],
  climate: [
    'klima', 'klimaet', 'klimavenlig', 'klimaaftryk', 'co2', 'co2-aftryk', 'co2-udledning', 'drivhusgasser', 'fossilfri',
    'fossilfrie', 'energi', 'energiforsyning', 'klimaudslip*', 'grøn omstilling', 'grønneste', 'grøn', 'bæredygtig*', 'klimahandlingsplaner',
    'verdensmål', 'miljøvenlig', 'grønnere', 'udledning', 'udslip', 'benzin', 'diesel', 'elbil*', 'solceller', 'vindmøller', 'strøm', 'strømmen', 'strømforbrug*', 'elforbrug*', 'forurening', 'forurene*', 'forurenende',
  ],
  waste: [
    'genanvendelse', 'affald', 'affaldsfrie', 'spild', 'reducere forbruget', 'ressource', 'forbrug', 'forbruget',
    'genbrug', 'skrald', 'smide ud', 'smider ud', 'engangs*', 'plastik', 'sortere', 'affaldssortering',
    'skrald*', 'smider væk', 'smide væk', 'affald*', 'skraldespand*',
  ],
  food: ['mad', 'maden', 'måltider', 'kostråd', 'køkkendrift', 'økologisk', 'madspild', 'spise', 'kost', 'kantine*', 'sund mad', 'usund'],
  procurement: ['indkøb', 'udbud', 'bæredygtige indkøb', 'stille krav', 'leverandør*', 'købe ind', 'køber ind', 'indkøbe', 'miljøkrav'],
  transport: [
    'kollektiv trafik', 'kollektiv transport', 'ingen bil', 'uden bil', 'har ikke bil', 'jernbanen', 'elektrificering', 'krydsningsspor', 'dobbeltspor', 'infrastruktur',
    'flextrafik*', 'sygehus-flextrafikken', 'bilflåde', 'busserne', 'transport', 'medarbejdertransport', 'transportløsninger',
    'med tog', 'et tog', 'flere tog', 'færre tog', 'toget*', 'togene*', 'tage toget', 'tager toget', 'tog og bus', 'bus og tog', 'bus', 'busser', 'bussen', 'trafik', 'kørsel', 'patientbefordring', 'pendle', 'pendler', 'cykel', 'cykle',
    'jernbane', 'bil', 'bilen', 'biler', 'bilerne', 'bilist*', 'dieseltog*', 'eltog*', 'el-tog*', 'togtrafik*', 'elbil*',
    'togforbindelse*', 'busforbindelse*', 'offentlig transport', 'kollektiv*',
  ],
  environment: ['miljø', 'miljøet', 'drikkevand', 'vandløb', 'søer', 'kystvande', 'beskyttelse', 'natur', 'vand', 'vandeffektive', 'åer', 'åen', 'åerne', 'fjord*', 'kyst*', 'vandmiljø*', 'forurening', 'forurene*'],
  growth: [
    'nye indbyggere', 'vokser', 'flere mennesker', 'kapacitet', 'kapacitetsforbedringer', 'befolkningstilvækst',
    'flere og flere', 'flytter hertil', 'tilflyttere', 'følge med', 'befolkningen vokser',
  ],
  capacity: ['belægning', 'patientflow', 'kapacitet', 'overbelægning', 'overbelagt*', 'overfyldt*', 'fyldt op', 'propfyldt*',
    'ligger på gangen', 'ligger på gangene', 'gangpatient*', 'ingen ledige senge', 'mangler senge', 'for få senge', 'sengepladser',
  ],
  births: [ 'børnefamilie*', 'småbørnsfamilie*', 'jordemødre', 'jordemødrene',
    'nyfødte', 'moderne families', 'familiernes hverdag', 'fødsel', 'fødsler', 'føde', 'fødende', 'fødeafdeling*',
    'fødegang', 'gravid', 'graviditet', 'jordemoder', 'barsel', 'baby', 'nyfødt', 'svangerskab', 'fødselsomsorg',
    'første barn', 'venter barn', 'nybagte',
  ],
  mentalHealth: [ 'har det skidt', 'har det dårligt', 'ondt i livet',
    'psykiatri', 'psykiatrien', 'psykiatriske', 'psykisk sygdom', 'psykiske lidelser', 'psykisk syge', 'psykisk',
    'depression', 'angst', 'skizofreni', 'bipolar', 'psykiater', 'psykolog', 'mental sundhed', 'psykose', 'spiseforstyrrelse*',
    'autisme', 'adhd', 'ocd', 'psykiske problemer', 'mistrivsel', 'psykisk sårbar*',
  ],
  suicide: ['selvmord', 'selvmordsraten', 'selvmordsforsøg', 'selvmordstanker', 'selvskade'],
  youngMental: ['børn og unge', 'barnet og den unge', 'de unge', 'teenager*', 'børnepsykiatri*', 'ungdomspsykiatri*',
    'unge',
  ],
  physicalHealthMental: ['overdødelighed', 'fysiske sygdomme', 'længere liv', 'dør tidligere', 'levealder', 'somatisk*'],
  addiction: ['misbrug', 'samtidig misbrug', 'alkohol', 'stoffer', 'hash', 'narkotika', 'afhængighed', 'misbruger*', 'drikker for meget', 'drikker meget', 'alkoholproblem*', 'alkoholiker*', 'druk'],
  inequality: [
    'lighed i sundhed', 'ulighed', 'sociale forskelle', 'forskelle i sundhed', 'socialgruppe', 'udsatte familier', 'udsatte', 'livsvilkår', 'lige effekt',
    'differentierede tilbud', 'uanset deres forudsætninger', 'sårbare', 'fattig*', 'få penge',
    'arbejdsløs*', 'hjemløs*', 'social ulighed', 'førtidspension*', 'kontanthjælp', 'ressourcesvage',
    'rige og fattige', 'social baggrund', 'social status', 'socioøkonomisk*', 'dårligst stillede', 'ordblind*', 'læsevanskelighed*', 'handicap*', 'svært ved at læse',
    'lav indkomst', 'lavindkomst*', 'kort uddannelse', 'ingen uddannelse', 'lever kortere', 'dør før tid',
  ],
  communication: [
    'kommunikation', 'kommunikationen', 'skriftlig', 'mundtlig', 'forståelig', 'øjenhøjde', 'navigere',
    'forstå', 'breve', 'brevene', 'fagsprog', 'svære ord', 'forklaring', 'forklare', 'tolk',
    'forståeligt', 'forklarer', 'letforståelig*',
    'tolkebistand', 'tolkning', 'tolke',
  ],
  publicInformation: ['information', 'informere', 'informeret', 'orientere', 'høring', 'borgermøde', 'dialog', 'åbenhed', 'medvirkning'],
  prevention: ['forebyggelse', 'forebygge', 'forebyggende', 'forhindre', 'undgå at', 'havner i', 'ender i', 'sundt liv', 'sundere livsvilkår', 'befolkningssundhed', 'sundhedsprofilen', 'livsstil', 'motion', 'rygning', 'rygestop', 'tidlig indsats', 'leve sundt'],
  civilSociety: ['civilsamfundet', 'civilsamfund', 'foreningslivet', 'forening*', 'partnerskaber', 'partnerskab', 'frivillig*', 'idrætsforening*', 'klub', 'klubber'],
  relatives: ['pårørende', 'de pårørende', 'familie', 'familien', 'forældre', 'nærmeste'],
  specialisation: [ 'slå sammen', 'lægge sammen', 'sammenlægning*',
    'samler udvalgte funktioner', 'specialisering', 'specialiserede', 'specialfunktioner', 'akuthospitaler', 'decentral centralisering',
    'regionshospitalerne', 'højtspecialiseret', 'rette faglighed', 'centraliser*', 'lukke', 'lukkes', 'lukket', 'nedlægge*',
    'lokale sygehus', 'mindre sygehuse', 'små sygehuse', 'små hospitaler', 'lille sygehus', 'små enheder', 'små afdelinger', 'operation', 'opereret', 'operere',
    'store sygehuse', 'større sygehuse', 'store hospitaler', 'specialafdeling*',
  ],
  universityHospital: ['universitetshospital', 'universitetshospitalet', 'aarhus universitetshospital', 'auh', 'skejby', 'det nye hospital i aarhus', 'fyrtårn', 'højtspecialiseret behandling', 'international klasse', 'krumtap'],
  privateSector: [
    'private aktører', 'private behandlingstilbud', 'offentligt-privat partnerskab', 'offentlig-privat innovation', 'privat*',
    'konkurrenceudsætter', 'konkurrence', 'kapacitetsbuffer', 'privathospital*', 'erhvervsliv*', 'virksomheder',
  ],
  economy: [ 'skatteyder*', 'skattekroner', 'skattepenge*',
    'økonomi', 'økonomisk balance', 'økonomiske', 'effektiv drift', 'ressourceudnyttelse', 'omkostningseffektive', 'omkostninger',
    'sundhed for pengene', 'penge', 'pengene', 'spare', 'besparelse*', 'budget*', 'nedskæring*', 'dyrt', 'billig*',
    'krone', 'kroner', 'for pengene', 'økonomisk', 'udgift*', 'underskud', 'overskud', 'effektivitet', 'bruge pengene', 'bruger pengene',
  ],
  culture: ['kultur', 'kulturliv', 'kulturtilbud', 'kulturinstitutioner', 'kulturoplevelser', 'kunst', 'teater', 'musik', 'museum', 'koncert*'],
  buildings: [ 'moderniser*', 'gammeldags', 'forældede', 'nedslidte','bygger', 'renoverer', 'nye rammer', 'byggeri', 'anlæg', 'hospitalsbyggerier*', 'anlægsarbejder', 'nybyggeri', 'byggeprojekt*', 'nyt hospital', 'supersygehus*', 'bygning*'],
  rural: [
    'region i balance', 'tyndere befolkede', 'alle dele af regionen', 'balanceret udvikling', 'yderområde*', 'udkant*',
    'på landet', 'landdistrikt*', 'små øer', 'øerne', 'langt fra', 'langt til',
  ],
  minorities: ['indvandrere', 'indvandrer', 'flygtning*', 'etniske minoriteter', 'sprog', 'tolk', 'dansk som andetsprog', 'samisk',
    'taler dansk', 'tale dansk', 'modersmål*', 'fremmedsproget*', 'udenlandsk*',
    'tolkebistand', 'tolkning',
  ],
  chronic: ['ældre', 'kronisk syge', 'kronikere', 'de gamle', 'gamle mennesker', 'gamle folk', 'de ældre', 'komplicerede forløb', 'komplekse forløb', 'indviklede forløb', 'indviklede sygdomsforløb', 'indviklet sygdomsforløb', 'flere sygdomme', 'kronisk', 'pensionist*', 'gamle', 'multisyg*',
    'diabetes', 'sukkersyge', 'kol', 'astma', 'gigt', 'demens', 'dement*', 'hjertesygdom*', 'gammel', 'alderdom',
  ],
  vision: [
    'vision', 'visionen', 'fokusområder', 'målbillede', 'målbilledet', 'målsætning', 'strategiske fokusområder', 'moonshot',
    'politiske ambition', 'sigtelinjer', 'mission', 'formål', 'overordnede', 'indsatsområder', 'kerneopgaver', 'temaer',
    'målene', 'vigtigste mål', 'ambition*', 'visioner',
    // the long run, in everyday words
    'drøm*', 'langsigtet', 'langsigtede', 'på lang sigt', 'ledestjerne',
  ],
  collaboration: ['samarbejde', 'samarbejder', 'samarbejdspartnere', 'videndeling', 'dele viden', 'fælles løsninger', 'netværk', 'teamsamarbejde', 'tværfaglighed'],
  documentation: ['dokumentationskrav', 'dokumentation', 'papirarbejde', 'bureaukrati', 'registrering', 'skemaer', 'skriveri*', 'skrivearbejde', 'skrive i systemerne', 'skrive i journalen', 'dokumentere', 'taste ind', 'indtaste*'],
  responsibleDoctor: [ 'ny læge hver gang', 'hver ny læge', 'skifter læge', 'gentage min historie', 'fortælle min historie', 'forklare det hele igen','patientansvarlig læge', 'fast læge', 'samme læge', 'kontaktperson'],
  expectations: ['forventningsafstemning', 'forventninger', 'hvad regionen kan'],
  valueBased: ['værdibaseret sundhed', 'værdi for patienten', 'skabe værdi'],
  specialSector: ['specialsektor', 'specialsektoren', 'specialiserede og virksomme forløb', 'bosted*', 'botilbud*', 'udviklingshæm*',
    'handicappede', 'autis*', 'socialpsykiatri*', 'døgntilbud*', 'beboer*',
  ],
  selfCare: ['gøre mest muligt selv', 'ansvar for egen sundhed', 'egenomsorg', 'klare selv', 'gøre mere selv', 'selvmonitorering',
    'måle selv', 'hjemmemåling*', 'selvbetjening',
  ],
  premises: ['rammer', 'rammerne', 'udfordring*', 'forudsætning', 'forudsætninger', 'ressourcemæssige',
    'betingelse*', 'vilkår', 'vilkårene', 'præmisser', 'udgangspunkt', 'omstændighed*',
  ],
};

/**
 * Danish concept words that are everyday words outside health too, and the words that place a question in
 * health or the service (see ConceptContext in src/lang/concepts.ts): "hvor gammel er …", "spare penge på
 * …", "hvilken app …", "hvornår går bussen" are not about the strategies; "de gamle på sygehuset", "bruger
 * regionen pengene godt", "en app til lægen" are.
 */
export const conceptContext: ConceptContext = {
  everyday: [
    // economy, the elderly, digital contact, IT
    'penge', 'pengene', 'spare', 'dyrt', 'billig*', 'budget*', 'gammel', 'gamle',
    'video', 'skærm', 'online', 'internet*', 'nettet', 'på nettet', 'app', 'apps', 'computer', 'smartphone',
    'mobiltelefon', 'telefon', 'telefonen', 'chat', 'sms', 'digital', 'digitale', 'digitalt', 'it', 'systemer', 'netværk', 'bredbånd',
    // transport, food, energy, culture, nature
    'med tog', 'et tog', 'flere tog', 'færre tog', 'toget*', 'togene*', 'tage toget', 'tager toget', 'tog og bus', 'bus og tog', 'bus', 'busser', 'bussen', 'trafik', 'cykel', 'cykle', 'kørsel', 'pendle', 'pendler', 'transport',
    'mad', 'maden', 'spise', 'kost', 'økologisk', 'sund mad', 'usund', 'måltider',
    'energi', 'benzin', 'diesel', 'elbil*', 'solceller', 'vindmøller', 'grøn', 'strøm', 'strømmen', 'strømforbrug*', 'elforbrug*',
    'kultur', 'kunst', 'teater', 'musik', 'museum', 'koncert*', 'vand', 'natur', 'søer', 'åer', 'åen', 'åerne', 'fjord*', 'kyst*',
    // leadership, ideas, associations, exercise, building, growth, the pharmacy
    'chef', 'chefer', 'leder', 'ansvar', 'ansvaret', 'kontrol', 'tillid', 'forslag', 'ideer', 'kritik', 'feedback',
    'forening*', 'klub', 'klubber', 'idrætsforening*', 'motion', 'livsstil', 'bygger', 'renoverer', 'anlæg', 'bygning*',
    'vokser', 'flere mennesker', 'følge med', 'flere og flere', 'apotek*',
    // trains, keeping and leaving, avoiding, reporting, languages
    'bil', 'bilen', 'biler', 'bilerne', 'bilist*', 'dieseltog*', 'eltog*', 'el-tog*', 'togtrafik*', 'beholde', 'holde på', 'siger op', 'sige op', 'sagt op',
    'skifte job', 'forhindre', 'undgå at', 'havner i', 'ender i', 'indberet*', 'gik galt', 'går galt', 'udenlandsk*', 'taler sammen',
    'snakker sammen', 'netforbindelse*', 'internetforbindelse*',
    // merging, modernising, machines, taxes, feeling bad: said of anything, not only of health
    'slå sammen', 'lægge sammen', 'sammenlægning*', 'moderniser*', 'gammeldags', 'forældede', 'nedslidte',
    'blander sig', 'klare selv', 'elbil*', 'beboer*',
    'fritid', 'familieliv*', 'tid til familien', 'job og familie', 'arbejde og familie', 'spørgeskema*',
    'kunstig intelligens', 'robot*', 'automatisering', 'skatteyder*', 'skattekroner', 'skattepenge*', 'har det skidt', 'har det dårligt',
    // money, fairness, manners and conditions are spoken of everywhere
    'krone', 'kroner', 'for pengene', 'økonomisk', 'udgift*', 'underskud', 'overskud', 'bruge pengene', 'bruger pengene',
    'drøm*', 'langsigtet', 'langsigtede', 'på lang sigt',
    'holdning*', 'principper', 'etik', 'etiske', 'opførsel', 'opføre sig', 'adfærd', 'omgangstone', 'omgangsform*',
    'rammer', 'rammerne', 'udfordring*', 'betingelse*', 'vilkår', 'vilkårene', 'udgangspunkt', 'omstændighed*',
  ],
  health: [
    'sundhed*', 'sygehus*', 'hospital*', 'læge*', 'lægen', 'patient*', 'behandling*', 'sygdom*', 'syg', 'syge', 'sygeplejerske*',
    'region*', 'bosted*', 'handicap*', 'udviklingshæm*', 'psykiatri*', 'klinik*', 'operation*', 'indlæggelse*', 'indlagt',
    'personale*', 'speciallæge*', 'specialist*', 'konsultation*', 'sundhedsvæsen*', 'lægevagt*', 'skadestue*', 'akutmodtagelse*', 'plejehjem*', 'hjemmepleje*',
    'strategi*', 'sundhedspersonale*', 'medarbejder*', 'ansatte', 'borger*', 'pårørende', 'jordemoder*', 'tandlæge*', 'terapi*',
  ],
  // "bygger på" / "bygger videre på": is based on, builds on (an idea), not a building
  notMentioning: {
    buildings: ['bygger på', 'bygger videre på'],
    // taking care of someone ('tage vare på de ældre') buys no goods: the topic is whom
    procurement: ['tage vare på', 'tager vare på', 'taget vare på', 'ta vare på'],
    // care on the patient's terms is involvement, not the conditions the region works under
    premises: ['patientens præmisser', 'egne præmisser'],
  },
};

