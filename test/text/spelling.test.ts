import { describe, expect, it } from 'vitest';
import { spellingKey } from '../../src/text/spelling.js';

describe('spellingKey', () => {
  it.each([
    ['patient', 'pasient'],
    ['sygehus', 'sykehus'],
    ['medicin', 'medisin'],
    ['kommunikation', 'kommunikasjon'],
    ['vision', 'visjon'],
    ['vaerdi', 'verdi'],
    ['kaed', 'kjed'],
    ['udvikling', 'utvikling'],
    ['akut', 'akutt'],
    ['specialist', 'spesialist'],
    ['arbejdsmiljoe', 'arbeidsmiljoe'],
    ['samarbejd', 'samarbeid'],
    ['hoej', 'hoey'],
    ['afdeling', 'avdeling'],
    ['afstand', 'avstand'],
    ['affald', 'avfall'],
    ['drikkevand', 'drikkevann'],
    ['sundhed', 'sunnhet'],
    ['civilsamfund', 'sivilsamfunn'],
    ['meningsfuld', 'meningsfull'],
    ['straf', 'straff'],
  ])('gives Danish %s and Norwegian %s the same key', (da, no) => {
    expect(spellingKey(da)).toBe(spellingKey(no));
  });

  it('keeps different words apart', () => {
    expect(spellingKey('kommun')).not.toBe(spellingKey('kommunikation'));
    expect(spellingKey('klima')).not.toBe(spellingKey('klinik'));
    expect(spellingKey('kraft')).not.toBe(spellingKey('kravet'));
    expect(spellingKey('vand')).not.toBe(spellingKey('van'.concat('e')));
  });
});
