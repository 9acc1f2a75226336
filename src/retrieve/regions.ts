import { distance } from 'fastest-levenshtein';
import { LANGUAGE_DATA } from '../lang/index.js';
import { boundedCache } from '../text/bounded-cache.js';
import type { CollectiveScope, Gazetteer, RegionCollectives } from '../lang/types.js';
import { foldNordic, isNameLike, wordsOf, type Word } from '../text/normalize.js';

/** A place the question names, and the health region it belongs to ("Læsø" → "Region Nordjylland"). */
export interface PlaceMention {
  place: string;
  region: string;
  /** A spot one can point at (a town, a municipality, an island, a hospital), not an area, county or demonym. */
  local?: boolean;
  /** A part of a region people name ("Lofoten", "Vendsyssel"): no spot, though narrower than a county or region. */
  area?: boolean;
}

/** What a question says about regions. */
export interface RegionMentions {
  /**
   * The corpus regions the question is about: named ("Region Nordjylland", "Nordjyllands"), through a place
   * ("Hjørring", "Aalborg Universitetshospital"), or as the only corpus region of a country it asks about
   * ("de norske" → Helse Nord). In the order the question names them.
   */
  known: string[];
  /**
   * The corpus regions the question refers to as regions: by name or alias ("Region Nordjylland",
   * "Nordjyllands") or collectively ("regionerne", "de danske regioner"), not merely through a place.
   * "Har kantinen på Aalborg Universitetshospital åbent?" is about a hospital in Region Nordjylland, not
   * about its strategy.
   */
  named: string[];
  /** Regions we have no documents for, named or through a place ("Odense" → "Region Syddanmark"). */
  unknown: string[];
  /** Every place the question names, with its region (corpus or not), so an answer can say where it belongs. */
  places: PlaceMention[];
  /**
   * The corpus regions a comparison spans, in catalogue order: those of a collective ("regionerne" → all,
   * "de danske regioner" → the Danish ones) together with any named, or several named ones. Empty when the
   * question is about one region or none.
   */
  compared: string[];
  /** The question compares regions: `compared` has two or more. */
  acrossRegions: boolean;
  /**
   * The question names a region by a short name whose region depends on the asker's language ("Region Nord",
   * see `RegionCollectives.shortNames`), and was read without one: read it again with the language.
   */
  needsLanguage?: boolean;
  /**
   * The countries of the regions and places named, known or not, and of the regions a collective or a
   * country's name refers to ("de danske regioner", "i Norge"), as the manifest names them ("Denmark").
   */
  countries: string[];
}

export interface RegionCatalog {
  /** Corpus regions; `country` as the manifest names it ("Denmark"), for "de danske"/"de norske". */
  regions: { name: string; aliases: string[]; country?: string }[];
  otherRegions: string[];
}

/** World knowledge the matcher uses besides the catalogue; the defaults come from src/lang. */
export interface RegionKnowledge {
  gazetteers: readonly Gazetteer[];
  collectives: readonly RegionCollectives[];
  /** Each language's short names of corpus regions (`RegionCollectives.shortNames`). */
  shortNames?: readonly { language: string; names: NonNullable<RegionCollectives['shortNames']> }[];
}

export interface RegionMatcher {
  mentions(text: string, options?: MentionOptions): RegionMentions;
  /** Whether the text speaks of regions as such: a word beginning as one of `RegionCollectives.regionWords`. */
  speaksOfRegions(text: string): boolean;
  /**
   * The text without its region references (region names, "regionerne", places, "Danmark"), for reading a
   * question's topic or reusing it with another region. `keep` may keep a place name that is part of the
   * topic: "Universitetet i Tromsø" is something the documents talk about, "jeg bor i Hjørring" only says
   * where the asker lives. A country's name or a direction ("i Danmark", "sykehusene i Nord-Norge") is never
   * kept: like a region's name it says which documents, whatever passages happen to write it.
   */
  strip(text: string, options?: StripOptions): string;
}

export interface MentionOptions {
  /** The asker's language, which says what a short name means (`RegionCollectives.shortNames`). */
  language?: string;
}

