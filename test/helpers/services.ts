import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's PostgreSQL, Redis and nginx as throwaway servers for the replica test: each in a fresh temp
 * directory, on a free port of 127.0.0.1, stopped and removed by `stop()`. `.ci/run` installs the packages;
 * `missingServices()` says which binaries are absent on a developer's machine.
 */
export interface Service {
  port: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Debian installs each PostgreSQL major version under /usr/lib/postgresql/<version>/bin: the newest. */
const POSTGRES_BIN = (() => {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  return newest && join(root, newest, 'bin');
})();
const BINARIES = {
  postgresql: POSTGRES_BIN && join(POSTGRES_BIN, 'postgres'),
  'redis-server': '/usr/bin/redis-server',
  nginx: '/usr/sbin/nginx',
};

/** The packages whose server binaries are not installed (empty when all are). */
export function missingServices(): string[] {
  return Object.entries(BINARIES)
    .filter(([, path]) => !path || !existsSync(path))
    .map(([name]) => name);
}

/** A port nobody listens on now (the kernel's choice), for a server that cannot take port 0. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Resolves once something accepts connections on the port. */
async function accepting(port: number, child: ChildProcess, what: string, ms = 30_000): Promise<void> {
  for (const until = Date.now() + ms; ; ) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) before it listened`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`${what} did not listen on ${port} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function run(command: string, args: string[], options: { uid?: number; gid?: number } = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const output: string[] = [];
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  (child as ChildProcess & { output: string[] }).output = output;
  return child;
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killed);
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user Debian creates. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A fresh PostgreSQL cluster (initdb) with trust authentication for the user `strategisvar`, listening on
 * 127.0.0.1 only; `url` is a DATABASE_URL for its `postgres` database.
 */
export async function startPostgres(): Promise<Service> {
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-pg-'));
  const data = join(dir, 'data');
  const user = postgresUser();
  await mkdir(data);
  if (user.uid !== undefined) {
    await chown(dir, user.uid, user.gid!);
    await chown(data, user.uid, user.gid!);
  }
  const init = spawnSync(join(POSTGRES_BIN!, 'initdb'), ['-D', data, '-U', 'strategisvar', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    encoding: 'utf8',
    ...user,
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const child = run(
    join(POSTGRES_BIN!, 'postgres'),
    ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=50'],
    user,
  );
  await accepting(port, child, 'postgres');
  // Accepting TCP is not yet accepting queries (the startup process may still run): wait for pg_isready.
  for (const until = Date.now() + 30_000; ; ) {
    const ready = spawnSync(join(POSTGRES_BIN!, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]);
    if (ready.status === 0) break;
    if (Date.now() > until) throw new Error('postgres did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    url: `postgres://strategisvar@127.0.0.1:${port}/postgres`,
    child,
    async stop() {
      await stopChild(child, 'SIGINT'); // "fast" shutdown: ends sessions, no waiting for clients
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** redis-server without persistence, on 127.0.0.1. */
export async function startRedis(): Promise<Service> {
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-redis-'));
  const port = await freePort();
  const child = run(BINARIES['redis-server'], ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir]);
  await accepting(port, child, 'redis-server');
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    child,
    async stop() {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * nginx in front of `upstreams` (base URLs), round robin, as a region's proxy would be set up: it appends the
 * client's address to X-Forwarded-For and tries the next instance when one refuses the connection (but never
 * resends a POST that reached an instance: nginx does not retry non-idempotent requests).
 */
export async function startNginx(upstreams: string[]): Promise<Service> {
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-nginx-'));
  const port = await freePort();
  const servers = upstreams.map((u) => `    server ${new URL(u).host} max_fails=1 fail_timeout=10s;`).join('\n');
  const config = `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream strategisvar {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://strategisvar;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
    }
  }
}
`;
  await writeFile(join(dir, 'nginx.conf'), config);
  const child = run(BINARIES.nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;']);
  await accepting(port, child, 'nginx');
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      await stopChild(child, 'SIGQUIT'); // graceful: the master waits for its worker
      await rm(dir, { recursive: true, force: true });
    },
  };
}
