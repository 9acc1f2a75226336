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
    'lang tid', 'venter længe', 'vente på', 'venter på', 'ventet på', 'ventede på', 'har ventet', 'ventet i', 'ventede i',
    'længe vente', 'længe skal jeg vente', 'hvornår undersøgt', 'få en tid', 'får en tid', 'fik en tid', 'evigheder', 'trækker ud', 'udredning*',
    // how soon care comes ('hvor hurtigt får man svar'): the time the strategies promise
    'hvor hurtigt', 'hvor hurtig',
  ],
  cancer: ['kræftpakker', 'kræft', 'kræftbehandling', 'kræftpatient*', 'cancer', 'knude', 'svulst', 'tumor',
    'kræft*', 'leukæmi', 'kemoterapi', 'kemo', 'strålebehandling*', 'stråleterapi',
  ],
  emergency: [
    'ambulancetjenesten', 'responstider', 'akuttilbud', 'akut', 'præhospital', 'akuthospital*', 'akutsygehus*',
    'ambulance*', 'skadestue*', 'akutmodtagelse*', 'lægevagt*', 'udrykning', 'redningsvogn*', 'nødopkald', '1813',
    'akutte', 'nødsituation*', 'hurtig hjælp', 'alarmcentral*',
    'akutberedskab*', 'beredskab*', 'blodprop', 'hjerneblødning', 'hjertestop', 'hjerteanfald', 'slagtilfælde', 'faldt om', 'nå frem', 'nåede frem', 'komme frem', 'hjælpen kom',
    // help arriving, asked either way round ("kommer hjælpen hurtigt", "kan man få hjælp hurtigt")
    'kommer hjælpen', 'hjælpen kommer', 'få hjælp hurtigt',
    '112', 'ulykke', 'ulykker', 'ulykken', 'helikopter*', 'akutlæge*', 'vagtlæge*',
  ],
  digitalContact: [
    'digital kontakt', 'digital adgang', 'digitale løsninger', 'telemedicin*', 'digitalt',
    'video', 'videokonsultation*', 'videosamtale*', 'skærm', 'online', 'internet*', 'nettet', 'på nettet', 'app', 'apps',
    'computer', 'smartphone', 'mobiltelefon', 'e-konsultation', 'mitid', 'sundhed.dk', 'digital', 'digitale',
    'telefon', 'telefonen', 'hjemmefra', 'chat', 'sms',
  ],
  itSystems: ['it', 'it-systemer', 'systemer', 'internet', 'internettet', 'digitalisering', 'bredbånd', 'netforbindelse*', 'internetforbindelse*', 'datadeling', 'journal', 'elektronisk*',
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
    'færge*', 'færgen',
    // an island's way in to the hospital
    'sejle*', 'sejlads*', 'ind til byen', 'ind til sygehuset', 'ind til hospitalet', 'på en ø', 'på øen',
    'langt væk', 'langt ude', 'timers kørsel', 'times kørsel',
    // "closer to" is how care moved out to people is asked for; "tæt på" alone misses the comparative
    'tættere på',
  ],
  discharge: [
    'udskrivning', 'udskrivelse', 'udskrevet', 'udskrives', 'udskrive', 'behandlingsansvar', 'komme hjem fra',
    'hjemmepleje*', 'hjemmesygeplej*', 'efter indlæggelse', 'efterforløb', 'genoptræning',
    'sendt hjem', 'sendes hjem', 'kommer hjem', 'kommet hjem',
    'holde øje med', 'holder øje med', 'følge op', 'følger op', 'fulgt op', 'følges op', 'opfølgning',
    'rehabilitering', 'genoptræn*', 'fysioterapi', 'fysioterapeut*', 'hjemmehjælp*',
    'skrevet ud', 'skrives ud',
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
    'mødested*', 'mødesteder', 'fælles møder',
    'plejehjem*', 'plejecenter*',
  ],
  medicine: ['medicin', 'medicinen', 'medicinbokse', 'medicinkort', 'piller', 'tabletter', 'recept*', 'apotek*', 'medicinering',
    'medicinliste*', 'doseringsæske*', 'dosisæske*', 'pilleæske*', 'dosisdispensering', 'bivirkning*', 'lægemidler', 'lægemiddel*',
  ],
  involvement: [
    'inddraget', 'inddragelse', 'inddragende', 'set, hørt', 'patientens præmisser', 'tilpasset den enkelte', 'ønsker, behov',
    'hvad er vigtigt for dig', 'medbestemmelse', 'bestemme selv', 'med til at bestemme', 'blive hørt', 'tage hensyn',
    'indflydelse', 'mine ønsker', 'patientoplevede', 'tilfredse patienter', 'individualiseret',
    'spurgt', 'lytte', 'lyttet', 'sin mening', 'deres mening', 'sige deres mening', 'sige sin mening', 'sige min mening', 'brugerinddragelse', 'medinddragelse',
    'patientundersøgelse*', 'tilfredshedsundersøgelse*', 'spørgeskema*', 'spørger patienterne', 'hvad patienterne synes', 'patienttilfredshed',
    'vælge selv', 'være med til at vælge', 'ikke hørt', 'ikke lyttet',
    'uden at spørge', 'uden at blive spurgt',
    // being consulted
    'med på råd', 'til råds', 'rådspørge*', 'noget at sige', 'brugerråd*', 'patientråd*', 'pårørenderåd*', 'et ord at sige', 'påvirke beslutning*',
  ],
  safety: [
    'sikker behandling', 'kvalitet', 'kvalitetsteams', 'kliniske databaser', 'læring', 'patientsikkerhed',
    'fejl', 'fejlbehandling', 'utilsigtede hændelser', 'sikkerhed', 'kvalitetsmålinger', 'registerdata',
    'fejlmedicinering', 'forkert medicin', 'gik galt', 'går galt', 'indberet*', 'lære af', 'lært af', 'lærer af',
    'fejldiagnos*', 'diagnosefejl', 'patienterstatning*', 'infektion*', 'overså',
  ],
  coercion: ['tvang', 'forebyggelse af tvang', 'tvangsindlæggelse', 'bæltefiksering', 'fiksering', 'magtanvendelse',
    'tvangs*', 'bæltefikse*', 'fikseret', 'spændt fast', 'bundet fast', 'tvangsmedicin*', 'tvangsbehandl*',
    'mod sin vilje', 'mod hans vilje', 'mod hendes vilje', 'mod min vilje', 'ufrivillig indlæggelse',
  ],
  priorities: ['prioritering', 'prioriteringer', 'vælg klogt', 'behandlingsrådet', 'prioritere', 'hvem kommer først',
    'unødvendig behandling', 'unødvendige behandlinger', 'unødvendige undersøgelser', 'overbehandling', 'overdiagnostik'],
  staffShortage: [
    'rekruttering', 'rekruttere', 'fastholdelse', 'fastholde', 'manglende arbejdskraft', 'færre medarbejdere',
    'personaleressourcer', 'arbejdskraft', 'tiltrækkes', 'attraktiv arbejdsplads',
    'mangel på personale', 'personalemangel', 'for få ansatte', 'for få hænder', 'færre hænder', 'mangler hænder', 'mangel på hænder', 'flere hænder', 'nok hænder', 'underbemanding', 'bemanding',
    'sygeplejerskemangel', 'lægemangel', 'ledige stillinger', 'søge job', 'ansætte', 'travlt', 'løber stærkt',
    // doctors in the plural: "lægen" of a patient's story is the one treating, no word on staffing
    'sygeplejerske*', 'læger*', 'personale', 'personalet', 'ansatte', 'medarbejdere', 'job', 'jobbet', 'ubesatte stillinger', 'faste stillinger',
    'alt for få', 'sosu*', 'social- og sundhedsassistent*', 'plejepersonale*',
    // keeping staff: what leaving is called
    'beholde', 'holde på', 'siger op', 'sige op', 'sagt op', 'skifte job', 'forlade faget',
    'vikar*',
    // people, in the everyday word for them: enough of them, too few, finding more
    'nok folk', 'folk nok', 'mangler folk', 'mangel på folk', 'for få folk', 'flere folk', 'skaffe folk', 'finde folk',
    'nok personale', 'nok ansatte', 'nok læger', 'nok sygeplejersker',
  ],
  workEnvironment: [ 'brænder ud', 'brændt ud', 'udbrændt*',
    'arbejdsmiljø', 'trivsel', 'arbejdsglæde', 'work-life', 'arbejdsliv', 'arbejde og fritid', 'fuld tid',
    'arbejdstilrettelæggelse', 'stress', 'stresset', 'sygemeld*', 'arbejdspres', 'travlhed', 'fuldtid', 'deltid',
    'have det godt', 'nedslidt', 'kollega*', 'familieliv*', 'fritid', 'tid til familien', 'job og familie', 'arbejde og familie',
    'arbejdsforhold', 'arbejdstid*', 'vagter', 'vagtplan*', 'overarbejde', 'nattevagt*', 'aftenvagt*', 'dagvagt*',
    'ikke tid til', 'ikke tid nok', 'presset', 'pressede', 'under pres', 'lange vagter', 'for mange timer', 'dårlig stemning', 'mobning', 'jobglæde', 'trives på arbejdet', 'trives på jobbet',
  ],
  newStaff: ['god introduktion', 'introduktion', 'nye medarbejdere', 'nyansat*', 'første arbejdsdag', 'oplæring', 'taget imod',
    'nyuddanne*', 'ny på jobbet', 'første dag på', 'mentor*', 'følgeordning*',
  ],
  education: [
    'uddannelse', 'uddannelser', 'uddannelsestilbud', 'videreuddannelse', 'sundhedsuddannelse*', 'kvalifikationer',
    'kompetencer', 'undervisning', 'uddannelsesinstitutioner', 'efteruddannelse', 'kursus', 'kurser', 'studere',
    'studerende', 'elev', 'elever', 'praktik', 'uddanne', 'speciallæge*',
    'uddanne sig', 'videreuddanne*', 'efteruddanne*', 'studie', 'studiet',
    'sygeplejerskeuddannelse*', 'sygeplejestuderende', 'medicinstuderende', 'lægestuderende', 'medicinstudie*', 'praktikplads*', 'læreplads*', 'studiepladser', 'uddannelsesplads*',
  ],
  research: ['forskning', 'sundhedsforskning', 'forskningsområde', 'forsker', 'forskere', 'forskningsprojekt*', 'universitet',
    'forske', 'forsker*', 'forskningen', 'phd', 'doktorgrad', 'kliniske forsøg', 'videnskab*',
  ],
  leadership: [
    'ledelse*', 'borgernær ledelse', 'patientnær ledelse', 'god ledelse', 'lederskab', 'ledere*', 'værdier*', 'itop',
    'tillid', 'ordentlighed', 'professionalisme', 'hierarki', 'gennemskuelighed', 'chef', 'chefer', 'leder*',
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
    'klimaforandring*', 'global opvarmning', 'opvarmning', 'miljøbelastning', 'miljøpåvirkning', 'klimakrise*', 'grønt', 'miljø', 'miljøet',
  ],
  waste: [
    'genanvendelse', 'affald', 'affaldsfrie', 'spild', 'reducere forbruget', 'affald som en ressource', 'forbrug', 'forbruget',
    'genbrug', 'skrald', 'smide ud', 'smider ud', 'engangs*', 'plastik', 'sortere', 'affaldssortering',
    'skrald*', 'smider væk', 'smide væk', 'affald*', 'skraldespand*',
  ],
  food: ['mad', 'maden', 'måltider', 'kostråd', 'køkkendrift', 'økologisk', 'madspild', 'spise', 'kost', 'kantine*', 'sund mad', 'usund'],
  procurement: ['indkøb', 'udbud', 'bæredygtige indkøb', 'stille krav', 'leverandør*', 'købe ind', 'køber ind', 'indkøbe', 'miljøkrav',
    'handler ind', 'handle ind', 'indkøber*',
  ],
  transport: [
    'kollektiv trafik', 'kollektiv transport', 'ingen bil', 'uden bil', 'har ikke bil', 'jernbanen', 'elektrificering', 'krydsningsspor', 'dobbeltspor', 'infrastruktur',
    'flextrafik*', 'sygehus-flextrafikken', 'bilflåde', 'busserne', 'transport', 'medarbejdertransport', 'transportløsninger',
    'med tog', 'et tog', 'flere tog', 'færre tog', 'toget*', 'togene*', 'tage toget', 'tager toget', 'tog og bus', 'bus og tog', 'bus', 'busser', 'bussen', 'trafik', 'kørsel', 'patientbefordring', 'pendle', 'pendler', 'cykel', 'cykle',
    'jernbane', 'bil', 'bilen', 'biler', 'bilerne', 'bilist*', 'dieseltog*', 'eltog*', 'el-tog*', 'togtrafik*', 'elbil*',
    'togforbindelse*', 'busforbindelse*', 'offentlig transport', 'kollektiv*',
  ],
  environment: ['miljø', 'miljøet', 'drikkevand', 'vandløb', 'søer', 'kystvande', 'beskyttelse', 'natur', 'vand', 'vandeffektive', 'åer', 'åen', 'åerne', 'fjord*', 'kyst*', 'vandmiljø*', 'forurening', 'forurene*',
    'grundvand*', 'vandkvalitet*',
    // the water from the tap (the documents' "rent drikkevand i hanerne")
    'drikkevandet', 'drikke vandet', 'vand fra hanen', 'vandet fra hanen', 'vandet i hanen', 'hanevand', 'postevand*', 'vandhane*', 'rent vand', 'vandforsyning*',
  ],
  growth: [
    'nye indbyggere', 'vokser', 'flere mennesker', 'kapacitet', 'kapacitetsforbedringer', 'befolkningstilvækst',
    'flere og flere', 'flytter hertil', 'tilflyttere', 'følge med', 'befolkningen vokser',
    'flere ældre', 'ældrebølge*', 'aldrende befolkning', 'flere indbyggere', 'flere borgere', 'indbyggertal*', 'folketal*', 'befolkningsudvikling*', 'befolkningsvækst',
  ],
  capacity: ['belægning', 'patientflow', 'kapacitet', 'overbelægning', 'overbelagt*', 'overfyldt*', 'fyldt op', 'propfyldt*',
    'ligger på gangen', 'ligger på gangene', 'gangpatient*', 'ingen ledige senge', 'mangler senge', 'for få senge', 'sengepladser',
    'senge', 'sengeplads*', 'sengemangel', 'ingen plads', 'ikke plads', 'fulde afdelinger',
  ],
  births: [ 'børnefamilie*', 'småbørnsfamilie*', 'jordemødre', 'jordemødrene',
    'nyfødte', 'moderne families', 'familiernes hverdag', 'fødsel', 'fødsler', 'føde', 'fødende', 'fødeafdeling*',
    'fødegang', 'gravid', 'graviditet', 'jordemoder', 'barsel', 'baby', 'nyfødt', 'svangerskab', 'fødselsomsorg',
    'første barn', 'venter barn', 'nybagte',
    'født for tidligt', 'for tidligt født*', 'for tidlig fødsel', 'præmatur*',
  ],
  mentalHealth: [ 'har det skidt', 'har det dårligt', 'ondt i livet',
    'psykiatri', 'psykiatrien', 'psykiatriske', 'psykisk sygdom', 'psykiske lidelser', 'psykisk syge', 'psykisk',
    'depression', 'angst', 'skizofreni', 'bipolar', 'psykiater', 'psykolog', 'mental sundhed', 'psykose', 'spiseforstyrrelse*',
    'autisme', 'adhd', 'ocd', 'psykiske problemer', 'mistrivsel', 'psykisk sårbar*',
    'har det svært', 'har det tungt', 'psyke', 'psyken', 'deprimer*', 'nedtrykt', 'ensom*', 'skizofren*', 'panikangst',
  ],
  suicide: ['selvmord', 'selvmordsraten', 'selvmordsforsøg', 'selvmordstanker', 'selvskade',
    'selvmord*', 'tage sit eget liv', 'tager sit eget liv', 'tog sit eget liv', 'taget sit eget liv', 'skader sig selv', 'skade sig selv', 'selvskad*',
  ],
  youngMental: ['børn og unge', 'barnet og den unge', 'de unge', 'teenager*', 'børnepsykiatri*', 'ungdomspsykiatri*',
    'unge',
  ],
  physicalHealthMental: ['overdødelighed', 'fysiske sygdomme', 'længere liv', 'dør tidligere', 'levealder', 'somatisk*'],
  addiction: ['misbrug', 'samtidig misbrug', 'alkohol', 'stoffer', 'hash', 'narkotika', 'afhængighed', 'misbruger*', 'drikker for meget', 'drikker meget', 'alkoholproblem*', 'alkoholiker*', 'druk',
    'narkoman*', 'stofmisbrug*', 'kokain', 'heroin', 'amfetamin', 'ludoman*', 'spilleafhængig*',
  ],
  inequality: [
    'lighed i sundhed', 'ulighed', 'sociale forskelle', 'forskelle i sundhed', 'socialgruppe', 'udsatte familier', 'udsatte', 'livsvilkår', 'lige effekt',
    'differentierede tilbud', 'uanset deres forudsætninger', 'sårbare', 'fattig*', 'få penge',
    'arbejdsløs*', 'hjemløs*', 'social ulighed', 'førtidspension*', 'kontanthjælp', 'ressourcesvage',
    'rige og fattige', 'social baggrund', 'social status', 'socioøkonomisk*', 'dårligst stillede', 'ordblind*', 'læsevanskelighed*', 'handicap*', 'svært ved at læse',
    'lav indkomst', 'lavindkomst*', 'kort uddannelse', 'ingen uddannelse', 'lever kortere', 'dør før tid',
    'svage grupper', 'de svageste', 'færrest ressourcer', 'få ressourcer', 'kan ikke læse', 'ikke kan læse', 'læse og skrive',
    // left behind by digital services: those who "har svært ved det"
    'svært ved computer*', 'svært ved it', 'svært ved det digitale', 'ikke digital', 'digitalt udfordret*', 'it-svag*',
    'uden computer', 'ingen computer', 'uden smartphone', 'hægtet af', 'ladt i stikken',
  ],
  communication: [
    'kommunikation', 'kommunikationen', 'skriftlig', 'mundtlig', 'forståelig', 'øjenhøjde', 'navigere',
    'forstå', 'breve', 'brevene', 'fagsprog', 'svære ord', 'forklaring', 'forklare', 'tolk',
    'forståeligt', 'forklarer', 'letforståelig*',
    'tolkebistand', 'tolkning', 'tolke',
    'lægesprog', 'lægelatin', 'over hovedet på',
  ],
  publicInformation: ['information', 'informere', 'informeret', 'orientere', 'høring', 'borgermøde', 'dialog', 'åbenhed', 'medvirkning'],
  prevention: ['forebyggelse', 'forebygge', 'forebyggende', 'forhindre', 'undgå at', 'havner i', 'ender i', 'sundt liv', 'sundere livsvilkår', 'befolkningssundhed', 'sundhedsprofilen', 'livsstil', 'motion', 'rygning', 'rygestop', 'tidlig indsats', 'leve sundt',
    'holde sig sund', 'leve sundere', 'overvægt*', 'fedme',
  ],
  civilSociety: ['civilsamfundet', 'civilsamfund', 'foreningslivet', 'forening*', 'partnerskaber', 'partnerskab', 'frivillig*', 'idrætsforening*', 'klub', 'klubber'],
  relatives: ['pårørende', 'de pårørende', 'familie', 'familien', 'forældre', 'nærmeste',
    'ægtefælle*', 'samlever*',
  ],
  specialisation: [ 'slå sammen', 'lægge sammen', 'sammenlægning*',
    'samler udvalgte funktioner', 'specialisering', 'specialiserede', 'specialfunktioner', 'akuthospitaler', 'decentral centralisering',
    'regionshospitalerne', 'højtspecialiseret', 'rette faglighed', 'centraliser*', 'lukke', 'lukkes', 'lukket', 'nedlægge*',
    'lokale sygehus', 'mindre sygehuse', 'små sygehuse', 'små hospitaler', 'lille sygehus', 'små enheder', 'små afdelinger', 'operation', 'opereret', 'operere',
    'store sygehuse', 'større sygehuse', 'store hospitaler', 'specialafdeling*',
  ],
  universityHospital: ['universitetshospital', 'universitetshospitalet', 'aarhus universitetshospital', 'auh', 'skejby', 'det nye hospital i aarhus', 'fyrtårn', 'højtspecialiseret behandling', 'international klasse', 'krumtap'],
  privateSector: [
    'private aktører', 'private behandlingstilbud', 'offentligt-privat partnerskab', 'offentlig-privat innovation', 'privat*',
    'konkurrenceudsætter', 'konkurrence', 'kapacitetsbuffer', 'privathospital*', 'erhvervsliv*', 'virksomheder*',
    'sundhedsforsikring*', 'sygeforsikring*', 'privat forsikring',
  ],
  economy: [ 'skatteyder*', 'skattekroner', 'skattepenge*',
    'økonomi', 'økonomisk balance', 'økonomiske', 'effektiv drift', 'ressourceudnyttelse', 'omkostningseffektive', 'omkostninger',
    'sundhed for pengene', 'penge', 'pengene', 'spare', 'besparelse*', 'budget*', 'nedskæring*', 'dyrt', 'billig*',
    'krone', 'kroner', 'for pengene', 'økonomisk', 'udgift*', 'underskud', 'overskud', 'effektivitet', 'bruge pengene', 'bruger pengene',
    'sløseri', 'pris', 'prisen', 'spild af penge',
  ],
  culture: ['kultur', 'kulturliv', 'kulturtilbud', 'kulturinstitutioner', 'kulturoplevelser', 'kunst', 'teater', 'musik', 'museum', 'koncert*', 'festival*', 'kulturhus*'],
  buildings: [ 'moderniser*', 'gammeldags', 'forældede', 'nedslidte','bygger', 'renoverer', 'nye rammer', 'byggeri', 'anlæg', 'hospitalsbyggerier*', 'anlægsarbejder', 'nybyggeri', 'byggeprojekt*', 'nyt hospital', 'supersygehus*', 'bygning*',
    'nye sygehuse', 'nye hospitaler', 'det gamle sygehus', 'det gamle hospital', 'gamle bygninger', 'bygge', 'bygges',
  ],
  rural: [
    'region i balance', 'tyndere befolkede', 'alle dele af regionen', 'balanceret udvikling', 'yderområde*', 'udkant*',
    'på landet', 'landdistrikt*', 'små øer', 'øerne', 'langt fra', 'langt til',
    'småøer', 'øboer*', 'landsby*',
  ],
  minorities: ['indvandrere', 'indvandrer', 'flygtning*', 'etniske minoriteter', 'sprog', 'tolk', 'dansk som andetsprog', 'samisk',
    'taler dansk', 'tale dansk', 'modersmål*', 'fremmedsproget*', 'udenlandsk*',
    'tolkebistand', 'tolkning',
    'samisk*', 'samer*', 'grønlænder*', 'grønlandsk*', 'udlænding*', 'arabisk', 'andet sprog', 'andre sprog',
  ],
  chronic: ['ældre', 'kronisk syge', 'kronikere', 'de gamle', 'gamle mennesker', 'gamle folk', 'de ældre', 'komplicerede forløb', 'komplekse forløb', 'indviklede forløb', 'indviklede sygdomsforløb', 'indviklet sygdomsforløb', 'flere sygdomme', 'kronisk', 'pensionist*', 'gamle', 'multisyg*',
    'diabetes', 'sukkersyge', 'kol', 'astma', 'gigt', 'demens', 'dement*', 'hjertesygdom*', 'gammel', 'alderdom',
    // long-term conditions people name instead of "kronisk syg"
    'langvarig sygdom', 'langvarige sygdomme', 'epilepsi', 'parkinson*', 'sklerose', 'leddegigt', 'slidgigt', 'psoriasis',
    'hjertesvigt', 'nyresygdom*', 'knogleskørhed', 'osteoporose', 'migræne', 'fibromyalgi', 'crohn*', 'colitis',
    'cystisk fibrose', 'muskelsvind',
    // old and alone: one of the groups with special needs, whatever else is told
    'gammel og bor alene', 'gamle og bor alene', 'gammel og alene',
  ],
  vision: [
    'vision', 'visionen', 'fokusområder', 'målbillede', 'målbilledet', 'målsætning', 'strategiske fokusområder', 'moonshot',
    'politiske ambition', 'sigtelinjer', 'mission', 'formål', 'overordnede', 'indsatsområder', 'kerneopgaver', 'temaer',
    'målene', 'vigtigste mål', 'ambition*', 'visioner',
    // the long run, in everyday words
    'drøm*', 'langsigtet', 'langsigtede', 'på lang sigt', 'ledestjerne',
    'hovedpunkt*', 'hovedtræk*', 'hovedbudskab*', 'kort fortalt', 'i korte træk', 'opsummer*', 'meningen med',
  ],
  collaboration: ['samarbejde', 'samarbejder', 'samarbejdspartnere', 'videndeling', 'dele viden', 'fælles løsninger', 'netværk', 'teamsamarbejde', 'tværfaglighed',
    // working together, as people say it
    'arbejde sammen', 'arbejder sammen', 'hver for sig'],
  documentation: ['dokumentationskrav', 'dokumentation', 'papirarbejde', 'bureaukrati', 'registrering', 'skemaer', 'skriveri*', 'skrivearbejde', 'skrive i systemerne', 'skrive i journalen', 'dokumentere', 'taste ind', 'indtaste*'],
  responsibleDoctor: [ 'ny læge hver gang', 'hver ny læge', 'skifter læge', 'gentage min historie', 'fortælle min historie', 'forklare det hele igen','patientansvarlig læge', 'fast læge', 'samme læge', 'kontaktperson'],
  expectations: ['forventningsafstemning', 'forventninger', 'hvad regionen kan',
    'forvente', 'forventer',
  ],
  valueBased: ['værdibaseret sundhed', 'værdi for patienten', 'skabe værdi',
    'værdibaseret',
  ],
  specialSector: ['specialsektor', 'specialsektoren', 'specialiserede og virksomme forløb', 'bosted*', 'botilbud*', 'udviklingshæm*',
    'handicappede', 'autis*', 'socialpsykiatri*', 'døgntilbud*', 'beboer*',
    'gruppebolig*', 'bofællesskab*', 'opholdssted*', 'døgninstitution*',
  ],
  selfCare: ['gøre mest muligt selv', 'ansvar for egen sundhed', 'egenomsorg', 'klare selv', 'gøre mere selv', 'selvmonitorering',
    'måle selv', 'hjemmemåling*', 'selvbetjening',
  ],
  premises: ['rammer', 'rammerne', 'udfordring*', 'forudsætning', 'forudsætninger', 'ressourcemæssige',
    'betingelse*', 'vilkår', 'vilkårene', 'præmisser', 'udgangspunkt', 'omstændighed*',
  ],
  governance: ['regionsrådet', 'regionsråd*', 'nationale mål', 'nationale politiske mål', 'regeringen', 'danske regioner', 'politisk ledelse',
    'hvem bestemmer', 'hvem der bestemmer', 'bestemmer over',
    'regionsrådsvalg*', 'valg til regionsrådet',
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
    'chef', 'chefer', 'leder*', 'ansvar', 'ansvaret', 'kontrol', 'tillid', 'forslag', 'ideer', 'kritik', 'feedback',
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
    // prices, ferries, pressure, accidents, complaints, moods, summaries, relatives: everyday talk too
    'pris', 'prisen', 'sløseri', 'forvente', 'forventer', 'meningen med', 'færge*', 'færgen',
    'presset', 'pressede', 'under pres', 'bygge', 'bygges', 'ensom*', 'ulykke', 'ulykker', 'ulykken', 'helikopter*',
    'overså', 'opvarmning', 'grønt', 'landsby*',
    'handler ind', 'handle ind', 'arabisk', 'andet sprog', 'andre sprog', 'mentor*', 'senge', 'ingen plads', 'ikke plads',
    'mobning', 'dårlig stemning', 'opsummer*', 'kort fortalt', 'i korte træk', 'hovedpunkt*', 'hovedtræk*', 'grundvand*',
    'samlever*', 'ægtefælle*', 'aldrende befolkning', 'flere borgere', 'trækker ud', 'evigheder', 'få en tid', 'får en tid', 'fik en tid',
    'vikar*', 'ikke tid til', 'ikke tid nok', 'lange vagter', 'for mange timer', 'fedme', 'overvægt*', 'holde sig sund',
    // the state, politicians and decisions are everyone's business, health or not
    'hvem bestemmer', 'hvem der bestemmer', 'bestemmer over', 'regeringen',
    // a users' council of a housing association or a club is no patients' say
    'brugerråd*',
    'rent vand', 'ind til byen', 'på en ø', 'på øen', 'sejle*', 'sejlads*', 'ladt i stikken', 'langt væk', 'langt ude',
    'noget at sige',
    // "nok folk" to a concert or a match is no staffing
    'nok folk', 'folk nok', 'mangler folk', 'mangel på folk', 'for få folk', 'flere folk', 'skaffe folk', 'finde folk',
  ],
  health: [
    'sundhed*', 'sygehus*', 'hospital*', 'læge*', 'lægen', 'patient*', 'behandling*', 'sygdom*', 'syg', 'syge', 'sygeplejerske*',
    'region*', 'bosted*', 'handicap*', 'udviklingshæm*', 'psykiatri*', 'klinik*', 'operation*', 'indlæggelse*', 'indlagt',
    'personale*', 'speciallæge*', 'specialist*', 'neurolog*', 'kardiolog*', 'onkolog*', 'gynækolog*', 'urolog*', 'reumatolog*', 'konsultation*', 'sundhedsvæsen*', 'lægevagt*', 'skadestue*', 'akutmodtagelse*', 'plejehjem*', 'hjemmepleje*',
    'strategi*', 'sundhedspersonale*', 'medarbejder*', 'ansatte', 'borger*', 'pårørende', 'jordemoder*', 'tandlæge*', 'terapi*',
  ],
  // "bygger på" / "bygger videre på": is based on, builds on (an idea), not a building
  notMentioning: {
    // an old building is no elderly person; a home page and a birthday say nothing of care at home or births
    chronic: ['gamle sygehus*', 'gamle hospital*', 'gamle bygning*', 'gammelt sygehus', 'gammelt hospital'],
    nearCare: ['hjemmesid*'],
    births: ['fødselsdag*'],
    buildings: ['bygger på', 'bygger videre på'],
    // taking care of someone ('tage vare på de ældre') buys no goods: the topic is whom
    procurement: ['tage vare på', 'tager vare på', 'taget vare på', 'ta vare på'],
    // care on the patient's terms is involvement, not the conditions the region works under
    premises: ['patientens præmisser', 'egne præmisser'],
    // a region in economic balance is no balance between its parts
    rural: ['region i økonomisk balance'],
    // "lægge" (to lay) shares the stem of "læger" (doctors): putting weight on something is no staff
    staffShortage: ['lægge vægt', 'lægger vægt', 'lægges vægt', 'lægge op til', 'lægger op til', 'lægge ned', 'lægges ned', 'lægger ned'],
    // an end in itself ("et mål i sig selv") is no patient measuring at home
    selfCare: ['mål i sig selv'],
  },
};