export interface StripOptions {
  /** Keep this place name (as written) in the text. */
  keep?: (name: string) => boolean;
  /**
   * Strip only the names of regions and places, nothing around them: collectives ("regionerne"), countries
   * and the words saying where the asker lives ("bor i") are the asker's own words, in their language.
   */
  namesOnly?: boolean;
}

const DEFAULT_KNOWLEDGE: RegionKnowledge = {
  gazetteers: Object.values(LANGUAGE_DATA).map((d) => d.places),
  collectives: Object.values(LANGUAGE_DATA).map((d) => d.regionCollectives),
  shortNames: Object.entries(LANGUAGE_DATA).map(([language, d]) => ({ language, names: d.regionCollectives.shortNames ?? [] })),
};

type Guard = 'capitalised' | 'exact';

/** One place as the matcher reads it: every spelling that counts, the answer's name first. */
interface Place {
  name: string;
  spellings: readonly { text: string; guard?: Guard }[];
  region: string;
  local: boolean;
  area: boolean;
}

/** The mention of a gazetteer place, with its scale. */
function placeMention(entry: { place: string; region: string; local?: boolean; area?: boolean }): PlaceMention {
  return { place: entry.place, region: entry.region, ...(entry.local && { local: true }), ...(entry.area && { area: true }) };
}

/** Reads one `A|B^|C=` gazetteer entry into its spellings (conventions in src/lang/types.ts). */
function spellingsOf(entry: string): Place['spellings'] {
  return entry.split('|').map((raw) => {
    const text = raw.trim();
    if (text.endsWith('^')) return { text: text.slice(0, -1), guard: 'capitalised' as const };
    if (text.endsWith('=')) return { text: text.slice(0, -1), guard: 'exact' as const };
    return { text };
  });
}

/** Every place of a gazetteer, flattened: counties, municipalities and their towns, islands, areas, … */
function placesOf(gazetteer: Gazetteer): Place[] {
  const read = (region: string, scale: 'local' | 'area' | 'wide') => (entry: string) => {
    const spellings = spellingsOf(entry);
    return { name: spellings[0].text, spellings, region, local: scale === 'local', area: scale === 'area' };
  };
  return Object.entries(gazetteer.regions).flatMap(([region, p]) => [
    ...[...(p.counties ?? []), ...(p.demonyms ?? [])].map(read(region, 'wide')),
    ...(p.areas ?? []).map(read(region, 'area')),
    ...[
      ...Object.entries(p.municipalities).flatMap(([municipality, towns]) => [municipality, ...towns]),
      ...(p.towns ?? []),
      ...(p.islands ?? []),
      ...(p.hospitals ?? []),
    ].map(read(region, 'local')),
  ]);
}

/** "Region Xxx" / "Helse Xxx" naming a region we do not recognise. */
const REGION_LIKE = /\b(?:[Rr]egion|[Hh]else)\s+([A-ZÆØÅ][\p{L}-]{2,})/gu;
type Entry =
  | { kind: 'corpus'; region: string }
  /** A short name of a corpus region that depends on the asker's language: language → region. */
  | { kind: 'short'; regions: ReadonlyMap<string, string> }
  | { kind: 'other'; region: string }
  | { kind: 'collective'; scope: CollectiveScope; weak: boolean }
  | { kind: 'place'; place: string; region: string; text: string; guard?: Guard; local?: boolean; area?: boolean }
  /** An area in several regions ("Sjælland"). */
  | { kind: 'spanning'; place: string; regions: readonly string[] }
  /** A place name that exists in two regions: it is a region reference, but to neither. */
  | { kind: 'ambiguous' };

/** A word with its lookup key in each spelling (`folded` comes with the word). */
interface Token extends Word {
  loose: string;
}

interface Match {
  entry: Entry;
  start: number;
  end: number;
}

/**
 * Names are looked up folded first ("Læsø"/"Laesoe" → "laesoe"), then loosened the way people write
 * without æ/ø/å ("Laeso", "Laso" → "laso"; "Tromso" → "tromso"; "Arhus" → "arhus"). Two names that differ
 * only folded ("Harlev", "Hårlev") are told apart before the loose form makes them one.
 */
