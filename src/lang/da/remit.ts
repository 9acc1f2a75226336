import type { OutsideRemit } from '../types.js';

/**
 * Services a Danish region does not run and its strategies don't treat as their own (src/answer/remit.ts):
 * adults' dentists, veterinarians, day care and the municipal school (not youth education: a Danish region
 * sees that there are places for the young to study, which its strategy may speak of), the police, the church, the tax and passport
 * offices, benefits the municipality or the state pays out (sick pay, housing benefit, a disability pension:
 * not "pension" alone, which staff go on), legal aid. Asked about, they are answered by the municipality or
 * the state, not by a region's strategy, however near its passages on waiting times, staff or telemedicine
 * come. General language, every word in /usr/share/dict/danish or a compound of its words ("jobcenter",
 * "barselsdagpenge"). Municipal care (hjemmepleje, plejehjem) is not here: the strategies speak of working
 * with the municipalities on it. A word ending in '-' also begins compounds of the same service
 * ("tandlægeregningen", "børnehavepladser"); the others only stand alone, inflected ("politiet", not
 * "politikerne"). The everyday nouns are the same kind of general language: what people chat about besides
 * their health (food, housing, leisure, the weather, pets, money).
 */
export const remit: OutsideRemit = {
  services: [
    'tandlæge-', 'tandpleje-', 'tandklinik-', 'tandbehandling-',
    'dyrlæge-', 'dyreklinik-', 'dyrehospital-', 'veterinær-',
    'børnehave-', 'vuggestue-', 'dagpleje-', 'daginstitution-', 'pædagog',
    'folkeskole-', 'friskole-', 'privatskole-', 'skolelærer-', 'skoleleder-',
    'politi', 'politistation-',
    'kirke-', 'præst',
    'skattevæsen-', 'skattekontor-', 'selvangivelse-', 'årsopgørelse-',
    // benefits and payments the municipality or the state pays out, and legal aid
    'sygedagpenge-', 'dagpenge-', 'barselsdagpenge-', 'kontanthjælp-', 'boligstøtte-', 'boligsikring-', 'børnecheck-',
    'førtidspension-', 'folkepension-', 'feriepenge-', 'arbejdsfortjeneste', 'jobcenter-', 'advokat-',
  ],
  // Not cars themselves nor the northern lights: the strategies plan transport, and "Nordlys" is a newspaper.
  // No compounds after 'hund' ("hundrede") or 'vejret' ("vejrtrækning").
  everyday: [
    'opskrift-', 'lasagne', 'frikadelle-', 'kage-', 'suppe-', 'restaurant-', 'aftensmad',
    'bilforhandler-', 'kørekort-', 'parkering-', 'parkere', 'parkeringsbøde-', 'benzinpris-',
    'sommerhus-', 'lejemål-', 'husleje-', 'kolonihave-', 'andelsbolig-', 'bolig',
    'golf-', 'fodbold-', 'håndbold-', 'superliga-', 'landshold-', 'film-', 'tivoli',
    'strikke-', 'strikning', 'maraton-', 'løbesko', 'tatovering-', 'ferierejse-', 'charterrejse-', 'sommerferie-',
    'vejret', 'vejrudsigt-', 'hund', 'hunde-', 'kæledyr-', 'aktie-', 'gave-', 'fødselsdagsgave-',
  ],
  dedicated: ['eget', 'egen', 'egne', 'saerskilt', 'saerskilte'],
  groups: ['mennesker', 'folk', 'personer', 'patienter', 'borgere', 'boern', 'unge', 'voksne', 'aeldre', 'kvinder', 'maend'],
  groupPrepositions: ['for', 'til'],
  aboutPrepositions: ['om', 'omkring', 'angaaende', 'vedroerende'],
  aboutFillers: ['en', 'et', 'den', 'det', 'de', 'ny', 'nyt', 'nye'],
  namedCare: [
    // conditions
    'demens-', 'dement-', 'alzheimer-', 'diabetes-', 'sukkersyge-', 'kol', 'astma-', 'gigt', 'leddegigt-', 'slidgigt-',
    'epilepsi-', 'parkinson-', 'sklerose-', 'spiseforstyrrelse-', 'anoreksi-', 'bulimi-', 'adhd', 'autisme-', 'autist-',
    'skizofreni-', 'bipolar-', 'ptsd', 'ocd', 'migræne-', 'fibromyalgi', 'psoriasis-', 'osteoporose-', 'knogleskørhed',
    'overvægt-', 'fedme-', 'allergi-', 'eksem', 'influenza-', 'covid-', 'corona-', 'hiv',
    'prostatakræft-', 'brystkræft-', 'lungekræft-', 'tarmkræft-', 'hudkræft-',
    // treatments, programmes, devices
    'fertilitet-', 'fertilitetsbehandling-', 'befrugtning-', 'insemination-', 'ivf', 'reagensglas-',
    'vaccination-', 'vaccine-', 'vaccinere', 'hpv', 'rygestop-', 'rygeafvænning-',
    'hospice-', 'palliativ-', 'palliation-', 'lindrende', 'rusbehandling-', 'afvænning-', 'afrusning-',
    'abort-', 'sterilisation-', 'dialyse-', 'transplantation-', 'hjemmefødsel-', 'hjemmefødsl-', 'kejsersnit-', 'amning-',
    'røntgen-', 'scanning-', 'mr', 'ct', 'knæoperation-', 'hofteoperation-', 'rygoperation-', 'knæprotese-', 'hofteprotese-', 'pandemi-', 'epidemi-', 'smitte-', 'medicinboks-', 'medicinrobot-',
    // General medical vocabulary (one condition, examination, procedure, device or medicine each); only those
    // the corpus never writes count, so a term a strategy uses is read as the strategy's.
    // conditions: heart and circulation
    'atrieflimren', 'hjerteflimren', 'forkammerflimren', 'hjertesvigt', 'hjerteinsufficiens', 'hjertekrampe',
    'angina', 'hjerteinfarkt', 'blodprop-', 'hjertestop', 'hjertefejl', 'hjerterytmeforstyrrelse-', 'arytmi',
    'åreforkalkning', 'åreknude-', 'aneurisme-', 'hypertension', 'kolesterol-', 'apopleksi', 'stroke',
    'hjerneblødning', 'lungeemboli',
    // conditions: brain and nerves
    'hovedpine-', 'neuropati', 'helvedesild', 'hjernerystelse', 'hjernetumor-', 'hjernesvulst', 'huntington-',
    'narkolepsi', 'muskelsvind', 'muskeldystrofi', 'rygmarvsskade-', 'iskias', 'prolaps', 'hjernehindebetændelse',
    'meningitis', 'hjernebetændelse', 'piskesmæld', 'whiplash', 'amyotrofisk', 'spasticitet', 'spastiker',
    'tourette-',
    // conditions: cancer
    'livmoderhalskræft-', 'livmoderkræft-', 'bugspytkirtelkræft-', 'blærekræft-', 'nyrekræft-', 'æggestokkræft-',
    'leverkræft-', 'mavekræft-', 'testikelkræft-', 'tyktarmskræft-', 'endetarmskræft-', 'spiserørskræft-',
    'strubekræft-', 'mundhulekræft-', 'blodkræft-', 'knoglekræft-', 'hjernekræft-', 'leukæmi', 'lymfom',
    'myelomatose', 'melanom', 'sarkom',
    // conditions: lungs
    'lungefibrose', 'lungebetændelse', 'bronkitis', 'sarkoidose', 'søvnapnø', 'cystisk',
    // conditions: skin
    'akne', 'rosacea', 'fodvorte-', 'fodsvamp', 'neglesvamp', 'hårtab', 'skaldethed', 'alopeci', 'nældefeber',
    'urticaria', 'vitiligo', 'modermærke-', 'liggesår', 'tryksår', 'bensår', 'fnat', 'hovedlus', 'børnesår',
    'impetigo', 'herpes', 'forkølelsessår', 'filipens',
    // conditions: eye
    'gråstær', 'glaukom', 'nethindeløsning', 'makuladegeneration', 'nærsynethed', 'langsynethed', 'skeløjethed',
    'bindehindebetændelse', 'øjenbetændelse', 'katarakt-', 'konjunktivitis',
    // conditions: ear, nose and throat
    'tinnitus', 'høretab', 'ørebetændelse', 'menière', 'mandelbetændelse', 'halsbetændelse', 'bihulebetændelse',
    'høfeber', 'næsepolyp-', 'hørenedsættelse',
    // conditions: stomach and gut
    'cøliaki', 'crohn-', 'colitis', 'tarmbetændelse', 'laktoseintolerance', 'glutenintolerance', 'forstoppelse',
    'diarré', 'halsbrand', 'refluks', 'mavesår', 'galdesten', 'blindtarmsbetændelse', 'lyskebrok', 'navlebrok',
    'hæmoride-', 'hepatitis', 'leverbetændelse', 'skrumpelever', 'levercirrose', 'fedtlever',
    // conditions: kidneys and urinary tract
    'nyresten', 'nyresvigt', 'blærebetændelse', 'urinvejsinfektion', 'nyrebækkenbetændelse', 'inkontinens',
    'sengevædning',
    // conditions: women's health
    'endometriose', 'menstruationssmerter', 'overgangsalder', 'klimakterie-', 'klimakterium',
    'svangerskabsforgiftning', 'præeklampsi', 'bækkenløsning', 'underlivsbetændelse', 'skedesvamp',
    // conditions: men's health
    'prostata-', 'impotens', 'rejsningsproblem-',
    // conditions: sexually transmitted
    'klamydia', 'gonoré', 'syfilis', 'kønsvorte-', 'kønssygdom-',
    // conditions: children
    'mæslinger', 'skoldkopper', 'fåresyge', 'kighoste', 'strubehoste', 'feberkramper', 'tredagesfeber', 'polio',
    'difteri', 'stivkrampe', 'børneorm',
    // conditions: infections
    'tuberkulose', 'borrelia', 'borreliose', 'flåtbid', 'blodforgiftning', 'sepsis', 'abekopper', 'mpox', 'malaria',
    'denguefeber', 'zika', 'mrsa', 'salmonella', 'listeria', 'norovirus', 'roskildesyge', 'streptokok-', 'pneumokok-',
    'meningokok-', 'forkølelse', 'rabies', 'hundegalskab',
    // conditions: muscles, bones and joints
    'artrose', 'artritis', 'urinsyregigt', 'podagra', 'bechterew-', 'lupus', 'sjögren', 'polymyalgi', 'sklerodermi',
    'hypermobilitet', 'meniskskade-', 'meniskoperation-', 'korsbåndsskade-', 'korsbåndsoperation-', 'tennisalbue',
    'karpaltunnelsyndrom', 'hælspore', 'skoliose', 'platfod',
    // conditions: hormones and metabolism
    'stofskiftesygdom', 'hypothyreose', 'hyperthyreose', 'struma',
    // conditions: blood
    'blodmangel', 'anæmi', 'jernmangel', 'hæmofili', 'blødersygdom',
    // conditions: mental health
    'asperger-', 'personlighedsforstyrrelse-', 'psykose-', 'panikangst', 'socialfobi', 'fobi', 'klaustrofobi',
    'tvangstanke-', 'fødselsdepression', 'efterfødselsreaktion', 'søvnløshed', 'insomni', 'træthedssyndrom',
    'ludomani', 'spilleafhængighed', 'ordblindhed', 'dysleksi',
    // examinations and tests
    'mammografi-', 'koloskopi-', 'gastroskopi-', 'endoskopi-', 'kikkertundersøgelse-', 'ultralyd-', 'ekg', 'eeg',
    'ekkokardiografi', 'blodprøve-', 'urinprøve-', 'celleprøve-', 'biopsi-', 'spirometri', 'høretest-', 'høreprøve-',
    'synsprøve-', 'synstest-', 'graviditetstest-', 'fostervandsprøve-', 'angiografi', 'psa', 'pcr', 'antigentest-',
    'blodtryksmåling',
    // operations and procedures
    'skulderoperation-', 'stæroperation-', 'øjenoperation-', 'øjenlaser-', 'mandeloperation-', 'blindtarmsoperation-',
    'kikkertoperation-', 'bypass-', 'gastric', 'ballonudvidelse-', 'hjerteklap-', 'brystforstørrelse-',
    'brystreduktion-', 'brystrekonstruktion-', 'brystimplantat-', 'fedtsugning-', 'ansigtsløft-', 'plastikkirurgi-',
    'plastikoperation-', 'botox-', 'tandregulering-', 'kønsskifte-', 'kønsbekræftende', 'vasektomi', 'omskæring-',
    'amputation-', 'stomi-', 'epidural-', 'narkose-', 'lokalbedøvelse-', 'blodtransfusion-', 'kemoterapi-',
    'strålebehandling-', 'stråleterapi-', 'immunterapi-', 'elektrochok-', 'ect', 'organdonation-', 'organdonor-',
    'bloddonor-', 'ægdonation-', 'sæddonation-', 'sæddonor-', 'førstehjælp-', 'slankeoperation-',
    // devices and aids
    'pacemaker-', 'høreapparat-', 'cochlear-', 'hjertestarter-', 'blodtryksmåler-', 'blodsukkermåler-', 'rollator-',
    'kørestol-', 'krykke-', 'gangstativ-', 'benprotese-', 'armprotese-', 'brystprotese-', 'inhalator-', 'cpap',
    'iltapparat-', 'iltbehandling-', 'iltkoncentrator-', 'respirator', 'støttestrømpe-', 'kompressionsstrømpe-',
    'kontaktlinse-', 'hormonspiral-', 'kobberspiral-', 'kondom', 'pessar-',
    // medicines
    'insulin-', 'antidepressiv-', 'lykkepille-', 'antibiotika', 'antibiotikum', 'penicillin-', 'minipille-',
    'fortrydelsespille-', 'blodfortyndende', 'blodfortynder-', 'statin', 'smertestillende', 'morfin-', 'opioid-',
    'paracetamol', 'ibuprofen', 'panodil', 'ipren', 'sovepille-', 'sovemedicin', 'antipsykotika', 'antipsykotisk',
    'ritalin', 'hormonbehandling-', 'hormonterapi-', 'østrogen-', 'testosteron-', 'kortison-', 'binyrebarkhormon-',
    'prednisolon', 'adrenalinpen-', 'metformin', 'wegovy', 'ozempic', 'saxenda', 'antabus', 'metadon-',
    'antihistamin-', 'nikotinplaster-',
    // therapies
    'kiropraktik', 'kiropraktor-', 'akupunktur-', 'zoneterapi-', 'osteopati', 'lysterapi', 'musikterapi', 'fodterapi',
    'fodterapeut-', 'homøopati', 'naturmedicin', 'bækkenbundstræning',
    // spellings people write beside the lists' (c/k, Latin, English, abbreviations as whole words), more conditions, medicines by name
    'sclerose-', 'copd', 'ibd', 'sars', 'diabetiker-', 'epileptiker-', 'anorexi-', 'tvangsoverspisning', 'skizofren-',
    'schizofren-', 'maniodepressiv-', 'posttraumatisk-', 'tvangslidelse', 'obesitas', 'brystcancer-', 'lungecancer-',
    'tarmcancer-', 'hudcancer-', 'livmoderhalscancer-', 'livmodercancer-', 'bugspytkirtelcancer-', 'pankreascancer-',
    'pankreaskræft-', 'blærecancer-', 'nyrecancer-', 'æggestokcancer-', 'æggestokkecancer-', 'ovariecancer-',
    'levercancer-', 'mavecancer-', 'testikelcancer-', 'tyktarmscancer-', 'endetarmscancer-', 'spiserørscancer-',
    'strubecancer-', 'mundhulecancer-', 'hjernecancer-', 'kolorektal-', 'lymfekræft-', 'hodgkin-', 'knoglemarvskræft-',
    'myelom', 'emfysem', 'rygerlunge-', 'pneumoni', 'rsv', 'acne', 'alopecia', 'scabies', 'grønstær', 'øresus',
    'sinusitis', 'krystalsyge', 'kolitis', 'laktoseintoleran-', 'glutenintoleran-', 'obstipation', 'reflux',
    'appendicitis', 'hæmorroide-', 'cirrose', 'divertikulitis', 'bugspytkirtelbetændelse', 'pankreatitis', 'cystitis',
    'adenomyose', 'menssmerte-', 'menopause', 'candida', 'barselsdepression', 'infertilitet-', 'icsi', 'brystbetændelse',
    'nipt', 'nødprævention', 'potensproblem-', 'rejsningsbesvær', 'viagra', 'prostatitis', 'chlamydia', 'syphilis',
    'kondylom-', 'sexsygdom-', 'tetanus', 'tbe', 'dengue', 'skarlagensfeber', 'kyssesyge', 'mononukleose', 'mykoplasma-',
    'mycoplasma-', 'arthritis', 'arthrose', 'sjogren', 'sclerodermi', 'carpaltunnel-', 'scoliose', 'platfødder',
    'hallux', 'ischias', 'hashimoto-', 'basedow-', 'addison-', 'cushing-', 'sigdcelle-', 'cfs', 'myalgisk', 'ordblind-',
    'dyskalkuli', 'alkoholisme', 'alkoholiker-', 'alkoholafhængig-', 'forkammerflimmer', 'infarkt', 'arrytmi',
    'aneurysme-', 'slagtilfælde', 'tci', 'trombose-', 'thrombose-', 'hjertebetændelse', 'myokarditis', 'afasi',
    'lungefunktionstest-', 'kviktest-', 'hurtigtest-', 'pci', 'tavi', 'brystoperation-',
    'liposuction', 'facelift', 'rygmarvsbedøvelse-', 'spinalbedøvelse-', 'bloddonation-', 'lasik', 'laparoskopi-',
    'ssri', 'pamol', 'tramadol', 'oxycodon', 'fentanyl', 'melatonin', 'benzodiazepin-', 'estrogen-', 'prednison',
    'mounjaro', 'semaglutid', 'mmr', 'cannabis', 'zoneterapeut-', 'osteopat', 'homøopat', 'akupunktør-', 'knibeøvelse-',
    'cortison-', 'cholesterol-', 'bronchitis', 'søvnapnøe', 'raynaud-', 'downsyndrom', 'trisomi', 'lymfødem', 'lipødem',
    'reumatisme-', 'børnegigt', 'pms', 'naproxen', 'pco', 'retinopati', 'rygeophør', 'tirzepatid', 'ibumetin',
    'voltaren', 'diclofenac', 'aspirin', 'magnyl', 'warfarin', 'marevan', 'sertralin', 'citalopram', 'escitalopram',
    'zopiclon', 'diazepam', 'stesolid', 'methylphenidat', 'elvanse', 'amoxicillin', 'kodein', 'emdr', 'ablation',
    'hjerteoperation-', 'kemo', 'kemobehandling-', 'epipen',
  ],
  // A noun's endings: definite, plural and genitive, after a consonant ("præsten") or an e ("tandlægen").
  endings: ['', 'n', 'en', 'et', 'r', 'er', 'ne', 'rne', 'erne', 's', 'ns', 'ens', 'ets', 'rs', 'ers', 'rnes', 'ernes'],
};
