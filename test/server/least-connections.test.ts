import { describe, expect, it } from 'vitest';
import { LeastConnections } from '../../src/server/cluster.js';

describe("the primary's hand-out of connections (fewest open first)", () => {
  it('spreads a burst of connections evenly, ties in turn', () => {
    const balance = new LeastConnections<string>();
    balance.add('a');
    balance.add('b');
    const burst = Array.from({ length: 50 }, () => balance.take());
    expect(burst.slice(0, 4)).toEqual(['a', 'b', 'a', 'b']);
    expect([balance.holds('a'), balance.holds('b')]).toEqual([25, 25]);
  });

  it('sends new connections to the worker that holds fewer, whoever got the last one', () => {
    const balance = new LeastConnections<string>();
    balance.add('a');
    balance.add('b');
    for (let i = 0; i < 10; i++) balance.take();
    balance.closed('a', 4); // a's clients went away: a holds 1, b 5
    expect(Array.from({ length: 4 }, () => balance.take())).toEqual(['a', 'a', 'a', 'a']);
    expect([balance.holds('a'), balance.holds('b')]).toEqual([5, 5]);
  });

  it("hands nothing to a worker that is gone, and counts a replacement from zero", () => {
    const balance = new LeastConnections<string>();
    expect(balance.take()).toBeUndefined();
    balance.add('a');
    balance.add('b');
    for (let i = 0; i < 6; i++) balance.take();
    balance.remove('a');
    expect(balance.take()).toBe('b');
    balance.closed('a', 3); // a late report from the worker that died changes nothing
    balance.add('c');
    expect(Array.from({ length: 4 }, () => balance.take())).toEqual(['c', 'c', 'c', 'c']);
    expect(balance.holds('a')).toBeUndefined();
  });
});