type Spelling = 'folded' | 'loose';
const SPELLINGS: readonly Spelling[] = ['folded', 'loose'];

/** A folded word with a digraph the loose spelling drops: most words have none, and keep their spelling. */
const DIGRAPH = /a[ae]|oe/;

function looseKey(folded: string): string {
  if (!DIGRAPH.test(folded)) return folded;
  return folded.replace(/aa/g, 'a').replace(/ae/g, 'a').replace(/oe/g, 'o');
}

function tokens(text: string): Token[] {
  const words = wordsOf(text) as Token[];
  for (const w of words) w.loose = looseKey(w.folded);
  return words;
}

function phraseKey(text: string, spelling: Spelling): string {
  return tokens(text)
    .map((t) => t[spelling])
    .join(' ');
}

/** A spanning area beats a manifest's bare alias for one of its regions ("Sjælland" is the island). */
const PRIORITY: Record<Entry['kind'], number> = { corpus: 0, short: 0, spanning: 1, other: 2, collective: 3, place: 4, ambiguous: 4 };

/**
 * Region names, and each name of several words also written as one ("regionhovedstaden", "helsenord"): typed
 * fast on a phone, the space goes, and the question is still about that region.
 */
function withWrittenTogether(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const words = name.split(/[\s-]+/).filter(Boolean);
    return words.length > 1 ? [name, words.join('')] : [name];
  });
}

/**
 * The lookup tables, one per spelling: phrase key → entries, best first; plus every phrase's word prefixes,
 * to stop reading early.
 */
function buildTables(catalog: RegionCatalog, knowledge: RegionKnowledge) {
  const tables: Record<Spelling, Map<string, Entry[]>> = { folded: new Map(), loose: new Map() };
  const prefixes = new Set<string>();
  const add = (text: string, entry: Entry) => {
    const words = tokens(text);
    if (!words.length) return;
    for (const spelling of SPELLINGS) {
      const keys = words.map((w) => w[spelling]);
      const key = keys.join(' ');
      const table = tables[spelling];
      const entries = table.get(key);
      if (entries) entries.push(entry);
      else table.set(key, [entry]);
      for (let i = 1; i < keys.length; i++) prefixes.add(keys.slice(0, i).join(' '));
    }
  };

  const gazetteerRegions = knowledge.gazetteers.flatMap((g) => Object.keys(g.regions));
  for (const r of catalog.regions) for (const name of withWrittenTogether([r.name, ...r.aliases])) add(name, { kind: 'corpus', region: r.name });
  const shortNames = new Map<string, Map<string, string>>();
  for (const { language, names } of knowledge.shortNames ?? []) {
    for (const { phrase, region } of names) {
      if (!catalog.regions.some((r) => r.name === region)) continue;
      const key = phraseKey(phrase, 'folded');
      shortNames.set(key, (shortNames.get(key) ?? new Map<string, string>()).set(language, region));
    }
  }
  for (const [phrase, regions] of shortNames) add(phrase, { kind: 'short', regions });
  for (const name of catalog.otherRegions) for (const spelling of withWrittenTogether([name])) add(spelling, { kind: 'other', region: canonicalRegion(name, gazetteerRegions) });
  for (const c of knowledge.collectives) {
    for (const { phrase, scope } of c.phrases) add(phrase, { kind: 'collective', scope, weak: false });
    for (const { phrase, scope } of c.countries) add(phrase, { kind: 'collective', scope, weak: true });
    for (const phrase of c.documents) add(phrase, { kind: 'collective', scope: 'all', weak: true });
    for (const { phrase, region } of c.directions ?? []) add(phrase, { kind: 'collective', scope: { region }, weak: true });
  }
  for (const g of knowledge.gazetteers) {
    for (const [place, regions] of Object.entries(g.spanning ?? {})) add(place, { kind: 'spanning', place, regions });
    for (const [names, places] of Object.entries(g.abroad ?? {})) {
      const [region, ...aliases] = spellingsOf(names).map((s) => s.text);
      for (const name of [region, ...aliases]) add(name, { kind: 'other', region });
      for (const entry of places) {
        const spellings = spellingsOf(entry);
        for (const s of spellings) add(s.text, { kind: 'place', place: spellings[0].text, region, text: s.text, guard: s.guard });
      }
    }
  }
  for (const place of knowledge.gazetteers.flatMap(placesOf)) {
    for (const s of place.spellings) add(s.text, { kind: 'place', place: place.name, region: place.region, text: s.text, guard: s.guard, local: place.local, area: place.area });
  }

  for (const table of Object.values(tables)) {
    for (const [key, entries] of table) {
      const placeRegions = new Set(entries.flatMap((e) => (e.kind === 'place' ? [e.region] : [])));
      const resolved: Entry[] = placeRegions.size > 1 ? [...entries.filter((e) => e.kind !== 'place'), { kind: 'ambiguous' }] : entries;
      table.set(key, resolved.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]));
    }
  }
  return { tables, prefixes };
}

