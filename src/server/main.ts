import { serve } from '@hono/node-server';
import { loadConfig, type Config } from '../config.js';
import { createEngine } from '../engine.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';

/** How long open requests may take to finish after SIGINT/SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message); // names each bad variable; a stack trace would add nothing
  process.exit(1);
}
const logger = createLogger(config);

logger.info(
  { corpus: config.CORPUS_DIR, index: config.INDEX_DIR },
  'loading the engine; the index is built first if it is missing or stale (can take a minute)',
);
const engine = await createEngine(config, logger).catch((err: unknown) => {
  logger.fatal({ err }, 'could not load the engine');
  process.exit(1);
});
const { documents, chunks, builtAt, embeddingModel } = engine.info();
logger.info({ documents, chunks, builtAt, embeddingModel }, 'index ready');

const server = serve({ fetch: createApp({ engine, config, logger }).fetch, hostname: config.HOST, port: config.PORT }, (address) => {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  logger.info(`strategisvar is listening on http://${host}:${address.port}`);
});
server.on('error', (err) => {
  logger.fatal({ err }, 'the server failed (is the port in use?)');
  process.exit(1);
});

let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
  if (stopping) process.exit(1); // a second signal: stop waiting
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing open requests');
  setTimeout(() => {
    logger.warn('open requests did not finish in time; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  server.close((err) => {
    if (err) logger.error({ err }, 'error while closing the server');
    process.exit(err ? 1 : 0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
