import { describe, expect, it } from 'vitest';
import { Limiter, OverloadedError } from '../../../src/answer/generative/limiter.js';

describe('Limiter', () => {
  it('runs at most `concurrency` at once, queues `queueSize`, and refuses the rest', async () => {
    const limiter = new Limiter(2, 1);
    const first = await limiter.acquire();
    await limiter.acquire();
    expect(limiter.running).toBe(2);

    let thirdGranted = false;
    const third = limiter.acquire().then((release) => {
      thirdGranted = true;
      return release;
    });
    expect(limiter.queued).toBe(1);

    const fourth = limiter.acquire();
    await expect(fourth).rejects.toBeInstanceOf(OverloadedError);
    await expect(fourth).rejects.toMatchObject({ code: 'OVERLOADED' });

    await Promise.resolve();
    expect(thirdGranted).toBe(false);
    first();
    (await third)();
    expect(thirdGranted).toBe(true);
    expect(limiter.running).toBe(1);
    expect(limiter.queued).toBe(0);
  });

  it('hands a freed slot to the waiter first, not to a newcomer', async () => {
    const limiter = new Limiter(1, 1);
    const release = await limiter.acquire();
    const order: string[] = [];
    const waiter = limiter.acquire().then((r) => (order.push('waiter'), r));
    release();
    const newcomer = limiter.acquire().then((r) => (order.push('newcomer'), r));
    expect(limiter.running).toBe(1);
    expect(limiter.queued).toBe(1);
    (await waiter)();
    (await newcomer)();
    expect(order).toEqual(['waiter', 'newcomer']);
    expect(limiter.running).toBe(0);
  });

  it('drops an aborted waiter from the queue and rejects with the abort reason', async () => {
    const limiter = new Limiter(1, 1);
    const release = await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(limiter.queued).toBe(0);
    release();
    expect(limiter.running).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const limiter = new Limiter(1, 0);
    const release = await limiter.acquire();
    release();
    release();
    expect(limiter.running).toBe(0);
    const again = await limiter.acquire();
    await expect(limiter.acquire()).rejects.toBeInstanceOf(OverloadedError);
    again();
  });
});
