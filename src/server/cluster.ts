import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import { createServer, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { writeOutput, type Logger } from './logger.js';
import { serveClusterCounts } from './rate-limit.js';

/** The message a primary sends its workers to shut down gracefully (./shutdown.ts listens for it). */
export const SHUTDOWN_MESSAGE = 'strategisvar:shutdown';
/** Primary to worker, with a connection's socket: serve it. */
export const CONNECTION_MESSAGE = 'strategisvar:connection';
/** Worker to primary: ready for connections. */
const READY_MESSAGE = 'strategisvar:ready';
/** Worker to primary: this many of the connections it was handed have closed since its last such message. */
interface ClosedMessage {
  type: 'strategisvar:closed';
  count: number;
}

/** A worker that died is replaced after this delay, doubled for each one that dies again before listening. */
const RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 30_000;
/** Beyond the workers' own grace period, how long the primary waits before it kills what is left. */
const EXIT_MARGIN_MS = 5_000;
/** At exit, how long the primary waits for the last lines of workers that have exited. */
const OUTPUT_DRAIN_MS = 1_000;

export interface PrimaryOptions {
  workers: number;
  /** The workers' SHUTDOWN_GRACE_MS: they cut their own open requests then; the primary waits a little longer. */
  graceMs: number;
  logger: Logger;
  /** Where the primary listens, for its workers. */
  host: string;
  port: number;
  /** Whether the workers count rate limits in this process (no Redis): see rate-limit.ts clusterStore. */
  countRateLimits: boolean;
  /** The workers' young generation, MiB per semi-space (WORKER_SEMI_SPACE_MB); 0 leaves V8's default. */
  semiSpaceMb: number;
}

/**
 * The Node flags a worker runs with: the primary's own, then the young generation's size when one is set.
 * V8 takes the last of a repeated flag, so it overrides one the primary itself was started with.
 */
export function workerExecArgv(execArgv: readonly string[], semiSpaceMb: number): string[] {
  return semiSpaceMb > 0 ? [...execArgv, `--max-semi-space-size=${semiSpaceMb}`] : [...execArgv];
}

/**
 * Open connections per worker; a new connection goes to the worker with the fewest, ties in turn. node:cluster's
 * own hand-out (round robin) gives a connection to whichever worker is free to take it first, so a burst of
 * new keep-alive connections (a load balancer's pool, a client's) lands unevenly: measured, 50 connections
 * went 34 to one worker and 16 to the other, and every request on the 34 waited behind twice as many as on
 * the 16 for as long as they stayed open. Counting what each worker holds keeps them even, whenever they
 * were opened and closed.
 */
export class LeastConnections<W> {
  private readonly open = new Map<W, number>();
  /** Where the search for the fewest starts: after the last worker chosen, so ties go in turn. */
  private next = 0;

  /** A worker ready for connections, holding none. */
  add(worker: W): void {
    this.open.set(worker, 0);
  }

  /** A worker gone: none of its connections count any more. */
  remove(worker: W): void {
    this.open.delete(worker);
  }

  /** The worker for a new connection, counted as holding it; undefined when none is ready. */
  take(): W | undefined {
    const workers = [...this.open.keys()];
    let chosen: W | undefined;
    let fewest = Infinity;
    for (let i = 0; i < workers.length; i++) {
      const worker = workers[(this.next + i) % workers.length];
      const open = this.open.get(worker)!;
      if (open < fewest) [chosen, fewest] = [worker, open];
    }
    if (chosen === undefined) return undefined;
    this.open.set(chosen, fewest + 1);
    this.next = (workers.indexOf(chosen) + 1) % workers.length;
    return chosen;
  }

  /** `count` of a worker's connections have closed. */
  closed(worker: W, count: number): void {
    const open = this.open.get(worker);
    if (open !== undefined) this.open.set(worker, Math.max(0, open - count));
  }

  /** Connections a worker holds (undefined for one not ready). */
  holds(worker: W): number | undefined {
    return this.open.get(worker);
  }
}

/**
 * The primary process of WORKERS > 1 (node:cluster): it serves nothing itself. It forks the workers, listens
 * on the port once all of them are ready, and hands each connection to the worker holding the fewest
 * (LeastConnections). A worker that dies is replaced; one that cannot start at all
 * (a bad setting, a database it cannot reach) stops the whole start with exit 1, as a single process would.
 * Without Redis, the workers' rate-limit counts live here, so the limit holds per client across workers.
 * SIGTERM/SIGINT asks each worker to shut down gracefully (finish open requests, close its stores) and exits
 * 0 once all have exited 0. The workers' stdout and stderr come through the primary (see forwardLines).
 */
export function runPrimary({ workers, graceMs, logger, host, port, countRateLimits, semiSpaceMb }: PrimaryOptions): void {
  if (countRateLimits) serveClusterCounts();
  const balance = new LeastConnections<Worker>();
  // Paused: the worker reads the connection, not the primary.
  const server = createServer({ pauseOnConnect: true }, (socket: Socket) => {
    const worker = balance.take();
    if (!worker) return void socket.destroy(); // every worker is being replaced
    worker.send(CONNECTION_MESSAGE, socket, (err: Error | null) => {
      if (!err) return;
      balance.closed(worker, 1);
      socket.destroy();
    });
  });
  const outputs = new Set<Promise<unknown>>();
  cluster.setupPrimary({ silent: true, execArgv: workerExecArgv(process.execArgv, semiSpaceMb) });
  cluster.on('fork', (worker: Worker) => {
    for (const [from, to] of [
      [worker.process.stdout, process.stdout],
      [worker.process.stderr, process.stderr],
    ] as const) {
      if (!from) continue;
      const ended = once(from, 'close').catch(() => {});
      outputs.add(ended);
      void ended.then(() => outputs.delete(ended));
      forwardLines(from, to);
    }
  });
  /** Exits once the workers' last lines are out (a worker's reason for failing is often its last line). */
  const exit = (code: number) => {
    const drained = Promise.all(outputs);
    const late = new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref());
    void Promise.race([drained, late]).then(() => process.exit(code));
  };
  // cluster.workers keeps a worker that exited until its IPC channel has closed too, which may come later.
  const running = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
  let starting = true;
  let stopping = false;
  let failed = false;
  let restartDelay = RESTART_DELAY_MS;
  const listening = new Set<number>();

  server.on('error', (err: NodeJS.ErrnoException) => {
    logger.fatal({ err }, 'the server failed');
    console.error(`strategisvar: ${err.code === 'EADDRINUSE' ? `port ${port} on ${host} is in use` : `the server failed: ${err.message}`}`);
    stop(1);
  });
  cluster.on('message', (worker: Worker, message: { type?: string } | undefined) => {
    if (message?.type === 'strategisvar:closed') return balance.closed(worker, (message as ClosedMessage).count);
    if (message?.type !== READY_MESSAGE || stopping) return;
    listening.add(worker.id);
    balance.add(worker);
    restartDelay = RESTART_DELAY_MS;
    if (starting && listening.size === workers) {
      starting = false;
      server.listen({ host, port }, () => {
        const shown = host.includes(':') ? `[${host}]` : host;
        logger.info({ workers }, `strategisvar is listening on http://${shown}:${(server.address() as { port: number }).port}`);
      });
    }
  });

  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    const wasListening = listening.delete(worker.id);
    balance.remove(worker);
    if (stopping) {
      if (code !== 0) failed = true; // cut requests at the end of its grace period, or killed
      if (running().length === 0) {
        logger.info({ failed }, 'all workers stopped');
        exit(failed ? 1 : 0);
      }
      return;
    }
    if (starting) {
      logger.fatal({ worker: worker.process.pid, code, signal }, 'a worker could not start; stopping');
      stop(1);
      return;
    }
    logger.error({ worker: worker.process.pid, code, signal, restartInMs: restartDelay }, 'a worker died; starting another');
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, restartDelay);
    if (!wasListening) restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
  });

  /** Asks every worker to finish and exit; kills those still there after their grace period. */
  const stop = (code: 0 | 1) => {
    stopping = true;
    if (code) failed = true;
    if (server.listening) server.close();
    const alive = running();
    if (alive.length === 0) return exit(code);
    // A listening worker is asked over IPC, not with a signal: after Ctrl-C the terminal has already sent
    // every process of the group SIGINT, and a second signal would make the worker cut its requests. One
    // still starting has nothing to finish and exits at SIGTERM.
    for (const worker of alive) {
      if (listening.has(worker.id) && worker.isConnected()) worker.send(SHUTDOWN_MESSAGE);
      else worker.process.kill('SIGTERM');
    }
    setTimeout(() => {
      logger.warn('workers did not exit within the grace period; killing them');
      for (const worker of running()) worker.process.kill('SIGKILL');
      exit(1);
    }, graceMs + EXIT_MARGIN_MS).unref();
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      for (const worker of running()) worker.process.kill('SIGKILL');
      process.exit(1);
    }
    logger.info({ signal, workers: running().length }, 'shutting down: asking the workers to finish');
    stop(0);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  for (let i = 0; i < workers; i++) cluster.fork();
}

