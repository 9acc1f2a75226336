import type { Gazetteer, RegionCollectives } from '../types.js';

/**
 * Denmark's places under their health region. Sources: Danmarks Statistik's list of the 98 municipalities
 * and their region (kommunalreformen 2007, unchanged since); towns, islands and landscapes from general
 * knowledge of Danish geography (a municipality's main towns and the districts people name); hospitals by
 * the regions' own hospital names. Conventions (`A|B`, `^`, `=`) are explained in ../types.ts.
 *
 * A town whose name exists in two regions ("Viby", "Nykøbing", "Assens", "Nordby") is listed only with
 * its qualifier ("Viby J", "Nykøbing Mors") or only where it is the municipality; Jylland, Sjælland the
 * island and Limfjorden span several regions and are listed as such.
 */
export const places: Gazetteer = {
  country: 'Denmark',
  regions: {
    'Region Nordjylland': {
      municipalities: {
        Aalborg: [
          'Nørresundby', 'Svenstrup', 'Vodskov', 'Hals^', 'Nibe', 'Vadum', 'Storvorde', 'Klarup', 'Gistrup', 'Vestbjerg',
          'Sulsted', 'Frejlev', 'Kongerslev', 'Ulsted', 'Egense', 'Hasseris', 'Vejgaard|Vejgård', 'Aalborg Øst',
        ],
        Brønderslev: ['Dronninglund', 'Hjallerup', 'Asaa^|Aså^', 'Klokkerholm', 'Flauenskjold'],
        Frederikshavn: ['Skagen', 'Sæby', 'Strandby', 'Ålbæk|Aalbæk', 'Østervrå', 'Jerup'],
        Hjørring: ['Hirtshals', 'Løkken^', 'Vrå^|Vraa^', 'Tårs^|Taars^', 'Sindal', 'Bindslev', 'Lønstrup', 'Tversted'],
        Jammerbugt: [
          'Aabybro|Åbybro', 'Brovst', 'Fjerritslev', 'Pandrup', 'Blokhus^', 'Saltum', 'Kaas^', 'Tranum', 'Gjøl', 'Biersted',
          'Nørhalne', 'Slettestrand',
        ],
        Læsø: ['Byrum^', 'Vesterø Havn|Vesterø', 'Østerby Havn|Østerby'],
        Mariagerfjord: ['Hobro', 'Hadsund', 'Mariager', 'Arden^', 'Valsgaard|Valsgård', 'Øster Hurup'],
        Morsø: ['Nykøbing Mors|Nykøbing M', 'Karby', 'Redsted', 'Øster Assels'],
        Rebild: ['Støvring', 'Skørping', 'Terndrup', 'Nørager', 'Bælum', 'Haverslev', 'Suldrup', 'Ravnkilde', 'Øster Hornum'],
        Thisted: [
          'Hanstholm', 'Hurup', 'Snedsted', 'Vestervig', 'Nørre Vorupør|Vorupør', 'Klitmøller', 'Bedsted', 'Koldby', 'Sjørring',
        ],
        Vesthimmerland: ['Aars^|Års^', 'Farsø', 'Løgstør', 'Aalestrup', 'Ranum', 'Hvalpsund', 'Gedsted'],
      },
      islands: ['Mors^', 'Egholm', 'Hirsholmene', 'Livø'],
      areas: [
        'Vendsyssel', 'Himmerland', 'Thy', 'Hanherred|Han Herred', 'Vendsyssel-Thy', 'Rold Skov', 'Lille Vildmose',
        'Råbjerg Mile', 'Skagens Gren|Grenen^', 'Nationalpark Thy', 'Nord Jylland',
      ],
      hospitals: [
        'Aalborg Universitetshospital|AAUH|Aalborg Sygehus', 'Regionshospital Nordjylland', 'Sygehus Vendsyssel',
        'Sygehus Thy-Mors|Thisted Sygehus', 'Sygehus Himmerland', 'Hobro Sygehus', 'Farsø Sygehus', 'Hjørring Sygehus',
        'Frederikshavn Sygehus', 'Skagen Sygehus', 'Brønderslev Psykiatriske Sygehus',
      ],
      demonyms: [
        'nordjyde|nordjyder|nordjyden|nordjyderne', 'nordjysk|nordjyske', 'vendelbo|vendelboer|vendelboerne',
        'vendsysselsk|vendsysselske', 'thybo|thyboer|thyboerne', 'himmerlænding|himmerlændinge', 'himmerlandsk|himmerlandske',
        'aalborgenser|aalborgensere|aalborgenserne', 'skagbo|skagboer', 'læsøbo|læsøboer',
      ],
    },

    'Region Midtjylland': {
      municipalities: {
        Aarhus: [
          'Skejby', 'Risskov', 'Brabrand', 'Viby J', 'Lystrup', 'Tilst', 'Tranbjerg', 'Hasselager', 'Højbjerg', 'Egå^', 'Sabro',
          'Malling', 'Beder^', 'Mårslet', 'Solbjerg', 'Harlev', 'Trige', 'Hjortshøj', 'Gellerup', 'Åbyhøj',
        ],
        Favrskov: ['Hinnerup', 'Hadsten', 'Hammel^', 'Ulstrup', 'Søften', 'Thorsø'],
        Hedensted: ['Juelsminde', 'Tørring^', 'Løsning^', 'Uldum', 'Stouby', 'Hornsyld', 'Daugård'],
        Herning: ['Aulum', 'Sunds^', 'Kibæk', 'Vildbjerg', 'Gjellerup', 'Lind^', 'Hammerum', 'Haderup'],
        Holstebro: ['Vinderup', 'Ulfborg', 'Sevel', 'Tvis', 'Mejrup'],
        Horsens: ['Brædstrup', 'Gedved', 'Hovedgård^', 'Østbirk', 'Endelave'],
        'Ikast-Brande|Ikast Brande': ['Ikast', 'Brande^', 'Bording^', 'Nørre Snede', 'Engesvang', 'Ejstrupholm'],
        Lemvig: ['Harboøre', 'Thyborøn', 'Bøvlingbjerg'],
        Norddjurs: ['Grenaa|Grenå', 'Auning', 'Allingåbro', 'Glesborg', 'Trustrup', 'Vivild', 'Bønnerup Strand'],
        'Odder^': ['Gylling^', 'Hundslund', 'Saksild'],
        Randers: ['Langå^', 'Spentrup', 'Assentoft', 'Havndal', 'Stevnstrup', 'Øster Bjerregrav'],
        'Ringkøbing-Skjern|Ringkøbing Skjern': [
          'Ringkøbing', 'Skjern', 'Tarm^', 'Hvide Sande', 'Videbæk', 'Spjald^', 'Lem^', 'Søndervig', 'Bork Havn',
        ],
        Samsø: ['Tranebjerg', 'Ballen^', 'Kolby Kås'],
        Silkeborg: ['Kjellerup', 'Them^', 'Gjern', 'Sejs-Svejbæk', 'Sorring', 'Virklund'],
        Skanderborg: ['Ry^', 'Galten^', 'Hørning', 'Stilling^', 'Låsby', 'Skovby'],
        'Skive^': ['Roslev', 'Glyngøre', 'Durup', 'Balling^', 'Højslev'],
        Struer: ['Hjerm', 'Humlum'],
        Syddjurs: ['Ebeltoft', 'Rønde^', 'Hornslet', 'Kolind', 'Mørke^', 'Knebel^', 'Tirstrup'],
        Viborg: ['Bjerringbro', 'Karup', 'Stoholm', 'Møldrup', 'Rødkærsbro', 'Skals^'],
      },
      islands: ['Anholt', 'Tunø', 'Fur^', 'Venø', 'Jegindø', 'Hjarnø'],
      areas: [
        'Djursland', 'Mols^', 'Mols Bjerge', 'Salling^', 'Kronjylland', 'Søhøjlandet', 'Fjends', 'Harboøre Tange',
        'Holmsland Klit', 'Midt Jylland',
      ],
      hospitals: [
        'Aarhus Universitetshospital|AUH|Skejby Sygehus|Aarhus Sygehus', 'Regionshospitalet Gødstrup|Gødstrup',
        'Regionshospitalet Randers', 'Regionshospitalet Horsens', 'Regionshospitalet Viborg', 'Regionshospitalet Silkeborg',
        'Regionshospitalet Holstebro', 'Regionshospitalet Herning', 'Regionshospitalet Skive', 'Regionshospitalet Grenaa',
        'Hospitalsenhed Midt', 'Hospitalsenheden Vest', 'Hospitalsenheden Horsens', 'Psykiatrisk Hospital Risskov',
        'Hammel Neurocenter',
      ],
      demonyms: [
        'midtjyde|midtjyder|midtjyderne', 'midtjysk|midtjyske', 'aarhusianer|aarhusianere|aarhusianerne|århusianer|århusianere|århusianerne',
        'aarhusiansk|aarhusianske|århusiansk|århusianske', 'djurslænding|djurslændinge',
      ],
    },

    'Region Hovedstaden': {
      municipalities: {
        Albertslund: [],
        Allerød: ['Lillerød', 'Blovstrød', 'Lynge'],
        Ballerup: ['Skovlunde', 'Måløv'],
        Bornholm: [
          'Rønne', 'Nexø', 'Aakirkeby|Åkirkeby', 'Hasle^', 'Allinge', 'Gudhjem', 'Svaneke', 'Sandvig', 'Tejn', 'Østermarie',
          'Klemensker',
        ],
        Brøndby: ['Brøndby Strand', 'Brøndbyvester', 'Brøndbyøster'],
        Dragør: ['Store Magleby'],
        Egedal: ['Stenløse', 'Ølstykke', 'Smørum', 'Veksø'],
        Fredensborg: ['Kokkedal', 'Humlebæk', 'Nivå^'],
        Frederiksberg: [],
        Frederikssund: ['Jægerspris', 'Slangerup', 'Skibby'],
        Furesø: ['Farum', 'Værløse'],
        Gentofte: ['Hellerup', 'Charlottenlund', 'Klampenborg', 'Ordrup', 'Jægersborg', 'Vangede', 'Dyssegård'],
        Gladsaxe: ['Bagsværd', 'Søborg', 'Buddinge', 'Mørkhøj'],
        Glostrup: [],
        Gribskov: ['Helsinge', 'Gilleleje', 'Græsted', 'Tisvildeleje|Tisvilde', 'Vejby', 'Dronningmølle', 'Ramløse'],
        Halsnæs: ['Frederiksværk', 'Hundested', 'Ølsted', 'Liseleje'],
        Helsingør: ['Espergærde', 'Snekkersten', 'Hornbæk', 'Ålsgårde', 'Hellebæk', 'Tikøb'],
        Herlev: [],
        Hillerød: ['Skævinge', 'Gørløse'],
        Hvidovre: ['Avedøre'],
        'Høje-Taastrup|Høje Taastrup|Høje-Tåstrup': ['Taastrup|Tåstrup', 'Hedehusene'],
        Hørsholm: ['Rungsted|Rungsted Kyst'],
        Ishøj: [],
        'København|Copenhagen|Kbh': [
          'Amager', 'Vesterbro', 'Nørrebro', 'Østerbro', 'Valby', 'Vanløse', 'Brønshøj', 'Husum^', 'Bispebjerg',
          'Christianshavn', 'Sydhavnen', 'Ørestad', 'Islands Brygge',
        ],
        'Lyngby-Taarbæk|Lyngby Taarbæk': ['Kongens Lyngby|Lyngby', 'Taarbæk', 'Virum', 'Sorgenfri^'],
        Rudersdal: ['Holte', 'Birkerød', 'Nærum', 'Vedbæk', 'Søllerød', 'Skodsborg', 'Trørød'],
        Rødovre: [],
        'Tårnby|Taarnby': ['Kastrup'],
        Vallensbæk: ['Vallensbæk Strand'],
      },
      islands: ['Christiansø|Ertholmene', 'Saltholm'],
      areas: [
        'Nordsjælland|Nord Sjælland', 'Storkøbenhavn', 'Hovedstadsområdet', 'Vestegnen|Københavns Vestegn', 'Københavns Omegn',
      ],
      hospitals: [
        'Rigshospitalet|Riget^', 'Herlev og Gentofte Hospital|Herlev Hospital|Gentofte Hospital',
        'Bispebjerg og Frederiksberg Hospital|Bispebjerg Hospital|Frederiksberg Hospital',
        'Amager og Hvidovre Hospital|Hvidovre Hospital|Amager Hospital', 'Rigshospitalet Glostrup|Glostrup Hospital',
        'Nordsjællands Hospital|Hillerød Hospital|Nyt Hospital Nordsjælland', 'Bornholms Hospital',
        'Psykiatrisk Center Sankt Hans|Sankt Hans Hospital', 'Steno Diabetes Center Copenhagen',
      ],
      demonyms: [
        'københavner|københavnere|københavnerne|københavnsk|københavnske', 'bornholmer|bornholmere|bornholmerne|bornholmsk|bornholmske',
        'nordsjællænder|nordsjællændere|nordsjællandsk|nordsjællandske',
      ],
    },

    'Region Syddanmark': {
      municipalities: {
        Assens: ['Glamsbjerg', 'Aarup', 'Vissenbjerg', 'Haarby|Hårby', 'Tommerup', 'Ebberup'],
        Billund: ['Grindsted', 'Vorbasse', 'Hejnsvig'],
        Esbjerg: ['Ribe', 'Bramming', 'Gredstedbro', 'Tjæreborg', 'Hjerting'],
        Fanø: ['Sønderho'],
        Fredericia: ['Taulov', 'Erritsø'],
        'Faaborg-Midtfyn|Faaborg Midtfyn': ['Faaborg|Fåborg', 'Ringe^', 'Årslev', 'Ryslinge', 'Kværndrup', 'Nørre Broby'],
        Haderslev: ['Vojens', 'Gram^', 'Skrydstrup', 'Hoptrup'],
        Kerteminde: ['Munkebo', 'Langeskov'],
        Kolding: ['Christiansfeld', 'Vamdrup', 'Lunderskov', 'Sjølund'],
        Langeland: ['Rudkøbing', 'Tranekær', 'Humble^'],
        Middelfart: ['Nørre Aaby', 'Gelsted', 'Strib^'],
        'Nordfyns|Nordfyn': ['Bogense', 'Otterup', 'Søndersø'],
        Nyborg: ['Ørbæk', 'Ullerslev'],
        Odense: ['Dalum', 'Hjallese', 'Bolbro', 'Tarup', 'Vollsmose'],
        Svendborg: ['Troense', 'Skårup'],
        Sønderborg: ['Nordborg', 'Augustenborg', 'Gråsten^', 'Broager', 'Guderup'],
        'Tønder^': ['Toftlund', 'Skærbæk', 'Løgumkloster', 'Bredebro', 'Højer'],
        Varde: ['Oksbøl', 'Ølgod', 'Blåvand', 'Nørre Nebel', 'Outrup', 'Tistrup'],
        'Vejen^': ['Rødding', 'Brørup', 'Holsted', 'Askov'],
        Vejle: ['Jelling', 'Give^', 'Børkop', 'Egtved', 'Bredsten', 'Thyregod'],
        Ærø: ['Ærøskøbing', 'Marstal'],
        'Aabenraa|Åbenrå': ['Rødekro', 'Padborg', 'Kruså^', 'Tinglev'],
      },
      islands: ['Als^', 'Rømø', 'Mandø', 'Tåsinge', 'Thurø', 'Lyø', 'Strynø'],
      areas: [
        'Fyn', 'Sydfyn', 'Vestfyn', 'Østfyn', 'Sønderjylland', 'Sydjylland|Syd Jylland', 'Sydvestjylland', 'Trekantområdet', 'Vadehavet',
        'Det Sydfynske Øhav',
      ],
      hospitals: [
        'Odense Universitetshospital|OUH', 'Sygehus Lillebælt|Vejle Sygehus|Kolding Sygehus',
        'Sydvestjysk Sygehus|Esbjerg Sygehus', 'Sygehus Sønderjylland|Aabenraa Sygehus', 'Svendborg Sygehus',
      ],
      demonyms: [
        'fynbo|fynboer|fynboerne|fynsk|fynske', 'sønderjyde|sønderjyder|sønderjyderne|sønderjysk|sønderjyske',
        'sydjyde|sydjyder|sydjyderne|sydjysk|sydjyske',
      ],
    },

    'Region Sjælland': {
      municipalities: {
        'Faxe^': ['Haslev', 'Faxe Ladeplads', 'Karise', 'Rønnede'],
        'Greve^': ['Karlslunde', 'Tune^', 'Hundige', 'Greve Strand'],
        Guldborgsund: ['Nykøbing Falster|Nykøbing F', 'Sakskøbing', 'Stubbekøbing', 'Nørre Alslev', 'Gedser', 'Marielyst'],
        Holbæk: ['Tølløse', 'Jyderup', 'Svinninge', 'Mørkøv', 'Vipperød'],
        Kalundborg: ['Høng^', 'Gørlev', 'Svebølle'],
        'Køge^': ['Herfølge', 'Bjæverskov', 'Ølby', 'Borup^'],
        'Lejre^': ['Hvalsø', 'Kirke Hyllinge', 'Osted', 'Gevninge'],
        Lolland: ['Nakskov', 'Maribo^', 'Rødby', 'Rødbyhavn', 'Holeby', 'Søllested'],
        Næstved: ['Fensmark', 'Glumsø', 'Karrebæksminde', 'Fuglebjerg', 'Holme-Olstrup'],
        Odsherred: ['Nykøbing Sjælland|Nykøbing Sj', 'Asnæs', 'Vig^', 'Hørve^', 'Rørvig', 'Fårevejle', 'Sjællands Odde'],
        Ringsted: ['Benløse^'],
        Roskilde: ['Jyllinge', 'Viby Sjælland|Viby Sj', 'Gundsømagle', 'Svogerslev'],
        Slagelse: ['Korsør', 'Skælskør', 'Dalmose'],
        Solrød: ['Solrød Strand', 'Havdrup', 'Jersie'],
        Sorø: ['Dianalund', 'Ruds Vedby'],
        Stevns: ['Store Heddinge', 'Hårlev', 'Strøby Egede', 'Rødvig'],
        Vordingborg: ['Stege^', 'Præstø', 'Kalvehave'],
      },
      islands: ['Falster', 'Møn^', 'Sejerø', 'Omø', 'Agersø', 'Femø', 'Fejø', 'Askø', 'Bogø', 'Nyord^'],
      areas: ['Vestsjælland|Vest Sjælland', 'Sydsjælland|Syd Sjælland', 'Midtsjælland|Midt Sjælland', 'Lolland-Falster', 'Stevns Klint', 'Møns Klint'],
      hospitals: [
        'Sjællands Universitetshospital|SUH|Køge Sygehus|Roskilde Sygehus', 'Holbæk Sygehus', 'Slagelse Sygehus',
        'Næstved Sygehus', 'Nykøbing Falster Sygehus',
      ],
      demonyms: ['lollik|lollikker|lollandsk|lollandske', 'vestsjællænder|vestsjællændere|vestsjællandsk|vestsjællandske'],
    },
  },
  spanning: {
    Sjælland: ['Region Hovedstaden', 'Region Sjælland'],
    Jylland: ['Region Nordjylland', 'Region Midtjylland', 'Region Syddanmark'],
    Limfjorden: ['Region Nordjylland', 'Region Midtjylland'],
    Vestjylland: ['Region Midtjylland', 'Region Syddanmark'],
  },
  residence: [
    'bor i', 'bor på', 'bor ved', 'bor nær', 'bor tæt på', 'bor lige uden for', 'bor uden for', 'bor oppe i', 'bor ude på', 'bor nede i',
    'boede i', 'boede på', 'har boet i', 'har boet på', 'bosat i', 'bosat på', 'bosiddende i', 'bosiddende på', 'er flyttet til',
    'flyttede til', 'har flyttet til',
  ],
  regionBy: ['regionen i', 'regionen på', 'regionen ved', 'regionen omkring', 'regionen rundt om', 'regionen for', 'regionen med'],
  travel: [
    'flytte til', 'flytter til', 'rejse til', 'rejser til',
    'rejste til', 'køre til', 'kører til', 'kørte til', 'tage til', 'tager til', 'sendt til', 'sendes til', 'sende til', 'sendte til',
    'henvist til', 'henvises til', 'flyve til', 'pendle til',
  ],
  there: ['der', 'derovre', 'dernede', 'deroppe'],
  leaving: ['flytte fra', 'flytter fra', 'flyttet fra', 'flyttede fra'],
  origin: ['fra'],
  abroad: {
    'Region Skåne|Skåne': ['Malmö|Malmø|Malmo', 'Lund^', 'Helsingborg', 'Kristianstad', 'Ystad', 'Trelleborg', 'Landskrona'],
    'Region Halland|Halland': ['Halmstad', 'Varberg', 'Falkenberg', 'Kungsbacka'],
    'Region Blekinge|Blekinge': ['Karlskrona', 'Karlshamn', 'Ronneby'],
    'Region Kronoberg|Kronoberg': ['Växjö|Vaxjo', 'Ljungby'],
    'Region Kalmar län|Kalmar län': ['Kalmar', 'Västervik', 'Öland'],
    'Region Jönköpings län|Jönköpings län': ['Jönköping|Jönkøping|Jonkoping', 'Värnamo'],
    'Region Östergötland|Östergötland': ['Linköping|Linkøping|Linkoping', 'Norrköping|Norrkøping|Norrkoping', 'Motala'],
    'Region Gotland|Gotland': ['Visby'],
    'Region Sörmland|Sörmland': ['Eskilstuna', 'Nyköping^', 'Katrineholm'],
    'Region Uppsala': ['Uppsala', 'Enköping'],
    'Region Västmanland|Västmanland': ['Västerås|Vesterås|Vasteras', 'Sala^'],
    'Region Örebro län|Örebro län': ['Örebro|Ørebro|Orebro', 'Karlskoga'],
    'Region Dalarna|Dalarna': ['Falun', 'Borlänge', 'Mora^'],
    'Region Gävleborg|Gävleborg': ['Gävle|Gavle', 'Hudiksvall', 'Sandviken'],
    'Region Västernorrland|Västernorrland': ['Sundsvall', 'Härnösand', 'Örnsköldsvik'],
    'Region Stockholm': ['Stockholm', 'Karolinska Universitetssjukhuset|Karolinska Sjukhuset|Karolinska'],
    'Västra Götalandsregionen|Vestra Götaland': ['Göteborg|Gøteborg|Goteborg', 'Sahlgrenska', 'Borås', 'Trollhättan', 'Skövde', 'Uddevalla'],
    'Færøerne|Færøernes': ['Tórshavn|Thorshavn', 'Landssjúkrahúsið|Landssygehuset', 'Klaksvík|Klaksvig'],
    'Grønland|Grønlands': ['Nuuk', 'Dronning Ingrids Hospital', 'Ilulissat', 'Sisimiut'],
    Island: ['Reykjavík|Reykjavik', 'Landspítali'],
    'Tyskland': ['Flensborg|Flensburg', 'Kiel^', 'Hamborg|Hamburg', 'Berlin'],
    // Countries whose health care people compare with their own, as a whole ("som i Sverige", "i England")
    'Sverige|Sveriges': [],
    'England|Englands|Storbritannien': ['London'],
    'Åland|Ålandsøerne': ['Mariehamn'],
  },
};

