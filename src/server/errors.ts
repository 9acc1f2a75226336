import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { languageDetector } from 'hono/language';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { LANGUAGES, Language, MAX_QUESTION_CHARS, type ErrorBody } from '../shared/api.js';
import { detectLanguage } from '../text/language.js';
import type { Logger } from './logger.js';

/**
 * Everything that turns bad input or a failure into `{ error: { code, message } }`: the error type routes
 * throw, the request validation that throws it, and the handlers that render it in the asker's language.
 */

export type ErrorCode =
  | 'invalid_json'
  | 'invalid_query'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'overloaded'
  | 'timeout'
  | 'http_error'
  | 'internal';

/** Seconds a client should wait after a 503 before asking again; the engine's queue drains in seconds. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 5;

/** A failure with its status, a stable code for programs, and a message for people, chosen per language. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly text: (t: Texts) => string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export interface Texts {
  invalidJson: string;
  notJson: string;
  tooLarge(maxBytes: number): string;
  notFound: string;
  methodNotAllowed(allow: string): string;
  rateLimited: string;
  overloaded: string;
  timeout: string;
  internal: string;
  issues: IssueTexts;
}

/** Phrases for schema failures; `s` is the subject ("Spørgsmålet", "Feltet «k»"), neuter in both languages. */
interface IssueTexts {
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

const quoted = (xs: readonly unknown[]) => xs.map((x) => `«${String(x)}»`).join(', ');

const TEXTS: Record<Language, Texts> = {
  da: {
    invalidJson: 'Forespørgslen er ikke gyldig JSON.',
    notJson: 'Forespørgslen skal sendes som JSON (Content-Type: application/json).',
    tooLarge: (max) => `Forespørgslen er for stor (højst ${max} bytes).`,
    notFound: 'Adressen findes ikke.',
    methodNotAllowed: (allow) => `Metoden er ikke tilladt her. Brug ${allow}.`,
    rateLimited: 'For mange forespørgsler. Vent lidt, og prøv igen.',
    overloaded: 'Tjenesten har travlt lige nu. Prøv igen om lidt.',
    timeout: 'Det tog for lang tid at finde svaret. Prøv igen.',
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
    rateLimited: 'For mange forespørsler. Vent litt og prøv igjen.',
    overloaded: 'Tjenesten har mye å gjøre akkurat nå. Prøv igjen om litt.',
    timeout: 'Det tok for lang tid å finne svaret. Prøv igjen.',
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

/** zod's own da/no messages, for the rare issue the phrases above don't cover. */
const ZOD_LOCALES = { da: z.locales.da(), no: z.locales.no() } satisfies Record<Language, unknown>;

const MAX_ISSUES_SHOWN = 3;

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

function describeIssue(t: IssueTexts, issue: z.core.$ZodIssue, raw: unknown): string {
  const field = fieldName(issue.path);
  const s = t.subject(field);
  switch (issue.code) {
    case 'invalid_type': {
      if (!field) return t.notObject;
      if (valueAt(raw, issue.path) === undefined) return t.missing(s);
      const type = t.types[issue.expected];
      return type ? t.wrongType(s, type) : t.other(s, issue.message);
    }
    case 'too_small':
      if (issue.origin === 'number') return t.tooSmall(s, Number(issue.minimum));
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? t.empty(s) : t.other(s, issue.message);
    case 'too_big':
      if (issue.origin === 'number') return t.tooBig(s, Number(issue.maximum));
      if (issue.origin === 'string') return t.tooLong(s, Number(issue.maximum));
      return issue.origin === 'array' ? t.tooMany(s, Number(issue.maximum)) : t.other(s, issue.message);
    case 'unrecognized_keys':
      return t.unknown(issue.keys.map((key) => fieldName([...issue.path, key])));
    case 'invalid_format':
      // The only pattern in the contract keeps control characters out of texts.
      return issue.format === 'regex' ? t.controlChars(s) : t.other(s, issue.message);
    case 'invalid_value':
      return t.oneOf(s, quoted(issue.values));
    default:
      return t.other(s, issue.message);
  }
}

/** A readable sentence or three naming each bad field and what is wrong with it. */
function describeIssues(t: Texts, issues: readonly z.core.$ZodIssue[], raw: unknown): string {
  const sentences = new Set(issues.map((issue) => describeIssue(t.issues, issue, raw)));
  return [...sentences].slice(0, MAX_ISSUES_SHOWN).join(' ');
}

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

/** The language settled so far: Accept-Language's (hono/language) until a body or query says better. */
function currentLanguage(c: Context): Language {
  return c.get('language') === 'no' ? 'no' : 'da';
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The stated `language` if valid, else the language of the question (or search text), else `fallback`. */
function askerLanguage(raw: unknown, fallback: Language): Language {
  if (!isRecord(raw)) return fallback;
  const stated = Language.safeParse(raw.language);
  if (stated.success) return stated.data;
  const text = [raw.question, raw.q].find((x): x is string => typeof x === 'string' && x.trim() !== '');
  // An over-long question is an error anyway; its first part says as much about the language as the rest.
  return text ? detectLanguage(text.slice(0, MAX_QUESTION_CHARS), fallback) : fallback;
}

/**
 * Settles the asker's language from `raw` (for this and any later error) and parses it with `schema`;
 * failures become `status` (400 for query strings, 422 for JSON bodies) with a message per bad field.
 */
export function validate<S extends z.ZodType>(c: Context, schema: S, raw: unknown, status: 400 | 422): z.output<S> {
  const language = askerLanguage(raw, currentLanguage(c));
  c.set('language', language);
  const parsed = schema.safeParse(raw, { error: ZOD_LOCALES[language].localeError });
  if (parsed.success) return parsed.data;
  const code = status === 400 ? 'invalid_query' : 'invalid_request';
  throw new ApiError(status, code, (t) => describeIssues(t, parsed.error.issues, raw));
}

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/** POST body middleware: JSON only (415), at most `maxBytes` (413), parseable (400), valid (422) → `c.get('body')`. */
export function jsonBody<S extends z.ZodType>(
  schema: S,
  maxBytes: number,
): MiddlewareHandler<{ Variables: { body: z.output<S> } }> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      // The rest of the body is still on its way: close the connection rather than let a client reuse it.
      throw new ApiError(413, 'payload_too_large', (t) => t.tooLarge(maxBytes), { Connection: 'close' });
    },
  });
  return async (c, next) => {
    if (!JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) {
      throw new ApiError(415, 'unsupported_media_type', (t) => t.notJson);
    }
    await limit(c, async () => {
      c.set('body', validate(c, schema, parseJson(await c.req.text()), 422));
      await next();
    });
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', (t) => t.invalidJson);
  }
}

