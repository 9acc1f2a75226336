/**
 * Bounds the calls in flight to the language model: at most `concurrency` run, at most `queueSize` wait,
 * and anything beyond that is refused at once with OverloadedError, so a burst costs a quick 503 instead
 * of a pile of requests that all time out.
 */

export class OverloadedError extends Error {
  readonly code = 'OVERLOADED';

  constructor() {
    super('The language model is busy; try again shortly.');
    this.name = 'OverloadedError';
  }
}

/** Gives a slot back; calling it more than once is harmless. */
export type Release = () => void;

export class Limiter {
  #running = 0;
  readonly #waiting: { grant: () => void }[] = [];

  constructor(
    readonly concurrency: number,
    readonly queueSize: number,
  ) {}

  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#waiting.length;
  }

  /** Waits for a slot. Rejects with OverloadedError when the queue is full, or with the signal's reason. */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#running < this.concurrency) {
      this.#running++;
      return Promise.resolve(this.#releaser());
    }
    if (this.#waiting.length >= this.queueSize) return Promise.reject(new OverloadedError());

    return new Promise<Release>((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.#releaser());
        },
      };
      const onAbort = () => {
        const at = this.#waiting.indexOf(waiter);
        if (at >= 0) this.#waiting.splice(at, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so `running` never dips and lets a newcomer jump the queue.
      if (next) next.grant();
      else this.#running--;
    };
  }
}
