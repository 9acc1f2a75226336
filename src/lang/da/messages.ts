import type { AnswerMessages } from '../types.js';

const inSection = (section?: string) => (section ? `, afsnittet „${section}“` : '');

export const messages: AnswerMessages = {
  and: 'og',
  noAnswer: (covered) =>
    `Det kan jeg ikke finde svar på i strategidokumenterne. Jeg kender strategierne fra ${covered}. Prøv at spørge om fx ventetider, rekruttering, psykiatri eller bæredygtighed.`,
  unknownRegion: (asked, covered) =>
    `Jeg har ingen strategidokumenter fra ${asked}, så det kan jeg ikke svare på. Jeg dækker ${covered}.`,
  unknownPlaces: (placed, covered) =>
    `${placed}, og derfra har jeg ingen strategidokumenter, så det kan jeg ikke svare på. Jeg dækker ${covered}.`,
  placeIn: (place, region) => `${place} hører under ${region}`,
  notAQuestion: (covered) =>
    `Jeg kan kun svare på spørgsmål om, hvad strategidokumenterne fra ${covered} siger. Stil gerne et spørgsmål om dem.`,
  intro: (region, title, section) => `${region} skriver i „${title}“${inSection(section)}:`,
  introOtherLanguage: (region, title, section) => `${region} skriver i „${title}“${inSection(section)} (citeret på norsk):`,
  acrossRegions: 'Sådan beskriver regionerne det i deres strategier:',
  related: 'Strategierne svarer ikke præcist på det, du spørger om, men det nærmeste, de skriver, er:',
  uncovered: (missing, answered) => `Jeg har ingen strategidokumenter fra ${missing}, så svaret gælder kun ${answered}.`,
  lead: (region, otherLanguage, section) =>
    `Kort fortalt siger ${region}${section ? ` i afsnittet „${section}“` : ''}${otherLanguage ? ' (citeret på norsk)' : ''}:`,
  more: (title, section) =>
    title ? `Mere fra „${title}“${inSection(section)}:` : section ? `Mere fra afsnittet „${section}“:` : 'Mere fra samme dokument:',
  sameSection: 'Mere fra samme afsnit:',
  urgent: (covered) =>
    `Det lyder, som om du kan have brug for hjælp nu. Ring 112 ved akut livsfare, ellers din egen læge eller lægevagten. Jeg kan ikke give personlig medicinsk rådgivning – jeg kan kun fortælle, hvad strategierne fra ${covered} siger.`,
  medicalAdvice: (covered) =>
    `Jeg kan ikke give personlig medicinsk rådgivning. Spørg din egen læge eller lægevagten, og ring 112 ved akut livsfare. Jeg kan fortælle, hvad strategierne fra ${covered} siger om fx ventetider, akuttilbud eller behandling tæt på hjemmet.`,
  detailNotHeld: (covered) =>
    `Det står ikke i strategidokumenterne: de beskriver mål og retning, ikke detaljer som telefonnumre, navne, priser, budgetter, åbningstider eller datoer. Jeg kender strategierne fra ${covered}.`,
  procedureNotHeld: (covered) =>
    `Det står ikke i strategidokumenterne: de beskriver regionens mål og retning, ikke hvordan man som borger gør det i praksis. Regionens hjemmeside eller din egen læge kan hjælpe dig videre. Jeg kender strategierne fra ${covered}.`,
  localDecisionNotHeld: (covered) =>
    `Det står ikke i strategidokumenterne: de beskriver regionens mål og retning, ikke beslutninger om at lukke eller oprette et sygehus, en afdeling eller en base et bestemt sted. Den slags besluttes og offentliggøres af regionsrådet – se regionens hjemmeside. Jeg kender strategierne fra ${covered}.`,
};
