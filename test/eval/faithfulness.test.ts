import { describe, expect, it } from 'vitest';
import { faithfulness } from '../../src/eval/faithfulness.js';
import type { Citation } from '../../src/shared/api.js';

const cite = (id: number, quote: string, region = 'Region Nordjylland', section = 'Sundhed › Respekt for patientens tid'): Citation => ({
  id,
  region,
  document: 'Vision og retning',
  documentId: 'nordjylland-vision',
  section,
  quote,
  start: 0,
  end: 10,
  score: 1,
});

const ventetid = cite(1, 'Hurtig udredning, korte ventetider og overholdelse af kræftpakker');
const ambulance = cite(2, 'Hurtige responstider for ambulancetjenesten');

describe('faithfulness proxy', () => {
  it('counts an extractive answer (lead-in plus quoted bullets) as fully supported', () => {
    const answer = 'Det står der i strategien:\n\nRegion Nordjylland skriver i „Vision og retning“:\n• Hurtig udredning, korte ventetider og overholdelse af kræftpakker [1]\n• Hurtige responstider for ambulancetjenesten [2]';
    const result = faithfulness(answer, [ventetid, ambulance]);
    expect(result.claims).toHaveLength(2);
    expect(result.score).toBe(1);
  });

  it('accepts paraphrase that keeps the quote’s words (inflected forms included)', () => {
    const result = faithfulness('Regionen vil have kortere ventetider og overholde kræftpakkerne. [1]', [ventetid]);
    expect(result.score).toBe(1);
  });

  it('flags an unmarked claim and a claim whose marker points to an unrelated quote', () => {
    const answer = 'Region Nordjylland vil bygge tre nye supersygehuse inden 2030.\nAmbulancen skal have hurtige responstider [1]';
    const result = faithfulness(answer, [ventetid]);
    expect(result.claims.map((c) => c.supported)).toEqual([false, false]);
    expect(result.score).toBe(0);
  });

  it('treats a marker with no such citation as unsupported', () => {
    expect(faithfulness('Korte ventetider og kræftpakker [3]', [ventetid]).score).toBe(0);
  });

  it('lets a sentence inherit the marker that closes its line, and attaches a bare marker to the sentence before it', () => {
    const answer = 'Udredningen skal være hurtig. Ventetiderne skal være korte og kræftpakker overholdes. [1]';
    const result = faithfulness(answer, [ventetid]);
    expect(result.claims).toHaveLength(2);
    expect(result.claims.every((c) => c.markers.includes(1))).toBe(true);
    expect(result.score).toBe(1);
  });

  it('ignores short unmarked remarks and lines without content words', () => {
    const result = faithfulness('Godt spørgsmål!\n\nKorte ventetider og kræftpakker [1]\n—', [ventetid]);
    expect(result.claims).toHaveLength(1);
    expect(result.score).toBe(1);
  });

  it('is null for an empty answer or one without claims', () => {
    expect(faithfulness('', []).score).toBeNull();
    expect(faithfulness('Det står der i strategien:', []).score).toBeNull();
  });

  it('uses the citation’s region and section as support for naming them', () => {
    const answer = 'Region Nordjylland nævner under Respekt for patientens tid hurtige responstider for ambulancetjenesten [2]';
    expect(faithfulness(answer, [ambulance]).score).toBe(1);
  });

  it('counts support over distinct words, so repeating a supported word does not help', () => {
    const answer = 'Ventetider ventetider ventetider om helikoptere, droner, robotter og satellitter [1]';
    const result = faithfulness(answer, [ventetid]);
    expect(result.claims[0].overlap).toBeLessThan(0.5);
    expect(result.score).toBe(0);
  });

  it('reads a combined marker like [1, 2]', () => {
    const result = faithfulness('Korte ventetider, kræftpakker og hurtige responstider for ambulancetjenesten [1, 2]', [ventetid, ambulance]);
    expect(result.claims[0].markers).toEqual([1, 2]);
    expect(result.score).toBe(1);
  });
});
