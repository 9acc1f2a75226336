import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { HuggingFaceTransformersEmbeddings } from '@langchain/community/embeddings/huggingface_transformers';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DIMENSIONS, MODEL_FILES, buildStaticModel } from '../../src/index/model.js';
import { nordicSkeleton } from '../../src/index/model/features.js';
import { buildVocabulary, preTokenize } from '../../src/index/model/tokenizer.js';
import { corpusPassages } from './fixtures/corpus.js';

const cosine = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + x * b[i], 0);

let root: string;
let modelDir: string;
let model: HuggingFaceTransformersEmbeddings;
const passages = corpusPassages();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'strategisvar-model-'));
  modelDir = join(root, 'static');
  await buildStaticModel({ dir: modelDir, corpusTexts: passages });
  env.allowRemoteModels = false;
  model = new HuggingFaceTransformersEmbeddings({ model: modelDir, pretrainedOptions: { local_files_only: true } });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('buildStaticModel', () => {
  it('writes a transformers.js model directory', async () => {
    for (const file of MODEL_FILES) expect((await stat(join(modelDir, file))).size).toBeGreaterThan(0);
    const config = JSON.parse(await readFile(join(modelDir, 'config.json'), 'utf8'));
    expect(config.model_type).toBe('bert');
    expect(config.hidden_size).toBe(DEFAULT_DIMENSIONS);
    const tokenizerConfig = JSON.parse(await readFile(join(modelDir, 'tokenizer_config.json'), 'utf8'));
    expect(tokenizerConfig.pad_token).toBe('[PAD]');
    expect(tokenizerConfig.model_max_length).toBeGreaterThanOrEqual(512);
  });

  it('writes byte-identical files for the same input, different ones for a different corpus', async () => {
    const again = join(root, 'again');
    const other = join(root, 'other');
    await buildStaticModel({ dir: again, corpusTexts: passages });
    await buildStaticModel({ dir: other, corpusTexts: passages.slice(1) });
    for (const file of MODEL_FILES) {
      expect((await readFile(join(again, file))).equals(await readFile(join(modelDir, file))), file).toBe(true);
    }
    expect((await readFile(join(other, 'onnx/model.onnx'))).equals(await readFile(join(modelDir, 'onnx/model.onnx')))).toBe(false);
  });

  it('sizes the vectors as asked and rejects nonsense dimensions or an empty corpus', async () => {
    const info = await buildStaticModel({ dir: join(root, 'small'), corpusTexts: passages.slice(0, 5), dimensions: 32 });
    expect(info.dimensions).toBe(32);
    await expect(buildStaticModel({ dir: join(root, 'bad'), corpusTexts: passages, dimensions: 0 })).rejects.toThrow(/dimensions/);
    await expect(buildStaticModel({ dir: join(root, 'bad'), corpusTexts: [] })).rejects.toThrow(/no corpus texts/);
  });

  it('tokenizes every corpus word whole, folding æ/ø/å like the build (å stays "aa", not "a")', async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(modelDir, { local_files_only: true });
    for (const passage of passages) expect(tokenizer.tokenize(passage)).toEqual(preTokenize(passage));
    expect(tokenizer.tokenize('Bæredygtighed PÅ sygehus i Tromsø')).toEqual(['baeredygtighed', 'paa', 'sygehus', 'i', 'tromsoe']);
    // An unseen word is split into known pieces, never [UNK].
    expect(tokenizer.tokenize('ventetidrne xqzw')).not.toContain('[UNK]');
  });
});

describe('a bounded vocabulary', () => {
  const words = [...new Set(passages.flatMap(preTokenize))];
  const frequency = new Map<string, number>();
  for (const passage of passages) for (const w of new Set(preTokenize(passage))) frequency.set(w, (frequency.get(w) ?? 0) + 1);

  it('holds every word and piece while they fit, and never more rows than allowed', () => {
    const all = buildVocabulary(words);
    expect(all).toEqual(expect.arrayContaining(words));
    expect(buildVocabulary(words, { maxTokens: all.length + 10 })).toEqual(all);
    const bounded = buildVocabulary(words, { maxTokens: 1536, documentFrequency: frequency });
    expect(bounded.length).toBeLessThanOrEqual(1536);
    expect(bounded.length).toBeGreaterThan(1500);
  });

  it('keeps the most frequent words whole and splits rare ones into known pieces', async () => {
    const dir = join(root, 'bounded');
    await buildStaticModel({ dir, corpusTexts: passages, maxTokens: 1536 });
    const tokenizer = await AutoTokenizer.from_pretrained(dir, { local_files_only: true });
    const vocab = JSON.parse(await readFile(join(dir, 'tokenizer.json'), 'utf8')).model.vocab as Record<string, number>;
    expect(Object.keys(vocab).length).toBeLessThanOrEqual(1536);
    const [common] = [...frequency].filter(([w]) => w.length > 4).sort((a, b) => b[1] - a[1])[0];
    expect(tokenizer.tokenize(common)).toEqual([common]);
    const rare = words.find((w) => w.length > 12 && !(w in vocab))!;
    const pieces = tokenizer.tokenize(rare);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces).not.toContain('[UNK]');
    // Read as its pieces, a rare word still lands nearer its own spelling with a typo than elsewhere.
    const embedder = new HuggingFaceTransformersEmbeddings({ model: dir, pretrainedOptions: { local_files_only: true } });
    const [word, typo, other] = await embedder.embedDocuments([rare, rare.slice(0, -2) + rare.slice(-1), 'kulturliv']);
    expect(cosine(word, typo)).toBeGreaterThan(cosine(word, other));
  });

  it('refuses a bound that would pass the 2 GiB ONNX limit', async () => {
    await expect(buildStaticModel({ dir: join(root, 'huge'), corpusTexts: passages, maxTokens: 3_000_000 })).rejects.toThrow(/2 GiB/);
  });

  it('applies table adjustments before writing, e.g. pulling two words together', async () => {
    const dir = join(root, 'adjusted');
    await buildStaticModel({
      dir,
      corpusTexts: passages,
      adjustments: [
        (table) => {
          const [a, b] = [table.row('klimaet')!, table.row('kulturliv')!];
          for (let d = 0; d < table.dimensions; d++) b[d] = a[d];
        },
      ],
    });
    const embedder = new HuggingFaceTransformersEmbeddings({ model: dir, pretrainedOptions: { local_files_only: true } });
    const [a, b] = await embedder.embedDocuments(['klimaet', 'kulturliv']);
    expect(cosine(a, b)).toBeCloseTo(1, 5);
    const [x, y] = await model.embedDocuments(['klimaet', 'kulturliv']);
    expect(cosine(x, y)).toBeLessThan(0.9);
  });
});

