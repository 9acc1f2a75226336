import { existsSync } from 'node:fs';
import { appendFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, loadIndex } from '../../src/index/build.js';
import { tempConfig } from '../helpers/corpus.js';

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath ?? e.path, e.name);
    out.set(full.slice(dir.length), await readFile(full));
  }
  return out;
}

/** The live build's directory (builds are named by fingerprint plus a unique suffix). */
async function liveDir(indexDir: string): Promise<string> {
  const { build } = JSON.parse(await readFile(join(indexDir, 'current.json'), 'utf8')) as { build: string };
  return join(indexDir, 'builds', build);
}
const builds = (indexDir: string) => readdir(join(indexDir, 'builds'));

describe('index build', () => {
  it('writes a complete build, points current.json at it and leaves no temp directory', async () => {
    const config = await tempConfig();
    const manifest = await buildIndex(config);
    expect(manifest).toMatchObject({ documents: 5, formatVersion: 10 });
    expect(manifest.chunks).toBeGreaterThan(50);
    const dir = await liveDir(config.INDEX_DIR);
    expect(dir).toContain(`builds/${manifest.fingerprint}-`);
    expect(await builds(config.INDEX_DIR)).toHaveLength(1);
    for (const f of ['files.json', 'manifest.json', 'chunks.bin', 'corpus.json', 'documents.bin', 'lexical.bin', 'passages.bin', 'concepts.bin', 'model/strategisvar-static/onnx/model.onnx']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect((await readdir(config.INDEX_DIR)).filter((n) => n.startsWith('.tmp'))).toEqual([]);
    expect(manifest.corpus.map((c) => c.sha256)).toHaveLength(5);
    expect(Object.keys(manifest.versions)).toContain('hnswlib-node');
  });

  it('is deterministic: two builds of the same corpus are byte-identical (but for the build time)', async () => {
    const [a, b] = [await tempConfig(), await tempConfig()];
    const [ma, mb] = [await buildIndex(a), await buildIndex(b)];
    expect(ma.fingerprint).toBe(mb.fingerprint);
    const [fa, fb] = [await filesOf(await liveDir(a.INDEX_DIR)), await filesOf(await liveDir(b.INDEX_DIR))];
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    for (const [name, bytes] of fa) {
      // The manifest holds the build time, and the file list the manifest's hash.
      if (name.endsWith('manifest.json') || name.endsWith('files.json')) continue;
      expect(bytes.equals(fb.get(name)!), name).toBe(true);
    }
  });

  it('reuses an up-to-date index and rebuilds a stale one', async () => {
    const config = await tempConfig({ copyCorpus: true });
    const first = await buildIndex(config);
    expect((await buildIndex(config)).builtAt).toBe(first.builtAt);

    await appendFile(join(config.CORPUS_DIR, 'helse-nord-strategi.txt'), '\nNy seksjon\n\nHelse Nord vil bygge et nytt sykehus i Longyearbyen.\n');
    const reasons: string[] = [];
    const loaded = await loadIndex(config, { onBuild: (r) => reasons.push(r) });
    expect(reasons).toEqual(['stale']);
    expect(loaded.manifest.fingerprint).not.toBe(first.fingerprint);
    expect(loaded.chunks.some((c) => c.text.includes('Longyearbyen'))).toBe(true);
    // The indexed texts are the ones the chunks' offsets point into.
    const helseNord = loaded.chunks.find((c) => c.text.includes('Longyearbyen'))!.documentId;
    expect(loaded.documents.text(helseNord)).toContain('nytt sykehus i Longyearbyen');
    expect(loaded.documents.sections(helseNord)!.map((s) => s.label)).toContain('Ny seksjon');
    // The old build is pruned once the new one is current.
    expect(await builds(config.INDEX_DIR)).toEqual([expect.stringMatching(new RegExp(`^${loaded.manifest.fingerprint}-`))]);
  });

  it('a crash mid-build leaves the previous index in place and nothing half-written', async () => {
    const config = await tempConfig({ copyCorpus: true });
    const good = await buildIndex(config);
    const goodDir = await liveDir(config.INDEX_DIR);
    await appendFile(join(config.CORPUS_DIR, 'region-hovedstaden-maalbillede.txt'), '\nEkstra afsnit om cykler.\n');
    await expect(
      buildIndex(config, { onProgress: (stage) => { if (stage === 'lexical') throw new Error('power cut'); } }),
    ).rejects.toThrow('power cut');
    expect(await liveDir(config.INDEX_DIR)).toBe(goodDir);
    expect((await loadIndex({ ...config, CORPUS_DIR: 'corpus' })).manifest.fingerprint).toBe(good.fingerprint);
    expect(await readdir(config.INDEX_DIR)).toEqual(expect.not.arrayContaining([expect.stringMatching(/^\.tmp/)]));
    expect(await builds(config.INDEX_DIR)).toEqual([goodDir.split('/').pop()]);
  });

  it('a crash during the very first build leaves no index at all, and the next start builds one', async () => {
    const config = await tempConfig();
    await expect(buildIndex(config, { onProgress: (s) => { if (s === 'commit') throw new Error('killed'); } })).rejects.toThrow();
    expect(existsSync(join(config.INDEX_DIR, 'current.json'))).toBe(false);
    const reasons: string[] = [];
    const loaded = await loadIndex(config, { onBuild: (r) => reasons.push(r) });
    expect(reasons).toEqual(['missing']);
    expect(loaded.chunks.length).toBe(loaded.manifest.chunks);
  });

  it('a settings change (another embedding model) makes the index stale', async () => {
    const config = await tempConfig();
    const builtin = await buildIndex(config);
    const modelDir = join(await liveDir(config.INDEX_DIR), 'model', 'strategisvar-static');
    const external = await tempConfig({ env: { INDEX_DIR: config.INDEX_DIR, EMBEDDING_MODEL: modelDir, EMBEDDING_QUERY_PREFIX: 'query: ' } });
    // The external model directory lives inside the build that is about to be replaced: copy it out first.
    const { cp, mkdtemp } = await import('node:fs/promises');
    const copy = join(await mkdtemp(join(config.INDEX_DIR, '..', 'model-')), 'my-model');
    await cp(modelDir, copy, { recursive: true });
    const other = await buildIndex({ ...external, EMBEDDING_MODEL: copy });
    expect(other.settings).toMatchObject({ queryPrefix: 'query: ' });
    expect(other.fingerprint).not.toBe(builtin.fingerprint);
    expect(existsSync(join(await liveDir(config.INDEX_DIR), 'model'))).toBe(false);
  });
});
