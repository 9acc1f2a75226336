import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A scripted OpenAI-compatible chat-completions server for tests: POST /v1/chat/completions, plain JSON
 * or Server-Sent Events when the request asks for `stream: true`. Each test says how to reply; the server
 * records every request so tests can count model calls and inspect the prompts that were sent.
 */

export interface ChatRequest {
  body: {
    model: string;
    messages: { role: string; content: string }[];
    stream?: boolean;
    max_tokens?: number;
    max_completion_tokens?: number;
    temperature?: number;
  };
  authorization: string | undefined;
}

export type FakeReply =
  /** A completion; streamed word by word when the request streams. `gate` holds the reply back until it resolves. */
  | { content: string; finishReason?: 'stop' | 'length'; gate?: Promise<void> }
  /** An HTTP error with an OpenAI-style error body. */
  | { status: number; message: string }
  /** Accept the request and never answer. */
  | { hang: true }
  /** Stream this many pieces of `content`, then drop the connection. */
  | { content: string; cutAfter: number };

export type Responder = (request: ChatRequest, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL including `/v1`, as LLM_BASE_URL expects. */
  baseURL: string;
  requests: ChatRequest[];
  /** Milliseconds the server spent per request, from the request's last byte to the reply's last byte. */
  serverMs: number[];
  respond(responder: Responder): void;
  /** Replies in order, one per request; the last one repeats. */
  replies(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

/** Splits text into word-sized pieces, as a model streams tokens. */
export function pieces(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  let responder: Responder = () => ({ content: 'ok' });
  const requests: ChatRequest[] = [];
  const serverMs: number[] = [];

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const started = performance.now();
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const request: ChatRequest = { body: JSON.parse(raw) as ChatRequest['body'], authorization: req.headers.authorization };
    const index = requests.push(request) - 1;
    const reply = await responder(request, index);

    if ('hang' in reply) return;
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: reply.message, type: 'server_error', code: null } }));
      serverMs.push(performance.now() - started);
      return;
    }
    if ('gate' in reply && reply.gate) await reply.gate;

    const model = request.body.model;
    if (!request.body.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${index}`,
          object: 'chat.completion',
          created: 0,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: reply.content },
              finish_reason: 'finishReason' in reply ? (reply.finishReason ?? 'stop') : 'stop',
            },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
      serverMs.push(performance.now() - started);
      return;
    }

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const chunk = (delta: object, finish: string | null) =>
      `data: ${JSON.stringify({
        id: `chatcmpl-${index}`,
        object: 'chat.completion.chunk',
        created: 0,
        model,
        choices: [{ index: 0, delta, finish_reason: finish }],
      })}\n\n`;
    const parts = pieces(reply.content);
    const cutAfter = 'cutAfter' in reply ? reply.cutAfter : Infinity;
    for (const [i, part] of parts.entries()) {
      if (i === cutAfter) {
        // Let the written pieces reach the client first, so the cut is mid-stream and not before it.
        await new Promise((resolve) => setTimeout(resolve, 20));
        res.socket?.destroy();
        return;
      }
      res.write(chunk(i === 0 ? { role: 'assistant', content: part } : { content: part }, null));
    }
    res.write(chunk({}, 'finishReason' in reply ? (reply.finishReason ?? 'stop') : 'stop'));
    res.end('data: [DONE]\n\n');
    serverMs.push(performance.now() - started);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    serverMs,
    respond(next) {
      responder = next;
    },
    replies(...list) {
      let next = 0;
      responder = () => list[Math.min(next++, list.length - 1)];
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