describe('the static model through LangChain HuggingFaceTransformersEmbeddings', () => {
  it('loads from disk without any network access', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const [vector] = await model.embedDocuments(['Korte ventetider på sygehuset']);
    expect(vector).toHaveLength(DEFAULT_DIMENSIONS);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('fails clearly for a missing model directory instead of downloading', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const missing = new HuggingFaceTransformersEmbeddings({
      model: join(root, 'does-not-exist'),
      pretrainedOptions: { local_files_only: true },
      maxRetries: 0,
    });
    await expect(missing.embedQuery('x')).rejects.toThrow(/does-not-exist/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('gives unit-length, deterministic vectors, also for empty or unknown text', async () => {
    const texts = ['Respekt for patientens tid', '', '😀 ??', passages[3]];
    const first = await model.embedDocuments(texts);
    const second = await model.embedDocuments(texts);
    expect(second).toEqual(first);
    for (const vector of first) {
      expect(vector.every(Number.isFinite)).toBe(true);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
    }
  });

  /** Each query's correct form must beat every unrelated corpus word. */
  const UNRELATED = ['kulturliv', 'madspild', 'ambulancetjenesten', 'genanvendelse', 'forskning', 'arbejdsmiljø', 'bredbåndsforbindelse', 'nyfødte', 'psykiatri', 'økonomi'];
  const NEAR: [query: string, correct: string][] = [
    ['ventetiderne', 'ventetid'],
    ['ventetidrne', 'ventetid'],
    ['vententider', 'ventetider'],
    ['baeredygtighed', 'bæredygtighed'],
    ['beredygtighed', 'bæredygtighed'],
    ['sygehus', 'sykehus'],
    ['patienter', 'pasienter'],
    ['samisktalende', 'samisk talende'],
    ['klimaaftryk', 'klimaet'],
    ['kommunikation', 'kommunikasjon'],
    ['tilgængelighed', 'tilgjengelighet'],
    ['sikkerhed', 'sikkerhet'],
    ['rekrutering', 'rekruttering'],
    ['overdoedelighed', 'overdødelighed'],
    ['telemedicin', 'telemedisinske'],
  ];

  it.each(NEAR)('puts %s nearer to %s than to unrelated words', async (query, correct) => {
    const [q, right, ...wrong] = await model.embedDocuments([query, correct, ...UNRELATED.filter((w) => w !== correct)]);
    const best = Math.max(...wrong.map((w) => cosine(q, w)));
    expect(cosine(q, right)).toBeGreaterThan(best);
  });

  it('finds a passage from three of its words, typo-ridden, among all corpus passages', async () => {
    const vectors = await model.embedDocuments(passages);
    const rankOf = async (query: string, needle: string): Promise<number> => {
      const q = await model.embedQuery(query);
      const target = passages.findIndex((p) => p.includes(needle));
      const order = vectors.map((v, i) => [cosine(q, v), i] as const).sort((a, b) => b[0] - a[0]);
      return order.findIndex(([, i]) => i === target);
    };
    expect(await rankOf('uverdige ventetidr desentralisering', 'Å eliminere uverdige ventetider')).toBeLessThan(3);
    expect(await rankOf('mere baeredygtigt forbrg', 'bæredygtigt forbrug af')).toBeLessThan(3);
    expect(await rankOf('spesielle behov for samisktalende', 'samisk talende')).toBeLessThan(3);
  });
});

describe('nordicSkeleton', () => {
  it.each([
    ['sygehus', 'sykehus'],
    ['patient', 'pasient'],
    ['kommunikation', 'kommunikasjon'],
    ['sikkerhed', 'sikkerhet'],
    ['vej', 'vei'],
    ['hoej', 'hoey'],
    ['af', 'av'],
  ])('gives %s and %s the same skeleton', (danish, norwegian) => {
    expect(nordicSkeleton(danish)).toBe(nordicSkeleton(norwegian));
  });

  it('keeps unrelated words apart', () => {
    expect(nordicSkeleton('klima')).not.toBe(nordicSkeleton('kultur'));
    expect(nordicSkeleton('tid')).not.toBe(nordicSkeleton('tag'));
  });
});
