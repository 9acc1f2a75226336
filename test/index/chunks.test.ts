import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArrays, encodeArrays } from '../../src/index/binary.js';
import { chunksFromBytes, chunksToBytes } from '../../src/index/chunks.js';
import { documentsToBytes, StoredDocuments } from '../../src/index/documents.js';
import type { IndexedDocument } from '../../src/index/build.js';
import { chunkDocument } from '../../src/ingest/chunk.js';
import { chunkPositions } from '../../src/ingest/positions.js';
import { loadCorpus } from '../../src/ingest/load.js';
import { sectionize } from '../../src/ingest/sectionize.js';

async function realCorpus(): Promise<{ chunks: ReturnType<typeof chunkDocument>; documents: IndexedDocument[] }> {
  const corpus = await loadCorpus('corpus');
  const documents = corpus.documents.map((d) => ({ id: d.meta.id, text: d.text, sections: sectionize(d) }));
  return { documents, chunks: corpus.documents.flatMap((d, i) => chunkDocument(d, documents[i].sections)) };
}

/** Documents written to a file and opened as a server opens them. */
async function storedDocuments(documents: IndexedDocument[], bytes = documentsToBytes(documents)): Promise<StoredDocuments> {
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-documents-'));
  try {
    await writeFile(join(dir, 'documents.bin'), bytes);
    // The open file stays readable after its directory is removed, as after a newer build prunes it.
    return StoredDocuments.open(join(dir, 'documents.bin'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('chunks.bin and documents.bin', () => {
  it('give back every passage and document of the corpus exactly, in order', async () => {
    const { chunks, documents } = await realCorpus();
    const loaded = chunksFromBytes(chunksToBytes(chunks));
    expect(loaded).toEqual(chunks);
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(chunks));
    for (const chunk of loaded.slice(0, 50)) {
      const document = documents.find((d) => d.id === chunk.documentId)!;
      expect(document.text.length).toBeGreaterThanOrEqual(chunk.end);
    }
    const stored = await storedDocuments(documents);
    expect(stored.size).toBe(documents.length);
    // Read in another order than written, and twice (the second time from the decoded ones kept).
    for (const document of [...documents].reverse().concat(documents)) {
      expect(stored.text(document.id)).toBe(document.text);
      expect(stored.sections(document.id)).toEqual(document.sections);
    }
    expect(stored.text('no-such-document')).toBeUndefined();
    expect(stored.sections('no-such-document')).toBeUndefined();
  });

  it('store what passages share once: passages of one section share its strings when loaded', async () => {
    const { chunks } = await realCorpus();
    const bytes = chunksToBytes(chunks);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(JSON.stringify(chunks)) * 0.8);
    const loaded = chunksFromBytes(bytes);
    const i = loaded.findIndex((c, j) => j > 0 && c.section === loaded[j - 1].section && c.documentId === loaded[j - 1].documentId);
    expect(i).toBeGreaterThan(0);
    expect(loaded[i].sectionPath).toBe(loaded[i - 1].sectionPath);
  });

  it('keep texts with characters outside the Basic Multilingual Plane and empty texts apart', () => {
    const base = chunksFromBytes(chunksToBytes([]));
    expect(base).toEqual([]);
    const shared = { documentId: 'd', region: 'R', title: 'T', language: 'da' as const, section: 'S', sectionPath: ['S'] };
    const chunks = [
      { id: 'd#1', ...shared, text: 'emoji 😀 og æøå', start: 0, end: 10 },
      { id: 'd#2', ...shared, text: '', start: 10, end: 10 },
      { id: 'd#3', ...shared, text: '“citat” – slut', start: 11, end: 30 },
    ];
    expect(chunksFromBytes(chunksToBytes(chunks))).toEqual(chunks);
    expect(() => chunksFromBytes(documentsToBytes([]))).toThrow(/Not passages/);
  });

  it('give each loaded passage its own text however it is read: spread, serialised, or after many others', async () => {
    const { chunks } = await realCorpus();
    const loaded = chunksFromBytes(chunksToBytes(chunks));
    const copy = { ...loaded[3], id: 'copy' };
    expect(Object.getOwnPropertyDescriptor(copy, 'text')?.value).toBe(chunks[3].text);
    expect(JSON.parse(JSON.stringify(loaded[7])).text).toBe(chunks[7].text);
    // Backwards and twice over, so texts are decoded anew and also found among those kept.
    for (let i = loaded.length - 1; i >= 0; i--) expect(loaded[i].text).toBe(chunks[i].text);
    for (let i = 0; i < loaded.length; i++) expect(loaded[i].text).toBe(chunks[i].text);
  });

  it('share one map of positions by id per list of passages, loaded or not', async () => {
    const { chunks } = await realCorpus();
    const loaded = chunksFromBytes(chunksToBytes(chunks));
    const positions = chunkPositions(loaded);
    expect(chunkPositions(loaded)).toBe(positions);
    expect(positions.size).toBe(chunks.length);
    loaded.forEach((chunk, i) => expect(positions.get(chunk.id)).toBe(i));
    const reversed = [...chunks].reverse();
    expect(chunkPositions(reversed).get(chunks[0].id)).toBe(chunks.length - 1);
    expect(chunkPositions(reversed).get('no-such-passage')).toBeUndefined();
  });

  it('reject a passages file whose texts do not add up to their offsets', () => {
    const shared = { documentId: 'd', region: 'R', title: 'T', language: 'da' as const, section: 'S', sectionPath: ['S'] };
    const bytes = chunksToBytes([{ id: 'd#1', ...shared, text: 'første', start: 0, end: 6 }]);
    const { meta, arrays } = decodeArrays(bytes, 'test');
    const text = arrays.text as Uint8Array;
    expect(() => chunksFromBytes(encodeArrays(meta, { ...arrays, text: text.subarray(0, text.length - 1) }))).toThrow(/do not add up/);
  });

  it('read documents with characters outside the Basic Multilingual Plane, empty ones, and none', async () => {
    const documents = [
      { id: 'a', text: 'emoji 😀 og æøå', sections: [] },
      { id: 'b', text: '', sections: [] },
      { id: 'c', text: '“citat” – slut', sections: [] },
    ];
    const stored = await storedDocuments(documents);
    for (const d of documents) expect(stored.text(d.id)).toBe(d.text);
    expect((await storedDocuments([])).size).toBe(0);
    await expect(storedDocuments([], chunksToBytes([]))).rejects.toThrow(/Not documents/);
  });
});
