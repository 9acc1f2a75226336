import { DANISH_NORWEGIAN } from '../lang/equivalents.js';
import { LANGUAGE_DATA } from '../lang/index.js';
import { tokenize } from './normalize.js';

/**
 * A word's full stem: the longest of its stems, the one that took off the least. The Snowball stemmers
 * only cut endings, and the Danish one cuts derivations too ("sundhed" → sund, "bæredygtig" → bæredyg,
 * "uddannelse" → uddan), so a listed word's shorter stem is also its root's, a different word ("sund" is
 * healthy, not health). An equivalent is keyed by, and adds, only the full stem.
 */
export function fullStem(stems: readonly string[]): string {
  return stems.reduce((longest, stem) => (stem.length > longest.length ? stem : longest));
}

/**
 * The other language's words for a word (src/lang/equivalents.ts), looked up by the listed word's full
 * stem ({@link fullStem}) among the asked word's stems, so every inflection of "hospital" reaches "sykehus"
 * and back while the root of a derived word does not ("sund" is no "helse"). `stems` is the analyzer's
 * (both languages' stemmers); words are returned folded, for the caller to stem and key like its own.
 */
export function equivalentLookup(stems: (token: string) => readonly string[]): (own: readonly string[]) => readonly string[] {
  // A word of a health region's name is never given as the other language's word: Danish "sundhed" gains no
  // "helse", which would make every passage about health name Helse Nord (and Helse Vest …). Norwegian
  // "helse" still gains "sundhed", so the two meet from either side.
  const names = new Set(
    Object.values(LANGUAGE_DATA).flatMap(({ places }) => Object.keys(places.regions).flatMap((name) => tokenize(name).map((t) => fullStem(stems(t))))),
  );
  const byStem = new Map<string, Set<string>>();
  for (const [danish, norwegian] of DANISH_NORWEGIAN) {
    for (const [side, other] of [[danish, norwegian], [norwegian, danish]] as const) {
      const others = other.flatMap((word) => tokenize(word)).filter((word) => !names.has(fullStem(stems(word))));
      if (others.length === 0) continue;
      for (const word of side.flatMap((w) => tokenize(w))) {
        const stem = fullStem(stems(word));
        const set = byStem.get(stem) ?? new Set<string>();
        for (const o of others) set.add(o);
        byStem.set(stem, set);
      }
    }
  }
  const none: readonly string[] = [];
  return (own) => {
    let found: Set<string> | undefined;
    for (const stem of own) {
      const words = byStem.get(stem);
      if (words) for (const word of words) (found ??= new Set()).add(word);
    }
    return found ? [...found] : none;
  };
}
