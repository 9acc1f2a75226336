import type { AnswerMessages } from '../types.js';

export const messages: AnswerMessages = {
  and: 'og',
  noAnswer: (covered) =>
    `Det kan jeg ikke finde svar på i strategidokumenterne. Jeg kender strategierne fra ${covered}. Prøv at spørge om fx ventetider, rekruttering, psykiatri eller bæredygtighed.`,
  unknownRegion: (asked, covered) =>
    `Jeg har ingen strategidokumenter fra ${asked}, så det kan jeg ikke svare på. Jeg dækker ${covered}.`,
  notAQuestion: (covered) =>
    `Jeg kan kun svare på spørgsmål om, hvad strategidokumenterne fra ${covered} siger. Stil gerne et spørgsmål om dem.`,
  intro: (region, title) => `${region} skriver i „${title}“:`,
  introOtherLanguage: (region, title) => `${region} skriver i „${title}“ (citeret på norsk):`,
  opening: 'Det står der i strategien:',
  acrossRegions: 'Sådan beskriver regionerne det i deres strategier:',
};
