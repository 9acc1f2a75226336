/**
 * A sorted, de-duplicated list of terms (or words) with the look-ups retrieval needs: exact id, prefix
 * range, and every term within a few edits. The sorted array is the whole index — prefix ranges are
 * binary searches, and the edit-distance search walks it as the trie it implicitly is (terms sharing a
 * prefix are adjacent), reusing the dynamic-programming rows of a shared prefix and skipping every term
 * under a prefix that is already too far away. No per-term objects, so it costs its strings and nothing
 * else, at 100 or 1,000,000 terms.
 *
 * Order is by UTF-16 code units (JavaScript's `<`), so it is the same on every machine and locale.
 */

export interface NearTerm {
  id: number;
  /** Levenshtein distance (insertions, deletions, substitutions) to the searched term. */
  distance: number;
}

/** A range of ids [start, end). */
export interface IdRange {
  start: number;
  end: number;
}

/** Above every code unit a term can contain, to find the end of a prefix's range. */
const AFTER_ALL = '\uffff';

export class TermDictionary {
  private constructor(private readonly terms: readonly string[]) {}

  /** From any strings; duplicates are dropped. */
  static from(terms: Iterable<string>): TermDictionary {
    return new TermDictionary([...new Set(terms)].sort(byCodeUnits));
  }

  /** From strings already sorted by code units and unique (as {@link serialize} writes them); checked. */
  static fromSorted(terms: readonly string[]): TermDictionary {
    for (let i = 1; i < terms.length; i++) {
      if (!(terms[i - 1] < terms[i])) throw new Error(`Term list is not sorted and unique at ${i}: "${terms[i - 1]}", "${terms[i]}"`);
    }
    return new TermDictionary(terms);
  }

  /** One term per line. Terms are tokens of letters and digits, so they never contain a line break. */
  serialize(): string {
    return this.terms.join('\n');
  }

  static deserialize(text: string): TermDictionary {
    return TermDictionary.fromSorted(text === '' ? [] : text.split('\n'));
  }

  get size(): number {
    return this.terms.length;
  }

  at(id: number): string {
    return this.terms[id];
  }

  /** The term's id, or −1. */
  indexOf(term: string): number {
    const i = this.lowerBound(term, 0, this.terms.length);
    return i < this.terms.length && this.terms[i] === term ? i : -1;
  }

  /** The ids of the terms that start with `prefix` (all of them for ""). */
  prefixRange(prefix: string, within: IdRange = { start: 0, end: this.terms.length }): IdRange {
    const start = this.lowerBound(prefix, within.start, within.end);
    return { start, end: this.lowerBound(prefix + AFTER_ALL, start, within.end) };
  }

  /**
   * Terms (within `range`, default all) at most `maxDistance` edits from `term`, in id order. Cost grows
   * with the number of prefixes still within reach, not with the dictionary.
   */
  withinDistance(term: string, maxDistance: number, range: IdRange = { start: 0, end: this.terms.length }): NearTerm[] {
    const found: NearTerm[] = [];
    const m = term.length;
    // Distances above maxDistance are all alike ("too far"), stored as `cap`; and a cell more than
    // maxDistance off the diagonal is too far by definition, so each row computes only its band.
    const cap = maxDistance + 1;
    // rows[d] is the edit-distance row of the current candidate's first d characters against `term`.
    const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => Math.min(j, cap))];
    let previous = '';
    let validRows = 0;
    let i = range.start;
    candidates: while (i < range.end) {
      const candidate = this.terms[i];
      let depth = Math.min(commonPrefixLength(previous, candidate), validRows);
      previous = candidate;
      for (; depth < candidate.length; depth++) {
        const above = rows[depth];
        const row = (rows[depth + 1] ??= new Int32Array(m + 1));
        const r = depth + 1;
        const lo = Math.max(1, r - maxDistance);
        const hi = Math.min(m, r + maxDistance);
        row[0] = Math.min(r, cap);
        if (lo > 1) row[lo - 1] = cap;
        let best = row[0];
        const c = candidate.charCodeAt(depth);
        for (let j = lo; j <= hi; j++) {
          const substitute = above[j - 1] + (term.charCodeAt(j - 1) === c ? 0 : 1);
          const value = Math.min(substitute, above[j] + 1, row[j - 1] + 1, cap);
          row[j] = value;
          if (value < best) best = value;
        }
        if (hi < m) row[hi + 1] = cap;
        if (best > maxDistance) {
          // Nothing that starts with these depth + 1 characters can come back within reach.
          validRows = depth;
          i = this.endOfPrefix(candidate, depth + 1, i, range.end);
          continue candidates;
        }
      }
      validRows = candidate.length;
      if (Math.abs(candidate.length - m) <= maxDistance) {
        const distance = rows[candidate.length][m];
        if (distance <= maxDistance) found.push({ id: i, distance });
      }
      i++;
    }
    return found;
  }

  /**
   * The first index after `from` (whose term starts with `term`'s first `length` characters) whose term
   * does not: galloping, because the next term with another prefix is usually near.
   */
  private endOfPrefix(term: string, length: number, from: number, to: number): number {
    let lo = from;
    let step = 1;
    while (this.startsWithPrefixOf(lo + step, to, term, length)) {
      lo += step;
      step *= 2;
    }
    // terms[lo] is inside, terms[lo + step] is not (or past the end): binary search between.
    let hi = Math.min(lo + step, to);
    while (lo + 1 < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.startsWithPrefixOf(mid, to, term, length)) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  private startsWithPrefixOf(id: number, to: number, term: string, length: number): boolean {
    return id < to && commonPrefixLength(this.terms[id], term) >= length;
  }

  /** First index in [from, to) whose term is ≥ `key`. */
  private lowerBound(key: string, from: number, to: number): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
