import type { Language } from '../shared/api.js';
import { MAX_QUESTION_CHARS } from './limits.js';

/** Everything the widget says, in Danish and Norwegian (bokmål). */
export interface Messages {
  launcher: string;
  title: string;
  /** The conversation log's name for assistive technology. */
  conversation: string;
  intro: string;
  examplesHeading: string;
  examples: string[];
  inputLabel: string;
  placeholder: string;
  send: string;
  newConversation: string;
  close: string;
  you: string;
  assistant: string;
  waiting: string;
  answerReady: (text: string) => string;
  abstained: string;
  /** Tag of an answer from passages that are near the question but don't answer it exactly. */
  related: string;
  citation: (id: number, region: string, section: string) => string;
  source: string;
  closeSource: string;
  readInDocument: string;
  original: string;
  opensInNewTab: string;
  published: string;
  retrieved: string;
  counter: (n: number) => string;
  tooLong: string;
  unreachable: string;
  rateLimited: (seconds: number | undefined) => string;
  busy: (seconds: number | undefined) => string;
  serverError: string;
  rejected: string;
  retry: string;
  feedbackQuestion: string;
  feedbackUp: string;
  feedbackDown: string;
  commentLabel: string;
  sendFeedback: string;
  feedbackThanks: string;
  feedbackFailed: string;
  conversationCleared: string;
}

const da: Messages = {
  launcher: 'Spørg om strategierne',
  title: 'Spørg om regionernes strategier',
  conversation: 'Samtalen',
  intro:
    'Jeg svarer ud fra regionernes strategidokumenter og viser kilden til hvert udsagn. Står svaret ikke i dokumenterne, siger jeg det.',
  examplesHeading: 'Eksempler på spørgsmål',
  examples: [
    'Hvad er Region Nordjyllands vision?',
    'Hvordan vil Region Midtjylland mindske madspild?',
    'Hvad siger Helse Nord om rekruttering?',
  ],
  inputLabel: 'Dit spørgsmål',
  placeholder: 'Skriv dit spørgsmål …',
  send: 'Send',
  newConversation: 'Ny samtale',
  close: 'Luk',
  you: 'Du',
  assistant: 'Assistenten',
  waiting: 'Søger i dokumenterne …',
  answerReady: (text) => `Svar: ${text}`,
  abstained: 'Ikke dækket af dokumenterne',
  related: 'Nærmeste svar i dokumenterne',
  citation: (id, region, section) => `Kilde ${id}: ${region}, ${section}`,
  source: 'Kilde',
  closeSource: 'Luk kilden',
  readInDocument: 'Læs i dokumentet',
  original: 'Originalen',
  opensInNewTab: 'åbner i en ny fane',
  published: 'Udgivet',
  retrieved: 'Hentet',
  counter: (n) => `${n} / ${MAX_QUESTION_CHARS} tegn`,
  tooLong: `Spørgsmålet er for langt: højst ${MAX_QUESTION_CHARS} tegn. Gør det kortere for at sende det.`,
  unreachable: 'Der er ingen forbindelse til serveren. Tjek din forbindelse, og prøv igen.',
  rateLimited: (s) =>
    `Der er stillet mange spørgsmål på kort tid. ${s ? `Vent ${s} sekunder, og prøv igen.` : 'Vent lidt, og prøv igen.'}`,
  busy: (s) => `Tjenesten har travlt lige nu. ${s ? `Prøv igen om ${s} sekunder.` : 'Prøv igen om lidt.'}`,
  serverError: 'Der skete en fejl, så svaret ikke kunne hentes. Prøv igen.',
  rejected: 'Spørgsmålet blev afvist:',
  retry: 'Prøv igen',
  feedbackQuestion: 'Var svaret nyttigt?',
  feedbackUp: 'Ja, nyttigt svar',
  feedbackDown: 'Nej, ikke nyttigt svar',
  commentLabel: 'Kommentar (valgfri)',
  sendFeedback: 'Send vurdering',
  feedbackThanks: 'Tak for din vurdering.',
  feedbackFailed: 'Vurderingen kunne ikke sendes. Prøv igen.',
  conversationCleared: 'Samtalen er nulstillet.',
};

const no: Messages = {
  launcher: 'Spør om strategiene',
  title: 'Spør om regionenes strategier',
  conversation: 'Samtalen',
  intro:
    'Jeg svarer ut fra regionenes strategidokumenter og viser kilden til hvert utsagn. Står svaret ikke i dokumentene, sier jeg fra.',
  examplesHeading: 'Eksempler på spørsmål',
  examples: [
    'Hva er visjonen til Helse Nord?',
    'Hva sier Helse Nord om telemedisin?',
    'Hvordan jobber Region Midtjylland med psykiatri?',
  ],
  inputLabel: 'Spørsmålet ditt',
  placeholder: 'Skriv spørsmålet ditt …',
  send: 'Send',
  newConversation: 'Ny samtale',
  close: 'Lukk',
  you: 'Du',
  assistant: 'Assistenten',
  waiting: 'Søker i dokumentene …',
  answerReady: (text) => `Svar: ${text}`,
  abstained: 'Ikke dekket av dokumentene',
  related: 'Nærmeste svar i dokumentene',
  citation: (id, region, section) => `Kilde ${id}: ${region}, ${section}`,
  source: 'Kilde',
  closeSource: 'Lukk kilden',
  readInDocument: 'Les i dokumentet',
  original: 'Originalen',
  opensInNewTab: 'åpnes i en ny fane',
  published: 'Publisert',
  retrieved: 'Hentet',
  counter: (n) => `${n} / ${MAX_QUESTION_CHARS} tegn`,
  tooLong: `Spørsmålet er for langt: maks ${MAX_QUESTION_CHARS} tegn. Gjør det kortere for å sende det.`,
  unreachable: 'Det er ingen forbindelse til serveren. Sjekk tilkoblingen, og prøv igjen.',
  rateLimited: (s) =>
    `Det er stilt mange spørsmål på kort tid. ${s ? `Vent ${s} sekunder, og prøv igjen.` : 'Vent litt, og prøv igjen.'}`,
  busy: (s) => `Tjenesten har mye å gjøre akkurat nå. ${s ? `Prøv igjen om ${s} sekunder.` : 'Prøv igjen om litt.'}`,
  serverError: 'Det oppstod en feil, så svaret ikke kunne hentes. Prøv igjen.',
  rejected: 'Spørsmålet ble avvist:',
  retry: 'Prøv igjen',
  feedbackQuestion: 'Var svaret nyttig?',
  feedbackUp: 'Ja, nyttig svar',
  feedbackDown: 'Nei, ikke nyttig svar',
  commentLabel: 'Kommentar (valgfritt)',
  sendFeedback: 'Send vurdering',
  feedbackThanks: 'Takk for vurderingen.',
  feedbackFailed: 'Vurderingen kunne ikke sendes. Prøv igjen.',
  conversationCleared: 'Samtalen er nullstilt.',
};

export const MESSAGES: Record<Language, Messages> = { da, no };
