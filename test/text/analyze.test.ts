import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  COMPOUND_PART_WEIGHT,
  createAnalyzer,
  isContentToken,
  SPELLING_VARIANT_WEIGHT,
} from '../../src/text/analyze.js';
import { STOPWORDS } from '../../src/text/stopwords.js';
import { corpusTexts } from './corpus-texts.js';

const lexicon = buildLexicon(corpusTexts());
const analyzer = createAnalyzer({ lexicon });
const shared = (a: string, b: string) => analyzer.terms(a).filter((term) => analyzer.terms(b).includes(term));

describe('stopwords', () => {
  it('drops Danish and Norwegian function words, with or without æ/ø/å', () => {
    expect(analyzer.terms('hvad er det og hvordan vil de også gøre noget for dem')).toEqual([]);
    expect(analyzer.terms('hva er det og hvordan vil de ogsaa gjøre noe for meg')).toEqual([]);
  });

  it('drops "region" in all forms, which every document and most questions contain', () => {
    expect(analyzer.terms('Region regionen regionens regionerne')).toEqual([]);
  });

  it('keeps the content words the lists would wrongly drop', () => {
    for (const word of ['behandling', 'tid', 'verdi', 'værdi', 'arbeid', 'rett', 'lige', 'tilstand']) {
      expect(analyzer.terms(word), word).not.toEqual([]);
    }
  });

  it('"nær" meets the forms the documents use for care close to home ("nære")', () => {
    const near = analyzer.terms('nær')[0];
    expect(near).toBeDefined();
    expect(analyzer.terms('nære sundhedstilbud')).toContain(near);
  });

  it('is stored folded, and repairs the Norwegian list\'s mis-encoded ø', () => {
    expect(STOPWORDS.has('ogsaa')).toBe(true);
    expect(STOPWORDS.has('gjoere')).toBe(true);
    expect([...STOPWORDS].some((word) => /[æøåû]/.test(word))).toBe(false);
  });

  it('ignores lone letters but keeps numbers', () => {
    expect(isContentToken('s')).toBe(false);
    expect(isContentToken('5')).toBe(true);
    expect(analyzer.terms("FN's 4 værdier")).toEqual(['fn', '4', 'vaerdi', 'verti']);
  });
});

describe('stemming', () => {
  it.each([
    ['ventetid', 'ventetider'],
    ['ventetid', 'ventetiderne'],
    ['ventetider', 'ventetidene'],
    ['patient', 'patienterne'],
    ['patienter', 'patientens'],
    ['sykehus', 'sykehuset'],
    ['behandling', 'behandlingen'],
    ['værdi', 'værdierne'],
    // A stem that itself ends like an ending: the definite form is stemmed twice (kvaliteten → kvalitet → kvalit).
    ['kvalitet', 'kvaliteten'],
    ['kvaliteter', 'kvaliteterne'],
    ['universitet', 'universitetet'],
    ['kapasitet', 'kapasiteten'],
    ['indsats', 'indsatsen'],
  ])('%s and %s share a term', (a, b) => {
    expect(shared(a, b)).not.toEqual([]);
  });

  it('meets across the two languages\' spellings of a word', () => {
    for (const [da, no] of [
      ['patienterne', 'pasientene'],
      ['sygehuset', 'sykehuset'],
      ['medicin', 'medisin'],
      ['kommunikation', 'kommunikasjon'],
      ['værdier', 'verdier'],
      ['udvikling', 'utvikling'],
      ['tilgængelighed', 'tilgjengelighet'],
    ]) {
      expect(shared(da, no), `${da}/${no}`).not.toEqual([]);
    }
  });

  it('matches ae/oe/aa spellings to æ/ø/å text', () => {
    expect(analyzer.terms('vaerdier sundhedsvaesenet foerste paaroerende')).toEqual(
      analyzer.terms('værdier sundhedsvæsenet første pårørende'),
    );
  });

  it('does not conflate unrelated words', () => {
    expect(shared('kommune', 'kommunikation')).toEqual([]);
    expect(shared('sygehus', 'sygdom')).toEqual([]);
    expect(shared('klima', 'kliniske')).toEqual([]);
    // The second pass is only for a definite ending: "helse" (health) stays apart from "hele" (whole).
    expect(shared('helse', 'hele')).toEqual([]);
    // The verb to lay ("legge til rette", "lægger vægt på") is no doctor ("leger", "læger"), in either spelling.
    expect(shared('legge legger legg', 'lege leger legene læge læger')).toEqual([]);
    expect(shared('lægge lægger', 'lege leger læge læger lægen')).toEqual([]);
  });

  it('keeps a verb kept apart from a noun one word across the two languages', () => {
    expect(shared('lægger', 'legger')).not.toEqual([]);
    expect(shared('tilrettelægge', 'legge')).not.toEqual([]);
  });
});

