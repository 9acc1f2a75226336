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
  /**
   * Edits to the searched term: insertions, deletions, substitutions, and swaps of two neighbouring letters
   * (the optimal-string-alignment distance). A swap is one slip of typing ("madsplid", "kvailtet"), not two.
   */
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
  /** The sorted array's trie structure (see {@link trieOf}), made on the first edit-distance search. */
  private trie?: Trie;

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
   * Terms (within `range`, default all) at most `maxDistance` edits from `term` (see {@link NearTerm}), in id
   * order; `swaps: false` counts a swap as two edits (Levenshtein). Cost grows with the number of prefixes
   * still within reach, not with the dictionary. A row whose
   * every cell is out of reach ends the walk under its prefix even with swaps: a swap reaching the row below
   * from the one above would have given this row a cell within reach through a substitution.
   */
  withinDistance(
    term: string,
    maxDistance: number,
    range: IdRange = { start: 0, end: this.terms.length },
    { swaps = true }: { swaps?: boolean } = {},
  ): NearTerm[] {
    const found: NearTerm[] = [];
    const terms = this.terms;
    const { shared } = (this.trie ??= trieOf(terms));
    const m = term.length;
    // Distances above maxDistance are all alike ("too far"), stored as `cap`; and a cell more than
    // maxDistance off the diagonal is too far by definition, so each row computes only its band.
    const cap = maxDistance + 1;
    // rows[d] is the edit-distance row of the current candidate's first d characters against `term`.
    const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => Math.min(j, cap))];
    // How many of `rows` (after the first) hold the prefix the current candidate shares with the one before.
    let validRows = 0;
    let i = range.start;
    candidates: while (i < range.end) {
      const candidate = terms[i];
      let depth = Math.min(shared[i], validRows);
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
        // Two letters swapped: the row two above (this candidate's prefix too), whose band holds j − 2.
        const twoAbove = swaps && depth > 0 ? rows[depth - 1] : undefined;
        const before = depth > 0 ? candidate.charCodeAt(depth - 1) : -1;
        for (let j = lo; j <= hi; j++) {
          const substitute = above[j - 1] + (term.charCodeAt(j - 1) === c ? 0 : 1);
          let value = Math.min(substitute, above[j] + 1, row[j - 1] + 1, cap);
          if (twoAbove && j > 1 && c === term.charCodeAt(j - 2) && before === term.charCodeAt(j - 1)) {
            value = Math.min(value, twoAbove[j - 2] + 1);
          }
          row[j] = value;
          if (value < best) best = value;
        }
        if (hi < m) row[hi + 1] = cap;
        if (best > maxDistance) {
          // Nothing that starts with these depth + 1 characters can come back within reach: skip the terms
          // that share them (they follow this one, each sharing at least that much with the one before).
          validRows = depth;
          i = this.endOfPrefix(depth + 1, i, range.end);
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
   * The first index after `from` (whose term starts with some prefix of `length` characters) whose term
   * does not: the first after it that shares less than `length` characters with the term before. From a
   * term sharing at least that, every term up to its next one that shares less shares at least as much, so
   * the walk jumps there; the shared lengths only fall along the way, so it takes a few jumps, not a scan.
   */
  private endOfPrefix(length: number, from: number, to: number): number {
    const { shared, nextShorter } = this.trie!;
    let i = from + 1;
    while (i < to && shared[i] >= length) i = nextShorter[i];
    return Math.min(i, to);
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

/**
 * For each term, `shared`: the length of the prefix it shares with the term before (0 for the first; capped
 * at 65535, which no term comes near), and `nextShorter`: the index of the first later term that shares less
 * (the length of the array if none). With them the edit-distance walk compares no strings to reuse rows or
 * to skip every term under a prefix.
 */
interface Trie {
  shared: Uint16Array;
  nextShorter: Uint32Array;
}

function trieOf(terms: readonly string[]): Trie {
  const n = terms.length;
  const shared = new Uint16Array(n);
  for (let i = 1; i < n; i++) shared[i] = Math.min(commonPrefixLength(terms[i - 1], terms[i]), 0xffff);
  // Next smaller element, with a stack of the indices still waiting for theirs (their lengths increasing).
  const nextShorter = new Uint32Array(n).fill(n);
  const waiting: number[] = [];
  for (let i = 0; i < n; i++) {
    while (waiting.length && shared[waiting[waiting.length - 1]] > shared[i]) nextShorter[waiting.pop()!] = i;
    waiting.push(i);
  }
  return { shared, nextShorter };
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

/** Whether two words are one edit apart: a letter added, dropped, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}