/**
 * The gazetteer's name for a manifest's other-region spelling ("Syddanmark" → "Region Syddanmark",
 * "Helse Midt" → "Helse Midt-Norge"), so a refusal names each region one way.
 */
function canonicalRegion(name: string, regions: string[]): string {
  const key = ` ${phraseKey(name, 'loose')} `;
  return regions.find((r) => ` ${phraseKey(r, 'loose')} `.includes(key)) ?? name;
}

/** Texts whose region matches are kept: those of the question being answered (see `find`). */
const TEXTS_KEPT = 64;

/** Long words whose mending (below) is remembered: a few days' questions' worth of distinct words. */
const MENDED_KEPT = 20_000;

/** Region names are long enough that one letter wrong, missing or extra still names only one of them. */
const TYPO_MIN_LENGTH = 7;

/** A region name's leading word is mended from this length ("helse", "regon"): shorter ones are other words. */
const MIN_LEAD_TYPO = 4;

/**
 * Mends a word one letter away from a word of a region's name ("midtjyland", "hovestaden", "nordjylands" →
 * Midtjylland, Hovedstaden, Nordjyllands): typed fast, a region's name is often misspelt, and the question is
 * still about that region. Only the catalogue's region names and aliases (corpus and others), of at least
 * {@link TYPO_MIN_LENGTH} letters, and only when exactly one is that close; a word any table knows is kept.
 */
function regionNameSpeller(catalog: RegionCatalog, known: ReadonlyMap<string, unknown>): (words: Token[]) => Token[] {
  const knownWords = new Set([...known.keys()].flatMap((key) => key.split(' ')));
  const targets = new Map<string, Token>();
  for (const name of [...catalog.regions.flatMap((r) => [r.name, ...r.aliases]), ...catalog.otherRegions]) {
    for (const t of tokens(name)) {
      if (t.folded.length < TYPO_MIN_LENGTH) continue;
      targets.set(t.folded, t);
      targets.set(`${t.folded}s`, { ...t, folded: `${t.folded}s`, loose: `${t.loose}s` });
    }
  }
  const candidates = [...targets.values()];
  // Each long word of every question would be measured against every region name: the same words recur, so
  // what a word mends to (or that it is left alone: null) is remembered.
  const mended = boundedCache<string, Token | null>(MENDED_KEPT);
  const mendTo = (folded: string, loose: string): Token | null => {
    if (knownWords.has(folded) || knownWords.has(loose)) return null;
    const near = candidates.filter((t) => Math.abs(t.folded.length - folded.length) <= 1 && distance(t.folded, folded) === 1);
    return near.length === 1 ? near[0] : null;
  };
  const mend = (w: Token): Token => {
    if (w.folded.length < TYPO_MIN_LENGTH) return w;
    let to = mended.get(w.folded);
    if (to === undefined) mended.set(w.folded, (to = mendTo(w.folded, w.loose)));
    return to ? { ...w, folded: to.folded, loose: to.loose } : w;
  };
  // A name's leading word ("region", "helse") is too short to mend alone ("regon" could be many words);
  // followed by the rest of a region's name it can only be that name's ("regon midtjylland").
  const leads = new Map<string, Set<string>>();
  for (const name of [...catalog.regions.flatMap((r) => [r.name, ...r.aliases]), ...catalog.otherRegions]) {
    const [lead, next] = tokens(name);
    if (next) leads.set(next.folded, (leads.get(next.folded) ?? new Set()).add(lead.folded));
  }
  const mendLead = (w: Token, next: Token | undefined): Token => {
    if (!next || w.folded.length < MIN_LEAD_TYPO || knownWords.has(w.folded)) return w;
    const named = leads.get(next.folded) ?? (next.folded.endsWith('s') ? leads.get(next.folded.slice(0, -1)) : undefined);
    const near = [...(named ?? [])].filter((lead) => Math.abs(lead.length - w.folded.length) <= 1 && distance(lead, w.folded) === 1);
    return near.length === 1 ? { ...w, folded: near[0], loose: looseKey(near[0]) } : w;
  };
  return (words) => {
    const mendedWords = words.map(mend);
    return mendedWords.map((w, i) => mendLead(w, mendedWords[i + 1]));
  };
}

