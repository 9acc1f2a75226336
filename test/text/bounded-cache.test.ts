import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../src/text/bounded-cache.js';

describe('boundedCache', () => {
  it('never holds more than its number of entries', () => {
    const cache = boundedCache<string, number>(3);
    for (let i = 0; i < 100; i++) {
      cache.set(`k${i}`, i);
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    expect(cache.get('k99')).toBe(99);
    expect(cache.get('k0')).toBeUndefined();
  });

  it('keeps what was read lately and drops what was not: an entry read again survives the next turnover', () => {
    const cache = boundedCache<string, number>(4); // generations of 2
    cache.set('a', 1).set('b', 2);
    cache.set('c', 3); // a and b are now the old generation
    expect(cache.get('a')).toBe(1); // read again: young again
    cache.set('d', 4); // c and a become old; b, unread, is dropped
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.get('d')).toBe(4);
    expect(cache.size).toBeLessThanOrEqual(4);
  });

  it('setting a key again replaces its value without holding it twice', () => {
    const cache = boundedCache<string, number>(4);
    cache.set('a', 1).set('b', 2).set('c', 3); // a, b old; c young
    cache.set('a', 10);
    expect(cache.get('a')).toBe(10);
    expect(cache.size).toBe(3);
  });
});
