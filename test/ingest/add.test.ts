import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AddDocumentError, addDocument, slugify } from '../../src/ingest/add.js';
import { chunkCorpus } from '../../src/ingest/chunk.js';
import { loadCorpus } from '../../src/ingest/load.js';
import { loadCorpusManifest } from '../../src/ingest/manifest.js';

const DANISH = `Sundhed på tværs

Vores mål

Vi vil gøre det lettere for borgerne at få hjælp, når de har brug for det, og vi samarbejder med kommunerne om det.

Eksempler:

 • Flere sundhedshuse tæt på borgerne.
 • Kortere ventetid på genoptræning.
`;

const NORWEGIAN = `# Helse Vest sin strategi

## Pasientens helsetjeneste

Vi skal gjøre det enklere for pasientene å få hjelp når de trenger det, og vi vil ikke at noen skal vente unødig.
`;

/** A copy of the project corpus and a directory of files to add. */
async function setup(files: Record<string, string> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'strategisvar-add-'));
  const corpusDir = join(root, 'corpus');
  await cp('corpus', corpusDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
  return { root, corpusDir, snapshot: async () => ({ files: (await readdir(corpusDir)).sort(), manifest: await readFile(join(corpusDir, 'manifest.json'), 'utf8') }) };
}

describe('addDocument', () => {
  it('adds a document in a new region: file copied under a slug, region added and no longer an "other" region', async () => {
    const { root, corpusDir } = await setup({ 'sundhed.txt': DANISH });
    const added = await addDocument({
      corpusDir,
      file: join(root, 'sundhed.txt'),
      region: 'Region Syddanmark',
      country: 'Denmark',
      title: 'Sundhed på tværs',
    });
    expect(added).toMatchObject({
      entry: {
        id: 'region-syddanmark-sundhed-paa-tvaers',
        region: 'Region Syddanmark',
        language: 'da',
        file: 'region-syddanmark-sundhed-paa-tvaers.txt',
        format: 'text',
      },
      regionAdded: true,
      sections: ['Vores mål'],
      chunks: 2,
    });
    expect(await readFile(join(corpusDir, added.entry.file), 'utf8')).toBe(DANISH);

    const manifest = await loadCorpusManifest(corpusDir);
    expect(manifest.regions.at(-1)).toEqual({ name: 'Region Syddanmark', country: 'Denmark', aliases: ['Syddanmark'] });
    expect(manifest.otherRegions).not.toContain('Region Syddanmark');
    expect(manifest.otherRegions).not.toContain('Syddanmark');
    expect(manifest.otherRegions).toContain('Region Sjælland');
    expect(manifest.documents).toHaveLength(6);
    // Hand-written fields survive the rewrite.
    expect(manifest.documents[0].groupHeadings).toContain('Sundhed');
    expect(manifest.noiseLines.length).toBeGreaterThan(0);

    const corpus = await loadCorpus(corpusDir);
    const chunks = chunkCorpus(corpus).filter((c) => c.documentId === added.entry.id);
    expect(chunks.map((c) => [c.region, c.section])).toEqual([
      ['Region Syddanmark', 'Vores mål'],
      ['Region Syddanmark', 'Vores mål'],
    ]);
    expect(corpus.documents.at(-1)!.meta.country).toBe('Denmark');
  });

  it('finds an existing region by alias, detects the language and takes Markdown as Markdown', async () => {
    const { root, corpusDir } = await setup({ 'vest.md': NORWEGIAN });
    const added = await addDocument({ corpusDir, file: join(root, 'vest.md'), region: 'nord-norge', title: 'Helse Vest sin strategi', id: 'helse-nord-vest' });
    expect(added.entry).toMatchObject({ region: 'Helse Nord', language: 'no', format: 'markdown', file: 'helse-nord-vest.md' });
    expect(added.regionAdded).toBe(false);
    expect(added.sections).toEqual(['Pasientens helsetjeneste']);
  });

  it('refuses bad requests with a clear message and leaves the corpus untouched', async () => {
    const { root, corpusDir, snapshot } = await setup({ 'a.txt': DANISH, 'a.pdf': '%PDF', 'empty.txt': '\n\n  \n' });
    const before = await snapshot();
    const attempt = (over: Partial<Parameters<typeof addDocument>[0]>) =>
      addDocument({ corpusDir, file: join(root, 'a.txt'), region: 'Region Nordjylland', title: 'Ny strategi', ...over });

    await expect(attempt({ region: 'Region Syddanmark' })).rejects.toThrow(/"Region Syddanmark" is a new region .*pass --country/);
    await expect(attempt({ country: 'Norway' })).rejects.toThrow('Region Nordjylland is in Denmark, not Norway');
    await expect(attempt({ id: 'helse-nord-strategi' })).rejects.toThrow('A document with id "helse-nord-strategi" already exists');
    await expect(attempt({ id: 'Ikke Et Id' })).rejects.toThrow(/documents\.5\.id: use lowercase letters/);
    await expect(attempt({ file: join(root, 'a.pdf') })).rejects.toThrow('only plain text (.txt) and Markdown (.md)');
    await expect(attempt({ file: join(root, 'missing.txt') })).rejects.toThrow('no such file');
    await expect(attempt({ file: join(root, 'empty.txt') })).rejects.toThrow('no text content found');
    await expect(attempt({ title: '  ' })).rejects.toBeInstanceOf(AddDocumentError);
    await expect(attempt({ provenance: { published: '2024-13' } })).rejects.toThrow('documents.5.published: not a calendar date');

    expect(await snapshot()).toEqual(before);
  });

  it('slugs names readably', () => {
    expect(slugify('Region Sjælland: Sundhed på tværs — 2030!')).toBe('region-sjaelland-sundhed-paa-tvaers-2030');
    expect(slugify('a'.repeat(40) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(40));
  });
});

describe('npm run add-document', () => {
  const run = (args: string[], corpusDir: string) =>
    spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/add-document.ts', ...args], {
      env: { ...process.env, CORPUS_DIR: corpusDir },
      encoding: 'utf8',
    });

  it('adds a document with --no-build and reports what it found', async () => {
    const { root, corpusDir } = await setup({ 'sundhed.txt': DANISH });
    const result = run([join(root, 'sundhed.txt'), '--region', 'Region Sjælland', '--country', 'Denmark', '--title', 'Sundhed på tværs', '--no-build'], corpusDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('added region-sjaelland-sundhed-paa-tvaers: region-sjaelland-sundhed-paa-tvaers.txt (Region Sjælland, new region, da, text)');
    expect(result.stdout).toContain('npm run build-index');
    expect((await loadCorpusManifest(corpusDir)).documents.at(-1)!.region).toBe('Region Sjælland');
  });

  it('records where the document comes from and when, if given', async () => {
    const { root, corpusDir } = await setup({ 'sundhed.txt': DANISH });
    const source = ['--source-url', 'https://example.org/sundhed', '--published', '2024-05', '--retrieved', '2025-01-31'];
    const result = run([join(root, 'sundhed.txt'), '--region', 'Region Nordjylland', '--title', 'Sundhed', ...source, '--no-build'], corpusDir);
    expect(result.status).toBe(0);
    expect((await loadCorpusManifest(corpusDir)).documents.at(-1)).toMatchObject({
      sourceUrl: 'https://example.org/sundhed',
      published: '2024-05',
      retrieved: '2025-01-31',
    });
  });

  it('explains bad arguments with exit code 2 and a usage line', async () => {
    const { root, corpusDir } = await setup({ 'sundhed.txt': DANISH });
    const missingTitle = run([join(root, 'sundhed.txt'), '--region', 'Region Nordjylland', '--language', 'da'], corpusDir);
    expect(missingTitle.status).toBe(2);
    expect(missingTitle.stderr).toContain('add-document: --title is required');
    expect(missingTitle.stderr).toContain('Usage: npm run add-document');

    const unknownRegion = run([join(root, 'sundhed.txt'), '--region', 'Region X', '--title', 'T', '--no-build'], corpusDir);
    expect(unknownRegion.status).toBe(1);
    expect(unknownRegion.stderr).toMatch(/^add-document: "Region X" is a new region/);
    expect(unknownRegion.stderr).not.toContain('    at ');
  });
});
