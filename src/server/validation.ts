import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { Language, MAX_QUESTION_CHARS, type Turn } from '../shared/api.js';
import type { LanguageRequest } from '../engine.js';
import { decideLanguage } from '../text/language.js';
import { ApiError, ClientWentAway } from './errors.js';
import { currentLanguage, quoted, type IssueTexts, type Texts } from './messages.js';

/**
 * Request validation: query strings and JSON bodies checked against zod schemas, each failure thrown as an
 * ApiError whose message names the bad fields in the asker's language.
 */

/** zod's own da/no messages, for the rare issue the phrases in messages.ts don't cover. */
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

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * The stated `language` if valid, else the engine's decision from the question (or search text), its
 * conversation and the page's `languageHint`, else the hint, else `fallback`: an error reads in the
 * language the answer would have.
 */
function askerLanguage(raw: unknown, fallback: Language, read: LanguageReader): Language {
  if (!isRecord(raw)) return fallback;
  const stated = Language.safeParse(raw.language);
  if (stated.success) return stated.data;
  const parsedHint = Language.safeParse(raw.languageHint);
  const languageHint = parsedHint.success ? parsedHint.data : undefined;
  const text = [raw.question, raw.q].find((x): x is string => typeof x === 'string' && x.trim() !== '');
  if (!text) return languageHint ?? fallback;
  const history = Array.isArray(raw.history) ? raw.history.filter(isTurn) : undefined;
  // An over-long question is an error anyway; its first part says as much about the language as the rest.
  // Read with the request's own hint only, as the answer is: the fallback (Accept-Language) is no hint there,
  // and as one it outweighed the country a question of shared words names ("ventetid i bodø").
  return read({ question: text.slice(0, MAX_QUESTION_CHARS), languageHint, history });
}

/** Reads a request's language: the engine's own reading where the app has one (./app.ts), else the words'. */
export type LanguageReader = (request: LanguageRequest) => Language;

const wordsLanguage: LanguageReader = ({ question, languageHint, history }) => decideLanguage({ question, hint: languageHint, history }).language;

declare module 'hono' {
  interface ContextVariableMap {
    /** How the asker's language is read for an error message (set by the app from its engine). */
    readLanguage?: LanguageReader;
  }
}

/** A history entry that can be read as a turn, whatever else is wrong with the request. */
function isTurn(x: unknown): x is Turn {
  return isRecord(x) && (x.role === 'user' || x.role === 'assistant') && typeof x.content === 'string';
}

/**
 * Parses `raw` with `schema`, leaving the asker's language to be read from `raw` when this or a later error
 * needs it; failures become `status` (400 for query strings, 422 for JSON bodies) with a message per bad field.
 */
export function validate<S extends z.ZodType>(c: Context, schema: S, raw: unknown, status: 400 | 422): z.output<S> {
  // What an earlier validation (a body before its query string) would have settled is this one's fallback.
  const earlier = c.get('settleLanguage') ?? (() => currentLanguage(c));
  c.set('settleLanguage', () => askerLanguage(raw, earlier(), c.get('readLanguage') ?? wordsLanguage));
  // Parsed without an error map first: one passed in cost each parse ~3 µs more (two per ask), and only a
  // failure has messages to word. A failing value fails again the same way, now in the asker's language.
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const worded = schema.safeParse(raw, { error: (issue) => ZOD_LOCALES[currentLanguage(c)].localeError(issue) });
  const issues = worded.error?.issues ?? parsed.error.issues;
  const code = status === 400 ? 'invalid_query' : 'invalid_request';
  throw new ApiError(status, code, (t) => describeIssues(t, issues, raw));
}

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/** POST body middleware: JSON only (415), at most `maxBytes` (413), parseable (400), valid (422) → `c.get('body')`. */
export function jsonBody<S extends z.ZodType>(
  schema: S,
  maxBytes: number,
): MiddlewareHandler<{ Variables: { body: z.output<S> } }> {
  const tooLarge = () => {
    // The rest of the body is still on its way: close the connection rather than let a client reuse it.
    throw new ApiError(413, 'payload_too_large', (t) => t.tooLarge(maxBytes), { Connection: 'close' });
  };
  const limit = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (!JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) {
      throw new ApiError(415, 'unsupported_media_type', (t) => t.notJson);
    }
    const incoming = nodeRequest(c);
    const length = c.req.header('content-length');
    if (incoming && length !== undefined && c.req.header('transfer-encoding') === undefined) {
      // Served by Node with a declared length (Node's parser delivers exactly that many bytes): read the body
      // from Node's request itself. Reading it through the web Request, as bodyLimit and c.req.text() do,
      // builds that Request and a web stream over the body, a good part of a small ask's cost.
      if (Number.parseInt(length, 10) > maxBytes) tooLarge();
      c.set('body', validate(c, schema, parseJson(await readText(incoming)), 422));
      return next();
    }
    await limit(c, async () => {
      c.set('body', validate(c, schema, parseJson(await c.req.text()), 422));
      await next();
    });
  };
}

/** Node's request under a Hono context, when @hono/node-server serves it (not in `app.request()`). */
function nodeRequest(c: Context): IncomingMessage | undefined {
  const env = c.env as Partial<HttpBindings> | undefined;
  return env?.incoming;
}

/** A Node request's body as text, decoded as the web Request's text() does (UTF-8, a leading BOM dropped). */
function readText(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => resolve(new TextDecoder().decode(Buffer.concat(chunks))));
    incoming.once('error', (err) => reject(new ClientWentAway(err.message)));
    incoming.once('close', () => {
      if (!incoming.complete) reject(new ClientWentAway('the connection closed before the request body arrived'));
    });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', (t) => t.invalidJson);
  }
}
