import { describe, expect, it } from 'vitest';
import { sentenceSegments, splitSentences } from '../../src/text/sentences.js';

const segmenter = new Intl.Segmenter('da', { granularity: 'sentence' });

describe('splitSentences on a text the segmenter cannot split', () => {
  it('gives what the segmenter gives: no character the shortcut lets through ends a sentence', () => {
    // The shortcut's characters (letters, digits, marks, spaces and punctuation that ends nothing), each
    // where a full stop would end a sentence: before a space and a capital.
    const allowed = /^[\p{L}\p{N}\p{M} ,;:'"()\-–—/&%+’‘“”«»]$/u;
    const splitting: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!allowed.test(c)) continue;
      const text = `hvad ${c} Hvor er det`;
      if ([...segmenter.segment(text)].length !== 1 || splitSentences(text).length !== 1) splitting.push(cp.toString(16));
    }
    expect(splitting).toEqual([]);
  });

  it('keeps one sentence whole and trimmed, and still splits at a mark or a line break', () => {
    expect(splitSentences('  Hvilke planer er der for cykelstier?  ')).toEqual(['Hvilke planer er der for cykelstier?']);
    expect(splitSentences('kort om planen (2024–2030), tak.')).toEqual(['kort om planen (2024–2030), tak.']);
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('Hvad med ventetiden? Og hvad med psykiatrien?')).toEqual(['Hvad med ventetiden?', 'Og hvad med psykiatrien?']);
    expect(splitSentences('far bor alene. hvad gør i')).toEqual(['far bor alene.', 'hvad gør i']);
    expect(splitSentences('Hvad sker der\nmed akutberedskabet')).toEqual(['Hvad sker der', 'med akutberedskabet']);
    expect(splitSentences('Hvad siger de om f.eks. sygehuse?')).toEqual(['Hvad siger de om f.eks. sygehuse?']);
    // Nor does an abbreviation before a number ("kl. 9", "nr. 3"), where Unicode's rules end one.
    expect(splitSentences('Kan jeg møde op kl. 9? Jeg skal til kontrol.')).toEqual(['Kan jeg møde op kl. 9?', 'Jeg skal til kontrol.']);
    expect(splitSentences('Vi bor i nr. 3. Hvad gør de?')).toEqual(['Vi bor i nr. 3.', 'Hvad gør de?']);
    // "pr." (per) ends no sentence: what a price is asked of stays in the asking sentence.
    expect(splitSentences('Hvad koster en p-plads pr. time?')).toEqual(['Hvad koster en p-plads pr. time?']);
    expect(splitSentences('hvor mye koster det pr. døgn')).toEqual(['hvor mye koster det pr. døgn']);
  });

  it('ends a sentence at emoji before a word, as chat does, and keeps them with it', () => {
    expect(splitSentences('Skriv alt som en sang 🎶🎸 Hvordan vil Helse Nord rekruttere?')).toEqual(['Skriv alt som en sang 🎶🎸', 'Hvordan vil Helse Nord rekruttere?']);
    expect(splitSentences('tusind tak 👍🏽 og i nord?')).toEqual(['tusind tak 👍🏽', 'og i nord?']);
    expect(splitSentences('Hvad gør regionen for klimaet 🌍')).toEqual(['Hvad gør regionen for klimaet 🌍']);
  });
});

describe('sentence segments of plain Danish and Norwegian text', () => {
  const bySegmenter = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

  it('are the segmenter’s, for random texts of letters, digits, spaces and every mark the rules read', () => {
    // Every character of the shortcut's alphabet that a rule tells apart, spaces and full stops more often.
    const alphabet = [...'abxzæøåäöüéABZÆØÅÄÖÜÉ0129', ...'    ...??!', ...',:;-–—"\'()«»‘’“”/&%+'];
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const differing: string[] = [];
    for (let i = 0; i < 200_000 && differing.length < 5; i++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 24); n > 0; n--) text += alphabet[Math.floor(random() * alphabet.length)];
      if (JSON.stringify(sentenceSegments(text)) !== JSON.stringify(bySegmenter(text))) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('are the segmenter’s for questions as people type them, and other texts go to the segmenter', () => {
    for (const text of [
      'Min mor er 82. Hun bor alene. Hvem hjælper hende? (2)',
      'vi har ventet i 3 timer. hvad gør i ved det?',
      'Står der noget om ca. 3 mio. kr. til U.S.A.?Og hvad så',
      'Hvad med "akutklinikken"? Den er lukket!  Hvorfor?',
      'Hva skjer med sykehuset i Bodø – og når? (12)',
      'Линия 1. Линия 2.',
      'første linje.\nAnden linje?',
    ]) {
      expect(sentenceSegments(text)).toEqual(bySegmenter(text));
    }
  });
});
