import { EventEmitter, once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CONNECTION_MESSAGE, serveHandedConnections, type HandChannel } from '../../src/server/cluster.js';

/** A worker's IPC channel in this process: records what the worker sends its primary. */
function workerChannel() {
  const sent: unknown[] = [];
  const channel = Object.assign(new EventEmitter(), {
    connected: true,
    send(message: unknown) {
      sent.push(message);
      return true;
    },
  }) as EventEmitter & HandChannel;
  return { channel, sent };
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

/** A client connection whose server side is handed over `channel`, as the primary hands them (paused). */
async function handedConnection(channel: EventEmitter): Promise<Socket> {
  const acceptor = createServer({ pauseOnConnect: true }).listen(0, '127.0.0.1');
  await once(acceptor, 'listening');
  const accepted = once(acceptor, 'connection');
  const client = connect((acceptor.address() as AddressInfo).port, '127.0.0.1');
  const [socket] = (await accepted) as [Socket];
  acceptor.close();
  channel.emit('message', CONNECTION_MESSAGE, socket);
  return client;
}

/** What the client received until the server closed the connection, or undefined if it stays open `ms`. */
async function receivedUntilClosed(client: Socket, ms: number): Promise<string | undefined> {
  let received = '';
  client.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  const closed = once(client, 'close').then(() => received);
  return Promise.race([closed, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);
}

describe("a worker's connections, handed to it by its primary", () => {
  it('answers on them, closes idle ones at shutdown, reports each closing and drains', async () => {
    const server = createHttpServer((_req, res) => res.end('ok'));
    servers.push(server);
    const { channel, sent } = workerChannel();
    const handed = serveHandedConnections(server, channel);
    handed.ready();
    expect(sent).toEqual([{ type: 'strategisvar:ready' }]);

    const client = await handedConnection(channel);
    client.write('GET / HTTP/1.1\r\nHost: test\r\n\r\n');
    const [first] = (await once(client.setEncoding('utf8'), 'data')) as [string];
    expect(first).toMatch(/^HTTP\/1\.1 200[\s\S]*ok$/);
    const drained = handed.drained();
    // Idle on a keep-alive connection: what a graceful shutdown closes at once (Node's keep-alive timeout is 5 s).
    server.closeIdleConnections();
    expect(await receivedUntilClosed(client, 2000)).toBe('');
    await drained;
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toContainEqual({ type: 'strategisvar:closed', count: 1 });
  });

  it('cuts off a client that never finishes sending its request (headersTimeout), as a listening server does', async () => {
    const server = createHttpServer({ connectionsCheckingInterval: 50, headersTimeout: 300, requestTimeout: 400 }, (_req, res) => res.end());
    servers.push(server);
    const { channel } = workerChannel();
    serveHandedConnections(server, channel).ready();
    const client = await handedConnection(channel);
    client.write('GET / HTTP/1.1\r\nHost: test\r\n'); // and nothing more
    expect(await receivedUntilClosed(client, 3000)).toMatch(/^HTTP\/1\.1 408/);
  });
});
