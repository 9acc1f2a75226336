import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/load.js';
import { ManifestError, loadCorpusManifest } from '../../src/ingest/manifest.js';

const REGIONS = [
  { name: 'Region Nord', country: 'Denmark' },
  { name: 'Helse Sør', country: 'Norway', aliases: ['Sør'] },
];

/** A corpus directory with the given manifest and files. */
async function corpusDir(manifest: unknown, files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'strategisvar-manifest-'));
  await writeFile(join(dir, 'manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'nord-strategi',
  region: 'Region Nord',
  language: 'da',
  title: 'Strategi',
  file: 'a.txt',
  ...over,
});

async function loadError(dir: string): Promise<ManifestError> {
  const error = await loadCorpusManifest(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ManifestError);
  return error as ManifestError;
}

describe('loadCorpusManifest', () => {
  it('loads the project corpus manifest', async () => {
    const manifest = await loadCorpusManifest('corpus');
    expect(manifest.documents.map((d) => d.id)).toHaveLength(5);
    expect(manifest.regions.map((r) => r.name)).toContain('Helse Nord');
    expect(manifest.otherRegions).toContain('Region Syddanmark');
  });

  it('fills defaults: aliases, otherRegions, noiseLines and format', async () => {
    const manifest = await loadCorpusManifest(await corpusDir({ regions: REGIONS, documents: [entry()] }, { 'a.txt': 'x' }));
    expect(manifest.regions[0].aliases).toEqual([]);
    expect(manifest).toMatchObject({ otherRegions: [], noiseLines: [] });
    expect(manifest.documents[0].format).toBe('text');
  });

  it('rejects a document whose region is not listed', async () => {
    const error = await loadError(await corpusDir({ regions: REGIONS, documents: [entry({ region: 'Region Syd' })] }, { 'a.txt': 'x' }));
    expect(error.message).toContain('documents.0.region: unknown region "Region Syd"');
  });

  it('rejects duplicate document ids', async () => {
    const dir = await corpusDir({ regions: REGIONS, documents: [entry(), entry({ file: 'b.txt' })] }, { 'a.txt': 'x', 'b.txt': 'y' });
    expect((await loadError(dir)).message).toContain('documents.1.id: duplicate document id "nord-strategi"');
  });

  it('rejects a missing file, naming the document', async () => {
    const error = await loadError(await corpusDir({ regions: REGIONS, documents: [entry({ file: 'gone.txt' })] }));
    expect(error.issues).toEqual([expect.stringContaining('"gone.txt" (document "nord-strategi") does not exist')]);
  });

  it('rejects files outside the corpus directory, unknown fields, bad values and bad patterns', async () => {
    const dir = await corpusDir(
      {
        regions: [...REGIONS, { name: 'Region Nord', country: 'Denmark' }],
        otherRegions: ['Helse Sør'],
        noiseLines: ['^(unclosed'],
        documents: [entry({ file: '../a.txt', language: 'sv', lanugage: 'da', id: 'Not A Slug' })],
      },
      { 'a.txt': 'x' },
    );
    const { issues } = await loadError(dir);
    expect(issues.join('\n')).toMatch(/documents\.0: Unrecognized key.*lanugage/);
    expect(issues.join('\n')).toContain('documents.0.language');
    expect(issues.join('\n')).toContain('documents.0.id: use lowercase letters');
    expect(issues.join('\n')).toContain('noiseLines.0: not a valid regular expression');
    const dir2 = await corpusDir(
      { regions: [...REGIONS, { name: 'Region Nord', country: 'Denmark' }], otherRegions: ['Helse Sør'], documents: [entry({ file: '../a.txt' })] },
      { 'a.txt': 'x' },
    );
    const messages = (await loadError(dir2)).issues.join('\n');
    expect(messages).toContain('regions.2.name: region "Region Nord" is listed twice');
    expect(messages).toContain('otherRegions.0: "Helse Sør" is both a corpus region and an other region');
    expect(messages).toContain('documents.0.file: "../a.txt" must be a path inside the corpus directory');
  });

  it('takes an optional source address and publication and retrieval dates, and rejects bad ones', async () => {
    const given = { sourceUrl: 'https://example.org/strategi', published: '2024-03', retrieved: '2025-01-31' };
    const dir = await corpusDir({ regions: REGIONS, documents: [entry(given)] }, { 'a.txt': 'x' });
    const [doc] = (await loadCorpus(dir)).documents;
    expect(doc.meta).toMatchObject(given);
    // Absent fields stay absent rather than undefined, so the index and the API stay clean JSON.
    const plain = (await loadCorpus(await corpusDir({ regions: REGIONS, documents: [entry()] }, { 'a.txt': 'x' }))).documents[0];
    expect(Object.keys(plain.meta)).not.toContain('sourceUrl');

    const bad = await corpusDir(
      { regions: REGIONS, documents: [entry({ sourceUrl: 'javascript:alert(1)', published: '2024-02-30', retrieved: '31.01.2025' })] },
      { 'a.txt': 'x' },
    );
    const issues = (await loadError(bad)).issues.join('\n');
    expect(issues).toContain('documents.0.sourceUrl');
    expect(issues).toContain('documents.0.published: not a calendar date');
    expect(issues).toContain('documents.0.retrieved: use YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('reports unreadable JSON clearly', async () => {
    expect((await loadError(await corpusDir('{ "regions": ['))).message).toMatch(/manifest\.json:\n {2}- not valid JSON/);
  });
});

describe('loadCorpus', () => {
  it('loads each document with its region’s country, its hints and the sha256 of its bytes', async () => {
    const corpus = await loadCorpus('corpus');
    const helse = corpus.documents.find((d) => d.meta.id === 'helse-nord-strategi')!;
    expect(helse.meta).toEqual({
      id: 'helse-nord-strategi',
      region: 'Helse Nord',
      country: 'Norway',
      language: 'no',
      title: 'Helse Nords strategi',
      file: 'helse-nord-strategi.txt',
      format: 'text',
    });
    const bytes = await readFile('corpus/helse-nord-strategi.txt');
    expect(helse.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(helse.text).toBe(bytes.toString('utf8'));
    expect(helse.hints?.noiseLines.length).toBeGreaterThan(0);
    expect(corpus.documents.find((d) => d.meta.id === 'nordjylland-vision')!.hints?.groupHeadings).toContain('Sundhed');
  });

  it('keeps the text as written (CRLF included) but strips a BOM, and rejects non-UTF-8 files', async () => {
    const dir = await corpusDir(
      { regions: REGIONS, documents: [entry()] },
      { 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Titel\r\n\r\nTekst.\r\n')]) },
    );
    const [doc] = (await loadCorpus(dir)).documents;
    expect(doc.text).toBe('Titel\r\n\r\nTekst.\r\n');
    expect(doc.sha256).toBe(createHash('sha256').update(await readFile(join(dir, 'a.txt'))).digest('hex'));

    const bad = await corpusDir({ regions: REGIONS, documents: [entry()] }, { 'a.txt': Buffer.from([0x66, 0xe6, 0x72]) });
    await expect(loadCorpus(bad)).rejects.toThrow('Document "nord-strategi" (a.txt) is not valid UTF-8 text');
  });
});
