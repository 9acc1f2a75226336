import { describe, expect, it } from 'vitest';
import { createRegionMatcher } from '../../src/retrieve/regions.js';

const matcher = createRegionMatcher({
  regions: [
    { name: 'Region Nordjylland', aliases: ['Nordjylland', 'nordjyderne'] },
    { name: 'Helse Nord', aliases: ['Helse Nords', 'Nord-Norge'] },
    { name: 'Region Midtjylland', aliases: ['Midtjylland'] },
  ],
  otherRegions: ['Region Syddanmark', 'Syddanmark', 'Helse Vest'],
});

describe('region mentions', () => {
  it('finds corpus regions by name, alias, case and missing diacritics', () => {
    expect(matcher.mentions('Hvad gør Region Nordjylland?').known).toEqual(['Region Nordjylland']);
    expect(matcher.mentions('hva vil helse nord gjore').known).toEqual(['Helse Nord']);
    expect(matcher.mentions('Og hvad med Midtjylland?').known).toEqual(['Region Midtjylland']);
    expect(matcher.mentions('Hvordan har nordjyderne det?').known).toEqual(['Region Nordjylland']);
  });

  it('does not match a region name inside another word', () => {
    expect(matcher.mentions('Nordjyllandsbanen kører').known).toEqual([]);
  });

  it('recognises regions outside the corpus, listed or merely region-shaped', () => {
    expect(matcher.mentions('Hvad gør Region Syddanmark for ventetider?')).toMatchObject({ known: [], unknown: ['Region Syddanmark'] });
    expect(matcher.mentions('Hva gjør Helse Vest?').unknown).toEqual(['Helse Vest']);
    expect(matcher.mentions('Hvad vil Region Gotland?').unknown).toEqual(['Region Gotland']);
    expect(matcher.mentions('Hvad gør Region Nordjylland?').unknown).toEqual([]);
  });

  it('spots questions across regions', () => {
    expect(matcher.mentions('Hvordan arbejder regionerne med bæredygtighed?').acrossRegions).toBe(true);
    expect(matcher.mentions('Hvordan jobber regionene med rekruttering?').acrossRegions).toBe(true);
    expect(matcher.mentions('Hvad gør regionen?').acrossRegions).toBe(false);
  });

  it('strips region names so a topic can be reused with another region', () => {
    expect(matcher.strip('Hvad gør Region Nordjylland for at korte ventetiderne?')).toBe('Hvad gør for at korte ventetiderne?');
    expect(matcher.strip('Hva vil Helse Nords ledelse?')).toBe('Hva vil ledelse?');
  });
});

describe('region-shaped names that merely start like a corpus region', () => {
  it('are other regions, not the corpus region', () => {
    expect(matcher.mentions('Hva gjør Helse Nord-Trøndelag?')).toMatchObject({ known: [], unknown: ['Helse Nord-Trøndelag'] });
    expect(matcher.mentions('Hva gjør Helse Nordmøre og Romsdal?').unknown).toEqual(['Helse Nordmøre']);
    expect(matcher.mentions('Hvad skriver Helse Nords strategi?').unknown).toEqual([]);
  });
});
