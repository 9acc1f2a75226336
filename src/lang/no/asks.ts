import type { AskWords } from '../types.js';

export const asks: AskWords = {
  urgentSymptoms: [
    'brystsmerter', 'smerter i brystet', 'smerter * i brystet', 'trykk * i brystet', 'vondt * i brystet', 'trykk i brystet', 'vondt i brystet', 'tungpust', 'andpusten',
    'får ikke puste', 'får ikke luft', 'kan ikke få luft', 'klarer ikke å puste', 'pustebesvær', 'lammet', 'lammelse', 'skjev i ansiktet', 'talevansker',
    'bevisstløs', 'besvimt', 'besvimer', 'kraftig blødning', 'blør mye', 'selvmordstanker', 'vil ikke leve',
    'ta mitt eget liv', 'forgiftet', 'forgiftning', 'kramper', 'blodpropp',
    // the signs of a stroke, and a child's lips turning blue
    'skjev munn', 'henger i munnviken', 'kan ikke snakke', 'snakker uklart', 'plutselig forvirret', 'blå rundt munnen',
    'blå om leppene', 'munnviken henger', 'munnvika henger', 'munnviken heng', 'ansiktet henger', 'snakker rart', 'snakke rart',
    'snakker utydelig', 'snakke utydelig', 'prater rart', 'snakkar rart', 'snakker * * rart', 'snakke * * rart', 'munnen heng*', 'munnen * heng*', 'skeiv i fjeset', 'skjev i fjeset', 'skeiv i ansiktet', 'skeiv munn', 'får ikkje * prate', 'får ikke * prate', 'klarer ikke å prate', 'klarer ikkje å prate', 'armen * slapp', 'armen * * slapp', 'slapp i armen', 'henger munnviken', 'heng munnviken', 'snakker * uforståelig', 'snakke * uforståelig', 'puste vansker', 'pustevansker', 'kan ikke løfte * arm*', 'klarer ikke å løfte * arm*', 'klarer ikke løfte * arm*',
    'kan ikkje løfte * arm*',
    // a heart attack's signs beside chest pain, and a rash that doesn't fade when pressed (meningitis)
    'klemmer i brystet', 'klem i brystet', 'stråler ut i * arm*', 'grå i ansiktet', 'kaldsvett*', 'prikker som ikke forsvinner',
    'flekker som ikke forsvinner', 'ikke forsvinner når * trykker', 'forsvinner ikke når * trykker', 'nakkestiv*', 'stiv i nakken',
    'ikke blir borte når * trykker', 'blir ikke borte når * trykker', 'trykker et glass', 'glasstest*', 'kan ikke bøye nakken', 'vil ikke bøye nakken',
    // a severe allergic reaction: the throat, lips or tongue swelling, wheezing
    'hovne lepper', 'leppene * hovne', 'leppene * * hovne', 'tunga * hoven', 'tungen * hoven', 'hoven i halsen', 'hovner i halsen',
    'halsen snører seg', 'snører seg sammen', 'piper når * puster', 'hveser når * puster', 'allergisk sjokk', 'anafylaksi', 'anafylaktisk*',
    'hovner opp', 'tunga hovner', 'tungen hovner', 'leppene hovner', 'får ikke svelget', 'får ikkje svelgd', 'halsen blir tjukk', 'halsen blir tykk',
    // breathing failing, at any age, also in Nynorsk and dialect
    'får ikkje puste', 'får ikkje luft', 'får * ikke puste', 'får * ikke luft', 'får * ikkje puste', 'klarer * ikke å puste', 'puster dårlig', 'pustar dårleg', 'pustar dårlig', 'puster * fort', 'puster * * fort', 'gisper etter luft',
    'blå på leppene', 'leppene * blå', 'blåaktig*',
    // bleeding that won't stop, and bleeding in pregnancy
    'fosser blod', 'spruter blod', 'blødningen stopper ikke', 'blødinga stoppar ikkje', 'blødningen slutter ikke', 'blør kraftig', 'blør voldsomt',
    'gravid * blør', 'blør * gravid',
    // consciousness going after a blow to the head, a fall or a drink
    'våkner ikke', 'vaknar ikkje', 'uten å våkne', 'vanskelig å vekke', 'vond å vekke', 'helt slapp', 'heilt slapp', 'slapp og sløv', 'sløv og slapp', 'livløs', 'slått hodet', 'slått hovudet', 'slag i hodet', 'slag i hue', 'dobbeltsyn', 'ser dobbelt',
    'klarer ikke å gå rett', 'verste hodepinen', 'verste hovudverken', 'plutselig * hodepine', 'plutselig voldsom hodepine',
    // the belly, burns, poisoning
    'hard som et brett', 'hard mage', 'magen er hard', 'magen e hard', 'kaster opp blod', 'kastet opp blod', 'forbrent', 'skåldet',
    'svelget et batteri', 'svelget * batteri', 'knappcellebatteri*', 'overdose', 'tok en hel pakke', 'tatt en hel pakke', 'lampeolje',
    'kullos', 'karbonmonoksid*',
    // taking one's life, or hurting oneself, now
    'ta livet mitt', 'ta livet av meg', 'ta mitt liv', 'ikkje vil leve', 'skade meg selv', 'skade meg sjølv', 'tenkt på å hoppe', 'orker ikke mer',
    // more signs as worried people write them, at any age (general medical knowledge; none written in the documents)
    'skjev i munnen', 'skeiv i munnen', 'munnen er skjev', 'ansiktet er skjevt', 'den ene munnviken', 'skjevt smil',
    'lammelser', 'lam i den ene siden', 'svak i den ene siden', 'nummen i den ene siden', 'nummen i halve ansiktet',
    'ingen kraft i * arm*', 'armen faller ned', 'klarer ikkje å løfte * arm*', 'kan ikke bevege * bein*', 'sluddrete',
    'sluddrer', 'snakker grøtete', 'utydelig tale', 'uklar tale', 'talen er uklar', 'får ikke fram ordene',
    'får ikkje fram orda', 'snakker usammenhengende', 'plutselig * forvirret', 'plutseleg forvirra', 'mist* synet',
    'blind på * øyet', 'ser ingenting på * øyet', 'gardin for * øyet', 'plutselig synstap',
    'hodepine* * som et tordenskrall', 'verste hodepine', 'stråler * i * arm*', 'strålar * i * arm*',
    'stråler * i kjeven', 'stråler * i ryggen', 'trykk for brystet', 'press i brystet', 'smerte * i brystet',
    'brystsmerte', 'vondt i bringa', 'kaldsveitt*', 'kald svette', 'klam og blek', 'ingen puls', 'sluttet å puste',
    'slutta å puste', 'kan ikke puste', 'kan ikkje puste', 'klarar ikkje å puste', 'greier ikke å puste',
    'greier ikkje å puste', 'får itte puste', 'får kje puste', 'vanskelig å puste', 'vanskeleg å puste',
    'sliter med å puste', 'kjemper for å puste', 'hiver etter pusten', 'snapper etter luft', 'ventolin* hjelper ikke',
    'blå i ansiktet', 'blå i fjeset', 'blå lepper', 'inndragninger', 'inndragning* * ribbe*', 'trekker inn * ribbe*',
    'trekker seg inn * ribbe*', 'stønner når * puster', 'nesevingespill', 'holder på å bli kvalt',
    'holdt på å bli kvalt', 'held på å bli kvelt', 'sitter fast i luftrøret', 'hoven tunge', 'halsen lukker seg',
    'brukt * * epipen*', 'satt * * epipen*', 'gitt * * epipen*', 'stukket * i halsen', 'blødningen vil ikke stoppe',
    'blødninga vil ikkje stoppe', 'slutter ikke å blø', 'får ikke stoppet blødningen', 'blør og blør', 'blør mykje',
    'mistet mye blod', 'masse blod', 'blod over alt', 'neseblod som ikke stopper', 'blør etter mandeloperasjon*',
    'beinet stikker ut', 'knivstukket', 'kast* opp * blod', 'spyr * blod', 'spydde * blod', 'blod i oppkastet',
    'kaffegrut*', 'host* * blod', 'svart avføring', 'avføringen er svart', 'blør i svangerskapet',
    'gravid i uke * * blør', 'gravid i veke * * blør', 'blør * * gravid', 'kjenner ikke liv', 'kjenner ikkje liv',
    'kjenner ikke barnet', 'mindre liv i magen', 'barnet beveger seg ikke', 'færre fosterbevegelser',
    'vannet * gått for tidlig', 'vannet har gått i uke 2*', 'grønt fostervann', 'slo hodet', 'slo hovudet',
    'slo seg i hodet', 'falt på hodet', 'datt på hodet', 'slag mot hodet', 'kast* opp etter fallet', 'pupillene * ulike',
    'klar væske * fra * nese*', 'klar væske * fra * øre*', 'besvimte', 'besvima', 'mist* bevisstheten', 'medvitslaus',
    'falt om', 'reagerer ikke på tiltale', 'får ikke liv i', 'får ikkje liv i', 'klarer ikke å vekke', 'vil ikke våkne',
    'vil ikkje vakne', 'spydd * blod', 'feberkramp*', 'epileptisk anfall', 'utslett som ikke forsvinner',
    'utslett som ikkje forsvinn', 'utslettet forsvinner ikke', 'flekker som ikkje forsvinn', 'forsvinner ikke ved trykk',
    'blekner ikke', 'petekkier', 'feber * * stiv nakke', 'stiv nakke * * feber', 'marmorert hud', 'feber * * iskalde',
    'kalde hender og føtter * * feber', 'babyen er * slapp', 'babyen er * sløv', 'uker gammel * * * * feber',
    'veker gammal * * * feber', 'baby på * uker * * feber', 'nyfødt* * har feber', 'under 3 måneder * feber',
    'ingen våte bleier', 'ikke hatt * våt bleie', 'ikkje hatt * våt bleie', 'ikke tisset på * timer',
    'innsunken fontanelle', 'fontanellen * innsunken', 'svelg* * * magnet*', 'svelg* * batteri*', 'spist * batteri*',
    'drukket * oppvaskmiddel*', 'drukket * klor*', 'drukket * proppløser*', 'drukket * kjemikali*', 'drukket * giftig*',
    'spist * vaskekapsel*', 'spist av * pille*', 'fått tak i * pille*', 'tatt for mange * pille*', 'for mange paracet',
    'overdosert', 'røykforgiftning', 'hoggormbitt', 'bitt av * hoggorm', 'store brannsår', 'støt fra høyspent*',
    'underkjølt', 'sterkt nedkjølt', 'holdt på å drukne', 'nesten drukn*', 'voldsomme magesmerter',
    'voldsomt vondt i magen', 'grønt oppkast', 'kaster opp grønt', 'vondt i * * testik*', 'hoven testikkel',
    'vondt i pungen', 'testikkeltorsjon', 'kraftig føling', 'insulinsjokk', 'svært lavt blodsukker',
    'diabetiker * forvirret', 'forvirret og svett', 'vil ta livet av seg', 'vil ta sitt * liv',
    'truer med å ta livet av seg', 'truer med selvmord', 'tenker på selvmord', 'tenkjer på sjølvmord',
    'sjølvmordstankar', 'prøv* å ta livet av seg', 'prøv* å ta livet sitt', 'vil bare dø', 'vil berre døy',
    'lyst til å dø', 'lyst til å døy', 'ønsker å dø', 'vil ikkje leve', 'drepe meg selv',
    'avslutte livet mitt', 'hører stemmer', 'ser ting som ikke er der', 'psykotisk', 'tror * noen er ute etter',
    // swelling and bleeding said with the subject first, and a child that can't be woken
    'hovner * opp', 'svulmer * opp', 'blodet spruter', 'blodet fosser', 'til å vekke', 'til å vekkje',
  ],
  urgentConditions: ['blodpropp', 'blodpropp i hjertet', 'lammet', 'lammelse', 'kramper', 'forgiftning', 'forgiftet', 'selvmordstanker', 'anafylaksi', 'allergisk sjokk'],
  waiting: [
    'skal jeg * vente', 'skal vi * vente', 'skal han * vente', 'skal hun * vente', 'kan jeg * vente', 'kan vi * vente',
    'bør jeg * vente', 'bør vi * vente', 'kan det * vente', 'skal eg * vente', 'kan eg * vente', 'vente til i morgen',
    // in dialect, "ska" for "skal"
    'ska vi * vente', 'ska æ * vente', 'ska eg * vente', 'ska me * vente', 'ska vi * venta', 'ska vi * vent', 'ska æ * vent',
    'vente til legen', 'vente til fastlegen',
    // going now or waiting, said any way ("skal vi ringe nå, eller vente og se?")
    'eller vente', 'eller skal vi vente', 'eller skal jeg vente', 'vente og se', 'venta og sjå',
    // waiting on one's own as a condition ("går det over om jeg venter?")
    'hvis jeg venter', 'hvis vi venter', 'om jeg venter', 'om vi venter', 'om eg ventar', 'viss eg ventar', 'om me ventar',
    // what to do, with urgent signs told ("… ansiktet henger, hva gjør vi")
    'hva skal vi gjøre', 'hva skal jeg gjøre', 'hva gjør vi', 'hva gjør jeg', 'kva skal vi gjere', 'kva gjer vi',
    // whether something less is enough ("holder det å gi ham en allergitablett?")
    'holder det å', 'holder det med', 'er det nok å', 'er det nok med', 'held det å',
  ],
  medicalAdvice: [
    'bør jeg', 'bør man', 'burde jeg', 'burde man', 'burde vi', 'hva skal jeg gjøre',
    // a named person's diagnosis: their record, which no strategy holds
    'hennes diagnose', 'hans diagnose', 'diagnosen hennes', 'diagnosen hans', 'hvilken diagnose', 'hva bør jeg gjøre', 'kan jeg vente',
    'skal jeg ringe', 'skal jeg gå til legen', 'skal jeg dra på legevakten', 'hva feiler jeg', 'hva feiler han', 'hva feiler hun', 'hvilken medisin skal', 'hvor mye medisin',
    'hvor mange piller', 'hvor mange tabletter', 'bivirkninger', 'dose', 'dosering', 'hvilken medisin er', 'hvilken medisin hjelper',
    'hvilke piller', 'hvilke tabletter', 'hvilken pille', 'hvilken tablett', 'hva skal jeg ta', 'skal vi ringe', 'skal vi dra på legevakten', 'skal vi dra til legevakten',
    'skal jeg dra til legevakten', 'er jeg syk', 'er jeg deprimert',
    // whether to take a medicine; a lone * is one optional word ("ta en hodepinetablett", "ta paracet"), Bokmål and Nynorsk
    'skal jeg ta * *pille*', 'skal jeg ta * *tablett*', 'skal jeg ta * smertestillende', 'skal jeg ta * medisin*',
    'kan jeg ta * *pille*', 'kan jeg ta * *tablett*', 'kan jeg ta * smertestillende', 'skal eg ta * *pille*',
    'skal eg ta * *tablett*', 'skal eg ta * smertestillande', 'kan eg ta * *pille*', 'kan eg ta * *tablett*',
    'skal jeg ta * paracet', 'kan jeg ta * paracet', 'skal eg ta * paracet', 'kan eg ta * paracet', 'kan jeg ta * medisin*',
    'skal jeg gi * * paracet', 'skal jeg gi * * ibux', 'skal jeg gi * * medisin*', 'skal jeg gi * * *tablett*', 'skal eg gi * * paracet',
    // two medicines together
    'kan jeg ta * samtidig med', 'kan jeg ta * sammen med', 'kan eg ta * samtidig med', 'kan eg ta * saman med',
    // general medicine, which a doctor or helsenorge.no answers, not a strategy
    'hva er symptomene', 'hva er symptomer', 'hvilke symptomer', 'kva er symptoma', 'hvordan smitter', 'hvor lenge smitter',
    'er det smittsomt', 'hva hjelper mot',
    // how much of a medicine one may take ("hvor mye morfin kan jeg ta?")
    'hvor mye * kan jeg ta', 'hvor mye * jeg kan ta', 'hvor mye * får jeg ta', 'kor mykje * kan eg ta', 'kor mykje * eg kan ta',
    // going to emergency care now or waiting: the asker's own case
    'nå eller vente', 'nå eller skal vi vente',
    // whether an illness passes by itself
    'går det over', 'går det bort', 'gir det seg', 'forsvinner det av seg selv',
    // the assistant's own choice in the asker's place
    'hva ville du valgt', 'hva ville du gjort', 'hva ville du gjøre', 'hva ville du selv', 'kva ville du valt', 'kva ville du gjort', 'kva ville du gjere', 'hvis du var meg', 'om du var meg', 'viss du var meg',
    // tapering one's own medicine
    'trapper jeg * ned', 'trapper jeg ned', 'trappar eg * ned', 'trappar eg ned',
  ],
  conductModals: ['skal', 'ska', 'kan', 'må', 'bør', 'burde', 'skulle'],
  conductSubjects: ['jeg', 'eg', 'æ', 'han', 'hun', 'ho', 'vi', 'me'],
  // the body and its treatment only: travel ("skal ho reise med båt til behandlinga?") and time off are the service's questions
  conductVerbs: [
    'ta * medisin*', 'ta * *pille*', 'ta * *tablett*', 'ta begge', 'ta fast', 'gi * medisin*', 'gi * *pille*', 'stoppe', 'slutte med',
    'spise', 'ete', 'drikke', 'trene', 'mosjonere', 'stelle', 'smøre', 'amme', 'sove', 'ha is', 'ta pause', 'holde meg', 'holde seg',
    // a yes or no to one's own treatment, a double dose, stopping at once, tapering
    'si ja', 'si nei', 'takke ja', 'takke nei', 'ta to', 'ta dobbel*', 'slutte brått', 'slutte å ta', 'trappe * ned', 'trappe ned',
  ],
  objectPronouns: ['meg', 'mæ', 'oss'],
  careObjects: [
    'medisin*', 'pille*', 'tablett*', 'smertestillende', 'sprøyte*', 'krem', 'kremen', 'salve*', 'dråper', 'nesespray*',
    'inhalator*', 'antibiotika*', 'penicillin*', 'dose', 'dosen', 'doser*', 'bivirkning*', 'plaster*',
  ],
  careQuestions: [
    'er det * trygt', 'er det * farlig', 'er det * lurt', 'er det * klokt', 'er det * smart', 'er det * fornuftig',
    'er det * nødvendig', 'er det * best', 'er det * normalt', 'er det * greit', 'er det * ok', 'er det * skadelig',
    'er det for seint', 'er det for sent', 'er det for tidlig', 'er det * verdt', 'er de * verdt', 'er dei * verdt',
    'hjelper det', 'hjelper de', 'virker det', 'verkar det', 'henger det sammen', 'kommer det av', 'kommer det fra',
    'kan det komme av', 'kan det kome av', 'går det an', 'hvilken behandling', 'kva behandling',
  ],
  judgements: ['er det normalt', 'er det farlig', 'er det alvorlig', 'er det vanlig', 'er det greit', 'er det ok'],
  judgedFor: ['for meg', 'for min', 'for mitt', 'for mine', 'for ham', 'for han', 'for henne', 'for ho', 'for oss', 'for barnet', 'for babyen', 'for fosteret'],
  symptoms: [
    'vondt', 'smerte*', 'feber', 'kvalme', 'svimmel*', 'hoste*', 'hoster', 'utslett', 'kløe', 'klør', 'blø', 'blør',
    'blødning*', 'blod', 'hodepine', 'magesmerter', 'kaste opp', 'kaster opp', 'oppkast*', 'diaré', 'hoven', 'hevelse',
    'symptom*', 'tisse', 'sår', 'utflod', 'forkjølet', 'influensa', 'uvel', 'tungpust', 'sove', 'sover', 'søvnløs*', 'kul',
  ],
  service: [
    'vente', 'venter', 'ventet', 'ventetid*', 'sykehus*', 'sjukehus*', 'avdeling*', 'personale*', 'personell*', 'legevakt*',
    'ambulanse*', 'fastlege*',
    // those who run it and what they decide
    'region*', 'helseforetak*', 'helse nord', 'kommune*', 'strategi*', 'politiker*',
  ],
  contact: [
    'telefonnummer', 'telefonnummeret', 'tlf', 'e-post', 'epost', 'e-postadresse*', 'epostadresse*', 'adressen til', 'adresse',
    'få tak i ham', 'få tak i henne', 'komme i kontakt med ham', 'komme i kontakt med henne', 'kontakte ham', 'kontakte henne',
    // where the nearest one is: an address no strategy gives
    'hvor er nærmeste', 'hvor ligger nærmeste', 'hvor er den nærmeste', 'hvor ligger den nærmeste', 'kvar er næraste',
    // a number or an address to write to, asked of a place or a unit
    'nummer til', 'nummeret til', 'hvilket nummer', 'kva nummer', 'direktenummer*', 'direkte nummer', 'hovednummer*', 'mail til', 'mailen til',
    'e-posten til', 'eposten til', 'sms-linje*', 'sms-nummer*',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'telefonnumre', 'telefonnr', 'hva er nummeret', 'kva er nummeret', 'ka e nummeret', 'ka nummer', 'hvor ringer jeg',
    'kvar ringer eg', 'kor ringe æ', 'hvem ringer jeg til', 'hvem kan jeg ringe til', 'kven kan eg ringe til',
    'kem ska æ ringe til', 'adressen', 'adressa til', 'kva er adressa', 'postadresse*', 'besøksadresse*', 'kontaktinfo*',
    'kontaktopplysning*', 'hva er nettsiden', 'hvem skal jeg kontakte', 'hvem kan jeg kontakte', 'kven skal eg kontakte',
    'kem ska æ kontakte', 'hvordan kontakter jeg', 'korleis kontaktar eg', 'åssen kontakter jeg',
    'kven kan eg snakke med', 'hvor er det nærmeste', 'kvar er den næraste',
    'kvar ligg næraste', 'kor e nærmaste', 'nærmest meg',
  ],
  person: [
    // a product's or a supplier's name: which app, which system, which firm
    'hvilken app', 'hvilke apper', 'hvilket program', 'hvilket system', 'hvilket it-system', 'hvilket journalsystem', 'hvilken leverandør',
    'hvem er leverandør*', 'hvem leverer', 'hvilket firma', 'hvilket selskap', 'kva app', 'kva system',
    // a role, alone or as a compound's last part ("fagdirektøren", "regionrådsformannen", "styrelederen")
    'hvem er *direktør*', 'hvem er administrerende direktør', 'hvem er *leder*', 'hvem er *formann*', 'hvem er *sjef*',
    'hva heter *direktør*', 'hva heter *leder*', 'hva heter *formann*', 'hva heter *sjef*', 'navnet på *direktør*',
    // a doctor's post ("overlege", "avdelingsoverlegen", "sjefslegen"): who holds it is a name
    'hvem er *overlege*', 'hvem er ledende overlege', 'hva heter *overlege*', 'hvem er *sjefslege*', 'hva heter *sjefslege*',
    'navnet på *lederen', 'hvem er den beste', 'hvem er best til', 'hvilken lege er best', 'hvilken kirurg er best', 'den beste legen',
    'den beste kirurgen',
    // a political party and what it wants: the strategy is the trust's board's, never a party's
    'hvilket parti', 'hvilke partier', 'partiet', 'partiene', 'partiets', 'arbeiderpartiet', 'senterpartiet',
    'fremskrittspartiet', 'sosialistisk venstreparti', 'kristelig folkeparti', 'miljøpartiet',
    // who won an election: a name the strategies never hold
    'hvem vant', 'hvem fikk flest', 'flest stemmer', 'valgresultat*', 'hvem ble valgt', 'hvem stemte', 'hvem var imot', 'hvem var for', 'kven stemte',
    // the best hospital or researcher: a ranking or a name no strategy holds
    'hvilket sykehus er best', 'de beste resultatene', 'hvor er det best å', 'hvem er *forsker*', 'kven er *forskar*',
    'hvilket * klarer seg best', 'hvilken * klarer seg best', 'klarer seg best på',
    'færrest komplikasjoner', 'flest komplikasjoner',
    // who took a decision or spoke for the council, or who is the most skilled: a name
    'hvem tok beslutningen', 'hvem tok avgjørelsen', 'kven tok avgjerda', 'hvem besluttet', 'hvem bestemte',
    'kem e *sjef*', 'kem er *sjef*', 'kven er *sjef*', 'hvem er den flinkeste', 'kven er den flinkaste',
    // a ranking of places or carers by results, waits or reviews (also in `ranking`: asked between regions, a comparison)
    'er best på', 'er best til', 'klarer seg dårligst', 'kommer dårligst ut', 'kommer best ut', 'har kortest ventetid', 'har kortast ventetid',
    'har den korteste ventetiden', 'har lengst ventetid', 'har den lengste ventetiden', 'beste anmeldelser', 'de beste behandlerne',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'hvem er * * *direktør*', 'hvem er * * *sjef*', 'hvem er * * *leder*', 'hvem er * * *formann*',
    'hvem er * * *leiar*', 'hvem er den nye', 'kven er den nye', 'kven er * * *leiar*', 'kven er * * *direktør*',
    'kem e *leder*', 'kem e *leiar*', 'kva heiter *leiar*', 'kva heiter *sjef*', 'ka heite *sjef*', 'hvem er *minister*',
    'hva heter han', 'hva heter hun', 'kva heiter han',
    'kva heiter ho', 'hva heter *lege*', 'kva heiter *lege*', 'hva heter appen', 'kva heiter appen', 'hvem er *lege*',
    'kven er *lege*', 'hvem er min fastlege', 'hvem er kontaktpersonen min',
    'ka app', 'hvilket * er raskest', 'hvilken * er raskest', 'kva * er raskast', 'hvilket * er dårligst',
    'hvilket * er verst', 'kva * er best', 'ka * e best', 'hvilket * har kortest', 'kva * har kortast',
    'hvem er raskest', 'kven er raskast', 'kem e best', 'kven er best', 'hvor er ventetiden kortest',
    'kvar er ventetida kortast', 'hvor går det raskest',
  ],
  ranking: [
    'hvem er best', 'hvem er den beste', 'hvem er bedre', 'hvem gjør det best', 'hvem gjør det bedre', 'hvem klarer det best',
    'hvem er lengst', 'hvem har kommet lengst', 'hvem er først', 'hvem er mest', 'hvem er dårligst', 'hvem gjør mest', 'hvem satser mest',
    'klarer seg best', 'er best på', 'er best til', 'klarer seg dårligst', 'kommer dårligst ut', 'kommer best ut', 'har kortest ventetid',
    'har kortast ventetid', 'har den korteste ventetiden', 'har lengst ventetid', 'har den lengste ventetiden',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'hvilket * er raskest', 'hvilken * er raskest', 'kva * er raskast', 'hvilket * er dårligst', 'hvilket * er verst',
    'kva * er best', 'ka * e best', 'hvilket * har kortest', 'kva * har kortast', 'hvem er raskest', 'kven er raskast',
    'kem e best', 'kven er best', 'hvor er ventetiden kortest', 'kvar er ventetida kortast', 'hvor går det raskest',
  ],
  // one's own choice or purchase; a lone * is one optional word ("hvilken barnevogn er best", "kva for ein sykkel er best")
  choice: [
    'hvilken * er best', 'hvilket * er best', 'hvilke * er best', 'hvilken * er den beste', 'hvilket * er det beste',
    'hvilken * er billigst', 'hvilket * er billigst', 'hvilke * er billigst', 'hvor er * billigst', 'hvor er det billigst',
    'kan du anbefale', 'hva anbefaler du', 'hva vil du anbefale', 'hvilken * anbefaler du', 'kva tilrår du', 'kva anbefaler du',
    'hva for en * er best', 'hva for et * er best', 'hva for noen * er best', 'kva for ein * er best', 'kva for eit * er best', 'kvar er * billegast',
    // to buy or to rent: the household's choice
    'skal jeg kjøpe', 'skal vi kjøpe', 'hva skal jeg kjøpe', 'hva skal vi kjøpe', 'kjøpe eller leie', 'leie eller kjøpe',
    'kjøpe eller lease', 'lease eller kjøpe', 'leasing eller kjøpe', 'skal eg kjøpe', 'kjøpe eller leige', 'leige eller kjøpe',
  ],
  price: [
    // having to pay oneself
    'må jeg betale', 'må vi betale', 'må man betale', 'skal jeg betale', 'skal man betale', 'må eg betale',
    // what a job pays ("hva tjener en portør?")
    'hva tjener', 'hvor mye tjener', 'ka tjene', 'kva tener', 'kor mykje tener',
    // a result in money: a deficit, a surplus, an amount in kroner
    'underskudd*', 'overskudd*', 'i kroner', 'millioner kroner', 'milliarder kroner',
    // whether something costs at all (Nynorsk "kostar")
    'gratis', 'koster det noe', 'kostar det noko', 'kostnadsfri*', 'uten betaling', 'betale selv', 'selv betale',
    // money paid to or for the asker: a grant, a refund, a bill someone else pays
    'tilskudd', 'tilskuddet', 'tilskot', 'rabatt', 'rabatten', 'rabatter', 'refundert', 'refundere', 'refusjon', 'refusjonen', 'få * betalt',
    'få * * betalt', 'få betalt', 'hvem betaler', 'kven betaler',
    // whether someone pays for it: "betaler regionen for …", "… eller er det kommunen som betaler?"
    'betaler * for', 'betaler * * for', 'som betaler', 'dekker * utgift*', 'dekker * * utgift*', 'betale * selv', 'dekker de det',
    'dekker * *billett*', 'dekker * * *billett*', 'dekker * reise*', 'dekker * * reise*', 'dekker * hotell*', 'dekker * * hotell*', 'få dekket', 'får * dekket', 'hvor mye får * tilbake', 'pengene tilbake', 'penger tilbake', 'hvor mye kan * regne med',
    'hva koster', 'ka koste', 'ka kostar', 'kva kostar', 'kor mykje kostar', 'kor mye koster', 'til å koste', 'hvor mye koster', 'hva er prisen', 'prisen for', 'hvor mye må jeg betale', 'hvor mye skal jeg betale',
    'hva må jeg betale', 'egenandel', 'egenandelen', 'budsjett', 'budsjettet', 'hvor mye penger', 'hvor mange millioner',
    'hvor mange kroner', 'hvor mye tjener', 'hva tjener', 'lønnen', 'lønna', 'lønninger', 'bonus',
    // pay asked of, not payroll named among the support functions ("lønn, innkjøp og IT")
    'høyere lønn', 'bedre lønn', 'mer i lønn', 'mer lønn', 'lønn til', 'i lønn', 'hvilken lønn', 'hva slags lønn',
    // pay as a compound ("lønnstillegg", "flyttebonus"), and a student loan written down
    'lønnstillegg*', 'lønnsøkning*', 'lønnsforhøyelse*', 'lønnsnivå*', '*bonus', 'studielån*',
    // one's own pay and the agreement that sets it
    'min lønn', 'vår lønn', 'lønna mi', 'lønna vår', 'lønnsoppgjør*', 'tariffavtale*', 'tariffoppgjør*',
    // travel paid by the kilometre
    'per km', 'pr km', 'pr. km', 'per kilometer', 'kilometergodtgjør*', 'reisegodtgjør*', 'bilgodtgjør*',
    // a price by the day or hour
    'dagspris*', 'døgnpris*', 'timepris*',
    // money set aside, granted or spent for something: an amount no strategy holds (Nynorsk "løyvd")
    'satt av til', 'setter av til', 'sette av til', 'avsatt til', 'avsetter til', 'avsette til', 'hvor mye har * satt av',
    'hvor mye har * * satt av', 'hvor mye har * avsatt', 'hvor mye har * * avsatt', 'bevilget', 'bevilga', 'bevilger', 'bevilge',
    'bevilgning', 'bevilgningen', 'bevilgninger', 'bevilgningene', 'løyvd', 'løyvt', 'løyving', 'løyvingar', 'hvor mye bruker * på',
    'hvor mye bruker * * på', 'hvor mye investerer', 'hvor mye har * investert', 'hvor mye har * * investert', 'hvor mange milliarder',
    'hvor store beløp', 'hvor stort beløp', 'budsjettene',
    // the price asked of what was just asked about: "og prisen?", "hva med prisene?" (Nynorsk "prisane")
    'og prisen', 'og prisene', 'og prisane', 'hva med prisen', 'hva med prisene', 'hva med pris', 'kva med prisen', 'kva med prisane',
    'hva så med prisen',
    // a starting wage, and the share of a bill someone covers
    '*lønnen', '*lønna', 'startlønn*', 'av regningen', 'hvor mye dekker',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'egenandel*', 'eigenandel*', 'frikort*', 'hvor dyrt', 'kor dyrt', 'er det dyrt', 'hva kostet',
    'hvor mye kostet', 'kor mykje kosta', 'hva har * * kostet', 'taksten', 'takster', 'gebyr*', '*gebyr', '*tilskudd',
    '*tilskot', 'timeløn*', 'løna mi', 'i løn', 'kor mye tjener', '*budsjett', '*budsjettet', 'kor mykje pengar',
    'hva betaler man', 'kva betaler eg', 'kor mykje betalar', 'betaler man selv', 'betalar ein sjølv', 'må ein betale',
    'skal eg betale', 'kven betalar', 'få dekt',
  ],
  // a share counts what follows its unit: "hvor mange prosent av pasientene …"
  // …and what an average is: a figure as much as a count
  count: ['hvor mange prosent', 'hvor stor andel', 'hvor stor del', 'kor stor del', 'kor stor andel', 'kor mange prosent', 'hvor mange', 'antallet av', 'hva er den gjennomsnittlige', 'i gjennomsnitt', 'gjennomsnittet'],
  timeUnits: ['minutt*', 'time', 'timer', 'timar', 'døgn', 'dag', 'dager', 'dagar', 'uke', 'uker', 'veke', 'veker', 'måned', 'måneder', 'månad', 'månader', 'år'],
  awareOf: ['klar over', 'tenkt over', 'tenkt på', 'oppmerksom på', 'oppmerksomme på', 'forberedt på', 'forberedte på', 'kontroll på', 'merksam på', 'budd på',
    // finding out how many is a way of working, not a figure asked for
    'kartlegge', 'kartlegger', 'undersøke', 'undersøker', 'finne ut', 'følge med på', 'halde oversikt over', 'holde oversikt over'],
  change: [
    'kortere', 'bedre', 'flere', 'færre', 'mindre', 'større', 'raskere', 'lettere', 'enklere', 'billigere', 'nærmere',
    'tettere', 'forbedre*', 'forbedring*', 'utvide*', 'bygge ut',
    // getting rid of or bringing down what is bad: "når blir vi kvitt køene?"
    'kvitt', 'kvitte seg med', 'avskaffe*', 'fjerne', 'fjernet', 'eliminere*', 'redusere*', 'minske*',
    'kutte ned', 'få ned', 'få bukt med', 'forsvinne', 'forsvinner',
    // Nynorsk
    'kortare', 'betre', 'fleire', 'raskare', 'lettare', 'enklare', 'billegare', 'nærare', 'tettare', 'byggje ut',
  ],
  // getting to care, said of anyone: "når får man operasjon", "når får pasientene rehabilitering" (Nynorsk "ein")
  reach: [
    'kan man få', 'kan man se', 'kan man komme til', 'kan man komme inn', 'kan man treffe', 'kan man bli behandlet',
    'får man', 'kommer man til', 'kan folk få', 'får folk', 'kan pasienter få', 'kan pasientene få',
    'får pasientene', 'kan barn få', 'kan eldre få', 'kan de eldre få', 'kan ein få', 'får ein',
  ],
  // …and a part of this very day ("… på legevakta i natt"): the figure of one day or night, never a strategy's
  now: ['akkurat nå', 'nå for tiden', 'for øyeblikket', 'i øyeblikket', 'per i dag', 'i kveld', 'i natt', 'i formiddag', 'i ettermiddag'],
  duration: ['hvor lang tid', 'hvor lenge', 'kor lang tid', 'kor lenge', 'kor lang ventetid', 'hvor lang ventetid', 'hvor lange ventetider', 'hvor lang er ventetiden', 'hvor lange er ventetidene'],
  procedure: [
    // a vacancy to apply for, and the grades an education asks for
    'er det ledige stillinger', 'finnes det ledige stillinger', 'har de ledige stillinger', 'opptakskrav*', 'hvor høyt snitt',
    'hvilket snitt', 'karaktersnitt*', 'poenggrense*',
    // changing one's own doctor, and asking the assistant to see to an errand
    'bytte fastlege', 'bytte lege', 'skifte fastlege', 'kan du ordne', 'kan du fikse', 'kan du sørge for', 'hvor gjør jeg det',
    // where one's own operation or treatment takes place: one's referral says so, no strategy
    'hvor skal jeg opereres', 'hvor blir jeg operert', 'skal jeg * opereres i', 'hvor skal jeg behandles', 'skal jeg * behandles i',
    'hvilket sykehus skal jeg', 'kva sjukehus skal eg',
    // compensation, a lawsuit or a complaint about one's own case, and a sick note: the patients' own bodies and
    // one's doctor handle them, no strategy
    'få erstatning', 'søke erstatning', 'søke om erstatning', 'krav på erstatning', 'krav om erstatning', 'erstatning for',
    'pasientskadeerstatning*', 'kan vi saksøke', 'kan jeg saksøke', 'kan man saksøke', 'saksøke helseforetaket', 'saksøke sykehuset',
    'reise søksmål', 'klage på', 'klage til', 'klage over', 'sende en klage',
    'klagenemnd*', 'pasientombud*', 'skrive en sykmelding', 'skrive en sykemelding', 'få en sykmelding', 'få en sykemelding',
    'få sykmelding', 'legeerklæring*',
    // what the law or the rules say, and the free choice of hospital they give: law no strategy holds (Nynorsk "lova")
    'hva sier loven', 'hva sier lovverket', 'hva sier reglene', 'hvilke regler gjelder', 'hva er reglene', 'kva seier lova',
    'kva seier reglane', 'er det lovlig', 'er det ulovlig', 'fritt sykehusvalg', 'fritt behandlingsvalg', 'fritt sjukehusval',
    'fritt behandlingsval',
    // a right the law gives someone ("har jeg rett til å bli operert et annet sted?")
    'har jeg rett til', 'har man rett til', 'har vi rett til', 'har han rett til', 'har hun rett til', 'har de rett til',
    'har eg rett til', 'har ein rett til',
    'hvor kan jeg', 'hvor skal jeg', 'hvor finner jeg', 'hvordan logger man inn', 'hvordan man logger inn', 'logge inn som', 'logger inn som', 'hvordan får jeg', 'hvordan bytter jeg', 'hvordan skifter jeg',
    'hvordan booker jeg', 'hvordan bestiller jeg', 'hvordan avbestiller jeg', 'hvordan avlyser jeg', 'hvordan søker jeg',
    // booking, cancelling or renewing is one person's errand whoever does it ("hvordan bestiller hun …")
    'hvordan booker', 'hvordan bestiller', 'hvordan avbestiller', 'hvordan avlyser', 'hvordan fornyer',
    // how to go about one's own errand ("hvordan går jeg fram for å bytte sykehus?")
    'hvordan går jeg fram', 'hvordan går jeg frem',
    // the region asked to get the asker something of their own ("kan de skaffe meg en ny time?")
    'skaffe meg', 'skaffe oss', 'tildele meg', 'tildele oss', 'hvordan går vi fram', 'hvordan går vi frem', 'hvordan skal jeg gå fram',
    'hvordan skal jeg gå frem', 'korleis går eg fram', 'korleis skal eg gå fram', 'hva må jeg gjøre for å', 'kva må eg gjere for å',
    // the same errand asked of anyone ("hvordan klager man på …")
    'hvordan klager man', 'hvordan søker man', 'hvordan booker man', 'hvordan bestiller man', 'hvordan betaler man',
    'hvordan melder man', 'hvor klager man', 'hvor kan man klage', 'hvor søker man', 'korleis klagar ein', 'korleis søkjer ein',
    'hvordan klager jeg', 'hvordan melder jeg', 'hvordan registrerer jeg', 'hvordan finner jeg', 'hvordan betaler jeg',
    // which bus or train to take: a route no strategy holds
    'hvilken buss', 'hvilke busser', 'hvilket tog', 'hvilke fly', 'hvilket fly',
    'hvordan fornyer jeg', 'hvordan kommer jeg i kontakt', 'korleis får eg', 'korleis søkjer eg', 'kvar kan eg',
    'hva gjør jeg', 'hva gjør vi nå', 'kva gjer eg', 'resepten min fornyet', 'fornye resepten', 'forny resepten',
    // which doctor has room for one more: a list no strategy holds
    'har ledig plass', 'har ledige plasser', 'ledig plass hos', 'tar imot nye pasienter',
    // errands asked of the assistant itself
    'kan du finne en', 'kan du finne meg', 'kan du booke', 'kan du bestille', 'kan du reservere', 'kan du flytte timen',
    'kan du * * avlyse', 'kan du * * avbestille', 'kan du * * sende', 'avlyse timen', 'avbestille timen', 'finne en ny time',
    // money back for one's own costs
    'refusjon*',
    // one's own application or place in a queue, something of one's own booked or arrived, and word passed on for the asker
    'søknaden min', 'min søknad', 'plass i køen', 'nummer i køen', 'langt * i køen', 'langt * på ventelista', 'langt * på ventelisten', 'foran meg i køen', 'foran meg på ventelista', 'er foran meg', 'er bestilt', 'har kommet fram', 'har komt fram', 'gi dem beskjed', 'gi beskjed til',
    'melde meg på', 'melde meg til', 'be dem', 'be * sende',
    'hjelpe meg med å skrive', 'hjelpe meg å skrive', 'hjelpe meg med å fylle ut', 'hjelpe meg å fylle ut', 'hjelpe meg med å søke',
    'hjelpe meg med å finne', 'hjelpe meg å finne',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'hvor sender jeg', 'kvar sender eg', 'kor sende æ', 'hvor skal * * sendes', 'kvar skal * * sendast',
    'hvordan sender jeg', 'korleis sender eg', 'korleis bestiller', 'korleis booker', 'åssen booker', 'åssen bestiller',
    'koss bestille æ', 'kvar finn eg', 'hvem henvender jeg meg til', 'byte fastlege', 'hva må jeg ha med',
    'kva må eg ha med', 'hva skal jeg ha med', 'hvordan logger jeg inn', 'hvordan henter jeg', 'hvor henter jeg',
    'hvilket skjema', 'kva skjema', 'korleis klagar eg', 'hvordan kommer jeg dit', 'melde forfall', 'har svar* kommet',
    'er svar* kommet', 'er svar* klar*', 'har det kommet * svar', 'er henvisning* kommet', 'har * fått henvisningen',
    'har svar* komme',
  ],
  myWords: ['min', 'mitt', 'mine', 'mi', 'vår', 'vårt', 'våre'],
  caseItems: [
    'henvisning*', 'time', 'timen', 'avtale*', 'innkalling*', 'prøvesvar*', 'svar', 'svaret', 'svarene', 'blodprøve*', 'biopsi*',
    'skanning*', 'journal*', 'epikrise*', 'resept*', 'søknad*', 'klage*', 'sak', 'saka', 'saken', 'bestilling*', 'pasientreise*',
    'plass', 'plassen',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'tilvising*', 'timane', 'timene', 'timeavtale*', 'svara', '*prøva', '*prøven', '*prøvene', 'testsvar*',
    'prøveresultat*', 'undersøking*', 'operasjon*', 'røntgen*', 'papira', 'papirene', 'papirer', 'skjema*',
    'sykmelding*', 'sjukmelding*', 'vedtak*', 'brev*', 'melding*', 'hjelpemiddel*',
  ],
  caseStates: [
    'kommet', 'kommet fram', 'komt', 'komt fram', 'nådd fram', 'mottatt', 'motteke', 'sendt', 'videresendt', 'bestilt', 'booket',
    'godkjent', 'lest', 'sett på', 'sjekket', 'registrert', 'klar', 'klart', 'klare', 'ferdig', 'ferdige',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'kome', 'motteken', 'har de fått', 'har dei fått', 'har sykehuset fått', 'har sjukehuset fått', 'har legen fått',
    'har fastlegen fått', 'godkjend', 'ferdigbehandlet', 'bekreftet', 'vurdert', 'status*', 'hvor blir * * av',
    'kor blir * * av', 'kvar blir * * av', 'hvor har * * blitt av', 'kva har skjedd med', 'hva har skjedd med',
    'har de svart', 'har dei svart',
  ],
  openingHours: [
    // visiting hours on a ward
    'besøkstid*', 'når kan * besøke', 'når får * besøke',
    // the part of the day a visit or a call is allowed
    'når på dagen', 'hvilket tidsrom', 'kva tid på dagen', 'når kan vi komme innom', 'når kan vi komme på besøk',
    'åpningstid*', 'når har * åpent', 'når har * * åpent', 'når har * * * åpent', 'når åpner', 'når stenger', 'når er det åpent',
    // timetables: a departure is a clock time too
    'rutetid*', 'ruteplan*', 'avgangstid*', 'når går * * bus*', 'når går * * tog*', 'når går * * ferj*', 'når går * * fly', 'når går * * flyet',
    'når kjører * * bus*', 'når kjører * * tog*', 'når seiler', 'når avgår',
    'når går * * *båt*', 'når går * * hurtigrut*', 'når går * * fly*',
    // more everyday ways to ask for the same (general language, none written in the documents)
    'telefontid*', 'telefonåpningstid*', 'opningstid*', 'kontortid*', 'når kan man ringe', 'når kan jeg ringe',
    'kva tid kan eg ringe', 'ka tid kan æ ringe', 'når tar * * telefonen', 'kva tid tek * telefonen',
    'kva tid er det ope', 'ka tid e det åpent', 'når har * * ope', 'kva tid har * * ope', 'kva tid har * * åpent',
    'ka tid har * * åpent', 'når er * * åpen', 'hvor lenge har * * åpent',
    'har * * åpent nå', 'er det åpent nå', 'åpent i dag', 'når kan * komme på besøk', 'kva tid kan * besøkje',
    'er * å treffe',
  ],
  localDecision: [
    // the unit named between ("blir legevakta i Xby lagt ned"): a lone * is one optional word
    'lukke', 'lukkes', 'stenge', 'stenges', 'legge ned', 'legges ned', 'bli * * * * lukket', 'blir * * * * lukket',
    'bli * * * * stengt', 'blir * * * * stengt', 'bli * * * * lagt ned', 'blir * * * * lagt ned', 'bli * * * * nedlagt',
    'blir * * * * nedlagt', 'vert * * * * lagd ned',
    'leggjast ned', 'lagt ned', 'nedlegge*', 'nedlegging*', 'opprette*', 'opprettast', 'komme * en ny', 'komme * et nytt',
    'kommer * en ny', 'kommer * et nytt', 'kjem * ein ny', 'kjem * eit nytt', 'bygge* en ny', 'bygge* et nytt', 'åpne en ny', 'åpne et nytt',
    // the present tense only of a closing for good or from a season or year on ("stenger legevakta i … til sommeren"): alone it
    // mostly asks a closing time
    'stenger * * * * for godt', 'stenger * * * * permanent', 'stenger helt', 'stenger ned', 'stenger * * * * til sommer*', 'stenger * * * * til høsten', 'stenger * * * * neste år',
    'stenger * * * * til neste år', 'stenger * * * * i 20*', 'stenger * * * * fra 20*',
    // …or on a date ("stenger 1. januar 2027")
    'stenger * * * * * * 20*', 'lukker * * * * * * 20*', 'lukker * * * * for godt', 'lukker * * * * permanent', 'lukker * * * * til sommer*',
    'lukker * * * * neste år', 'lukker * * * * i 20*', 'stengjer * * * * til sommar*', 'stengjer * * * * neste år',
    // moving a unit elsewhere or merging it, said in the passive (people move house in the active)
    'flyttes', 'flyttast', 'blir * * * * flyttet', 'bli * * * * flyttet', 'vert * * * * flytta', 'legges sammen', 'slås sammen',
    'slåast saman',
  ],
  // Not a bare "når", which also sets a condition ("når jeg kommer hjem"), as Danish "hvornår" never does.
  date: [
    'når åpnet', 'når åpner', 'når ble', 'når blir', 'når kommer', 'når kjem', 'når skal', 'når får', 'når vil', 'når starter',
    'når begynner', 'når byrjar', 'kva tid', 'hvilket år', 'hvilken dato', 'hvilken dag',
    // moving, opening, closing, being ready: "når flytter de inn i det nye bygget?", "når er sykehuset ferdig?"
    'når flytter', 'når flyttes', 'når åpnes', 'når stenger', 'når stenges', 'når legges', 'når er',
    // a change carried out: "når skjer flyttingen?"
    'når skjer', 'når gjennomføres', 'når innføres',
    // what happened: an event of one day, which no strategy tells
    'hva skjedde', 'hva har skjedd', 'kva skjedde',
  ],
  // bør typed "bor" (lives), får typed "far" (father: "når far blir utskrevet")
  contrasts: ['ikke bare', 'ikke bara', 'ikke kun', 'ikke bare kun', 'ikkje berre', 'ikkje bare', 'ikkje kun', 'fremfor', 'framfor', 'i stedet for', 'i staden for', 'heller enn', 'snarere enn'],
  contrastsNotAfter: ['går', 'gå', 'gikk', 'gjekk', 'kan', 'kunne'],
  typedAlike: ['bør', 'får'],
  numberLabels: ['gruppe', 'side', 'fase', 'trinn', 'nivå', 'kapittel', 'avsnitt', 'punkt', 'vedlegg', 'nummer', 'nr', 'klasse', 'kategori', 'versjon', 'uke', 'kl'],
  softeners: ['bare', 'saa', 'virkelig', 'egentlig', 'faktisk', 'godt', 'kanskje', 'heller', 'fortsatt', 'berre', 'eigentleg'],
  signAdverbs: ['plutselig', 'plutseleg', 'naa', 'no', 'fortsatt', 'framleis', 'helt', 'heilt', 'veldig', 'virkelig', 'igjen', 'ogsaa', 'nesten', 'naermest'],
};
