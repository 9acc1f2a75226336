import type { AnswerMessages } from '../types.js';

const inSection = (section?: string) => (section ? `, avsnittet «${section}»` : '');

export const messages: AnswerMessages = {
  and: 'og',
  noAnswer: (covered) =>
    `Det finner jeg ikke svar på i strategidokumentene. Jeg kjenner strategiene fra ${covered}. Prøv å spørre om for eksempel ventetider, rekruttering, psykiatri eller bærekraft.`,
  unknownRegion: (asked, covered) =>
    `Jeg har ingen strategidokumenter fra ${asked}, så det kan jeg ikke svare på. Jeg dekker ${covered}.`,
  unknownPlaces: (placed, covered) =>
    `${placed}, og derfra har jeg ingen strategidokumenter, så det kan jeg ikke svare på. Jeg dekker ${covered}.`,
  placeIn: (place, region) => `${place} hører til ${region}`,
  notAQuestion: (covered) =>
    `Jeg kan bare svare på spørsmål om hva strategidokumentene fra ${covered} sier. Still gjerne et spørsmål om dem.`,
  intro: (region, title, section) => `${region} skriver i «${title}»${inSection(section)}:`,
  introOtherLanguage: (region, title, section) => `${region} skriver i «${title}»${inSection(section)} (sitert på dansk):`,
  acrossRegions: 'Slik beskriver regionene det i strategiene sine:',
  related: 'Strategiene svarer ikke akkurat på det du spør om, men det nærmeste de skriver, er:',
  uncovered: (missing, answered) => `Jeg har ingen strategidokumenter fra ${missing}, så svaret gjelder bare ${answered}.`,
  lead: (region, otherLanguage, section) =>
    `Kort fortalt sier ${region}${section ? ` i avsnittet «${section}»` : ''}${otherLanguage ? ' (sitert på dansk)' : ''}:`,
  more: (title, section) =>
    title ? `Mer fra «${title}»${inSection(section)}:` : section ? `Mer fra avsnittet «${section}»:` : 'Mer fra samme dokument:',
  sameSection: 'Mer fra samme avsnitt:',
  urgent: (covered) =>
    `Det høres ut som du kan trenge hjelp nå. Ring 113 ved akutt fare for liv, ellers fastlegen eller legevakten (116 117). Jeg kan ikke gi personlige medisinske råd – jeg kan bare fortelle hva strategiene fra ${covered} sier.`,
  medicalAdvice: (covered) =>
    `Jeg kan ikke gi personlige medisinske råd. Spør fastlegen eller legevakten (116 117), og ring 113 ved akutt fare for liv. Jeg kan fortelle hva strategiene fra ${covered} sier om for eksempel ventetider, akuttberedskap eller behandling nær hjemmet.`,
  detailNotHeld: (covered) =>
    `Det står ikke i strategidokumentene: de beskriver mål og retning, ikke detaljer som telefonnumre, navn, priser, budsjetter, åpningstider eller datoer. Jeg kjenner strategiene fra ${covered}.`,
  procedureNotHeld: (covered) =>
    `Det står ikke i strategidokumentene: de beskriver helseforetakenes mål og retning, ikke hvordan du som innbygger går fram i praksis. Nettsidene til helseforetaket eller fastlegen din kan hjelpe deg videre. Jeg kjenner strategiene fra ${covered}.`,
  localDecisionNotHeld: (covered) =>
    `Det står ikke i strategidokumentene: de beskriver mål og retning, ikke vedtak om å legge ned eller opprette et sykehus, en avdeling eller en base på et bestemt sted. Slike vedtak gjør styret i helseforetaket og offentliggjør på nettsidene sine. Jeg kjenner strategiene fra ${covered}.`,
};