describe('compounds', () => {
  it('adds the parts of compounds whose parts the corpus knows', () => {
    expect(shared('sundhedsvæsenet', 'sundhed')).not.toEqual([]);
    expect(shared('ambulancetjenesten', 'ambulancer')).not.toEqual([]);
    expect(shared('ambulancetjenesten', 'tjenester')).not.toEqual([]);
    expect(shared('samisktalende', 'samisk')).not.toEqual([]);
    expect(shared('spesialisthelsetjenesten', 'helse')).not.toEqual([]);
  });

  it('does not split at suffixes or endings', () => {
    expect(shared('ordentlighed', 'lighed')).toEqual([]);
    expect(shared('lederskab', 'skabe')).toEqual([]);
    expect(shared('kommunikation', 'kommune')).toEqual([]);
    expect(shared('hospitalerne', 'tal')).toEqual([]);
    expect(shared('politiske', 'ske')).toEqual([]);
  });

  it('needs a lexicon: without one, words are only stemmed', () => {
    expect(createAnalyzer().terms('ambulancetjenesten')).toEqual(['ambulancetjenest', 'ampulansetjenest']);
  });
});

describe('buildLexicon', () => {
  it('is sorted, deterministic and free of stopwords and numbers', () => {
    expect(lexicon).toEqual([...lexicon].sort());
    expect(buildLexicon([...corpusTexts()].reverse())).toEqual(lexicon);
    expect(lexicon).toContain('tjenest');
    expect(lexicon).not.toContain('og');
    expect(lexicon.some((stem) => /\d/.test(stem))).toBe(false);
  });

  it('is what withLexicon and the lexicon option install', () => {
    expect(createAnalyzer().withLexicon(lexicon).terms('ambulancetjenesten')).toEqual(analyzer.terms('ambulancetjenesten'));
    expect(createAnalyzer({ lexicon: ['b', 'a', 'a'] }).lexicon).toEqual(['a', 'b']);
    // A sorted lexicon (as an index stores it) is taken as it is; only a disorder late in it still sorts.
    expect(createAnalyzer({ lexicon: ['a', 'b', 'c'] }).lexicon).toEqual(['a', 'b', 'c']);
    expect(createAnalyzer({ lexicon: ['a', 'b', 'd', 'c', 'd'] }).lexicon).toEqual(['a', 'b', 'c', 'd']);
    const shuffled = [...lexicon].reverse();
    expect(createAnalyzer({ lexicon: shuffled }).terms('ambulancetjenesten')).toEqual(analyzer.terms('ambulancetjenesten'));
  });
});

describe('analyzeQuery', () => {
  it('weights a word\'s stems fully, its other-language spelling and compound parts less', () => {
    const { weights } = analyzer.analyzeQuery('patienterne i sundhedsvæsenet');
    expect(weights.get('patient')).toBe(1);
    expect(weights.get('pasient')).toBe(SPELLING_VARIANT_WEIGHT);
    expect(weights.get('sundhedsvaesen')).toBe(1);
    expect(weights.get('vaesen')).toBe(COMPOUND_PART_WEIGHT);
  });

  it('gives the parts full weight when the corpus lacks the whole word', () => {
    const { weights } = analyzer.analyzeQuery('samisktalende');
    expect(weights.get('samisk')).toBe(1);
  });

  it('groups terms by word, counting inflections of one word once', () => {
    const { words } = analyzer.analyzeQuery('Hvad gør de for patienter og patienterne om klimaet?');
    expect(words).toHaveLength(2);
    expect(words[0]).toContain('patient');
    expect(words[1]).toContain('klima');
  });
});

describe('contentTerms', () => {
  it('gives one key per content word, which terms() of a passage in either language contains', () => {
    const question = 'Hvad gør Helse Nord for patienterne på sygehuset?';
    const keys = analyzer.contentTerms(question);
    expect(keys).toHaveLength(4);
    const passage = new Set(analyzer.terms('Pasientene på Universitetssykehuset i Helse Nord'));
    expect(keys.filter((key) => passage.has(key))).toHaveLength(4);
    expect(analyzer.contentTerms('og hvad med det?')).toEqual([]);
  });
});
