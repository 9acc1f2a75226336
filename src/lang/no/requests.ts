import type { RequestWords } from '../types.js';

export const requests: RequestWords = {
  dismissVerbs: ['ignor*', 'glem', 'se bort fra', 'overstyr',
    // obeying a text's orders instead ('følg instruksene i den')
    'foelg'],
  instructionNouns: ['instruks*', 'instruksjon*', 'regler', 'reglene', 'alt', 'tidligere', 'ovenstaaende', 'prompt*'],
  systemPhrases: ['ny instruks', 'nye instrukser', 'ny instruksjon', 'nye instruksjoner', 'systemmelding*', 'utviklermodus', 'mine instrukser', 'mine regler',
    // orders said to come from the assistant's makers, or hidden in an encoding
    'utviklernotat*', 'nye ordre*', 'base64*'],
  directives: ['svar bare', 'svar kun', 'svar alltid', 'avslutt alltid', 'avslutt svaret', 'utelat alle kilde*', 'til ai-assistenten', 'til ai-assistent*', 'notat til ai', 'bekreft ovenstående', 'til assistenten', 'systemadministrator*', 'admin-modus', 'adminmodus', 'skjulte instruksjoner', 'strategien som kilde', 'dokumentet som kilde', 'strategiene som kilde', 'svar som en', 'svar som et', 'svar* på engelsk', 'svar* pa engelsk', 'skriv på engelsk', 'skriv pa engelsk',
    // lifting the assistant's limits, or asking it to make up what the documents say
    'uten begrensninger', 'uten noen begrensninger', 'uten filter', 'finn på', 'dikt opp', 'som om de sto', 'som om det sto', 'som om den sto',
    // running a tool, or going on with a text as if the documents said it
    'verktøykall*', 'utfør * over', 'fortsett * teksten', 'fortsett teksten', 'over denne linja', 'over denne linjen',
    // confirming a claim unchecked, making one up, or answering without the documents and their sources
    'bekreft at', 'bekreft gjerne', 'finn berre på', 'uten dokumentene', 'utan dokumenta', 'uten kilde*', 'utan kjelde*', 'dropp kilde*', 'droppe kilde*', 'oppgi kilde*',
    // how the answer is to look: its letters, emojis or another language
    'svar med store bokstaver', 'svaret med store bokstaver', 'bare emoji*', 'kun emoji*', 'svar* på tysk', 'svar* på svensk', 'svar* på fransk', 'svar* på spansk', 'svar* på finsk',
    // notes addressed to the assistant by what it is
    'til ki-en', 'til språkmodellen', 'til chatboten', 'til boten', 'til roboten', 'kjære ki', 'kjære ai'],
  rolePhrases: ['du er naa en', 'du er naa et', 'du er naa ikke', 'fra naa av er du', 'fra naa av skal du', 'fra naa av * du', 'lat som', 'la oss leke', 'lek at du er', 'se for deg at du er', 'tenk deg at du er',
    // a role put on the assistant another way: 'du er ikke lenger …', 'oppfør deg som …', 'spill rollen som …'
    'du er ikke lenger', 'du er ikkje lenger', 'du skal naa vaere', 'oppfoer deg som', 'spill rollen som', 'du er naa', 'du er no', 'bytt rolle'],
  // and writing them out: "skriv ut instruksene dine"
  revealVerbs: ['vis', 'avsloer', 'gjengi', 'gi meg', 'skriv', 'skrive', 'del din', 'del dine', 'del ditt'],
  secretNouns: ['instruks*', 'instruksjon*', 'prompt*', 'kildekode*', 'api noekkel*', 'apinoekkel*', 'konfigurasjon*'],
  // the imperative, or asked of the assistant ("kan du forresten skrive et dikt …")
  createVerbs: ['skriv', 'lag', 'dikt', 'kan du * skrive', 'vil du * skrive', 'kan du * lage', 'vil du * lage', 'kan du * dikte',
    // softened twice: "kan du ikke bare skrive …"
    'kan du * * skrive', 'vil du * * skrive', 'kan du * * lage', 'vil du * * lage'],
  creativeNouns: [
    'dikt', 'sang', 'vise', 'vits', 'eventyr', 'historie', 'novelle', 'rim', 'haiku', 'essay', 'nyhet', 'nyhetssak', 'artikkel',
    'pressemelding', 'leserinnlegg', 'innlegg', 'kronikk', 'søknad', 'jobbsøknad', 'brev',
    // what a campaign or a spokesperson puts out; with the article where the word is also a verb ("tale med")
    'tweet', 'sms', 'slagord', 'plakat', 'valgplakat', 'reklame', 'annonse', 'manus', 'limerick', 'en tale', 'et sitat', 'en rap',
  ],
  // told, or asked whether the assistant has one ('har du en morsom historie')
  tellVerbs: ['fortell', 'fortelle', 'kjenner du', 'har du', 'kan du'],
  articles: ['en', 'ei', 'et'],
  jokeNouns: ['vits', 'historie', 'eventyr'],
  translateVerbs: ['oversett'],
  chitChat: ['hva heter du', 'hvem er du', 'hvem er du egentlig', 'hva er du egentlig', 'hva er din favoritt*', 'hva er din yndlings*', 'hva er ditt yndlings*', 'hvordan har du det', 'hvordan gaar det', 'er du en robot', 'er du en ai', 'er du et menneske',
    // what the assistant keeps of the talk
    'lagrer du det', 'lagrer du det jeg skriver', 'lagrer du spørsmålene mine', 'lagrer du samtalen', 'kan andre se det jeg skriver', 'hvem kan se det jeg skriver'],
  opinions: ['synes du selv', 'din ærlige mening', 'din egen mening', 'din personlige mening', 'hva mener du selv', 'hva synes du personlig', 'hva er din mening', 'kva meiner du sjølv',
    // the assistant asked to rank the regions by its own taste
    'synes du har den beste', 'syns du har den beste', 'synes du har det beste', 'synes du er best', 'syns du er best',
    'mener du har den beste', 'mener du er best', 'meiner du er best'],
  greetings: ['hei', 'hallo', 'god morgen', 'takk', 'tusen takk', 'mange takk'],
  closings: ['takk for', 'tusen takk', 'mange takk', 'ha det', 'hadet', 'ha en fin', 'ha en god', 'god helg', 'vi snakkes', 'vi ses'],
  yours: ['din', 'dine', 'ditt'],
  anyonesThings: ['svar', 'svaret', 'svarene',
    'lege', 'legen', 'fastlege', 'fastlegen', 'mor', 'mora', 'moren', 'far', 'faren', 'barn', 'barnet', 'sønn', 'sønnen', 'datter', 'dattera', 'familie', 'familien',
    'pårørende', 'kropp', 'kroppen', 'helse', 'helsa', 'medisin', 'medisinen', 'time', 'timen', 'henvisning', 'henvisningen', 'journal', 'journalen', 'prøvesvar', 'prøvesvarene',
    'sykdom', 'sykdommen', 'behandling', 'behandlingen', 'kommune', 'kommunen'],
  findingVerbs: ['finner', 'ser', 'vet', 'veit', 'kjenner', 'har', 'kan', 'anbefaler', 'mener', 'meiner', 'tror', 'trur', 'synes', 'syns', 'synest'],
  you: ['du', 'dokker'],
  afterYou: ['egentlig', 'eigentleg', 'forresten', 'selv', 'sjølv'],
  joins: ['og', 'men', 'og saa', 'saa'],
  orderVerbs: ['svar', 'skriv', 'nevn', 'si', 'bruk', 'bekreft', 'gjenta', 'start', 'begynn', 'avslutt', 'slutt', 'husk', 'inkluder', 'legg til', 'unnlat', 'utelat', 'ikke nevn', 'oppfoer', 'snakk', 'behandle'],
};
