/**
 * Whether two sets share a member. It walks the smaller set and allocates nothing: the relevance decision and
 * the extractive answer ask it for every question word against every passage and statement they weigh, where
 * spreading a word's concepts into an array to call `some` was a few KB of garbage per question.
 */
export function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  for (const x of small) if (large.has(x)) return true;
  return false;
}
