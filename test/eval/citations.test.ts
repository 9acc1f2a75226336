import { describe, expect, it } from 'vitest';
import { canonicalText, CitationChecker, citationValidity } from '../../src/eval/citations.js';
import type { EvalCorpus } from '../../src/eval/corpus.js';
import { loadEvalCorpus } from '../../src/eval/load-corpus.js';
import { chunkCorpus } from '../../src/ingest/chunk.js';
import { loadCorpus } from '../../src/ingest/load.js';
import { tinyCorpus } from './fakes.js';

const checker = new CitationChecker(tinyCorpus);
const at = (section: string, quote: string, documentId = 'doc-a', region = 'Region A') => ({ documentId, region, section, quote });

describe('citation validity', () => {
  it('accepts a quote from the cited section across the source’s line breaks and bullet glyphs', () => {
    expect(checker.check(at('Ventetid', 'Korte ventetider og hurtig udredning for alle patienter.'))).toBe('valid');
    expect(checker.check(at('Ventetid', '• Ambulancen skal komme hurtigt.'))).toBe('valid');
  });

  it('distinguishes a quote from another section from one that is not in the document at all', () => {
    expect(checker.check(at('Klima', 'Ambulancen skal komme hurtigt.'))).toBe('wrong-section');
    expect(checker.check(at('Findes ikke', 'Ambulancen skal komme hurtigt.'))).toBe('wrong-section');
    expect(checker.check(at('Ventetid', 'Ambulancen skal komme om en uge.'))).toBe('not-in-document');
    expect(checker.check(at('Ventetid', ''))).toBe('not-in-document');
  });

  it('rejects an unknown document and a region that is not the document’s', () => {
    expect(checker.check(at('Ventetid', 'Korte ventetider', 'doc-x'))).toBe('unknown-document');
    expect(checker.check(at('Ventetid', 'Korte ventetider', 'doc-a', 'Helse B'))).toBe('wrong-region');
  });

  it('joins a section’s spans, so a label with two blocks is one section', () => {
    const text = 'Intro\nA første del.\nAndet afsnit.\nB anden del.';
    const corpus: EvalCorpus = {
      regions: ['R'],
      documents: [
        {
          id: 'd',
          region: 'R',
          title: 't',
          language: 'da',
          text,
          sections: [
            { label: 'A', start: text.indexOf('A første'), end: text.indexOf('Andet') - 1 },
            { label: 'Andet', start: text.indexOf('Andet'), end: text.indexOf('B anden') - 1 },
            { label: 'A', start: text.indexOf('B anden'), end: text.length },
          ],
        },
      ],
    };
    const c = new CitationChecker(corpus);
    expect(c.check({ documentId: 'd', region: 'R', section: 'A', quote: 'B anden del.' })).toBe('valid');
    expect(c.check({ documentId: 'd', region: 'R', section: 'A', quote: 'Andet afsnit.' })).toBe('wrong-section');
  });

  it('is the share of valid citations, null with none', () => {
    expect(citationValidity(['valid', 'wrong-section', 'valid', 'not-in-document'])).toBe(0.5);
    expect(citationValidity([])).toBeNull();
  });

  it('reads the source like the ingest does (PDF bullet glyphs, wrapped lines)', () => {
    const text = 'Eksempler:\n\uF0B7 Vi fremmer \ngenanvendelse.\n\uF0B7 Vi mindsker spild.';
    const c = new CitationChecker({ regions: ['R'], documents: [{ id: 'd', region: 'R', title: 't', language: 'da', text, sections: [{ label: 'S', start: 0, end: text.length }] }] });
    expect(c.check({ documentId: 'd', region: 'R', section: 'S', quote: '• Vi fremmer genanvendelse.' })).toBe('valid');
    expect(c.check({ documentId: 'd', region: 'R', section: 'S', quote: 'Vi fremmer genanvendelse. Vi mindsker spild.' })).toBe('valid');
  });

  it('canonical text drops layout only', () => {
    expect(canonicalText(' •  Korte\n   ventetider\u00a0nu ')).toBe('Korte ventetider nu');
  });
});

describe('citation validity on the real corpus', () => {
  it('accepts every chunk as a quote of its own section and rejects it under another', async () => {
    const checker = new CitationChecker(await loadEvalCorpus('corpus'));
    const chunks = chunkCorpus(await loadCorpus('corpus'));
    expect(chunks.length).toBeGreaterThan(40);
    for (const c of chunks) {
      expect(checker.check({ documentId: c.documentId, region: c.region, section: c.section, quote: c.text }), c.id).toBe('valid');
    }
    const other = chunks.find((c) => c.documentId === chunks[0].documentId && c.section !== chunks[0].section);
    expect(checker.check({ ...chunks[0], section: other?.section ?? '', quote: chunks[0].text })).toBe('wrong-section');
  });
});
