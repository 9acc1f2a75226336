import { resolve } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { buildBytes, liveBuild } from '../index/lifecycle.js';
import { openFeedbackStore, type FeedbackStore } from '../feedback/store.js';
import { createLogger } from './logger.js';

/** One clear line and exit 1: what operators read when a setting or the environment is wrong. */
function fail(message: string): never {
  console.error(`strategisvar: ${message}`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  fail((err as Error).message); // names each bad variable; a stack trace would add nothing
}
const logger = createLogger(config);

// Until the server listens there is nothing to finish: a stop signal exits at once (a build it interrupts
// is left for the next start to clean up).
const stopEarly = (signal: NodeJS.Signals) => {
  logger.info({ signal }, 'stopped before the server started');
  process.exit(0);
};
process.once('SIGTERM', stopEarly).once('SIGINT', stopEarly);

let feedback: FeedbackStore;
try {
  feedback = await openFeedbackStore(config);
} catch (err) {
  fail(`cannot open the feedback database in DATA_DIR (${config.DATA_DIR}): ${(err as Error).message}`);
}
logger.info(await feedback.usage(), 'feedback store open');

// The engine's modules (ONNX, transformers.js) take seconds to load: only once the settings are known good.
const [{ serve }, { createEngine }, { createApp }, { exitGracefullyOnSignals }] = await Promise.all([
  import('@hono/node-server'),
  import('../engine.js'),
  import('./app.js'),
  import('./shutdown.js'),
]);

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

const live = await liveBuild(resolve(config.INDEX_DIR));
const indexBytes = live ? await buildBytes(live.dir) : undefined;

let stopping = false;
const app = createApp({ engine, config, logger, feedback, indexBytes, isStopping: () => stopping });
const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (address) => {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  logger.info(`strategisvar is listening on http://${host}:${address.port}`);
});
server.on('error', (err: NodeJS.ErrnoException) => {
  logger.fatal({ err }, 'the server failed');
  fail(err.code === 'EADDRINUSE' ? `port ${config.PORT} on ${config.HOST} is in use` : `the server failed: ${err.message}`);
});

process.off('SIGTERM', stopEarly).off('SIGINT', stopEarly);
exitGracefullyOnSignals(server, {
  graceMs: config.SHUTDOWN_GRACE_MS,
  logger,
  onStopping: () => {
    stopping = true;
  },
  cleanup: () => feedback.close(),
});
