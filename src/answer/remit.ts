import { LANGUAGE_DATA } from '../lang/index.js';
import { foldNordic } from '../text/normalize.js';

/**
 * Services outside a health region's remit (src/lang/<language>/remit.ts: a dentist, a kindergarten, the
 * police), and things of everyday life no health service provides (a recipe, a holiday home, the weather):
 * whether a question word names one. Each language's nouns are read with that language's endings;
 * every language's are tried, as a Danish question may ask about the Norwegian document.
 */
interface OutsideNoun {
  noun: string;
  compounds: boolean;
  endings: ReadonlySet<string>;
}

const OUTSIDE: readonly OutsideNoun[] = Object.values(LANGUAGE_DATA).flatMap((d) => {
  const endings = new Set(d.remit.endings);
  return [...d.remit.services, ...d.remit.everyday].map((s) => ({ noun: foldNordic(s.replace(/-$/, '')), compounds: s.endsWith('-'), endings }));
});

/** Whether a (folded) word names a service or thing outside the remit: the noun inflected, or a compound it begins. */
export function namesOutsideService(word: string): boolean {
  for (const s of OUTSIDE) {
    if (!word.startsWith(s.noun)) continue;
    const rest = word.slice(s.noun.length);
    if (s.endings.has(rest) || (s.compounds && rest.length > 0)) return true;
  }
  return false;
}
