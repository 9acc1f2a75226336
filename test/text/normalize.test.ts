import { describe, expect, it } from 'vitest';
import { foldNordic, tokenize } from '../../src/text/normalize.js';

describe('foldNordic', () => {
  it('lowercases and writes æ/ø/å as the ae/oe/aa citizens type without them', () => {
    expect(foldNordic('Værdi Sundhedsvæsenet FØRSTE Århus')).toBe('vaerdi sundhedsvaesenet foerste aarhus');
    expect(foldNordic('vaerdi')).toBe(foldNordic('værdi'));
    expect(foldNordic('paa')).toBe(foldNordic('på'));
  });

  it('folds Swedish/German vowels like their Danish counterparts and strips other accents', () => {
    expect(foldNordic('Västra Göteborg')).toBe('vaestra goeteborg');
    expect(foldNordic('idé café è über')).toBe('ide cafe e uber');
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldNordic('A\u030Arhus')).toBe(foldNordic('Århus'));
  });

  it('folds plain ASCII (its shortcut) as the text around it: every ASCII character, alone and beside "å"', () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    expect(foldNordic(ascii)).toBe(ascii.toLowerCase());
    expect(foldNordic(`${ascii}å`)).toBe(`${foldNordic(ascii)}aa`);
    expect(foldNordic('Region HOVEDSTADEN, Sygehus-Nord 2030')).toBe('region hovedstaden, sygehus-nord 2030');
  });
});

describe('tokenize', () => {
  it('returns folded words of letters and digits, dropping punctuation', () => {
    expect(tokenize('Hvad gør Region Nordjylland for at korte ventetiderne?')).toEqual([
      'hvad', 'goer', 'region', 'nordjylland', 'for', 'at', 'korte', 'ventetiderne',
    ]);
  });

  it('splits hyphenated words into their parts', () => {
    expect(tokenize('CO2-aftryk')).toEqual(['co2', 'aftryk']);
    expect(tokenize('sygehus-flextrafikken og Nord-Norge')).toEqual(['sygehus', 'flextrafikken', 'og', 'nord', 'norge']);
  });

  it('keeps numbers and returns nothing for text without words', () => {
    expect(tokenize('De 5 fokusområder frem mod 2030')).toEqual(['de', '5', 'fokusomraader', 'frem', 'mod', '2030']);
    expect(tokenize(' … – !? ')).toEqual([]);
  });
});