/**
 * Whether a text ends in one of the phrases `of` picks from each gazetteer ("… uden at flytte til", "… reise helt
 * til", "… flyttet fra").
 */
function phraseBefore(gazetteers: readonly Gazetteer[], of: (g: Gazetteer) => readonly string[]): (before: string) => boolean {
  // Phrases and text compared in the loose spelling, so "kjore til" and "kjoere til" are "kjøre til".
  const phrases = gazetteers.flatMap(of).map((p) => looseKey(foldNordic(p)).split(/\s+/));
  if (!phrases.length) return () => false;
  const alternatives = phrases.map((words) =>
    words.length === 1 ? words[0] : `${words.slice(0, -1).join('\\s+')}(?:\\s+\\S+)?\\s+${words[words.length - 1]}`,
  );
  const pattern = new RegExp(`(?:^|\\s)(?:${alternatives.join('|')})\\s*$`);
  return (before) => pattern.test(looseKey(foldNordic(before)));
}

/**
 * Whether a text (what follows a place) has a word for "there" ending a sentence, from any gazetteer's `there`
 * ("… Hvordan er ventetiden der?").
 */
function thereAfter(gazetteers: readonly Gazetteer[]): (after: string) => boolean {
  const words = [...new Set(gazetteers.flatMap((g) => g.there ?? []).map((w) => foldNordic(w)))];
  if (!words.length) return () => false;
  const pattern = new RegExp(`(?:^|\\s)(?:${words.join('|')})\\s*(?:[?.!]|$)`, 'm');
  return (after) => pattern.test(foldNordic(after));
}

/**
 * Where a phrase that only situates a place ends `words` (those before it): a residence phrase of any gazetteer
 * ("bor i", "bosat på") or one naming the region by the place ("regionen rundt"). The index of its first word;
 * -1 when none does. Compared in the loose spelling, as names are.
 */
function situatingPhraseBefore(gazetteers: readonly Gazetteer[]): (words: readonly Token[]) => number {
  const phrases = gazetteers.flatMap((g) => [...(g.residence ?? []), ...(g.regionBy ?? [])]).map((p) => tokens(p).map((t) => t.loose));
  return (words) => {
    for (const phrase of phrases) {
      const at = words.length - phrase.length;
      if (at >= 0 && phrase.every((w, i) => words[at + i].loose === w)) return at;
    }
    return -1;
  };
}

/**
 * Finds region references in one pass over a text's words: at each word the longest phrase in the lookup
 * table wins (so "Helse Nord-Trøndelag" is not "Helse Nord", "Nykøbing Mors" not "Mors"), names may take
 * a genitive -s ("Aalborgs", "Helse Nords"), and names that are also everyday words count only capitalised
 * inside a sentence ("i Tarm", not "tarm"). A corpus-region name followed by "-Xxx" is another name
 * ("Helse Nord-Trøndelag").
 */
