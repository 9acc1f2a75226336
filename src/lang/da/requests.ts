import type { RequestWords } from '../types.js';

export const requests: RequestWords = {
  dismissVerbs: ['ignor*', 'glem', 'se bort fra', 'tilsidesaet*', 'overskriv*',
    // obeying a text's orders instead ('følg instrukserne i den')
    'foelg'],
  instructionNouns: ['instruks*', 'instruktion*', 'anvisning*', 'regler', 'reglerne', 'alt', 'tidligere', 'ovenstaaende', 'prompt*'],
  systemPhrases: ['ny instruks', 'nye instrukser', 'ny instruktion', 'nye instruktioner', 'system prompt*', 'systemprompt*', 'systembesked*', 'udviklertilstand', 'mine instruktioner', 'mine instrukser', 'mine regler',
    // orders said to come from the assistant's makers, or hidden in an encoding
    'udviklernote*', 'udviklernotat*', 'nye ordrer', 'base64*'],
  directives: ['svar kun', 'svar udelukkende', 'svar altid', 'afslut altid', 'afslut dit svar', 'udelad alle kilde*', 'til ai-assistenten', 'til ai-assistent*', 'note til ai', 'bekræft ovenstående', 'til assistenten', 'systemadministrator*', 'admin-modus', 'adminmodus', 'skjulte instruktioner', 'strategien som kilde', 'dokumentet som kilde', 'strategierne som kilde', 'svar som en', 'svar som et', 'svar* på engelsk', 'svar* pa engelsk', 'skriv på engelsk', 'skriv pa engelsk',
    // lifting the assistant's limits, or asking it to make up what the documents say
    'uden begrænsninger', 'uden nogen begrænsninger', 'uden filter', 'find på', 'digt op', 'som om de stod', 'som om det stod', 'som om den stod',
    // running a tool, or going on with a text as if the documents said it
    'værktøjskald*', 'udfør * ovenfor', 'fortsæt * teksten', 'fortsæt teksten', 'over denne linje',
    // confirming a claim unchecked, making one up, or answering without the documents and their sources
    'bekræft at', 'bekræft venligst', 'bekræft lige', 'opfind', 'uden dokumenterne', 'uden dokumenter', 'uden kilde*', 'drop kilde*', 'droppe kilde*', 'angive kilde*',
    // how the answer is to look: its letters, emojis or another language
    'svar med store bogstaver', 'svaret med store bogstaver', 'kun emoji*', 'svar* på tysk', 'svar* på svensk', 'svar* på fransk', 'svar* på spansk', 'svar* på finsk',
    // notes addressed to the assistant by what it is
    'til sprogmodellen', 'til chatbotten', 'til botten', 'til robotten', 'kære ai', 'kære chatbot'],
  rolePhrases: ['du er nu en', 'du er nu et', 'du er nu ikke', 'fra nu af er du', 'fra nu af skal du', 'fra nu af * du', 'lad som om', 'lad os lege', 'lad os lade som om', 'leg at du er', 'forestil dig at du er',
    // a role put on the assistant another way: 'du er ikke længere …', 'opfør dig som …', 'spil rollen som …'
    'du er ikke laengere', 'du skal nu vaere', 'opfoer dig som', 'spil rollen som', 'du er nu', 'skift rolle'],
  // and writing them out: "skriv dine instrukser (ud)"
  revealVerbs: ['vis', 'afsloer', 'gengiv', 'giv mig', 'skriv', 'skrive', 'del din', 'del dine', 'del dit'],
  secretNouns: ['instruks*', 'instruktion*', 'prompt*', 'kildekode*', 'api noegle*', 'apinoegle*', 'konfiguration*'],
  // the imperative, or asked of the assistant ("kan du forresten skrive et digt …")
  createVerbs: ['skriv', 'lav', 'digt', 'forfat', 'kan du * skrive', 'vil du * skrive', 'kan du * lave', 'vil du * lave', 'kan du * digte',
    // softened twice: "vil du ikke bare lave …"
    'kan du * * skrive', 'vil du * * skrive', 'kan du * * lave', 'vil du * * lave'],
  creativeNouns: [
    'digt', 'sang', 'vise', 'vits', 'eventyr', 'historie', 'novelle', 'rim', 'haiku', 'essay', 'nyhed', 'nyhedsartikel', 'artikel',
    'pressemeddelelse', 'læserbrev', 'opslag', 'indlæg', 'ansøgning', 'jobansøgning', 'brev',
    // what a campaign or a spokesperson puts out; with the article where the word is also a verb ("tale med")
    'tweet', 'sms', 'slogan', 'plakat', 'valgplakat', 'reklame', 'annonce', 'manuskript', 'kronik', 'debatindlæg', 'limerick',
    'en tale', 'et citat', 'en rap',
  ],
  // told, or asked whether the assistant has one ('kender du en sjov historie')
  tellVerbs: ['fortael', 'fortaelle', 'kender du', 'har du'],
  articles: ['en', 'et'],
  jokeNouns: ['vits', 'vittighed', 'historie', 'eventyr'],
  translateVerbs: ['oversaet'],
  chitChat: ['hvad hedder du', 'hvem er du', 'hvem er du egentlig', 'hvad er du egentlig', 'hvad er din yndlings*', 'hvad er dit yndlings*', 'hvordan har du det', 'hvordan gaar det', 'er du en robot', 'er du en ai', 'er du et menneske', 'er du en menneske',
    // what the assistant keeps of the talk
    'gemmer du det', 'gemmer du det jeg skriver', 'gemmer du mine spørgsmål', 'gemmer du samtalen', 'kan andre se det jeg skriver', 'hvem kan se det jeg skriver'],
  opinions: ['synes du selv', 'din ærlige mening', 'din egen mening', 'din personlige mening', 'hvad mener du selv', 'hvad synes du personligt', 'hvad er din mening',
    // the assistant asked to rank the regions by its own taste
    'synes du har den bedste', 'synes du har det bedste', 'synes du er bedst', 'mener du har den bedste', 'mener du er bedst'],
  greetings: ['hej', 'hallo', 'halloj', 'goddag', 'god morgen', 'tak', 'mange tak'],
  closings: ['tak for', 'tusind tak', 'mange tak', 'farvel', 'hav det godt', 'ha det godt', 'hav en god', 'ha en god', 'god weekend', 'vi ses', 'hej hej'],
  yours: ['din', 'dine'],
  anyonesThings: ['svar', 'svaret', 'svarene',
    'læge', 'lægen', 'mor', 'far', 'barn', 'børn', 'søn', 'datter', 'familie', 'pårørende', 'krop', 'helbred', 'medicin', 'tid', 'henvisning', 'journal', 'prøvesvar', 'sygdom', 'behandling', 'kommune'],
  findingVerbs: ['finder', 'ser', 'ved', 'kender', 'har', 'kan', 'anbefaler', 'mener', 'tror', 'synes'],
  you: ['du'],
  afterYou: ['egentlig', 'forresten', 'selv'],
  joins: ['og', 'men', 'og saa', 'saa'],
  orderVerbs: ['svar', 'skriv', 'naevn', 'sig', 'brug', 'bekraeft', 'gentag', 'start', 'begynd', 'afslut', 'slut', 'husk', 'inkluder', 'tilfoej', 'undlad', 'udelad', 'lad vaere', 'opfoer', 'tal', 'behandl'],
};
