import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { loadConfig, withoutPassword, type Config } from '../config.js';
import { buildBytes, liveBuild } from '../index/lifecycle.js';
import { feedbackStoreName, openFeedbackStore, type FeedbackStore } from '../feedback/store.js';
import { createLogger } from './logger.js';
import type { HandedConnections } from './cluster.js';
import type { RedisRateLimit } from './rate-limit.js';

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

// The stores are opened (and checked) before anything slow, so a bad DATA_DIR, DATABASE_URL or REDIS_URL
// fails the start in a second with one line. A cluster's primary checks them once, for all its workers.
let feedback: FeedbackStore;
try {
  feedback = await openFeedbackStore(config);
} catch (err) {
  fail(`cannot open the feedback database in ${feedbackStoreName(config)}: ${(err as Error).message}`);
}
let redis: RedisRateLimit | undefined;
if (config.REDIS_URL) {
  const { connectRedisStore } = await import('./rate-limit.js');
  redis = await connectRedisStore(config.REDIS_URL, logger).catch((err: unknown) =>
    fail(`cannot reach the rate-limit store at REDIS_URL (${withoutPassword(config.REDIS_URL!)}): ${(err as Error).message}`),
  );
}

if (cluster.isPrimary && config.WORKERS > 1) {
  await Promise.all([feedback.close(), redis?.close()]);
  const { runPrimary } = await import('./cluster.js');
  process.off('SIGTERM', stopEarly).off('SIGINT', stopEarly);
  runPrimary({
    workers: config.WORKERS,
    graceMs: config.SHUTDOWN_GRACE_MS,
    logger,
    host: config.HOST,
    port: config.PORT,
    countRateLimits: !config.REDIS_URL,
    semiSpaceMb: config.WORKER_SEMI_SPACE_MB,
  });
} else {
  await serve(feedback, redis);
}

async function serve(feedback: FeedbackStore, redis: RedisRateLimit | undefined): Promise<void> {
  logger.info(await feedback.usage(), 'feedback store open');

  // The engine's modules (ONNX, transformers.js) take seconds to load: only once the settings are known good.
  const [{ serve: serveHttp, createAdaptorServer }, { createEngine }, { createApp }, { exitGracefullyOnSignals }] = await Promise.all([
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
  // Counts in Redis when configured; in a cluster's worker otherwise in the primary's memory; else here.
  const { clusterStore } = await import('./rate-limit.js');
  const rateLimitStore = redis?.store ?? (cluster.isWorker ? clusterStore() : undefined);
  const app = createApp({ engine, config, logger, feedback, indexBytes, rateLimitStore, isStopping: () => stopping });
  // A cluster's worker serves the connections its primary hands it (./cluster.ts); a single process listens.
  let handed: HandedConnections | undefined;
  let server: Server;
  if (cluster.isWorker) {
    server = createAdaptorServer({ fetch: app.fetch, hostname: config.HOST }) as Server;
    const { serveHandedConnections } = await import('./cluster.js');
    handed = serveHandedConnections(server);
    // Its Node flags too: the young generation's size the primary set (WORKER_SEMI_SPACE_MB) shows there.
    logger.info({ execArgv: process.execArgv }, 'worker ready');
  } else {
    server = serveHttp({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (address) => {
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      logger.info(`strategisvar is listening on http://${host}:${address.port}`);
    }) as Server;
    server.on('error', (err: NodeJS.ErrnoException) => {
      logger.fatal({ err }, 'the server failed');
      fail(err.code === 'EADDRINUSE' ? `port ${config.PORT} on ${config.HOST} is in use` : `the server failed: ${err.message}`);
    });
  }

  process.off('SIGTERM', stopEarly).off('SIGINT', stopEarly);
  exitGracefullyOnSignals(server, {
    handed,
    graceMs: config.SHUTDOWN_GRACE_MS,
    logger,
    onStopping: () => {
      stopping = true;
    },
    cleanup: async () => {
      await Promise.all([feedback.close(), redis?.close()]);
    },
  });
  handed?.ready();
}
