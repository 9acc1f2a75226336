import type { AskWords } from '../types.js';

export const asks: AskWords = {
  urgentSymptoms: [
    'brystsmerter', 'smerter i brystet', 'smerter * i brystet', 'trykken * i brystet', 'ondt * i brystet', 'trykken i brystet', 'trykken for brystet', 'trykke for brystet', 'ondt i brystet', 'åndenød',
    'kan ikke få vejret', 'kan ikke få luft', 'får ikke luft', 'svært ved at trække vejret', 'forpustet', 'lammet', 'lammelse', 'skæv i ansigtet',
    'talebesvær', 'bevidstløs', 'besvimet', 'besvimer', 'kraftig blødning', 'bløder meget', 'selvmordstanker',
    'vil ikke leve', 'tage mit eget liv', 'forgiftet', 'forgiftning', 'krampe*', 'blodprop',
    // the signs of a stroke, and a child's lips turning blue
    'skæv mund', 'hængende mundvig', 'kan ikke tale', 'taler utydeligt', 'snøvler', 'pludselig forvirret', 'blå om læberne',
    'blå om munden', 'mundvigen hænger', 'mundvig hænger', 'ansigtet hænger', 'taler mærkeligt', 'snakker mærkeligt', 'taler sløret',
    'snakker sløret', 'snakker utydeligt', 'hænger mundvigen', 'taler * uforståeligt', 'snakker * uforståeligt', 'armen * slap', 'armen * * slap', 'slap i armen', 'kan ikke * tale ordentligt', 'kan ikke løfte * arm*', 'kan ikke løfte * ben*', 'kan ikke bevæge * arm*',
    // a heart attack's signs beside chest pain, and a rash that doesn't fade when pressed (meningitis)
    'klemmer i brystet', 'klemmer for brystet', 'stråler ud i * arm*', 'grå i ansigtet', 'koldsved*', 'prikker der ikke forsvinder',
    'pletter der ikke forsvinder', 'ikke forsvinder når * trykker', 'forsvinder ikke når * trykker', 'nakkestiv*', 'stiv i nakken',
    'går ikke væk når * trykker', 'ikke går væk når * trykker', 'trykker et glas', 'glasprøve*', 'kan ikke bøje nakken', 'vil ikke bøje nakken',
    // a severe allergic reaction: the throat, lips or tongue swelling, wheezing
    'hævede læber', 'læberne * hævede', 'læberne * * hævede', 'tungen * hævet', 'hævet i halsen', 'hæver i halsen', 'halsen snører sig',
    'snører sig sammen', 'piber når * trækker vejret', 'hvæser når * trækker vejret', 'allergisk chok', 'anafylaksi', 'anafylaktisk*',
    'hæver op', 'svulmer op', 'svært ved at synke', 'kan ikke synke',
    // breathing failing, at any age
    'får ikke vejret', 'kan * ikke få luft', 'kan * ikke få vejret', 'får * ikke luft', 'hiver efter vejret', 'gisper efter vejret', 'gisper efter luft', 'trækker vejret * hurtigt', 'trækker vejret * * hurtigt',
    'blålig*', 'blå på læberne', 'læberne er blå', 'læberne * blå',
    // bleeding that won't stop, and bleeding in pregnancy
    'sprøjter blod', 'fosser blod', 'blødningen stopper ikke', 'stopper ikke med at bløde', 'bløder kraftigt', 'bløder voldsomt', 'gravid * bløder',
    'bløder * gravid',
    // consciousness going after a blow to the head, a fall or a drink
    'vågner ikke', 'uden at vågne', 'kan ikke vækkes', 'svær at vække', 'svær at få kontakt med', 'helt slap', 'slap og sløv', 'sløv og slap', 'livløs', 'slået hovedet', 'slog hovedet', 'dobbeltsyn', 'ser dobbelt', 'kan ikke gå lige',
    'værste hovedpine', 'pludselig * hovedpine', 'pludselig voldsom hovedpine',
    // the belly, burns, poisoning
    'hård som et bræt', 'hård mave', 'kaster blod op', 'kastet blod op', 'forbrændt', 'skoldet', 'slugt et batteri', 'slugt * batteri',
    'knapcellebatteri*', 'overdosis', 'taget * masse * piller', 'taget alle * piller', 'kulilte*', 'kulos',
    // taking one's life, or hurting oneself, now
    'tage mit liv', 'tage livet af mig', 'vil ikke leve mere', 'skade mig selv', 'gøre skade på mig selv', 'slå mig selv ihjel', 'ikke orker mere',
    // more signs as worried people write them, at any age (general medical knowledge; none written in the documents)
    'skæv i munden', 'munden er skæv', 'munden hænger', 'ansigtet er skævt', 'den ene mundvig', 'lammelser',
    'lam i den ene side', 'svag i den ene side', 'følelsesløs i den ene side', 'ingen kraft i * arm*',
    'armen falder ned', 'kan ikke bevæge * ben*', 'talen er sløret', 'utydelig tale', 'taler uklart', 'taler grødet',
    'snakker grødet', 'kan ikke få ordene ud', 'taler usammenhængende', 'pludselig * forvirret', 'mist* synet',
    'pludselig blind', 'blind på * øje', 'ser ingenting på * øje', 'gardin for * øjet',
    'hovedpine* * som et tordenskrald', 'eksplosiv hovedpine', 'stråler * i * arm*', 'stråler * i kæbe*',
    'stråler * i ryggen', 'tryk for brystet', 'tryk i brystet', 'trykker for brystet', 'pres for brystet',
    'pres i brystet', 'smerte * i brystet', 'brystsmerte', 'kold sved', 'kold og klam', 'klam og bleg', 'ingen puls',
    'trækker ikke vejret', 'kan * ikke trække vejret', 'ikke kan trække vejret',
    'ikke kan få vejret', 'ikke får vejret', 'kan ikke få * vejret', 'svært ved at få vejret', 'svært ved at få luft',
    'besværet vejrtrækning', 'vejrtrækningsbesvær', 'kæmper for at få * luft', 'kæmper for at få * vejret',
    'hiver efter luft', 'snapper efter luft', 'ventolin* hjælper ikke', 'blå i ansigtet', 'blå læber', 'indtrækninger',
    'trækker ind * ribben*', 'stønner når * trækker vejret', 'stønnende vejrtrækning', 'næsefløjspil',
    'sidder fast i luftrøret', 'hævet tunge', 'tungen hæver', 'halsen lukker sig',
    'brugt * * epipen*', 'givet * * epipen*', 'stukket * i halsen', 'blødningen vil ikke stoppe',
    'vil ikke stoppe med at bløde', 'kan ikke stoppe * blødning*', 'bløder og bløder', 'bløder stærkt',
    'mistet * meget blod', 'masser af blod', 'blod over alt', 'næseblod der ikke stopper',
    'bløder efter mandeloperation*', 'knoglen stikker ud', 'knivstukket', 'kast* op * blod', 'kast* blod op',
    'blod i opkastet', 'kaffegrums*', 'host* * blod', 'sort afføring', 'afføringen er sort', 'tjære* afføring',
    'bløder i graviditeten', 'gravid i uge * * bløder', 'bløder * * gravid', 'mærker ikke liv', 'kan ikke mærke liv',
    'kan ikke mærke barnet', 'barnet bevæger sig ikke', 'færre fosterbevægelser', 'vandet * gået for tidligt',
    'vandet er gået i uge 2*', 'grønt fostervand', 'faldet på hovedet', 'faldt på hovedet', 'slag i hovedet',
    'slog sig i hovedet', 'stødt hovedet', 'kast* op efter faldet', 'kast* op efter slaget', 'pupillerne * forskellige',
    'klar væske * fra * næse*', 'klar væske * fra * øre*', 'besvimede', 'mist* bevidstheden', 'faldt om',
    'reagerer ikke på tiltale', 'til at vække', 'kan ikke vække', 'vil ikke vågne', 'feberkramp*',
    'epileptisk* anfald', 'fråde* om munden', 'udslæt der ikke forsvinder', 'udslættet forsvinder ikke',
    'pletter som ikke forsvinder', 'forsvinder ikke ved tryk', 'blegner ikke', 'ses gennem * glas*', 'petekkier',
    'feber * * stiv nakke', 'stiv nakke * * feber', 'marmoreret hud', 'feber * * iskolde',
    'kolde hænder og fødder * * feber', 'babyen er * slap', 'babyen er * sløv', 'uger gammel * * * * feber',
    'baby på * uger * * feber', 'nyfødt* * har feber', 'under 3 måneder * feber', 'ingen våde bleer',
    'ikke haft * våd ble', 'ikke tisset i * timer', 'indsunken fontanel*', 'fontanellen * indsunken',
    'slug* * * magnet*', 'slug* * batteri*', 'spist * batteri*', 'drukket * opvaskemid*', 'drukket * klorin*',
    'drukket * afløbsrens*', 'drukket * lampeolie*', 'drukket * kemikalie*', 'drukket * giftig*', 'spist * vaskekapsel*',
    'spist af * pille*', 'fået fat i * pille*', 'taget for mange * pille*', 'for mange panodil', 'overdoseret',
    'røgforgiftning', 'bidt af * hugorm', 'store brandsår', 'stød fra højspænding*', 'underafkølet', 'stærkt nedkølet',
    'var ved at drukne', 'næsten drukne*', 'voldsomme mavesmerter', 'voldsomt ondt i maven', 'grønt opkast',
    'kaster grønt op', 'ondt i * * testik*', 'hævet testikel', 'ondt i pungen', 'testikeltorsion', 'svær føling',
    'insulinchok', 'meget lavt blodsukker', 'diabetiker * forvirret', 'forvirret og svedig', 'vil tage livet af sig',
    'vil tage sit * liv', 'truer med at tage livet af sig', 'truer med selvmord', 'vil begå selvmord',
    'tænker på selvmord', 'forsøgt selvmord', 'jeg vil bare dø', 'lyst til at dø',
    'ønsker at dø', 'ikke noget at leve for', 'vil slå mig ihjel', 'gøre det af med mig selv',
    'hører stemmer', 'ser ting der ikke er der', 'psykotisk', 'tror * nogen er ude efter',
    // swelling and bleeding said with the subject first
    'hæver * op', 'svulmer * op', 'blodet sprøjter', 'blodet fosser',
  ],
  urgentConditions: ['blodprop', 'blodprop i hjertet', 'lammet', 'lammelse', 'krampe*', 'forgiftning', 'forgiftet', 'selvmordstanker', 'anafylaksi', 'allergisk chok'],
  waiting: [
    'skal jeg * vente', 'skal vi * vente', 'skal han * vente', 'skal hun * vente', 'kan jeg * vente', 'kan vi * vente',
    'bør jeg * vente', 'bør vi * vente', 'kan det * vente', 'vente til i morgen', 'vente til lægen', 'vente til egen læge',
    // going now or waiting, said any way ("skal vi ringe nu, eller vente og se?")
    'eller vente', 'eller skal vi vente', 'eller skal jeg vente', 'vente og se',
    // waiting on one's own as a condition ("går det over, hvis jeg venter?")
    'hvis jeg venter', 'hvis vi venter', 'om jeg venter', 'om vi venter',
    // what to do, with urgent signs told ("… mundvigen hænger, hvad gør vi")
    'hvad skal vi gøre', 'hvad skal jeg gøre', 'hvad gør vi', 'hvad gør jeg',
    // whether something less is enough ("er det nok at give ham en allergipille?")
    'er det nok at', 'er det nok med', 'holder det at', 'holder det med', 'rækker det at', 'rækker det med',
  ],
  medicalAdvice: [
    'bør jeg', 'bør man', 'burde jeg', 'burde man', 'burde vi', 'hvad skal jeg gøre',
    // a named person's diagnosis: their record, which no strategy holds
    'hendes diagnose', 'hans diagnose', 'diagnosen hendes', 'diagnosen hans', 'hvilken diagnose', 'hvad bør jeg gøre', 'kan jeg vente',
    'skal jeg ringe', 'skal jeg gå til lægen', 'skal jeg tage på skadestuen', 'hvad fejler jeg', 'hvad fejler han', 'hvad fejler hun', 'hvilken medicin skal', 'hvor meget medicin',
    'hvor mange piller', 'hvor mange tabletter', 'bivirkninger', 'dosis', 'hvilken medicin er', 'hvilken medicin hjælper',
    'hvilke piller', 'hvilke tabletter', 'hvilken pille', 'hvilken tablet', 'hvad skal jeg tage', 'skal vi ringe', 'skal vi tage på skadestuen', 'skal vi køre på skadestuen',
    'skal vi køre til skadestuen', 'skal jeg køre på skadestuen', 'er jeg syg', 'er jeg deprimeret',
    // whether to take a medicine; a lone * is one optional word ("tage en hovedpinepille", "tage panodil")
    'skal jeg tage * *pille*', 'skal jeg tage * *tablet*', 'skal jeg tage * smertestillende', 'skal jeg tage * medicin*',
    'kan jeg tage * *pille*', 'kan jeg tage * *tablet*', 'kan jeg tage * smertestillende', 'må jeg tage * *pille*',
    'må jeg tage * *tablet*', 'må jeg tage * smertestillende', 'skal jeg tage * panodil', 'kan jeg tage * panodil',
    'skal jeg tage * ipren', 'kan jeg tage * ipren', 'skal jeg tage * pamol', 'kan jeg tage * pamol', 'kan jeg tage * medicin*',
    'skal jeg give * * panodil', 'skal jeg give * * pamol', 'skal jeg give * * ipren', 'skal jeg give * * medicin*', 'skal jeg give * * *pille*',
    // two medicines together
    'kan jeg tage * samtidig med', 'kan jeg tage * sammen med', 'må jeg tage * samtidig med', 'må jeg tage * sammen med',
    // general medicine, which a doctor or sundhed.dk answers, not a strategy
    'hvad er symptomerne', 'hvad er symptomer', 'hvilke symptomer', 'hvordan smitter', 'hvor længe smitter',
    'er det smitsomt', 'hvad hjælper mod', 'hvad hjælper på',
    // how much of a medicine one may take ("hvor meget morfin kan jeg tage?")
    'hvor meget * kan jeg tage', 'hvor meget * jeg kan tage', 'hvor meget * må jeg tage', 'hvor meget * jeg må tage',
    // going to emergency care now or waiting: the asker's own case
    'nu eller vente', 'nu eller skal vi vente',
    // whether an illness passes by itself
    'går det over', 'går det væk', 'forsvinder det af sig selv',
    // the assistant's own choice in the asker's place
    'hvad ville du gøre', 'hvad ville du have gjort', 'hvad ville du selv', 'hvis du var i mit sted',
    // tapering one's own medicine
    'trapper jeg * ned', 'trapper jeg ned',
  ],
  conductModals: ['skal', 'kan', 'må', 'bør', 'burde', 'skulle'],
  conductSubjects: ['jeg', 'han', 'hun', 'vi'],
  // the body and its treatment only: travel ("skal han rejse med fly til behandlingen?") and time off are the service's questions
  conductVerbs: [
    'tage * medicin*', 'tage * *pille*', 'tage * *tablet*', 'tage begge', 'give * medicin*', 'give * *pille*', 'stoppe', 'holde op',
    'spise', 'drikke', 'træne', 'motionere', 'stelle', 'smøre', 'amme', 'sove', 'have is', 'holde pause', 'holde mig', 'holde sig',
    // a yes or no to one's own treatment, a double dose, tapering
    'sige ja', 'sige nej', 'takke ja', 'takke nej', 'tage to', 'tage dobbelt', 'trappe * ned', 'trappe ned',
  ],
  objectPronouns: ['mig', 'os'],
  careObjects: [
    'medicin*', 'pille*', 'tablet*', 'smertestillende', 'sprøjte*', 'indsprøjtning*', 'creme*', 'salve*', 'dråber',
    'næsespray*', 'inhalator*', 'antibiotika*', 'penicillin*', 'dosis', 'doser*', 'bivirkning*', 'plaster*',
  ],
  careQuestions: [
    'er det * sikkert', 'er det * farligt', 'er det * klogt', 'er det * smart', 'er det * fornuftigt', 'er det * nødvendigt',
    'er det * bedst', 'er det * normalt', 'er det * okay', 'er det * ok', 'er det * skadeligt', 'er det for sent',
    'er det for tidligt', 'er det * værd', 'er de * værd', 'er den * værd', 'er de * farlige', 'er den * farlig',
    'hjælper det', 'hjælper de', 'virker det', 'virker de', 'hænger det sammen', 'kommer det af', 'kommer det fra',
    'kan det komme af', 'kan det komme fra', 'går det an', 'hvilken behandling', 'hvilken slags',
  ],
  judgements: ['er det normalt', 'er det farligt', 'er det alvorligt', 'er det almindeligt', 'er det okay', 'er det ok'],
  judgedFor: ['for mig', 'for min', 'for mit', 'for mine', 'for ham', 'for hende', 'for os', 'for barnet', 'for babyen', 'for fostret', 'for fosteret'],
  symptoms: [
    'ondt', 'smerte*', 'feber', 'kvalme', 'svimmel*', 'hoste*', 'hoster', 'udslæt', 'kløe', 'klør', 'bløde*', 'bløder',
    'blod', 'hovedpine', 'mavepine', 'kaste op', 'kaster op', 'opkast*', 'diarré', 'hævet', 'hævelse', 'symptom*',
    'tisse', 'sår', 'udflåd', 'forkølet', 'influenza', 'utilpas', 'åndenød', 'sove', 'sover', 'søvnløs*', 'knude',
  ],
  service: [
    'vente', 'venter', 'ventet', 'ventede', 'ventetid*', 'sygehus*', 'hospital*', 'afdeling*', 'personale*', 'skadestue*',
    'ambulance*', 'lægevagt*', 'egen læge', 'min læge',
    // those who run it and what they decide
    'region*', 'kommune*', 'strategi*', 'politiker*',
  ],
  contact: [
    'telefonnummer', 'telefonnummeret', 'tlf', 'e-mail', 'e-mailadresse*', 'emailadresse*', 'mailadresse*', 'adressen på', 'adresse',
    'få fat i ham', 'få fat i hende', 'få fat i vedkommende', 'komme i kontakt med ham', 'komme i kontakt med hende', 'komme i kontakt med vedkommende', 'kontakte ham', 'kontakte hende', 'kontakte vedkommende',
    // where the nearest one is: an address no strategy gives
    'hvor er nærmeste', 'hvor ligger nærmeste', 'hvor er den nærmeste', 'hvor ligger den nærmeste',
    // a number or an address to write to, asked of a place or a unit
    'nummer til', 'nummeret til', 'hvilket nummer', 'direkte nummer', 'hovednummer*', 'mail til', 'mailen til', 'sms-linje*', 'sms-nummer*',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'telefonnumre', 'telefonnr', 'hvad er nummeret', 'hvor ringer jeg', 'hvor ringer man', 'hvem ringer jeg til',
    'hvem kan jeg ringe til', 'adressen', 'postadresse*', 'besøgsadresse*', 'kontaktoplysning*', 'kontaktinfo*',
    'hvad er hjemmesiden', 'hvem skal jeg kontakte', 'hvem kan jeg kontakte', 'hvordan kontakter jeg',
    'hvordan kontakter man', 'hvordan kan jeg kontakte', 'hvem kan jeg tale med',
    'hvor er det nærmeste', 'hvor ligger det nærmeste', 'tættest på mig', 'nærmest mig',
  ],
  person: [
    // a product's or a supplier's name: which app, which system, which firm
    'hvilken app', 'hvilke apps', 'hvilket program', 'hvilket system', 'hvilket it-system', 'hvilket journalsystem', 'hvilken leverandør',
    'hvem er leverandør*', 'hvem leverer', 'hvilket firma', 'hvilken virksomhed',
    // a role, alone or as a compound's last part ("regionsdirektøren", "regionsrådsformanden", "afdelingslederen")
    'hvem er *direktør*', 'hvem er *formand*', 'hvem er *leder*', 'hvem er *chef*',
    'hvad hedder *direktør*', 'hvad hedder *formand*', 'hvad hedder *leder*',
    'hvad hedder *chef*', 'hvad hedder vedkommende', 'navnet på *direktør*', 'navnet på *lederen',
    // a doctor's post ("overlæge", "ledende overlæge", "cheflægen"): who holds it is a name
    'hvem er *overlæge*', 'hvem er ledende overlæge', 'hvad hedder *overlæge*', 'hvem er *cheflæge*', 'hvad hedder *cheflæge*',
    'hvem er den bedste', 'hvem er bedst til', 'hvilken læge er bedst', 'hvilken kirurg er bedst', 'den bedste læge', 'den bedste kirurg',
    // a political party and what it wants: the strategies are the council's together, never a party's
    'hvilket parti', 'hvilke partier', 'partiet', 'partierne', 'partiets', 'socialdemokratiet', 'socialdemokraterne',
    'enhedslisten', 'dansk folkeparti', 'liberal alliance', 'moderaterne', 'danmarksdemokraterne',
    // who won an election: a name the strategies never hold
    'hvem vandt', 'hvem fik flest', 'flest stemmer', 'valgresultat*', 'hvem blev valgt', 'hvem stemte', 'hvem var imod', 'hvem var for',
    // the best hospital or researcher: a ranking or a name no strategy holds
    'hvilket hospital er bedst', 'hvilket sygehus er bedst', 'de bedste resultater', 'hvor er det bedst at', 'hvem er *forsker*',
    'hvilket * klarer sig bedst', 'hvilken * klarer sig bedst', 'klarer sig bedst på',
    'færrest komplikationer', 'flest komplikationer',
    // who took a decision or spoke for the council, or who is the most skilled: a name
    'hvem tog beslutningen', 'hvem traf beslutningen', 'hvem besluttede', 'hvem bestemte',
    'hvem er ordfører*', 'hvem var ordfører*', 'hvem er den dygtigste',
    // a ranking of places or carers by results, waits or reviews (also in `ranking`: asked between regions, a comparison)
    'er bedst på', 'er bedst til', 'klarer sig dårligst', 'kommer dårligst ud', 'kommer bedst ud', 'har kortest ventetid', 'har den korteste ventetid',
    'har længst ventetid', 'har den længste ventetid', 'har de længste ventetider', 'bedste anmeldelser', 'de bedste behandlere',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'hvem er * * *direktør*', 'hvem er * * *chef*', 'hvem er * * *formand*', 'hvem er * * *leder*', 'hvem er den nye',
    'hvem er *minister*', 'hvad hedder han', 'hvad hedder hun',
    'hvad hedder *læge*', 'hvad hedder app*', 'hvad hedder systemet', 'hvad hedder firmaet', 'hvem er *læge*',
    'hvem er min læge', 'hvem er min kontaktperson',
    'hvilket * er hurtigst', 'hvilken * er hurtigst', 'hvilke * er hurtigst', 'hvilket * er dårligst',
    'hvilken * er dårligst', 'hvilket * er værst', 'hvilken * er værst', 'hvilket * har kortest',
    'hvilken * har kortest', 'hvem er hurtigst', 'hvor er ventetiden kortest', 'hvor er der kortest ventetid',
    'hvor går det hurtigst', 'hvor får man den bedste',
  ],
  ranking: [
    'hvem er bedst', 'hvem er den bedste', 'hvem er bedre', 'hvem gør det bedst', 'hvem gør det bedre', 'hvem klarer det bedst',
    'hvem er længst', 'hvem er kommet længst', 'hvem er først', 'hvem er mest', 'hvem er dårligst', 'hvem gør mest', 'hvem satser mest',
    'klarer sig bedst', 'er bedst på', 'er bedst til', 'klarer sig dårligst', 'kommer dårligst ud', 'kommer bedst ud', 'har kortest ventetid',
    'har den korteste ventetid', 'har længst ventetid', 'har den længste ventetid', 'har de længste ventetider',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'hvilket * er hurtigst', 'hvilken * er hurtigst', 'hvilke * er hurtigst', 'hvilket * er dårligst',
    'hvilken * er dårligst', 'hvilket * er værst', 'hvilken * er værst', 'hvilket * har kortest',
    'hvilken * har kortest', 'hvem er hurtigst', 'hvor er ventetiden kortest', 'hvor er der kortest ventetid',
    'hvor går det hurtigst', 'hvor får man den bedste',
  ],
  // one's own choice or purchase; a lone * is one optional word ("hvilken barnevogn er bedst", "hvilket forsikringsselskab er billigst")
  choice: [
    'hvilken * er bedst', 'hvilket * er bedst', 'hvilke * er bedst', 'hvilken * er den bedste', 'hvilket * er det bedste',
    'hvilken * er billigst', 'hvilket * er billigst', 'hvilke * er billigst', 'hvor er * billigst', 'hvor er det billigst',
    'kan du anbefale', 'kan i anbefale', 'hvad anbefaler du', 'hvad vil du anbefale', 'hvilken * anbefaler du',
    // to buy or to rent: the household's choice
    'skal jeg købe', 'skal vi købe', 'hvad skal jeg købe', 'hvad skal vi købe', 'købe eller leje', 'leje eller købe',
    'købe eller lease', 'lease eller købe', 'leasing eller købe',
  ],
  price: [
    // having to pay oneself
    'skal jeg betale', 'skal vi betale', 'skal man betale', 'må jeg betale',
    // what a job pays ("hvad tjener en sygeplejerske?")
    'hvad tjener', 'hvor meget tjener',
    // a result in money: a deficit, a surplus, an amount in kroner
    'underskud*', 'overskud*', 'i kroner', 'millioner kroner', 'milliarder kroner',
    // whether something costs at all
    'gratis', 'koster det noget', 'uden betaling', 'betale selv', 'selv betale',
    // money paid to or for the asker: a grant, a refund, a bill someone else pays
    'tilskud', 'tilskuddet', 'tilskud til', 'rabat', 'rabatten', 'rabatter', 'refunderet', 'refundere', 'refusion', 'refusionen', 'få * betalt',
    'få * * betalt', 'få betalt', 'hvem betaler',
    // whether someone pays for it: "betaler regionen for …", "… eller er det kommunen der betaler?"
    'betaler * for', 'betaler * * for', 'der betaler', 'dækker * udgift*', 'dækker * * udgift*', 'betale * selv', 'dækker de det',
    'dækker * *billet*', 'dækker * * *billet*', 'dækker * rejse*', 'dækker * * rejse*', 'dækker * hotel*', 'dækker * * hotel*', 'få dækket', 'får * dækket', 'hvor meget får * tilbage', 'pengene tilbage', 'penge tilbage', 'hvor meget kan * regne med',
    'hvad koster', 'til at koste', 'hvor meget koster', 'hvad er prisen', 'prisen for', 'hvor meget skal jeg betale',
    'hvad skal jeg betale', 'egenbetaling', 'brugerbetaling', 'budget', 'budgettet', 'hvor mange penge',
    'hvor mange millioner', 'hvor mange kroner', 'hvor meget tjener', 'hvad tjener', 'lønnen', 'lønninger', 'bonus',
    // pay asked of, not payroll named among the support functions ("løn, indkøb og IT")
    'højere løn', 'bedre løn', 'mere i løn', 'mere løn', 'løn til', 'i løn', 'hvilken løn', 'hvad slags løn',
    // pay as a compound ("lønstillæg", "flyttebonus"), and a student loan written down
    'lønstillæg*', 'lønforhøjelse*', 'lønstigning*', 'lønniveau*', '*bonus', 'studielån*', 'studiegæld*',
    // one's own pay and the agreement that sets it
    'min løn', 'vores løn', 'overenskomst*', 'lønforhandling*',
    // travel paid by the kilometre
    'pr km', 'pr. km', 'per km', 'pr kilometer', 'pr. kilometer', 'kilometertakst*', 'kørselsgodtgørelse*', 'befordringsgodtgørelse*',
    // a price by the day or hour
    'dagspris*', 'døgnpris*', 'timepris*',
    // money set aside, granted or spent for something: an amount no strategy holds
    'afsat til', 'afsætter til', 'afsætte til', 'sat af til', 'sætter af til', 'sætte af til', 'hvor meget har * afsat',
    'hvor meget har * * afsat', 'hvor meget har * sat af', 'hvor meget har * * sat af', 'bevilget', 'bevilliget', 'bevilger',
    'bevilge', 'bevilling', 'bevillingen', 'bevillinger', 'bevillingerne', 'hvor meget bruger * på', 'hvor meget bruger * * på',
    'hvor meget investerer', 'hvor meget har * investeret', 'hvor meget har * * investeret', 'hvor mange milliarder', 'hvor store beløb',
    'hvor stort et beløb', 'budgetter', 'budgetterne',
    // the price asked of what was just asked about: "og prisen?", "hvad med priserne?"
    'og prisen', 'og priserne', 'hvad med prisen', 'hvad med priserne', 'hvad med pris', 'hvad så med prisen',
    // a starting wage, and the share of a bill someone covers
    '*lønnen', 'startløn*', 'af regningen', 'hvor meget dækker',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'hvad kostede', 'hvor meget kostede', 'hvad har * * kostet', 'hvor dyrt', 'hvor dyr', 'er det dyrt',
    'taksten', 'takster', 'gebyr*', '*gebyr', '*tilskud', 'timeløn*', 'kan man tjene', '*budget', '*budgettet',
    'hvor mange kr', 'hvad betaler man', 'betaler man selv', 'betaler jeg selv', 'koster det penge', 'parkeringsafgift*',
    'hvor dyre',
  ],
  // a share counts what follows its unit: "hvor mange procent af patienterne …"
  // …and what an average is: a figure as much as a count
  count: ['hvor mange procent', 'hvor stor en procentdel', 'hvor stor en andel', 'hvor stor andel', 'hvor stor en del', 'hvor mange', 'antallet af', 'hvad er den gennemsnitlige', 'i gennemsnit', 'gennemsnittet'],
  timeUnits: ['minut*', 'time', 'timer', 'døgn', 'dag', 'dage', 'uge', 'uger', 'måned', 'måneder', 'år'],
  awareOf: ['klar over', 'tænkt over', 'tænkt på', 'opmærksom på', 'opmærksomme på', 'forberedt på', 'forberedte på', 'styr på',
    // finding out how many is a way of working, not a figure asked for
    'kortlægge', 'kortlægger', 'afdække', 'afdækker', 'undersøge', 'undersøger', 'finde ud af', 'holde øje med', 'følge med i'],
  change: [
    'kortere', 'bedre', 'flere', 'færre', 'mindre', 'større', 'hurtigere', 'lettere', 'nemmere', 'billigere', 'nærmere',
    'tættere', 'forbedre*', 'forbedring*', 'udvide*', 'udbygge*',
    // getting rid of or bringing down what is bad: "hvornår slipper vi af med køerne?", "kommer af med", "bliver kvit"
    'af med', 'kvit', 'afskaffe*', 'fjerne', 'fjernet', 'nedbringe*', 'reducere*', 'mindske*',
    'skære ned', 'få ned', 'få bugt med', 'forsvinde', 'forsvinder',
  ],
  // getting to care, said of anyone: "hvornår kan man få genoptræning", "hvornår får man en operation"
  reach: [
    'kan man få', 'kan man se', 'kan man komme til', 'kan man komme ind', 'kan man blive set', 'kan man blive behandlet',
    'får man', 'kommer man til', 'kan folk få', 'får folk', 'kan patienter få', 'kan patienterne få',
    'får patienterne', 'kan borgerne få', 'får borgerne', 'kan børn få', 'kan ældre få', 'kan de ældre få',
  ],
  // …and a part of this very day ("… på skadestuen i nat"): the figure of one day or night, never a strategy's
  now: ['lige nu', 'netop nu', 'i øjeblikket', 'for øjeblikket', 'i skrivende stund', 'i aften', 'i nat', 'i formiddag', 'i eftermiddag'],
  duration: ['hvor lang tid', 'hvor længe', 'hvor lang ventetid', 'hvor lange ventetider', 'hvor lang er ventetiden', 'hvor lange er ventetiderne'],
  procedure: [
    // a vacancy to apply for, and the grades an education asks for
    'er der ledige stillinger', 'har de ledige stillinger', 'adgangskrav*', 'adgangskvotient*', 'karaktergennemsnit*', 'hvilket snit',
    // changing one's own doctor, and asking the assistant to see to an errand
    'skifte læge', 'skifte egen læge', 'skifte min læge', 'skifte praktiserende læge', 'kan du ordne', 'kan du sørge for', 'hvor gør jeg det',
    // where one's own operation or treatment takes place: one's referral says so, no strategy
    'hvor skal jeg opereres', 'hvor bliver jeg opereret', 'skal jeg * opereres i', 'hvor skal jeg behandles', 'skal jeg * behandles i',
    'hvilket hospital skal jeg', 'hvilket sygehus skal jeg',
    // compensation, a lawsuit or a complaint about one's own case, and a sick note: the patients' own bodies and
    // one's doctor handle them, no strategy
    'få erstatning', 'søge erstatning', 'søge om erstatning', 'krav på erstatning', 'krav om erstatning', 'erstatning for', 'patienterstatning*',
    'kan vi sagsøge', 'kan jeg sagsøge', 'kan man sagsøge', 'sagsøge regionen', 'sagsøge hospitalet', 'sagsøge sygehuset', 'anlægge sag',
    'klage over', 'klage til', 'klage på', 'indgive en klage',
    'patientklage*', 'klagenævn*', 'skrive en sygemelding', 'få en sygemelding', 'lægeerklæring*',
    // what the law or the rules say, and the free choice of hospital they give: law no strategy holds
    'hvad siger loven', 'hvad siger lovgivningen', 'hvad siger reglerne', 'hvilke regler gælder', 'hvad er reglerne',
    'er det lovligt', 'er det ulovligt', 'frit sygehusvalg', 'frit valg af sygehus', 'frit behandlingsvalg',
    // a right the law gives someone ("har jeg ret til at blive opereret et andet sted?")
    'har jeg ret til', 'har man ret til', 'har vi ret til', 'har han ret til', 'har hun ret til', 'har de ret til',
    'hvor kan jeg', 'hvor skal jeg', 'hvor finder jeg', 'hvordan logger man ind', 'hvordan man logger ind', 'logge ind som', 'logger ind som', 'hvordan får jeg', 'hvordan bytter jeg', 'hvordan skifter jeg',
    'hvordan booker jeg', 'hvordan bestiller jeg', 'hvordan afbestiller jeg', 'hvordan aflyser jeg', 'hvordan søger jeg',
    // booking, cancelling or renewing is one person's errand whoever does it ("hvordan bestiller hun …")
    'hvordan booker', 'hvordan bestiller', 'hvordan afbestiller', 'hvordan aflyser', 'hvordan fornyer', 'hvordan tilmelder',
    // how to go about one's own errand ("hvordan bærer jeg mig ad med at få en ny tid?")
    'hvordan går jeg frem', 'hvordan går vi frem',
    // the region asked to get the asker something of their own ("kan de skaffe mig en ny tid?")
    'skaffe mig', 'skaffe os', 'tildele mig', 'tildele os', 'hvordan skal jeg gå frem', 'hvordan bærer jeg mig ad', 'hvordan skal jeg bære mig ad',
    'hvordan griber jeg det an', 'hvad skal jeg gøre for at', 'hvad skal vi gøre for at',
    // the same errand asked of anyone ("hvordan booker man …")
    'hvordan klager man', 'hvordan søger man', 'hvordan ansøger man', 'hvordan booker man', 'hvordan bestiller man', 'hvordan betaler man',
    'hvordan tilmelder man', 'hvordan framelder man', 'hvor klager man', 'hvor kan man klage', 'hvor søger man',
    'hvordan klager jeg', 'hvordan melder jeg', 'hvordan tilmelder jeg', 'hvordan framelder jeg', 'hvordan finder jeg',
    'hvordan betaler jeg', 'hvordan fornyer jeg', 'hvordan ansøger jeg', 'hvordan kommer jeg i kontakt',
    // which bus or train to take: a route no strategy holds
    'hvilken bus', 'hvilke busser', 'hvilket tog', 'hvilke fly', 'hvilket fly',
    'hvad gør jeg', 'hvad gør vi nu', 'min recept fornyet', 'forny min recept', 'fornye min recept', 'fornyet min recept',
    // which doctor has room for one more: a list no strategy holds
    'har ledig plads', 'har ledige pladser', 'ledig plads hos', 'tager imod nye patienter',
    // errands asked of the assistant itself
    'kan du finde en', 'kan du finde mig', 'kan du booke', 'kan du bestille', 'kan du reservere', 'kan du flytte min',
    'kan du * * aflyse', 'kan du * * afbestille', 'kan du * * sende', 'aflyse min tid', 'afbestille min tid', 'finde en ny tid',
    // money back for one's own costs
    'refusion*',
    // one's own application or place in a queue, and word passed on for the asker
    'min ansøgning', 'plads i køen', 'nummer i køen', 'langt * i køen', 'langt * på ventelisten', 'foran mig i køen', 'foran mig på ventelisten', 'er foran mig', 'give dem besked', 'give besked til', 'melde mig til', 'melde mig på', 'bede dem', 'bed dem',
    'hjælpe mig med at skrive', 'hjælpe mig med at udfylde', 'hjælpe mig med at søge', 'hjælpe mig med at finde',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'hvor sender jeg', 'hvor sender man', 'hvor skal * * sendes', 'hvem sender jeg', 'hvordan sender jeg',
    'hvordan ændrer jeg', 'hvordan flytter jeg', 'melde afbud', 'hvordan logger jeg', 'hvad skal jeg have med',
    'skal jeg medbringe', 'hvor møder jeg', 'hvem henvender jeg mig til', 'hvordan henter jeg',
    'hvor henter jeg', 'hvilken blanket', 'hvilket skema', 'er svar* kommet', 'er svar* klar*', 'er der kommet * svar',
    'er henvisning* kommet', 'har * fået henvisningen', 'hvor booker jeg', 'hvor bestiller jeg',
    'hvordan kommer jeg derhen',
  ],
  myWords: ['min', 'mit', 'mine', 'vores'],
  caseItems: [
    'henvisning*', 'tid', 'aftale', 'indkaldelse*', 'prøvesvar*', 'svar', 'svarene', 'blodprøve*', 'biopsi*', 'scanning*', 'journal*',
    'epikrise*', 'recept*', 'ansøgning*', 'klage*', 'sag', 'sagen', 'bestilling*', 'kørsel*', 'plads',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'svaret', 'undersøgelse*', 'operation*', 'røntgen*', '*prøven', '*prøverne', 'testsvar*', 'prøveresultat*',
    'papirer', 'papirerne', 'skema*', 'blanket*', 'sygemelding*', 'bevilling*', 'hjælpemiddel*', 'brev*', 'besked*',
    'mail', 'mailen', 'booking*',
  ],
  caseStates: [
    'kommet', 'kommet frem', 'nået frem', 'modtaget', 'sendt', 'afsendt', 'videresendt', 'bestilt', 'booket', 'godkendt', 'læst',
    'set på', 'kigget på', 'registreret', 'klar', 'klart', 'færdig', 'færdige',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'ankommet', 'indgået', 'bekræftet', 'gået igennem', 'visiteret', 'vurderet', 'tjekket', 'status*', 'har de fået',
    'har i fået', 'har sygehuset fået', 'har hospitalet fået', 'har lægen fået', 'hvor bliver * * af',
    'hvor er * * blevet af', 'hvad er der sket med', 'har de svaret',
  ],
  openingHours: [
    // visiting hours on a ward
    'besøgstid*', 'hvornår må * besøge',
    // the part of the day a visit or a call is allowed
    'hvilket tidsrum', 'hvilke tidspunkter', 'hvornår på dagen', 'hvornår må vi komme', 'hvornår kan vi komme på besøg',
    'åbningstid*', 'hvornår har * åbent', 'hvornår har * * åbent', 'hvornår har * * * åbent', 'hvornår åbner', 'hvornår lukker', 'hvornår er der åbent',
    // timetables: a departure is a clock time too
    'køreplan*', 'afgangstid*', 'hvornår går * * bus*', 'hvornår går * * tog*', 'hvornår går * * færge*', 'hvornår kører * * bus*',
    'hvornår kører * * tog*', 'hvornår sejler', 'hvornår afgår',
    'hvornår går * * *båd*', 'hvornår går * * fly*',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'telefontid*', 'telefonåbningstid*', 'konsultationstid*', 'træffetid*', 'hvornår kan man ringe',
    'hvornår kan jeg ringe', 'hvornår tager * * telefonen', 'hvornår er * * åben', 'hvornår er * * lukket',
    'hvornår holder * * åbent', 'hvad tid åbner', 'hvad tid lukker', 'hvad tid har * * åbent', 'hvad tid er der åbent',
    'hvilke ugedage', 'hvor længe har * * åbent', 'har * * åbent nu', 'er der åbent nu', 'åbent i dag',
    'hvornår kan * besøge', 'hvornår kan * komme på besøg', 'er at træffe',
  ],
  localDecision: [
    // the unit named between ("bliver akutklinikken i Xby lukket"): a lone * is one optional word
    'lukke', 'lukkes', 'blive * * * * lukket', 'bliver * * * * lukket', 'blive * * * * nedlagt', 'bliver * * * * nedlagt',
    'lukning*', 'nedlægge*', 'nedlægges', 'lægges ned', 'lagt ned',
    'oprette*', 'komme * en ny', 'komme * et nyt', 'kommer * en ny', 'kommer * et nyt', 'bygge* en ny', 'bygge* et nyt',
    'åbne en ny', 'åbne et nyt',
    // the present tense only of a closing for good or from a season or year on ("lukker akutklinikken i … til sommer"): alone it
    // mostly asks a closing time
    'lukker * * * * for godt', 'lukker * * * * permanent', 'lukker helt', 'lukker ned', 'lukker * * * * til sommer*', 'lukker * * * * til efteråret', 'lukker * * * * til jul',
    'lukker * * * * til nytår', 'lukker * * * * næste år', 'lukker * * * * til næste år', 'lukker * * * * i 20*', 'lukker * * * * fra 20*',
    // …or on a date ("lukker 15. august 2027", "lukker den 2. maj 2028")
    'lukker * * * * * * 20*',
    // moving a unit elsewhere or merging it, said in the passive (people move house in the active)
    'flyttes', 'bliver * * * * flyttet', 'blive * * * * flyttet', 'lægges sammen', 'sammenlægges', 'slås sammen',
  ],
  // …and what happened: an event of one day, which no strategy tells
  date: ['hvornår åbnede', 'hvornår blev', 'hvornår bliver', 'hvornår kommer', 'hvornår skal', 'hvornår', 'hvilket år', 'hvilken dato', 'hvilken dag',
    'hvad skete der', 'hvad er der sket', 'hvad skete'],
  // bør typed "bor" (lives)
  contrasts: ['ikke bare', 'ikke kun', 'ikke blot', 'ikke alene', 'ikke bare kun', 'frem for', 'fremfor', 'i stedet for', 'snarere end', 'hellere end'],
  contrastsNotAfter: ['går', 'gå', 'gik', 'kan', 'kunne'],
  typedAlike: ['bør'],
  numberLabels: ['gruppe', 'side', 'fase', 'trin', 'niveau', 'kapitel', 'afsnit', 'punkt', 'bilag', 'nummer', 'nr', 'klasse', 'kategori', 'version', 'uge', 'kl'],
  softeners: ['bare', 'lige', 'saa', 'virkelig', 'egentlig', 'faktisk', 'godt', 'maaske', 'hellere', 'stadig'],
  signAdverbs: ['pludselig', 'pludseligt', 'nu', 'lige', 'stadig', 'helt', 'rigtig', 'virkelig', 'igen', 'ogsaa', 'naesten', 'naermest'],
};
