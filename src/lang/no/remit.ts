import type { OutsideRemit } from '../types.js';

/**
 * Services a Norwegian health trust does not run and Helse Nord's strategy doesn't treat as its own
 * (src/answer/remit.ts): dentists (the county's dental service), veterinarians, kindergartens and the
 * compulsory school (not "skole" alone, which a Dane types for the youth education a Danish region plans),
 * the police, the church, the tax and passport offices, the benefits NAV or the state pays out (sick pay,
 * housing benefit, disability benefit: not "pensjon" alone, which staff go on), the state's loans, legal aid.
 * General language, every word in /usr/share/dict/bokmaal or a compound of its words ("foreldrepenger",
 * "bostøtte"). Municipal care (hjemmesykepleie, sykehjem) is not here: the strategy speaks of the municipal
 * health service it works with. A word ending in '-' also begins compounds of the same service
 * ("tannlegetimen", "barnehageplasser"); the others only stand alone, inflected ("politiet", not
 * "politikerne"). The everyday nouns are the same kind of general language: what people chat about besides
 * their health (food, housing, leisure, the weather, pets, money).
 */
export const remit: OutsideRemit = {
  services: [
    'tannlege-', 'tannhelse-', 'tannklinikk-', 'tannbehandling-', 'tannpleie-',
    'dyrlege-', 'dyreklinikk-',
    'barnehage-', 'grunnskole-', 'barneskole-', 'ungdomsskole-',
    'politi', 'politistasjon-',
    'kirke-', 'prest',
    'skattemelding-', 'skatteetaten', 'skattekontor-', 'passkontor-',
    // benefits and payments NAV or the state pays out, the state's loans, legal aid
    'sykepenge-', 'dagpenge-', 'foreldrepenge-', 'arbeidsavklaringspenge-', 'uføretrygd-', 'barnetrygd-', 'kontantstøtte-',
    'bostøtte-', 'sosialhjelp-', 'feriepenge-', 'lånekasse-', 'husbank-', 'advokat-',
  ],
  // Not cars themselves nor the northern lights: the strategies plan transport, and "Nordlys" is a newspaper.
  // No compounds after 'hund' ("hundre"); not "været" (Danish "har været").
  everyday: [
    'oppskrift-', 'lasagne', 'kjøttkake-', 'kake-', 'suppe-', 'fiskesuppe', 'restaurant-', 'middagsmat',
    'bilforhandler-', 'førerkort-', 'parkering-', 'parkere', 'parkeringsbot-', 'bensinpris-',
    'hytte-', 'husleie-', 'kolonihage-', 'bolig',
    'golf-', 'fotball-', 'håndball-', 'eliteserie-', 'film-',
    'strikke-', 'strikking', 'maraton-', 'joggesko', 'tatovering-', 'sydentur-', 'ferietur-', 'sommerferie-',
    'værmelding-', 'værvarsel-', 'hund', 'hunde-', 'kjæledyr-', 'aksje-', 'gave-', 'bursdagsgave-',
  ],
  dedicated: ['eget', 'egen', 'egne', 'eiga', 'eige', 'eigne', 'saerskilt', 'saerskilte'],
  groups: ['mennesker', 'menneske', 'folk', 'personer', 'pasienter', 'pasientar', 'innbyggere', 'innbyggjarar', 'barn', 'unge', 'voksne', 'vaksne', 'eldre', 'kvinner', 'menn'],
  groupPrepositions: ['for', 'til'],
  aboutPrepositions: ['om', 'omkring', 'angaaende', 'vedroerende'],
  aboutFillers: ['en', 'ei', 'et', 'eit', 'ein', 'den', 'det', 'de', 'dei', 'ny', 'nytt', 'nye'],
  namedCare: [
    // conditions
    'demens-', 'dement-', 'alzheimer-', 'diabetes-', 'sukkersyke-', 'kols', 'astma-', 'gikt', 'leddgikt-', 'revmatisme-',
    'epilepsi-', 'parkinson-', 'sklerose-', 'spiseforstyrrelse-', 'eteforstyrring-', 'anoreksi-', 'bulimi-', 'adhd', 'autisme-', 'autist-',
    'schizofreni-', 'skizofreni-', 'bipolar-', 'ptsd', 'ocd', 'migrene-', 'fibromyalgi', 'psoriasis-', 'osteoporose-', 'beinskjørhet',
    'overvekt-', 'fedme-', 'allergi-', 'eksem', 'influensa-', 'covid-', 'korona-', 'hiv',
    'prostatakreft-', 'brystkreft-', 'lungekreft-', 'tarmkreft-', 'hudkreft-',
    // treatments, programmes, devices
    'fertilitet-', 'fertilitetsbehandling-', 'befruktning-', 'inseminasjon-', 'ivf', 'prøverør-',
    'vaksine-', 'vaksinasjon-', 'vaksinere', 'hpv', 'røykeslutt-', 'røykestopp-',
    'hospice-', 'palliativ-', 'palliasjon-', 'lindrende', 'rusbehandling-', 'rusomsorg-', 'rusavhengig-', 'rusproblem-', 'rusmisbruk-', 'avrusning-', 'tsb',
    'abort-', 'sterilisering-', 'dialyse-', 'transplantasjon-', 'hjemmefødsel-', 'hjemmefødsl-', 'keisersnitt-', 'amming-',
    'røntgen-', 'skanning-', 'mr', 'ct', 'kneoperasjon-', 'hofteoperasjon-', 'ryggoperasjon-', 'kneprotese-', 'hofteprotese-', 'pandemi-', 'epidemi-', 'smitte-', 'smittevern-', 'medisindispenser-', 'medisinrobot-',
    // General medical vocabulary (one condition, examination, procedure, device or medicine each); only those
    // the corpus never writes count, so a term a strategy uses is read as the strategy's.
    // conditions: heart and circulation
    'atrieflimmer', 'hjerteflimmer', 'hjertesvikt', 'hjertekrampe', 'angina', 'hjerteinfarkt', 'blodpropp-',
    'hjertestans', 'hjerteklaff-', 'hjertefeil', 'hjerterytmeforstyrrelse-', 'arytmi', 'åreforkalkning',
    'åreforkalking', 'åreknute-', 'aneurisme-', 'hypertensjon', 'kolesterol-', 'hjerneslag', 'apopleksi',
    'hjerneblødning', 'lungeemboli',
    // conditions: brain and nerves
    'hodepine-', 'hovudpine-', 'hovudverk', 'nevropati', 'helvetesild', 'hjernerystelse', 'hjernesvulst',
    'huntington-', 'narkolepsi', 'muskelsvinn', 'muskeldystrofi', 'ryggmargsskade-', 'ryggmergskade-', 'isjias',
    'prolaps', 'hjernehinnebetennelse', 'meningitt', 'hjernebetennelse', 'nakkesleng', 'whiplash', 'amyotrofisk',
    'spastisitet', 'tourette-',
    // conditions: cancer
    'livmorhalskreft-', 'livmorkreft-', 'bukspyttkjertelkreft-', 'blærekreft-', 'nyrekreft-', 'eggstokkreft-',
    'leverkreft-', 'magekreft-', 'testikkelkreft-', 'tykktarmskreft-', 'endetarmskreft-', 'spiserørskreft-',
    'strupekreft-', 'munnhulekreft-', 'blodkreft-', 'beinkreft-', 'hjernekreft-', 'leukemi', 'lymfom', 'myelomatose',
    'melanom', 'sarkom',
    // conditions: lungs
    'lungefibrose', 'lungebetennelse', 'bronkitt', 'sarkoidose', 'søvnapné', 'cystisk',
    // conditions: skin
    'akne', 'rosacea', 'fotvorte-', 'fotsopp', 'neglesopp', 'hårtap', 'skallethet', 'alopesi', 'elveblest',
    'urtikaria', 'vitiligo', 'føflekk-', 'liggesår', 'trykksår', 'leggsår', 'skabb', 'hodelus', 'brennkopper',
    'impetigo', 'herpes', 'forkjølelsessår',
    // conditions: eye
    'katarakt-', 'glaukom', 'netthinneavløsning', 'makuladegenerasjon', 'nærsynthet', 'langsynthet', 'skjeling',
    'øyebetennelse', 'augebetennelse', 'konjunktivitt',
    // conditions: ear, nose and throat
    'tinnitus', 'hørselstap', 'høyrselstap', 'ørebetennelse', 'øyrebetennelse', 'menière', 'mandelbetennelse',
    'halsbetennelse', 'bihulebetennelse', 'høysnue', 'nesepolypp-',
    // conditions: stomach and gut
    'cøliaki', 'crohn-', 'kolitt', 'tarmbetennelse', 'laktoseintoleranse', 'glutenintoleranse', 'forstoppelse',
    'forstopping', 'diarré', 'halsbrann', 'refluks', 'magesår', 'gallestein', 'lyskebrokk', 'navlebrokk',
    'hemoroide-', 'hepatitt', 'leverbetennelse', 'skrumplever', 'levercirrhose', 'fettlever',
    // conditions: kidneys and urinary tract
    'nyrestein', 'nyresvikt', 'blærebetennelse', 'urinveisinfeksjon', 'urinvegsinfeksjon', 'nyrebekkenbetennelse',
    'inkontinens', 'sengevæting',
    // conditions: women's health
    'endometriose', 'menstruasjonssmerte-', 'overgangsalder', 'klimakterie-', 'svangerskapsforgiftning',
    'svangerskapsforgifting', 'preeklampsi', 'bekkenløsning', 'bekkenløsing', 'bekkenløysing', 'underlivsbetennelse',
    'skjedesopp',
    // conditions: men's health
    'prostata-', 'impotens', 'ereksjonsproblem-',
    // conditions: sexually transmitted
    'klamydia', 'gonoré', 'syfilis', 'kjønnsvorte-', 'kjønnssykdom-', 'kjønnssjukdom-',
    // conditions: children
    'meslinger', 'meslingar', 'vannkopper', 'vasskoppar', 'kusma', 'kikhoste', 'krupp', 'kolikk', 'feberkrampe-',
    'tredagersfeber', 'polio', 'difteri', 'stivkrampe', 'springmark',
    // conditions: infections
    'tuberkulose', 'borrelia', 'borreliose', 'flåttbitt', 'flåttbit', 'blodforgiftning', 'blodforgifting', 'sepsis',
    'apekopper', 'mpox', 'malaria', 'denguefeber', 'zika', 'mrsa', 'salmonella', 'listeria', 'norovirus',
    'omgangssyke', 'omgangssjuke', 'streptokokk-', 'pneumokokk-', 'meningokokk-', 'forkjølelse', 'forkjøling',
    'rabies', 'hundegalskap',
    // conditions: muscles, bones and joints
    'artrose', 'artritt', 'urinsyregikt', 'podagra', 'bekhterev-', 'lupus', 'sjögren', 'polymyalgi', 'sklerodermi',
    'hypermobilitet', 'meniskskade-', 'meniskoperasjon-', 'korsbåndskade-', 'korsbåndoperasjon-', 'tennisalbue',
    'musearm', 'karpaltunnelsyndrom', 'hælspore', 'skoliose', 'plattfot',
    // conditions: hormones and metabolism
    'stoffskiftesykdom', 'stoffskiftesjukdom', 'hypotyreose', 'hypertyreose', 'struma',
    // conditions: blood
    'blodmangel', 'anemi', 'jernmangel', 'hemofili', 'blødersykdom', 'blødarsjukdom',
    // conditions: mental health
    'asperger-', 'personlighetsforstyrrelse-', 'personlegdomsforstyrring-', 'psykose-', 'panikkangst', 'sosialfobi',
    'fobi', 'klaustrofobi', 'tvangstanke-', 'fødselsdepresjon', 'barseldepresjon', 'søvnløshet', 'søvnløyse',
    'insomni', 'utmattelsessyndrom', 'utmattingssyndrom', 'spilleavhengighet', 'spillavhengighet', 'dysleksi',
    // examinations and tests
    'mammografi-', 'koloskopi-', 'gastroskopi-', 'endoskopi-', 'ultralyd-', 'ekg', 'eeg', 'ekkokardiografi',
    'blodprøve-', 'urinprøve-', 'celleprøve-', 'biopsi-', 'spirometri', 'hørselstest-', 'høyrselstest-', 'synstest-',
    'synsprøve-', 'graviditetstest-', 'fostervannsprøve-', 'angiografi', 'psa', 'pcr', 'antigentest-',
    'blodtrykksmåling',
    // operations and procedures
    'skulderoperasjon-', 'øyeoperasjon-', 'augeoperasjon-', 'øyelaser-', 'mandeloperasjon-', 'blindtarmoperasjon-',
    'kikkhullsoperasjon-', 'bypass-', 'gastric', 'slankeoperasjon-', 'ballongutvidelse-', 'ballongutviding-',
    'brystforstørrelse-', 'brystforstørring-', 'brystreduksjon-', 'brystrekonstruksjon-', 'brystimplantat-',
    'fettsuging-', 'ansiktsløft-', 'plastikkirurgi-', 'botox-', 'tannregulering-', 'kjønnsskifte-',
    'kjønnsbekreftende', 'vasektomi', 'omskjering-', 'amputasjon-', 'stomi-', 'epidural-', 'narkose-',
    'lokalbedøvelse-', 'lokalbedøving-', 'blodoverføring-', 'blodtransfusjon-', 'cellegift-', 'kjemoterapi-',
    'strålebehandling-', 'stråleterapi-', 'immunterapi-', 'elektrosjokk-', 'ect', 'organdonasjon-', 'organdonor-',
    'blodgiver-', 'blodgjevar-', 'eggdonasjon-', 'sæddonasjon-', 'sæddonor-', 'hlr', 'førstehjelp-',
    // devices and aids
    'pacemaker-', 'høreapparat-', 'høyreapparat-', 'cochlea-', 'hjertestarter-', 'blodtrykksmåler-',
    'blodsukkermåler-', 'blodsukkermålar-', 'rullator-', 'rullestol-', 'krykke-', 'beinprotese-', 'armprotese-',
    'brystprotese-', 'urinkateter-', 'blærekateter-', 'inhalator-', 'cpap', 'oksygenapparat-', 'oksygenbehandling-',
    'oksygenkonsentrator-', 'respirator', 'støttestrømpe-', 'kompresjonsstrømpe-', 'kontaktlinse-', 'hormonspiral-',
    'kobberspiral-', 'kondom', 'pessar-',
    // medicines
    'insulin-', 'antidepressiv-', 'lykkepille-', 'antibiotika', 'antibiotikum', 'penicillin-', 'minipille-',
    'angrepille-', 'blodfortynnende', 'blodfortynnande', 'blodfortynner-', 'blodfortynnar-', 'statin',
    'smertestillende', 'smertestillande', 'morfin-', 'opioid-', 'paracetamol', 'paracet', 'ibuprofen', 'ibux',
    'paralgin', 'pinex', 'sovepille-', 'sovemedisin', 'antipsykotika', 'antipsykotisk', 'ritalin',
    'hormonbehandling-', 'hormonterapi-', 'østrogen-', 'testosteron-', 'kortison-', 'prednisolon', 'adrenalinpenn-',
    'metformin', 'wegovy', 'ozempic', 'saxenda', 'antabus', 'metadon-', 'antihistamin-', 'nikotinplaster-',
    // therapies
    'kiropraktikk', 'kiropraktor-', 'akupunktur-', 'soneterapi-', 'osteopati', 'naprapat-', 'manuellterapi',
    'manuellterapeut-', 'lysterapi', 'musikkterapi', 'fotterapi', 'fotterapeut-', 'homøopati', 'naturmedisin',
    // spellings people write beside the lists' (c/k, Latin, English, abbreviations as whole words), more conditions, medicines by name
    'sclerose-', 'copd', 'ibd', 'diabetiker-', 'epileptiker-', 'slitasjegikt', 'overspisingslidelse', 'schizofren-',
    'skizofren-', 'maniodepressiv-', 'posttraumatisk-', 'tvangslidelse', 'benskjørhet', 'beinskjørheit', 'obesitas',
    'pankreaskreft-', 'kolorektal-', 'lymfekreft-', 'hodgkin-', 'beinmargskreft-', 'benmargskreft-', 'myelom', 'emfysem',
    'pneumoni', 'rsv', 'acne', 'alopecia', 'scabies', 'netthinneløsning', 'øresus', 'sinusitt', 'krystallsyke',
    'laktoseintoleran-', 'glutenintoleran-', 'obstipasjon', 'reflux', 'appendisitt', 'hemorroide-', 'cirrhose',
    'divertikulitt', 'bukspyttkjertelbetennelse', 'pankreatitt', 'cystitt', 'adenomyose', 'menssmerte-', 'menopause',
    'candida', 'infertilitet-', 'icsi', 'brystbetennelse', 'svangerskapsavbrudd', 'nipt', 'nødprevensjon',
    'potensproblem-', 'ereksjonssvikt', 'viagra', 'prostatitt', 'chlamydia', 'syphilis', 'kondylom-', 'sexsykdom-',
    'tetanus', 'tbe', 'dengue', 'skarlagensfeber', 'kyssesyke', 'mononukleose', 'mykoplasma-', 'mycoplasma-',
    'arthritis', 'arthrose', 'sjogren', 'sclerodermi', 'carpaltunnel-', 'scoliose', 'plattføtter', 'hallux', 'ischias',
    'hashimoto-', 'basedow-', 'addison-', 'cushing-', 'sigdcelle-', 'cfs', 'myalgisk', 'dyskalkuli', 'alkoholisme',
    'alkoholiker-', 'alkoholavhengig-', 'infarkt', 'arrytmi', 'aneurysme-', 'slagtilfelle', 'trombose-', 'thrombose-',
    'hjertebetennelse', 'myokarditt', 'afasi', 'lungefunksjonstest-', 'hurtigtest-', 'pci', 'tavi',
    'brystoperasjon-', 'liposuction', 'facelift', 'spinalbedøvelse-', 'lasik', 'laparoskopi-', 'ssri', 'tramadol',
    'oksykodon', 'fentanyl', 'melatonin', 'benzodiazepin-', 'estrogen-', 'prednison', 'mounjaro', 'semaglutid', 'mmr',
    'cannabis', 'soneterapeut-', 'osteopat', 'homøopat', 'bekkenbunnstrening', 'knipeøvelse-', 'cortison-',
    'cholesterol-', 'raynaud-', 'downsyndrom', 'trisomi', 'lymfødem', 'lipødem', 'revmatiker-', 'hjartesvikt',
    'hjarteflimmer', 'hjartestans', 'sukkersjuke', 'pms', 'naproxen', 'pco', 'retinopati', 'hodeverk', 'tirzepatid',
    'voltaren', 'diklofenak', 'aspirin', 'albyl', 'warfarin', 'marevan', 'sertralin', 'citalopram', 'escitalopram',
    'zopiklon', 'diazepam', 'stesolid', 'metylfenidat', 'elvanse', 'amoksicillin', 'kodein', 'emdr', 'ablasjon',
    'hjerteoperasjon-', 'kjemo', 'kjemobehandling-', 'epipen', 'sars', 'forkammerflimmer',
  ],
  // A noun's endings: definite, plural and genitive, after a consonant ("presten") or an e ("tannlegen").
  endings: ['', 'n', 'en', 'et', 'a', 'r', 'er', 'ne', 'ene', 's', 'ns', 'ens', 'ets', 'rs', 'ers', 'nes', 'enes'],
};
