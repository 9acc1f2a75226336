import cluster from 'node:cluster';
import type { Server } from 'node:http';
import type { Http2SecureServer, Http2Server } from 'node:http2';
import { SHUTDOWN_MESSAGE, type HandedConnections } from './cluster.js';
import type { Logger } from './logger.js';

export interface GracefulOptions {
  /** How long open requests and streams may take to finish before their connections are cut. */
  graceMs: number;
  logger: Logger;
  /** Runs once everything is closed (or the grace period is over): close databases, flush. */
  cleanup: () => Promise<void>;
  /** Called as shutdown starts: readiness turns false, so a load balancer stops sending traffic. */
  onStopping: () => void;
  /** In a cluster's worker, the connections its primary handed it (./cluster.ts): the server listens on none. */
  handed?: Pick<HandedConnections, 'drained'>;
}

/**
 * SIGTERM/SIGINT: stop accepting connections, let open requests and streams finish (each response asks its
 * client to close the connection, idle keep-alive connections are closed), then clean up and exit 0. After
 * `graceMs` whatever is still open is cut and the exit code is 1. A second signal exits at once. In a cluster
 * worker the primary's request (./cluster.ts) starts the same shutdown, and never counts as a second signal.
 */
export function exitGracefullyOnSignals(server: Server | Http2Server | Http2SecureServer, options: GracefulOptions): void {
  const http = server as Server;
  let stopping = false;
  http.on('request', (_req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
  });

  const exit = async (code: number) => {
    await options.cleanup().catch((err: unknown) => options.logger.error({ err }, 'cleanup failed'));
    process.exit(code);
  };

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    options.onStopping();
    const idle = setInterval(() => http.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      options.logger.warn('open requests did not finish within the grace period; cutting them');
      http.closeAllConnections();
      void exit(1);
    }, options.graceMs);
    const closed = (err?: Error) => {
      clearInterval(idle);
      clearTimeout(deadline);
      if (err) options.logger.error({ err }, 'error while closing the server');
      else options.logger.info('all requests finished');
      void exit(err ? 1 : 0);
    };
    const { handed } = options;
    if (handed) void handed.drained().then(() => closed());
    else http.close(closed);
    http.closeIdleConnections();
    // Only now: whoever reads this line (an operator, a test) can rely on the port being closed.
    options.logger.info({ signal, graceMs: options.graceMs }, 'shutting down: no new connections, finishing open requests');
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  if (cluster.isWorker) {
    process.on('message', (message) => {
      if (message === SHUTDOWN_MESSAGE && !stopping) shutdown('SIGTERM');
    });
  }
}
