import { LRUCache } from 'lru-cache';

/**
 * An LRU cache of at most `entries` entries, bounded by count through lru-cache's `maxSize` (each entry
 * counts 1) rather than its `max`, for which lru-cache allocates every slot up front: ~40 ms and a few MB per
 * 100k slots at each start, for caches that a server fills slowly if ever.
 */
export function boundedCache<K extends {}, V extends {}>(entries: number): LRUCache<K, V> {
  return new LRUCache<K, V>({ maxSize: entries, sizeCalculation: () => 1 });
}
