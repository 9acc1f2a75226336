import { z } from 'zod';
import { FeedbackRequest, MAX_FEEDBACK_BODY_BYTES } from '../feedback/schema.js';
import { AskRequest } from '../shared/api.js';
import {
  AskResponseSchema,
  AskStreamEventSchemas,
  DocumentsResponseSchema,
  ErrorBodySchema,
  FeedbackCreatedSchema,
  FeedbackExportSchema,
  HealthResponseSchema,
  ReadyResponseSchema,
  SearchResponseSchema,
} from './contract.js';
import { AskQuery } from './routes/ask.js';
import { ExportQuery } from './routes/feedback.js';
import { SearchQuery } from './routes/search.js';

/**
 * GET /openapi.json: the HTTP API as OpenAPI 3.1, generated from the zod schemas the routes validate requests
 * with (request bodies and query strings) and the response schemas of contract.ts, by zod's own
 * `z.toJSONSchema` (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
type Schema = Record<string, unknown>;

/** A request is described as what it accepts (before defaults and trimming), a response as what is sent. */
const input = (schema: z.ZodType): Schema => strip(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
const output = (schema: z.ZodType): Schema => strip(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }));

function strip({ $schema: _, ...rest }: Schema): Schema {
  return rest;
}

/** Query-string parameters, one per property of a strict object schema. */
function queryParameters(schema: z.ZodObject): Schema[] {
  const json = input(schema) as { properties?: Record<string, Schema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const json = (schema: Schema) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref('Error')) });

/** The errors every /api route may answer with (besides its own). */
const API_ERRORS = {
  '403': error('A browser page from an origin not in ALLOWED_ORIGINS'),
  '429': error('Rate limit (RATE_LIMIT_PER_MINUTE per client address)'),
  '500': error('Unexpected error'),
};
const BODY_ERRORS = {
  '400': error('Malformed JSON or query string'),
  '413': error('Body too large'),
  '415': error('Not JSON'),
  '422': error('The body does not match the schema; the message names each bad field, in the asker\'s language'),
};

export function openApiDocument(version: string): Schema {
  const streamEvents = Object.fromEntries(Object.entries(AskStreamEventSchemas).map(([name, schema]) => [name, output(schema)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'strategisvar',
      version,
      description:
        'Questions in Danish or Norwegian about Nordic health regions\' strategy documents, answered with region and section citations.',
    },
    components: {
      schemas: {
        AskRequest: input(AskRequest),
        AskResponse: output(AskResponseSchema),
        FeedbackRequest: input(FeedbackRequest),
        Error: output(ErrorBodySchema),
      },
      securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' } },
    },
    paths: {
      '/api/ask': {
        post: {
          summary: 'Answer a question with cited passages',
          parameters: queryParameters(AskQuery),
          requestBody: { required: true, content: json(ref('AskRequest')) },
          responses: {
            '200': { description: 'The answer', content: json(ref('AskResponse')) },
            ...BODY_ERRORS,
            ...API_ERRORS,
            '503': error('Overloaded (generative answers queued too long); see Retry-After'),
          },
        },
      },
      '/api/ask/stream': {
        post: {
          summary: 'The same answer as Server-Sent Events: meta, delta…, then done or error',
          parameters: queryParameters(AskQuery),
          requestBody: { required: true, content: json(ref('AskRequest')) },
          responses: {
            '200': {
              description: 'An event stream; each event\'s data is JSON, described by x-events',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
              'x-events': streamEvents,
            },
            ...BODY_ERRORS,
            ...API_ERRORS,
            '503': error('Overloaded'),
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'The retrieved passages themselves',
          parameters: queryParameters(SearchQuery),
          responses: { '200': { description: 'Ranked passages', content: json(output(SearchResponseSchema)) }, '400': BODY_ERRORS['400'], ...API_ERRORS },
        },
      },
      '/api/documents': {
        get: {
          summary: 'The regions and documents answers come from',
          responses: { '200': { description: 'The corpus', content: json(output(DocumentsResponseSchema)) }, ...API_ERRORS },
        },
      },
      '/api/feedback': {
        post: {
          summary: `Rate an answer (body at most ${MAX_FEEDBACK_BODY_BYTES} bytes)`,
          requestBody: { required: true, content: json(ref('FeedbackRequest')) },
          responses: { '201': { description: 'Stored', content: json(output(FeedbackCreatedSchema)) }, ...BODY_ERRORS, ...API_ERRORS },
        },
        get: {
          summary: 'Export the ratings, newest first (JSON pages, or CSV)',
          security: [{ adminToken: [] }],
          parameters: queryParameters(ExportQuery),
          responses: {
            '200': {
              description: 'One page of ratings; pass nextBefore as ?before= for the next',
              content: { ...json(output(FeedbackExportSchema)), 'text/csv': { schema: { type: 'string' } } },
            },
            '400': BODY_ERRORS['400'],
            '401': error('No bearer token'),
            '403': error('Wrong token, or an origin not allowed'),
            '429': API_ERRORS['429'],
            '500': API_ERRORS['500'],
            '503': error('Export disabled: ADMIN_TOKEN is not set'),
          },
        },
      },
      '/healthz': {
        get: { summary: 'Liveness, and the index served', responses: { '200': { description: 'Alive', content: json(output(HealthResponseSchema)) } } },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: index loaded, feedback store writable, not shutting down',
          responses: {
            '200': { description: 'Ready', content: json(output(ReadyResponseSchema)) },
            '503': { description: 'Not ready; checks say why', content: json(output(ReadyResponseSchema)) },
          },
        },
      },
      '/metrics': {
        get: { summary: 'Prometheus metrics', responses: { '200': { description: 'Text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } } } },
      },
      '/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } },
      },
      '/widget.js': {
        get: { summary: 'The chat widget script', responses: { '200': { description: 'JavaScript', content: { 'text/javascript': { schema: { type: 'string' } } } } } },
      },
      '/documents': {
        get: { summary: 'The documents, as a page', responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } },
      },
      '/documents/{id}': {
        get: {
          summary: 'One document as a page, a character range highlighted with ?hl=start-end',
          responses: {
            '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } },
            '404': { description: 'No such document', content: { 'text/html': { schema: { type: 'string' } } } },
          },
        },
      },
      '/admin/feedback': {
        get: { summary: 'The feedback page (asks for ADMIN_TOKEN, reads GET /api/feedback)', responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } },
      },
      '/admin/feedback.js': {
        get: { summary: 'The feedback page\'s script', responses: { '200': { description: 'JavaScript', content: { 'text/javascript': { schema: { type: 'string' } } } } } },
      },
      '/': {
        get: { summary: 'Demo page with the widget', responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } },
      },
    },
  };
}
