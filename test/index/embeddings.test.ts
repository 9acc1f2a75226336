import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEmbeddings, resolveEmbeddingSpec } from '../../src/index/embeddings.js';
import { STATIC_MODEL_NAME, buildStaticModel } from '../../src/index/model.js';
import { corpusPassages } from './fixtures/corpus.js';

let root: string;
/** A second, "external" model: named like an e5 model, so prefixes are inferred. */
let e5Dir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'strategisvar-embeddings-'));
  e5Dir = join(root, 'tiny-e5-test');
  // "query" and "passage" in the corpus make the prefixes real words with weight in this model.
  await buildStaticModel({ dir: e5Dir, corpusTexts: [...corpusPassages().slice(0, 40), 'query passage', 'x y z'], dimensions: 64 });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('resolveEmbeddingSpec', () => {
  it('uses the built-in model without prefixes when EMBEDDING_MODEL is unset', () => {
    const spec = resolveEmbeddingSpec(loadConfig({}), 'index/model');
    expect(spec).toEqual({ modelDir: join(process.cwd(), 'index/model'), queryPrefix: '', passagePrefix: '', name: STATIC_MODEL_NAME });
  });

  it('resolves EMBEDDING_MODEL against the working directory and infers e5 prefixes from its name', () => {
    const spec = resolveEmbeddingSpec(loadConfig({ EMBEDDING_MODEL: relative(process.cwd(), e5Dir) }), 'unused');
    expect(spec).toEqual({ modelDir: e5Dir, queryPrefix: 'query: ', passagePrefix: 'passage: ', name: 'tiny-e5-test' });
  });

  it('gives other models no prefixes, and explicit prefix settings win over inference', () => {
    expect(resolveEmbeddingSpec(loadConfig({ EMBEDDING_MODEL: '/models/all-MiniLM-L6-v2' }), '')).toMatchObject({
      queryPrefix: '',
      passagePrefix: '',
      name: 'all-MiniLM-L6-v2',
    });
    expect(resolveEmbeddingSpec(loadConfig({ EMBEDDING_MODEL: '/models/gte-e50' }), '').queryPrefix).toBe('');
    const explicit = resolveEmbeddingSpec(
      loadConfig({ EMBEDDING_MODEL: e5Dir, EMBEDDING_QUERY_PREFIX: 'q> ', EMBEDDING_PASSAGE_PREFIX: '' }),
      '',
    );
    expect(explicit).toMatchObject({ queryPrefix: 'q> ', passagePrefix: '' });
  });
});

describe('createEmbeddings', () => {
  it('embeds with the external model and puts the prefixes in front of the text the tokenizer sees', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const spec = resolveEmbeddingSpec(loadConfig({ EMBEDDING_MODEL: e5Dir }), 'unused');
    const prefixed = createEmbeddings(spec);
    const plain = createEmbeddings({ ...spec, queryPrefix: '', passagePrefix: '' });

    const query = await prefixed.embedQuery('ventetider');
    expect(query).toHaveLength(64);
    expect(query).toEqual(await plain.embedQuery('query: ventetider'));
    expect(query).not.toEqual(await plain.embedQuery('ventetider'));

    const [passage] = await prefixed.embedDocuments(['ventetider']);
    expect(passage).toEqual(await plain.embedQuery('passage: ventetider'));
    expect(passage).not.toEqual(query);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('embeds many documents in order, one vector each', async () => {
    const embeddings = createEmbeddings({ modelDir: e5Dir, queryPrefix: '', passagePrefix: '', name: 'x' });
    const texts = Array.from({ length: 70 }, (_, i) => `tekst nummer ${i} om ${i % 2 ? 'klima' : 'ventetid'}`);
    const all = await embeddings.embedDocuments(texts);
    expect(all).toHaveLength(70);
    expect(all[69]).toEqual(await embeddings.embedQuery(texts[69]));
    expect(all[2]).toEqual(await embeddings.embedQuery(texts[2]));
  });

  it('refuses a missing directory, naming it', () => {
    const dir = join(root, 'nowhere');
    expect(() => createEmbeddings({ modelDir: dir, queryPrefix: '', passagePrefix: '', name: 'x' })).toThrow(
      `Embedding model directory not found: ${dir}`,
    );
  });

  it('refuses an incomplete directory, naming the missing files', async () => {
    const dir = join(root, 'broken');
    await buildStaticModel({ dir, corpusTexts: ['lidt tekst'], dimensions: 8 });
    await unlink(join(dir, 'tokenizer.json'));
    await unlink(join(dir, 'onnx/model.onnx'));
    const spec = { modelDir: dir, queryPrefix: '', passagePrefix: '', name: 'x' };
    expect(() => createEmbeddings(spec)).toThrow(/incomplete: missing tokenizer\.json, onnx\/model\.onnx or onnx\/model_quantized\.onnx/);
  });
});