/** A worker's connections, handed to it by its primary. */
export interface HandedConnections {
  /** Tells the primary to start handing connections: once the worker is ready to shut down gracefully too. */
  ready(): void;
  /** Resolves once no handed connection is open. */
  drained(): Promise<void>;
}

/** The side of the IPC channel a worker sees (`process`): what `serveHandedConnections` needs of it. */
export interface HandChannel {
  readonly connected: boolean;
  send(message: unknown): unknown;
  on(event: 'message', listener: (message: unknown, socket?: Socket) => void): unknown;
}

/**
 * A worker's side of the primary's hand-out: the connections it is handed (over `channel`, the worker's
 * `process`) are served by `server`, which does not listen itself, and their closing is reported back, once
 * per turn of the event loop for all that closed in it. `drained` is for a graceful shutdown: net's
 * `server.close()` waits only for connections the server accepted itself.
 */
export function serveHandedConnections(server: HttpServer, channel: HandChannel = process as unknown as HandChannel): HandedConnections {
  // Node's HTTP server starts tracking its connections when it starts listening, which this one never
  // does: without that, headersTimeout and requestTimeout (a client sending its request slowly, or never)
  // would not apply, and closeIdleConnections() at shutdown would close nothing.
  server.emit('listening');
  let open = 0;
  let closed = 0;
  let whenDrained: (() => void) | undefined;
  const report = () => {
    if (channel.connected) channel.send({ type: 'strategisvar:closed', count: closed } satisfies ClosedMessage);
    closed = 0;
  };
  channel.on('message', (message, socket) => {
    if (message !== CONNECTION_MESSAGE || !socket) return;
    open++;
    socket.once('close', () => {
      open--;
      if (closed++ === 0) setImmediate(report);
      if (open === 0) whenDrained?.();
    });
    server.emit('connection', socket);
    socket.resume();
  });
  return {
    ready: () => void channel.send({ type: READY_MESSAGE }),
    drained: () => (open === 0 ? Promise.resolve() : new Promise<void>((resolve) => (whenDrained = resolve))),
  };
}

/**
 * Copies a worker's output to the primary's, whole lines at a time, so two workers' lines never interleave
 * mid-line. Workers do not share the primary's stdout: Node puts an inherited pipe back into blocking mode
 * when a process using it exits, for every process sharing it, and a stalled reader would then block the
 * primary's writes (./logger.ts writeOutput explains why those must never block).
 */
function forwardLines(from: Readable, to: NodeJS.WriteStream): void {
  let partial = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const text = partial + chunk;
    const end = text.lastIndexOf('\n') + 1;
    if (end > 0) writeOutput(to, text.slice(0, end));
    partial = text.slice(end);
  });
  from.on('end', () => {
    if (partial) writeOutput(to, `${partial}\n`);
  });
}
