import { describe, expect, it } from 'vitest';
import { TtlLruCache } from '../../../src/answer/generative/cache.js';

describe('TtlLruCache', () => {
  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new TtlLruCache<number>(2, 1000);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('forgets entries after their time to live', () => {
    let now = 0;
    const cache = new TtlLruCache<string>(10, 1000, () => now);
    cache.set('q', 'answer');
    now = 999;
    expect(cache.get('q')).toBe('answer');
    now = 1999;
    expect(cache.get('q')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