/**
 * Danish phrases asking about several regions, folded. "regionerne" means every region we have documents
 * from; "de danske"/"de norske" the corpus regions of that country; "Danmark"/"Norge" alone only when the
 * question names no region or place itself.
 */
export const regionCollectives: RegionCollectives = {
  regionWords: ['region'],
  documents: [
    'strategierne', 'strategiernes', 'alle strategierne', 'de forskellige strategier', 'de fire strategier', 'regionernes strategier',
    'dokumenterne', 'alle dokumenterne', 'strategidokumenterne', 'hvilke strategier', 'hvilken af strategierne',
  ],
  phrases: [
    ...[
      'regionerne', 'regionernes', 'alle regioner', 'alle regionerne', 'de fire regioner', 'alle fire regioner', 'de fire regionerne', 'hver region', 'hver enkelt region', 'hver af regionerne',
      'de forskellige regioner', 'de andre regioner', 'andre regioner', 'flere regioner',
      // asking which of them: every region is a candidate answer
      'hvilke regioner', 'hvilke af regionerne', 'hvilken af regionerne',
      'paa tvaers af regionerne', 'paa tvaers af regioner', 'de nordiske', 'nordiske regioner', 'de nordiske lande', 'norden',
      'begge lande', 'begge landes', 'danmark og norge', 'norge og danmark',
    ].map((phrase) => ({ phrase, scope: 'all' as const })),
    // the two the question names ("Thisted eller Bodø: hvad gør begge regioner …")
    ...['begge regioner', 'begge regionerne', 'de to regioner', 'de to regionerne', 'vores to regioner'].map((phrase) => ({
      phrase,
      scope: 'named' as const,
    })),
    ...[
      'de danske', 'danske regioner', 'de danske regioner', 'de danske regionerne', 'de fem regioner', 'alle fem regioner',
      'regionerne i danmark', 'de danske regioners', 'de danske strategier', 'den danske strategi', 'den danske strategis',
    ].map((phrase) => ({ phrase, scope: { country: 'Denmark' } })),
    ...[
      'de norske', 'norske regioner', 'de norske regioner', 'de norske helseregioner', 'regionerne i norge', 'den norske strategi',
      'den norske strategis', 'de norske strategier',
    ].map((phrase) => ({
      phrase,
      scope: { country: 'Norway' },
    })),
  ],
  countries: [
    { phrase: 'danmark', scope: { country: 'Denmark' } },
    { phrase: 'danmarks', scope: { country: 'Denmark' } },
    { phrase: 'norge', scope: { country: 'Norway' } },
    { phrase: 'norges', scope: { country: 'Norway' } },
    // its people, as "Danmark" and "Norge" ("hvordan gør nordmændene det?")
    ...['danskerne', 'danskernes'].map((phrase) => ({ phrase, scope: { country: 'Denmark' } })),
    ...['nordmaendene', 'nordmaendenes'].map((phrase) => ({ phrase, scope: { country: 'Norway' } })),
  ],
  // Up north, seen from Denmark: over the water, Nordnorge (the only corpus region named for the north).
  directions: ['i nord', 'mod nord', 'nordpaa', 'deroppe', 'der oppe', 'det hoeje nord', 'nordnorge', 'nord-norge', 'nordlige norge', 'noerdlige norge'].map((phrase) => ({
    phrase,
    region: 'Helse Nord',
  })),
  // …but "deroppe", "nordpå" are said from where one stands: a Dane who has been asking about the other Danish
  // regions means Denmark's own north, Nordjylland. "i nord" is how Nord-Norge and Helse Nord name themselves
  // ("Helse i nord"): it means Nordjylland only after "deroppe", or in a round of two or more Danish regions.
  homeDirections: {
    phrases: ['deroppe', 'der oppe', 'deroppe i nord', 'der oppe i nord', 'nordpaa'],
    afterTour: ['i nord', 'mod nord', 'oppe i nord', 'oppe nordpaa'],
    pointsBack: ['deroppe', 'der oppe'],
    country: 'Denmark',
    region: 'Region Nordjylland',
  },
  // Danes shorten the regions' names to a direction ("Region Midt", "Region Syd"): "Region Nord" is Nordjylland.
  shortNames: [{ phrase: 'region nord', region: 'Region Nordjylland' }],
};
