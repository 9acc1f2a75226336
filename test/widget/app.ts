import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../../src/config.js';
import type { Engine } from '../../src/engine.js';
import { apiCors } from '../../src/server/cors.js';
import { errorHandler, headerLanguage, notFound } from '../../src/server/errors.js';
import type { Logger } from '../../src/server/logger.js';
import { askRoutes } from '../../src/server/routes/ask.js';
import { feedbackRoutes } from '../../src/server/routes/feedback.js';
import { askStreamRoutes } from '../../src/server/routes/stream.js';
import { widgetRoutes } from '../../src/server/routes/widget.js';

export interface AppDeps {
  engine: Engine;
  config: Config;
  logger: Logger;
}

/**
 * The app the widget tests run against: src/server/app.ts's middleware and /api/ask, with the widget's
 * routes mounted as createApp should mount them. Once createApp mounts them itself, this whole file becomes
 * `export { createApp as buildApp } from '../../src/server/app.js';`.
 */
export function buildApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(secureHeaders({ overwrite: false }));
  app.use(headerLanguage());
  app.use('/api/*', apiCors(deps.config.ALLOWED_ORIGINS));

  app.route('/api/ask', askRoutes(deps));
  app.route('/api/ask/stream', askStreamRoutes(deps));
  app.route('/api/feedback', feedbackRoutes(deps));
  app.route('/', widgetRoutes(deps));

  app.notFound(notFound);
  app.onError(errorHandler(deps.logger));
  return app;
}
