import { EventEmitter } from 'node:events';
import { MemoryStore } from 'hono-rate-limiter';
import { describe, expect, it } from 'vitest';
import { answerCounts, clusterStore, type CountChannel } from '../../src/server/rate-limit.js';

/** A worker's IPC channel wired to a primary's counts in this process: records each message a worker sends. */
function channelToPrimary() {
  const counts = new MemoryStore();
  counts.init({ windowMs: 60_000 } as Parameters<MemoryStore['init']>[0]);
  const sent: Parameters<CountChannel['send']>[0][] = [];
  const worker = new EventEmitter();
  const channel: CountChannel = {
    send(message) {
      sent.push(message);
      void answerCounts(counts, message).then((reply) => worker.emit('message', reply));
    },
    on: (event, listener) => worker.on(event, listener),
  };
  return { channel, sent, worker };
}

describe('the cluster rate-limit store (counts in the primary)', () => {
  it('sends the counts asked for in one turn of the event loop as one message, and answers each as if alone', async () => {
    const { channel, sent } = channelToPrimary();
    const store = clusterStore(channel);
    const first = await Promise.all([store.increment('a'), store.increment('a'), store.increment('b'), store.increment('a')]);
    expect(first.map((r) => r.totalHits)).toEqual([1, 2, 1, 3]);
    expect(sent).toHaveLength(1);
    expect(sent[0].requests.map((r) => [r.op, r.key])).toEqual([
      ['increment', 'a'],
      ['increment', 'a'],
      ['increment', 'b'],
      ['increment', 'a'],
    ]);
    expect(first[0].resetTime).toBeInstanceOf(Date);

    // A later turn is a new message; a decrement takes back one hit.
    await store.decrement('a');
    expect((await store.increment('a')).totalHits).toBe(3);
    await store.resetKey('b');
    expect((await store.increment('b')).totalHits).toBe(1);
    expect(sent).toHaveLength(5);
  });

  it('ignores messages that are not its replies (other IPC traffic on the channel)', async () => {
    const { channel, worker } = channelToPrimary();
    const store = clusterStore(channel);
    const counted = store.increment('a');
    worker.emit('message', { type: 'something-else', replies: [{ id: 0, totalHits: 99 }] });
    expect((await counted).totalHits).toBe(1);
  });
});
