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
  namedCare: [
    // conditions
    'demens', 'dement-', 'alzheimer-', 'diabetes', 'sukkersyge', 'kol', 'astma-', 'gigt', 'leddegigt', 'slidgigt',
    'epilepsi-', 'parkinson-', 'sklerose-', 'spiseforstyrrelse-', 'anoreksi-', 'bulimi-', 'adhd', 'autisme-', 'autist-',
    'skizofreni-', 'bipolar-', 'ptsd', 'ocd', 'migræne-', 'fibromyalgi', 'psoriasis', 'osteoporose', 'knogleskørhed',
    'overvægt-', 'fedme-', 'allergi-', 'eksem', 'influenza-', 'covid-', 'corona-', 'hiv',
    'prostatakræft-', 'brystkræft-', 'lungekræft-', 'tarmkræft-', 'hudkræft-',
    // treatments, programmes, devices
    'fertilitet-', 'fertilitetsbehandling-', 'befrugtning-', 'insemination-', 'ivf', 'reagensglas-',
    'vaccination-', 'vaccine-', 'vaccinere', 'hpv', 'rygestop-', 'rygeafvænning-',
    'hospice-', 'palliativ-', 'palliation-', 'lindrende', 'rusbehandling-', 'afvænning-', 'afrusning-',
    'abort-', 'sterilisation-', 'dialyse-', 'transplantation-', 'hjemmefødsel-', 'hjemmefødsl-', 'kejsersnit-', 'amning-',
    'røntgen-', 'scanning-', 'mr', 'ct', 'knæoperation-', 'hofteoperation-', 'rygoperation-', 'knæprotese-', 'hofteprotese-', 'pandemi-', 'epidemi-', 'smitte-', 'medicinboks-', 'medicinrobot-',
  ],
  // A noun's endings: definite, plural and genitive, after a consonant ("præsten") or an e ("tandlægen").
  endings: ['', 'n', 'en', 'et', 'r', 'er', 'ne', 'rne', 'erne', 's', 'ns', 'ens', 'ets', 'rs', 'ers', 'rnes', 'ernes'],
};
