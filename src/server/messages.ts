import type { Context, MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import { LANGUAGES, type Language } from '../shared/api.js';

/** What error messages say, in Danish and Norwegian, and which of the two a request gets. */

export interface Texts {
  invalidJson: string;
  notJson: string;
  tooLarge(maxBytes: number): string;
  notFound: string;
  methodNotAllowed(allow: string): string;
  originNotAllowed(origin: string): string;
  rateLimited: string;
  overloaded: string;
  exportDisabled: string;
  unauthorized: string;
  forbidden: string;
  internal: string;
  issues: IssueTexts;
}

/** Phrases for schema failures; `s` is the subject ("Spørgsmålet", "Feltet «k»"), neuter in both languages. */
export interface IssueTexts {
  subject(field: string): string;
  notObject: string;
  types: Partial<Record<string, string>>;
  missing(s: string): string;
  wrongType(s: string, type: string): string;
  empty(s: string): string;
  tooLong(s: string, max: number): string;
  tooMany(s: string, max: number): string;
  tooSmall(s: string, min: number): string;
  tooBig(s: string, max: number): string;
  controlChars(s: string): string;
  oneOf(s: string, values: string): string;
  unknown(fields: string[]): string;
  other(s: string, message: string): string;
}

export const quoted = (xs: readonly unknown[]) => xs.map((x) => `«${String(x)}»`).join(', ');

const TEXTS: Record<Language, Texts> = {
  da: {
    invalidJson: 'Forespørgslen er ikke gyldig JSON.',
    notJson: 'Forespørgslen skal sendes som JSON (Content-Type: application/json).',
    tooLarge: (max) => `Forespørgslen er for stor (højst ${max} bytes).`,
    notFound: 'Adressen findes ikke.',
    methodNotAllowed: (allow) => `Metoden er ikke tilladt her. Brug ${allow}.`,
    originNotAllowed: (origin) => `Siden ${origin} må ikke bruge denne tjeneste. Den skal stå i serverens ALLOWED_ORIGINS.`,
    rateLimited: 'For mange forespørgsler. Vent lidt, og prøv igen.',
    overloaded: 'Tjenesten har travlt lige nu. Prøv igen om lidt.',
    exportDisabled: 'Eksport af vurderinger er slået fra. Sæt ADMIN_TOKEN på serveren for at slå den til.',
    unauthorized: 'Send administratornøglen som "Authorization: Bearer <ADMIN_TOKEN>".',
    forbidden: 'Administratornøglen er forkert.',
    internal: 'Der opstod en uventet fejl. Prøv igen senere.',
    issues: {
      subject: (field) => (field === 'question' ? 'Spørgsmålet' : `Feltet «${field}»`),
      notObject: 'Forespørgslen skal være et JSON-objekt.',
      types: { string: 'tekst', number: 'et tal', int: 'et helt tal', array: 'en liste', object: 'et objekt', boolean: 'sand eller falsk' },
      missing: (s) => `${s} mangler.`,
      wrongType: (s, type) => `${s} skal være ${type}.`,
      empty: (s) => `${s} må ikke være tomt.`,
      tooLong: (s, max) => `${s} er for langt (højst ${max} tegn).`,
      tooMany: (s, max) => `${s} har for mange elementer (højst ${max}).`,
      tooSmall: (s, min) => `${s} skal være mindst ${min}.`,
      tooBig: (s, max) => `${s} må højst være ${max}.`,
      controlChars: (s) => `${s} indeholder kontroltegn, som ikke er tilladt.`,
      oneOf: (s, values) => `${s} skal være en af ${values}.`,
      unknown: (fields) => `${fields.length === 1 ? 'Ukendt felt' : 'Ukendte felter'}: ${quoted(fields)}.`,
      other: (s, message) => `${s} er ugyldigt: ${message}.`,
    },
  },
  no: {
    invalidJson: 'Forespørselen er ikke gyldig JSON.',
    notJson: 'Forespørselen må sendes som JSON (Content-Type: application/json).',
    tooLarge: (max) => `Forespørselen er for stor (maks ${max} byte).`,
    notFound: 'Adressen finnes ikke.',
    methodNotAllowed: (allow) => `Metoden er ikke tillatt her. Bruk ${allow}.`,
    originNotAllowed: (origin) => `Siden ${origin} kan ikke bruke denne tjenesten. Den må stå i serverens ALLOWED_ORIGINS.`,
    rateLimited: 'For mange forespørsler. Vent litt og prøv igjen.',
    overloaded: 'Tjenesten har mye å gjøre akkurat nå. Prøv igjen om litt.',
    exportDisabled: 'Eksport av vurderinger er slått av. Sett ADMIN_TOKEN på serveren for å slå den på.',
    unauthorized: 'Send administratornøkkelen som "Authorization: Bearer <ADMIN_TOKEN>".',
    forbidden: 'Administratornøkkelen er feil.',
    internal: 'Det oppstod en uventet feil. Prøv igjen senere.',
    issues: {
      subject: (field) => (field === 'question' ? 'Spørsmålet' : `Feltet «${field}»`),
      notObject: 'Forespørselen må være et JSON-objekt.',
      types: { string: 'tekst', number: 'et tall', int: 'et heltall', array: 'en liste', object: 'et objekt', boolean: 'sann eller usann' },
      missing: (s) => `${s} mangler.`,
      wrongType: (s, type) => `${s} må være ${type}.`,
      empty: (s) => `${s} kan ikke være tomt.`,
      tooLong: (s, max) => `${s} er for langt (maks ${max} tegn).`,
      tooMany: (s, max) => `${s} har for mange elementer (maks ${max}).`,
      tooSmall: (s, min) => `${s} må være minst ${min}.`,
      tooBig: (s, max) => `${s} kan ikke være større enn ${max}.`,
      controlChars: (s) => `${s} inneholder kontrolltegn, som ikke er tillatt.`,
      oneOf: (s, values) => `${s} må være en av ${values}.`,
      unknown: (fields) => `${fields.length === 1 ? 'Ukjent felt' : 'Ukjente felter'}: ${quoted(fields)}.`,
      other: (s, message) => `${s} er ugyldig: ${message}.`,
    },
  },
};

/** Accept-Language → da/no (nb, nn and no all mean Norwegian), Danish when neither is asked for. */
export function headerLanguage(): MiddlewareHandler {
  return languageDetector({
    order: ['header'],
    caches: false,
    supportedLanguages: [...LANGUAGES],
    fallbackLanguage: 'da',
    convertDetectedLanguage: (tag) => tag.replace(/^n[bn](?=-|$)/i, 'no'),
  });
}

declare module 'hono' {
  interface ContextVariableMap {
    /**
     * Reads the asker's language from the request body or query (set by validation). Called only once a
     * message needs it: a valid request is answered in the language the engine decides, so reading it here
     * too would run language identification twice per question.
     */
    settleLanguage?: () => Language;
  }
}

/** The language settled so far: Accept-Language's (hono/language) until a body or query says better. */
export function currentLanguage(c: Context): Language {
  const settle = c.get('settleLanguage');
  if (settle) {
    c.set('settleLanguage', undefined);
    c.set('language', settle());
  }
  return c.get('language') === 'no' ? 'no' : 'da';
}

/** The messages in the language settled for this request. */
export function textsFor(c: Context): Texts {
  return TEXTS[currentLanguage(c)];
}
