import type { AnswerMessages } from '../types.js';

export const messages: AnswerMessages = {
  and: 'og',
  noAnswer: (covered) =>
    `Det finner jeg ikke svar på i strategidokumentene. Jeg kjenner strategiene fra ${covered}. Prøv å spørre om for eksempel ventetider, rekruttering, psykiatri eller bærekraft.`,
  unknownRegion: (asked, covered) =>
    `Jeg har ingen strategidokumenter fra ${asked}, så det kan jeg ikke svare på. Jeg dekker ${covered}.`,
  notAQuestion: (covered) =>
    `Jeg kan bare svare på spørsmål om hva strategidokumentene fra ${covered} sier. Still gjerne et spørsmål om dem.`,
  intro: (region, title) => `${region} skriver i «${title}»:`,
  introOtherLanguage: (region, title) => `${region} skriver i «${title}» (sitert på dansk):`,
  opening: 'Dette står i strategien:',
  acrossRegions: 'Slik beskriver regionene det i strategiene sine:',
};
