import { foldNordic } from '../text/normalize.js';

/** What a question says about regions: the corpus regions it names, and any region we have no documents for. */
export interface RegionMentions {
  known: string[];
  unknown: string[];
  /** "regionerne", "regionene", "alle regioner", …: the asker wants a comparison across regions. */
  acrossRegions: boolean;
}

export interface RegionCatalog {
  regions: { name: string; aliases: string[] }[];
  otherRegions: string[];
}

const ACROSS_REGIONS = /\b(regionerne|regionene|regionernes|regionenes|alle regioner|alle regionene|hver region|de forskellige regioner|de ulike regionene|begge regioner)\b/;

/** "Region Xxx" / "Helse Xxx" naming a region we do not recognise. */
const REGION_LIKE = /\b(?:[Rr]egion|[Hh]else)\s+([A-ZÆØÅ][\p{L}-]{2,})/gu;


function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds region mentions by matching folded names and aliases on word boundaries, so "region nordjylland",
 * "Nordjyllands" and "nordjylland" all count, and "Region Syddanmark" is recognised as outside the corpus.
 */
export interface RegionMatcher {
  mentions(text: string): RegionMentions;
  /** The text with every corpus-region name removed, for reusing a question's topic with another region. */
  strip(text: string): string;
}

export function createRegionMatcher(catalog: RegionCatalog): RegionMatcher {
  const matchers = catalog.regions.map((r) => ({
    name: r.name,
    pattern: new RegExp(
      // Not followed by "-Xxx" either: "Helse Nord-Trøndelag" is another region than "Helse Nord".
      `(?<![\\p{L}\\p{N}])(?:${[r.name, ...r.aliases].map((n) => escape(foldNordic(n))).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
      'u',
    ),
  }));
  const known = new Set(catalog.regions.flatMap((r) => [r.name, ...r.aliases].map((n) => foldNordic(n))));
  const others = catalog.otherRegions.map((name) => ({
    name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldNordic(name))}(?![\\p{L}\\p{N}])`, 'u'),
  }));

  const spellings = catalog.regions
    .flatMap((r) => [r.name, ...r.aliases])
    .flatMap((n) => [n, foldNordic(n)])
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const stripPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  const mentions = (text: string): RegionMentions => {
    const folded = foldNordic(text);
    const knownHits = matchers.filter((m) => m.pattern.test(folded)).map((m) => m.name);
    const unknownHits = new Set(others.filter((o) => o.pattern.test(folded)).map((o) => o.name));
    for (const m of text.matchAll(REGION_LIKE)) {
      const full = foldNordic(m[0]);
      // A known name, or its genitive ("Helse Nords"); "Helse Nord-Trøndelag" is another region.
      if (!known.has(full) && !(full.endsWith('s') && known.has(full.slice(0, -1)))) unknownHits.add(m[0]);
    }
    // "Region Syddanmark" also matches the bare "Syddanmark" entry: keep the longest spelling only.
    const unknown = [...unknownHits].filter((u) => ![...unknownHits].some((o) => o !== u && foldNordic(o).includes(foldNordic(u))));
    return { known: knownHits, unknown, acrossRegions: ACROSS_REGIONS.test(folded) };
  };
  const strip = (text: string) => text.replace(stripPattern, ' ').replace(/\s+/g, ' ').trim();
  return { mentions, strip };
}
