import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../src/text/bounded-cache.js';

describe('boundedCache', () => {
  it('keeps at most its number of entries, evicting the least recently used', () => {
    const cache = boundedCache<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c'].entries()) cache.set(key, i);
    cache.get('a'); // used: 'b' is now the least recently used
    cache.set('d', 3);
    expect(cache.size).toBe(3);
    expect([...cache.keys()].sort()).toEqual(['a', 'c', 'd']);
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBe(3);
  });
});