export function createRegionMatcher(catalog: RegionCatalog, knowledge: RegionKnowledge = DEFAULT_KNOWLEDGE): RegionMatcher {
  const { tables, prefixes } = buildTables(catalog, knowledge);
  const correct = regionNameSpeller(catalog, tables.folded);
  const corpusOrder = catalog.regions.map((r) => r.name);
  const countryOf = new Map<string, string>();
  for (const g of knowledge.gazetteers) for (const region of Object.keys(g.regions)) countryOf.set(region, g.country);
  for (const r of catalog.regions) if (r.country) countryOf.set(r.name, r.country);
  const travelled = phraseBefore(knowledge.gazetteers, (g) => [...(g.travel ?? []), ...(g.leaving ?? [])]);
  const leftFrom = phraseBefore(knowledge.gazetteers, (g) => [...(g.leaving ?? []), ...(g.origin ?? [])]);
  const residing = phraseBefore(knowledge.gazetteers, (g) => g.residence ?? []);
  const situating = situatingPhraseBefore(knowledge.gazetteers);
  const pointsThere = thereAfter(knowledge.gazetteers);
  const inScope = (scope: Exclude<CollectiveScope, 'named'>) =>
    corpusOrder.filter((region) => scope === 'all' || ('region' in scope ? region === scope.region : countryOf.get(region) === scope.country));

  const accepts = (entry: Entry, text: string, words: Token[], first: number, last: number, genitive: boolean): boolean => {
    if (entry.kind === 'corpus' || entry.kind === 'other' || entry.kind === 'short') {
      const end = words[last].end;
      return !(text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? ''));
    }
    if (entry.kind !== 'place' || !entry.guard) return true;
    if (entry.guard === 'exact') {
      const written = text.slice(words[first].start, words[last].end);
      return written === entry.text || (genitive && written === `${entry.text}s`);
    }
    return isNameLike(words[first]) && !words[first].sentenceStart;
  };

  /**
   * The entry for words[first..last] (or with the last word's genitive -s dropped), if one accepts it.
   * `folded`/`loose` are the keys of words[first..last-1] in each spelling, each ending in a space.
   */
  const lookup = (text: string, words: Token[], first: number, last: number, folded: string, loose: string) => {
    for (const spelling of SPELLINGS) {
      const key = words[last][spelling];
      const table = tables[spelling];
      const before = spelling === 'folded' ? folded : loose;
      const entry =
        table.get(before + key)?.find((e) => accepts(e, text, words, first, last, false)) ??
        (key.length > 3 && key.endsWith('s')
          ? table.get(before + key.slice(0, -1))?.find((e) => accepts(e, text, words, first, last, true))
          : undefined);
      if (entry) return entry;
    }
    return undefined;
  };

  // An ask reads the question for its regions, then strips place names from its asking sentences and its
  // situation, which are often the question itself: a text's matches are found once. Matches are never
  // changed by their readers.
  const found = boundedCache<string, readonly Match[]>(TEXTS_KEPT);
  const find = (text: string): readonly Match[] => {
    let matches = found.get(text);
    if (!matches) found.set(text, (matches = findIn(text)));
    return matches;
  };
  const findIn = (text: string): Match[] => {
    const words = correct(tokens(text));
    const matches: Match[] = [];
    /** The longest phrase starting at word `i`, if any. */
    const longestFrom = (i: number): { entry: Entry; last: number } | undefined => {
      let best: { entry: Entry; last: number } | undefined;
      let folded = '';
      let loose = '';
      for (let j = i; j < words.length; j++) {
        const found = lookup(text, words, i, j, folded, loose);
        if (found) best = { entry: found, last: j };
        folded += words[j].folded;
        loose += words[j].loose;
        if (!prefixes.has(folded) && !prefixes.has(loose)) break;
        folded += ' ';
        loose += ' ';
      }
      return best;
    };
    for (let i = 0; i < words.length; ) {
      const best = longestFrom(i);
      // A direction's last word may begin a longer name ("i Nord-Jylland", "i nord" being a direction): the name wins.
      const direction = best?.entry.kind === 'collective' && best.entry.weak;
      if (direction && best.last > i && (longestFrom(best.last)?.last ?? best.last) > best.last) {
        i = best.last;
        continue;
      }
      if (best) {
        matches.push({ entry: best.entry, start: words[i].start, end: words[best.last].end });
        i = best.last + 1;
      } else {
        i++;
      }
    }
    return matches;
  };

  const mentions = (input: string, { language }: MentionOptions = {}): RegionMentions => {
    const text = input.normalize('NFC');
    const matches = find(text);
    const known = new Set<string>();
    const named = new Set<string>();
    const unknown = new Set<string>();
    const places = new Map<string, PlaceMention>();
    const scopes: CollectiveScope[] = [];
    const countryScopes: CollectiveScope[] = [];
    const shorts: ReadonlyMap<string, string>[] = [];
    const left: PlaceMention[] = [];
    const resided: PlaceMention[] = [];
    const goneTo: { place?: string; region: string }[] = [];
    const spanned: (readonly string[])[] = [];
    for (const { entry, start, end } of matches) {
      if (entry.kind === 'short') shorts.push(entry.regions);
      // "… uden at flytte til Odense": where the asker would go, not where they are or what they ask about.
      const away = (region: string) => !corpusOrder.includes(region) && travelled(text.slice(0, start));
      if ((entry.kind === 'place' || entry.kind === 'other') && away(entry.region)) {
        if (pointsThere(text.slice(end))) goneTo.push(entry.kind === 'place' ? { place: entry.place, region: entry.region } : { region: entry.region });
        continue;
      }
      if (entry.kind === 'place' && corpusOrder.includes(entry.region) && leftFrom(text.slice(0, start))) {
        left.push({ place: entry.place, region: entry.region });
        continue;
      }
      if (entry.kind === 'place' && corpusOrder.includes(entry.region) && residing(text.slice(0, start))) {
        const mention = placeMention(entry);
        places.set(entry.place, mention);
        resided.push(mention);
        continue;
      }
      if (entry.kind === 'corpus') {
        known.add(entry.region);
        named.add(entry.region);
      } else if (entry.kind === 'other') unknown.add(entry.region);
      else if (entry.kind === 'collective') (entry.weak ? countryScopes : scopes).push(entry.scope);
      else if (entry.kind === 'place') {
        places.set(entry.place, placeMention(entry));
        (corpusOrder.includes(entry.region) ? known : unknown).add(entry.region);
      } else if (entry.kind === 'spanning') {
        const inCorpus = entry.regions.filter((r) => corpusOrder.includes(r));
        // Named back with the regions we have no documents for only when we have none of its regions.
        if (!inCorpus.length) for (const region of entry.regions) places.set(`${entry.place}\u0000${region}`, { place: entry.place, region });
        spanned.push(entry.regions);
      }
    }
    // Where the asker lives ("Jeg bor i Aalborg og vil vide, hvad Region Midtjylland gør …") is the region asked
    // about unless the question names another as such: then it only says who asks.
    for (const mention of resided) {
      if (named.size && !named.has(mention.region)) places.delete(mention.place);
      else known.add(mention.region);
    }
    // An area in several regions is in the one the question names otherwise ("Limfjorden … Region
    // Nordjylland"), else in each of them.
    for (const regions of spanned) {
      if (regions.some((r) => known.has(r))) continue;
      for (const region of regions) (corpusOrder.includes(region) ? known : unknown).add(region);
    }
    // A place of ours moved away from is what is asked about only when nothing else is named; so is one outside
    // the corpus gone to that a later "there" points at ("Vi skal flytte til Bergen. Hvordan er ventetiden der?"), whose
    // region we then have no documents for.
    if (!known.size && !unknown.size && !places.size && !scopes.length && !shorts.length) {
      for (const mention of left) {
        places.set(mention.place, mention);
        known.add(mention.region);
      }
      if (!left.length) {
        for (const { place, region } of goneTo) {
          if (place) places.set(place, { place, region });
          unknown.add(region);
        }
      }
    }
    // A short name means the region of the one country the rest of the question names ("Region Nord … Tromsø"
    // from a Dane is Helse Nord), else its one reading, else the asker's language's: a Dane's "Region Nord" is
    // Nordjylland, a Norwegian's Helse Nord.
    let needsLanguage = false;
    if (shorts.length) {
      const countries = new Set([...known, ...unknown].flatMap((r) => countryOf.get(r) ?? []));
      for (const scope of countryScopes) if (typeof scope === 'object' && 'country' in scope) countries.add(scope.country);
      const [country] = countries;
      for (const regions of shorts) {
        const readings = [...new Set(regions.values())];
        const region =
          (countries.size === 1 ? readings.find((r) => countryOf.get(r) === country) : undefined) ??
          (readings.length === 1 ? readings[0] : language ? regions.get(language) : undefined);
        if (region) {
          known.add(region);
          named.add(region);
        } else if (!language) needsLanguage = true;
      }
    }
    for (const m of text.matchAll(REGION_LIKE)) {
      const nameStart = m.index + m[0].length - m[1].length;
      const end = m.index + m[0].length;
      // A name the table knows (a region, or a place standing for its region) is already counted.
      if (!matches.some((x) => x.start < end && x.end > nameStart)) unknown.add(m[0]);
    }

    const namesSomething = known.size > 0 || unknown.size > 0 || places.size > 0;
    // "De to regioner" beside two regions named (or reached through places, ours or not) means those; said
    // of fewer, it means every region.
    const ownRegions = known.size + unknown.size >= 2 ? corpusOrder.filter((r) => known.has(r)) : inScope('all');
    const regionsOf = (scope: CollectiveScope) => (scope === 'named' ? ownRegions : inScope(scope));
    const scoped = [...scopes, ...(namesSomething ? [] : countryScopes)].flatMap(regionsOf);
    let compared: string[] = [];
    if (scoped.length) {
      // A collective refers to regions as such; a country's name ("i Norge", "Danmarks") is a place.
      for (const region of scopes.flatMap(regionsOf)) named.add(region);
      const all = new Set([...known, ...scoped]);
      if (all.size === 1) known.add(scoped[0]);
      else compared = corpusOrder.filter((r) => all.has(r));
    } else if (known.size > 1) {
      compared = corpusOrder.filter((r) => known.has(r));
    }
    return {
      known: [...known],
      named: [...named],
      unknown: [...unknown],
      places: [...places.values()],
      compared,
      acrossRegions: compared.length > 1,
      countries: [...new Set([...known, ...unknown, ...scoped].flatMap((r) => countryOf.get(r) ?? []))],
      ...(needsLanguage ? { needsLanguage } : {}),
    };
  };

  const isPlace = (entry: Entry) => entry.kind === 'place' || entry.kind === 'spanning' || entry.kind === 'ambiguous';
  const isPlaceName = (entry: Entry) => isPlace(entry) || (entry.kind === 'collective' && entry.weak);
  const strip = (input: string, options: StripOptions = {}) => {
    const text = input.normalize('NFC');
    const matches = options.namesOnly ? find(text).filter((m) => m.entry.kind !== 'collective') : find(text);
    const words = !options.namesOnly && matches.some((m) => isPlaceName(m.entry)) ? tokens(text) : [];
    let out = '';
    let at = 0;
    for (const m of matches) {
      // "bor i Hjørring": where the asker lives, phrase and all, even a place the documents name; so is the
      // place that names the region ("regionen rundt Aarhus").
      const before = isPlaceName(m.entry) ? words.filter((w) => w.end <= m.start && w.start >= at) : [];
      const situated = before.length ? situating(before) : -1;
      if (situated < 0 && isPlace(m.entry) && options.keep?.(text.slice(m.start, m.end))) continue;
      out += `${text.slice(at, situated < 0 ? m.start : before[situated].start)} `;
      at = m.end;
    }
    return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
  };

  const regionWords = [...new Set(knowledge.collectives.flatMap((c) => c.regionWords))];
  const speaksOfRegions = (text: string) => wordsOf(text).some((w) => regionWords.some((start) => w.folded.startsWith(start)));

  return { mentions, speaksOfRegions, strip };
}
