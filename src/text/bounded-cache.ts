/**
 * A cache of at most `entries` entries that keeps what was used lately, in two generations of plain Maps.
 * New entries, and old ones read again, go into the young generation; once it holds half the entries it
 * becomes the old one, and the old one is dropped with what nobody read since. So every entry read or set
 * within the last `entries / 2` insertions is still there, and the cache never thrashes the way clearing it
 * when full did.
 *
 * Why not lru-cache: these caches sit on the hot path of every question (each word a question or a passage
 * sentence is analysed through, ~100 look-ups per ask), and a hit here is one Map look-up, where lru-cache's
 * `get` (options, staleness checks, its recency list) was ~3% of a server's CPU. Exact recency order is not
 * needed for memoising pure functions; a bound and no thrashing are.
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  /** Entries per generation. */
  private readonly half: number;

  constructor(entries: number) {
    this.half = Math.max(1, Math.floor(entries / 2));
  }

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.store(key, aged);
    }
    return aged;
  }

  set(key: K, value: V): this {
    this.old.delete(key);
    this.store(key, value);
    return this;
  }

  /** Entries held: at most the `entries` the cache was made with. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  has(key: K): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  private store(key: K, value: V): void {
    if (this.young.size >= this.half && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/** A {@link BoundedCache} of at most `entries` entries. */
export function boundedCache<K, V>(entries: number): BoundedCache<K, V> {
  return new BoundedCache<K, V>(entries);
}
