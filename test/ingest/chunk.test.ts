import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHUNK_CHARS, chunkCorpus, chunkDocument } from '../../src/ingest/chunk.js';
import { loadCorpus, type Corpus } from '../../src/ingest/load.js';
import { normalizePassageText } from '../../src/ingest/passage.js';
import type { Chunk, SourceDocument } from '../../src/ingest/types.js';
import { makeDoc } from './helpers.js';

let corpus: Corpus;
let chunks: Chunk[];
beforeAll(async () => {
  corpus = await loadCorpus('corpus');
  chunks = chunkCorpus(corpus);
});
const doc = (id: string): SourceDocument => corpus.documents.find((d) => d.meta.id === id)!;
const chunksOf = (id: string) => chunks.filter((c) => c.documentId === id);
/** A chunk's lines: paragraphs and list items. */
const lines = (c: Chunk) => c.text.split('\n');

describe('chunkCorpus', () => {
  it('every chunk is its source span, normalised', () => {
    for (const c of chunks) {
      expect(normalizePassageText(doc(c.documentId).text.slice(c.start, c.end)), c.id).toBe(c.text);
    }
  });

  it('chunks follow the sections in text order, without overlapping, and carry the document metadata', () => {
    for (const d of corpus.documents) {
      const own = chunksOf(d.meta.id);
      expect(own.length).toBeGreaterThan(0);
      own.forEach((c, i) => {
        expect(c).toMatchObject({ id: `${d.meta.id}#${i + 1}`, region: d.meta.region, title: d.meta.title, language: d.meta.language });
        expect(c.section).toBe(c.sectionPath.join(' › '));
        if (i > 0) expect(c.start).toBeGreaterThanOrEqual(own[i - 1].end);
      });
    }
  });

  it('carries the document’s provenance, when the manifest gives it', () => {
    const d = doc('helse-nord-strategi');
    const dated = { ...d, meta: { ...d.meta, sourceUrl: 'https://example.org/strategi', published: '2023' } };
    expect(chunkDocument(dated)[0]).toMatchObject({ sourceUrl: 'https://example.org/strategi', published: '2023' });
    expect(chunkDocument(d)[0]).not.toHaveProperty('sourceUrl');
  });

  it('is deterministic', () => {
    expect(chunkCorpus(corpus)).toEqual(chunks);
  });

  it('keeps chunks quotable: at most MAX_CHUNK_CHARS, unless a single bullet or sentence is longer', () => {
    for (const c of chunks) expect(c.text.length, c.id).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    const d = makeDoc(`Titel\n\nAfsnit\n\n• ${'Et meget langt punkt uden ende '.repeat(25)}slut.\n`);
    const [only] = chunkDocument(d);
    expect(only.text.length).toBeGreaterThan(MAX_CHUNK_CHARS);
    expect(lines(only)).toHaveLength(1);
  });

  it('never lets noise into a chunk', () => {
    const noise = ['Side 3', 'Fant du det du lette etter', 'Redaktør', 'Læs mere om', 'Strategihjul med grafisk illustration'];
    for (const c of chunks) for (const n of noise) expect(c.text, c.id).not.toContain(n);
  });

  it('covers every bullet of the sources exactly once, whole', () => {
    for (const d of corpus.documents) {
      const sourceBullets = d.text.split('\n').filter((l) => /^\s*[•\uF0A7]\s/.test(l)).length;
      const chunkBullets = chunksOf(d.meta.id).flatMap(lines).filter((l) => l.startsWith('• ')).length;
      expect(chunkBullets, d.meta.id).toBe(sourceBullets);
    }
  });

  it('joins a PDF bullet broken across a blank line into one line', () => {
    const all = chunksOf('midtjylland-sigtelinjer').flatMap(lines);
    expect(all).toContain('Vi spilder ikke patienternes tid - vi sørger for, at så meget som muligt kan foregå på samme dag.');
    expect(all).toContain('AUH holder balancen som højtspecialiseret hospital og akuthospital for Aarhus og omegn.');
    expect(all).not.toContain('samme dag.');
  });

  it('keeps a lead-in line with the bullets after it', () => {
    const leadIns = ['Helse Nord vil:', 'Våre målsettinger er:', 'Vår målsetting er:', 'Eksempler:'];
    for (const c of chunks) {
      const i = lines(c).findIndex((l) => leadIns.includes(l));
      if (i === -1) continue;
      expect(i, c.id).toBe(0);
      expect(lines(c).length, c.id).toBeGreaterThan(1);
    }
    const vil = chunksOf('helse-nord-strategi').filter((c) => c.text.startsWith('Helse Nord vil:'));
    expect(vil).toHaveLength(7);
    expect(chunksOf('midtjylland-sigtelinjer').filter((c) => c.text.startsWith('Eksempler:\n'))).toHaveLength(10);
  });

  it('groups up to four bullets per chunk, split evenly', () => {
    for (const c of chunks) expect(lines(c).filter((l) => l.startsWith('• ')).length, c.id).toBeLessThanOrEqual(4);
    const respekt = chunksOf('nordjylland-vision').filter((c) => c.section === 'Sundhed › Respekt for patientens tid');
    expect(respekt.map((c) => lines(c).length)).toEqual([2, 3]);
  });

  it('turns bullet glyphs, wrapped lines and no-break spaces into plain text', () => {
    const slide = chunksOf('midtjylland-politisk-ambition').find((c) => c.section === 'Personaleressourcer › Udfordringen')!;
    expect(slide.text).toBe(
      'Hvordan identificerer og kvalificerer vi udfordringen om manglende arbejdskraft i de kommende år?\n' +
        '• Vi ved, at om nogle år skal færre medarbejdere passe og behandle flere patienter.\n' +
        '• Vi vil afdække, hvilket omfang udfordringen får nu og fremadrettet, og hvordan den rammer.',
    );
    for (const c of chunks) expect(c.text, c.id).not.toMatch(/[\u00a0\uF0A7\uF0B7]|\s\n|\n\s| {2}/);
  });

  it('splits a long paragraph at sentence ends into balanced chunks', () => {
    const sentence = (n: number) => `Sætning nummer ${n} handler om noget ret vigtigt for regionens borgere og patienter.`;
    const paragraph = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');
    const d = makeDoc(`Titel\n\nAfsnit\n\n${paragraph}\n`);
    const parts = chunkDocument(d);
    expect(parts.length).toBe(Math.ceil(paragraph.length / MAX_CHUNK_CHARS));
    expect(parts.map((c) => c.text).join(' ')).toBe(paragraph);
    for (const c of parts) {
      expect(c.text).toMatch(/^Sætning .*borgere og patienter\.$/);
      expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    }
    const sizes = parts.map((c) => c.text.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(100);
  });

  it('keeps a short paragraph without a full stop (a tagline, a question) with what follows', () => {
    const values = chunksOf('nordjylland-vision').find((c) => c.section === 'Organisatorisk fundament › Værdier i Region Nordjylland')!;
    expect(lines(values)[0]).toBe('iTOP. Indflydelse. Tillid. Ordentlighed. Professionalisme');
    expect(lines(values)).toHaveLength(2);
  });

  it('numbers chunks per document from 1', () => {
    const ids = chunks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(chunksOf('helse-nord-strategi')[0].id).toBe('helse-nord-strategi#1');
  });
});
