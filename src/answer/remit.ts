import { LANGUAGE_DATA } from '../lang/index.js';
import type { OutsideRemit } from '../lang/types.js';
import { foldNordic } from '../text/normalize.js';

/**
 * Nouns a question may ask about that the strategies don't answer for (src/lang/<language>/remit.ts): services
 * outside a health region's remit (a dentist, a kindergarten, the police), things of everyday life no health
 * service provides (a recipe, a holiday home, the weather), and care named more narrowly than the strategies
 * speak (one condition, one treatment). Each language's nouns are read with that language's endings; every
 * language's are tried, as a Danish question may ask about the Norwegian document.
 */
interface Noun {
  noun: string;
  /** Whether it also begins compounds of the same thing ("tandlægeregningen"). */
  compounds: boolean;
  /** Whether it also ends them ("influenzavaccinen"): a kind of the same care. */
  tails: boolean;
  endings: ReadonlySet<string>;
}

/**
 * A compound's first part, before a noun that ends it, has at least this many letters ("hpv" + "vaksine"); the
 * noun at least `MIN_TAIL`: a short one ends other words by chance ("protokol").
 */
const MIN_FIRST_PART = 3;
const MIN_TAIL = 5;

function nouns(pick: (remit: OutsideRemit) => readonly string[], tails: boolean): readonly Noun[] {
  return Object.values(LANGUAGE_DATA).flatMap((d) => {
    const endings = new Set(d.remit.endings);
    return pick(d.remit).map((s) => ({ noun: foldNordic(s.replace(/-$/, '')), compounds: s.endsWith('-'), tails, endings }));
  });
}

const OUTSIDE = nouns((r) => [...r.services, ...r.everyday], false);
const NAMED_CARE = nouns((r) => r.namedCare, true);

function names(word: string, list: readonly Noun[]): boolean {
  for (const s of list) {
    const at = word.startsWith(s.noun) ? 0 : s.tails && s.noun.length >= MIN_TAIL ? word.indexOf(s.noun, MIN_FIRST_PART) : -1;
    if (at < 0) continue;
    const rest = word.slice(at + s.noun.length);
    if (s.endings.has(rest) || (s.compounds && rest.length > 0)) return true;
  }
  return false;
}

/** Whether a (folded) word names a service or thing outside the remit: the noun inflected, or a compound it begins. */
export function namesOutsideService(word: string): boolean {
  return names(word, OUTSIDE);
}

/** Every language's words of one `OutsideRemit` list, as a regular expression's alternatives. */
const anyOf = (pick: (remit: OutsideRemit) => readonly string[]) => [...new Set(Object.values(LANGUAGE_DATA).flatMap((d) => pick(d.remit)))].join('|');

const DEDICATED = new RegExp(`\\b(?:${anyOf((r) => r.dedicated)})\\b`);

/** Whether a text asks for an offer of its own ("et eget tilbud", "ei eiga eining"). */
export function asksDedicated(text: string): boolean {
  return DEDICATED.test(foldNordic(text));
}

const GROUP_WITH = new RegExp(`\\b(?:${anyOf((r) => r.groupPrepositions)})\\s+(?:${anyOf((r) => r.groups)})\\s+med\\s+(\\p{L}+)`, 'gu');

/** The (folded) words naming what a group something is asked for has: "for voksne med epilepsi" → "epilepsi". */
export function groupConditions(text: string): string[] {
  return [...foldNordic(text).matchAll(GROUP_WITH)].map((m) => m[1]);
}

const ABOUT = new RegExp(`\\b(?:${anyOf((r) => r.aboutPrepositions)})\\s+(?:(?:${anyOf((r) => r.aboutFillers)})\\s+)*(\\p{L}+)`, 'gu');

/** The (folded) words a text names as what it is about: "… om tinnitus hos ældre?" → "tinnitus". */
export function aboutNouns(text: string): string[] {
  return [...foldNordic(text).matchAll(ABOUT)].map((m) => m[1]);
}

/**
 * Whether a (folded) word names care more narrowly than the strategies speak: one condition or treatment,
 * inflected, or in a compound it begins or ends.
 */
export function namesNarrowCare(word: string): boolean {
  return names(word, NAMED_CARE);
}
