import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { Store } from 'hono-rate-limiter';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import type { FeedbackStore } from '../feedback/store.js';
import { apiCors } from './cors.js';
import { errorHandler, methodNotAllowedResponse, notFound, thrownValuesAsErrors } from './errors.js';
import { requestLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { headerLanguage } from './messages.js';
import { rateLimit } from './rate-limit.js';
import { requestContext } from './request-context.js';
import { defaultHeaders, SECURITY_HEADERS } from './response-headers.js';
import { adminRoutes } from './routes/admin.js';
import { askRoutes } from './routes/ask.js';
import { documentPageRoutes } from './routes/document-pages.js';
import { documentsRoutes } from './routes/documents.js';
import { feedbackRoutes } from './routes/feedback.js';
import { healthRoutes, readyRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { askStreamRoutes } from './routes/stream.js';
import { widgetRoutes } from './routes/widget.js';

const PACKAGE_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export interface AppDeps {
  engine: Engine;
  config: Config;
  logger: Logger;
  /** The feedback store, opened at start; default: <DATA_DIR>/feedback.sqlite, opened on first use. */
  feedback?: FeedbackStore;
  /** True once the process is shutting down: readiness fails so that no new traffic is sent here. */
  isStopping?: () => boolean;
  /** The index build's size on disk, for /metrics. */
  indexBytes?: number;
  /** Where rate-limit counts live; default: this process's memory. Redis (./rate-limit.ts) for replicas. */
  rateLimitStore?: Store;
}

/** The HTTP API. Cross-cutting middleware runs in the order listed; each route module owns one path. */
export function createApp(appDeps: AppDeps): Hono {
  const app = new Hono();
  const metrics = createMetrics(appDeps);
  const deps = { ...appDeps, engine: metrics.countAnswers(appDeps.engine) };
  const openApi = JSON.stringify(openApiDocument(PACKAGE_VERSION));

  // Outermost first, so that 404/405/error responses get security headers and a log line too.
  // A route that must differ (a cross-origin script) sets its own value for a security header.
  app.use(metrics.http);
  app.use(defaultHeaders(SECURITY_HEADERS));
  app.use(requestContext({ trustProxy: deps.config.TRUST_PROXY }));
  app.use(requestLogger(deps.logger));
  app.use(thrownValuesAsErrors());
  app.use(headerLanguage());
  // An error about a question reads in the language its answer would: the engine reads the places it names too.
  const readLanguage = deps.engine.languageOf?.bind(deps.engine);
  if (readLanguage) {
    app.use(async (c, next) => {
      c.set('readLanguage', readLanguage);
      await next();
    });
  }
  app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedResponse }));
  // CORS before the rate limit, so a 429 still carries the headers the widget needs to read it.
  app.use('/api/*', apiCors(deps.config));
  app.use('/api/*', rateLimit(deps.config.RATE_LIMIT_PER_MINUTE, deps.rateLimitStore));

  app.route('/api/ask/stream', askStreamRoutes(deps));
  app.route('/api/ask', askRoutes(deps));
  app.route('/api/search', searchRoutes(deps));
  app.route('/api/documents', documentsRoutes(deps));
  app.route('/api/feedback', feedbackRoutes({ config: deps.config, store: deps.feedback }));
  app.route('/healthz', healthRoutes(deps));
  app.route('/documents', documentPageRoutes(deps));
  app.route('/admin', adminRoutes());
  app.route('/readyz', readyRoutes(deps));
  app.get('/metrics', async (c) => c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }));
  app.get('/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));
  app.route('/', widgetRoutes(deps));

  app.notFound(notFound);
  app.onError(errorHandler(deps.logger));
  return app;
}