function render(c: Context, error: ApiError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.text(TEXTS[currentLanguage(c)]) } };
  return c.json(body, error.status, error.headers);
}

/** The engine signals load shedding and deadlines with a `code` on the error it throws. */
function engineErrorCode(err: Error): unknown {
  return 'code' in err ? err.code : undefined;
}

export function errorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof ApiError) return render(c, err);
    const where = { method: c.req.method, path: c.req.path };
    switch (engineErrorCode(err)) {
      case 'OVERLOADED':
        logger.warn(where, 'engine overloaded');
        return render(c, new ApiError(503, 'overloaded', (t) => t.overloaded, { 'Retry-After': String(OVERLOADED_RETRY_AFTER_SECONDS) }));
      case 'TIMEOUT':
        logger.warn(where, 'engine timed out');
        return render(c, new ApiError(504, 'timeout', (t) => t.timeout));
    }
    if (err instanceof HTTPException && err.status < 500) {
      // From Hono's own middleware (e.g. auth): keep its status and headers, speak our JSON.
      const headers = Object.fromEntries([...err.getResponse().headers].filter(([name]) => !name.startsWith('content-')));
      return render(c, new ApiError(err.status, 'http_error', () => err.message || `HTTP ${err.status}`, headers));
    }
    logger.error({ err, ...where }, 'unhandled error');
    return render(c, new ApiError(500, 'internal', (t) => t.internal));
  };
}

export const notFound: NotFoundHandler = (c) => render(c, new ApiError(404, 'not_found', (t) => t.notFound));

/** For hono/method-not-allowed: the path exists, the method doesn't. */
export function methodNotAllowedResponse(c: Context, methods: string[]): Response {
  const allow = methods.join(', ');
  return render(c, new ApiError(405, 'method_not_allowed', (t) => t.methodNotAllowed(allow), { Allow: allow }));
}
