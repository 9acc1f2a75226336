import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chunkCorpus } from '../ingest/chunk.js';
import { loadCorpus } from '../ingest/load.js';
import { MANIFEST_FILE } from '../ingest/manifest.js';
import type { Language } from '../shared/api.js';
import { foldNordic } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import {
  DERIVATION_SUFFIXES,
  NAME_SYLLABLES,
  NORWEGIAN_ENDINGS,
  NORWEGIAN_WORDS,
  SYNTHETIC_REGIONS,
  TITLE_WORDS,
} from './synthetic-data.js';

/**
 * A synthetic corpus for the scale benchmark: every Danish region's and Norwegian health trust's
 * strategies, with history, made from the real documents' own sentences. It is written as ordinary
 * Markdown documents plus a manifest, so building and serving it goes through exactly the code a real
 * corpus does; nothing downstream knows it is synthetic.
 *
 * Realistic in the ways that drive cost:
 * - passages are recombined sentences and bullet lists of the real documents (Norwegian ones partly
 *   respelled from Danish), about the real passages' length, one passage per block;
 * - the vocabulary keeps growing with the corpus, as in real text (Heaps' law): a share of the content
 *   words is replaced by words drawn from an unbounded, Zipf-distributed list (the real words first, then
 *   compounds, derivations and place names made from them), so most draws are common words and new words
 *   keep appearing at a falling rate;
 * - the five real documents are part of it, so real questions have real answers among the noise.
 * Deterministic: the same size and seed give byte-identical files.
 */

export interface SyntheticCorpusOptions {
  /** Passages (chunks) to aim for, the real documents' included; the result is within a few percent. */
  passages: number;
  /** The real corpus whose documents are copied in and whose sentences are recombined. */
  sourceDir: string;
  /** Where to write the corpus (manifest.json and one file per document); created if missing. */
  outDir: string;
  seed?: number;
}

export interface SyntheticCorpusInfo {
  documents: number;
  /** Blocks written, each of which the chunker turns into one passage (plus the real documents' passages). */
  passages: number;
  bytes: number;
}

/** Share of a sentence's longer content words replaced by a drawn word. */
const REPLACED_SHARE = 0.3;
/**
 * The word list's Zipf tail: the chance a draw lands beyond rank x is (1 + x / ZIPF_SCALE)^−ZIPF_EXPONENT.
 * Chosen so the vocabulary grows like real Danish text (~100k word types at 100k passages).
 */
const ZIPF_SCALE = 400;
const ZIPF_EXPONENT = 0.4;
const PASSAGES_PER_DOCUMENT = { min: 20, max: 120 };
const BLOCKS_PER_SECTION = { min: 2, max: 8 };
const BULLET_LIST_SHARE = 0.3;
/** A paragraph is one passage only while it stays under the chunker's limit (500 characters). */
const MAX_PARAGRAPH_CHARS = 460;

/** mulberry32: small, fast and good enough to make text; seeded, so output is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of an integer, to derive a synthetic word from its rank without storing it. */
function hashInt(n: number, salt: number): number {
  let h = Math.imul(n ^ salt, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

interface Sources {
  sentences: Record<Language, string[]>;
  bullets: Record<Language, string[]>;
  leadIns: Record<Language, string[]>;
  headings: Record<Language, string[]>;
  /** Content words of the real documents, lowercase, the head of the drawn word list. */
  words: string[];
}

const segmenter = new Intl.Segmenter('da', { granularity: 'sentence' });

async function readSources(sourceDir: string): Promise<{ sources: Sources; corpus: Awaited<ReturnType<typeof loadCorpus>> }> {
  const corpus = await loadCorpus(sourceDir);
  const empty = (): Record<Language, string[]> => ({ da: [], no: [] });
  const sources: Sources = { sentences: empty(), bullets: empty(), leadIns: empty(), headings: empty(), words: [] };
  const words = new Set<string>();
  for (const chunk of chunkCorpus(corpus)) {
    const lang = chunk.language;
    sources.headings[lang].push(chunk.sectionPath[chunk.sectionPath.length - 1]);
    for (const line of chunk.text.split('\n').map((l) => l.trim())) {
      if (!line) continue;
      if (line.startsWith('• ')) sources.bullets[lang].push(line.slice(2));
      else if (line.endsWith(':')) sources.leadIns[lang].push(line);
      else {
        for (const { segment } of segmenter.segment(line)) {
          const s = segment.trim();
          if (s.length >= 30 && /[.!]$/.test(s)) sources.sentences[lang].push(s);
        }
      }
      for (const word of line.match(/\p{L}{5,}/gu) ?? []) {
        if (word === word.toLowerCase() && !STOPWORDS.has(foldNordic(word))) words.add(word);
      }
    }
  }
  // Norwegian has one real document; respelled Danish sentences make its share of the corpus varied too.
  for (const kind of ['sentences', 'bullets', 'leadIns', 'headings'] as const) {
    const pool = sources[kind];
    pool.da = [...new Set(pool.da)].sort();
    pool.no = [...new Set([...pool.no, ...pool.da.map(norwegianize)])].sort();
  }
  sources.words = [...words].sort();
  return { sources, corpus };
}

/** A rough Bokmål respelling of Danish text: frequent words by table, then regular endings. */
export function norwegianize(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    let out = NORWEGIAN_WORDS[lower];
    if (out === undefined) {
      out = lower;
      for (const [from, to] of NORWEGIAN_ENDINGS) out = out.replace(from, to);
    }
    return word[0] === word[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
  });
}

/**
 * The unbounded word list the variation draws from, by rank: the real words first (common), then words
 * made from them, each determined by its rank alone.
 */
class WordList {
  constructor(private readonly real: string[]) {}

  at(rank: number): string {
    if (rank < this.real.length) return this.real[rank];
    const r = rank - this.real.length;
    const a = this.real[hashInt(r, 1) % this.real.length];
    const b = this.real[hashInt(r, 2) % this.real.length];
    switch (hashInt(r, 3) % 10) {
      case 0:
      case 1:
        return this.placeName(r);
      case 2:
        return a + DERIVATION_SUFFIXES[hashInt(r, 4) % DERIVATION_SUFFIXES.length];
      default:
        // Compounds, with the linking "s" Danish and Norwegian often put between the parts.
        return a + (hashInt(r, 5) % 3 === 0 ? 's' : '') + b;
    }
  }

  private placeName(r: number): string {
    const parts = 2 + (hashInt(r, 6) % 2);
    let name = '';
    for (let i = 0; i < parts; i++) name += NAME_SYLLABLES[hashInt(r, 10 + i) % NAME_SYLLABLES.length];
    return name[0].toUpperCase() + name.slice(1);
  }
}

class Writer {
  private readonly next: () => number;
  private readonly words: WordList;

  constructor(
    private readonly sources: Sources,
    seed: number,
  ) {
    this.next = random(seed);
    this.words = new WordList(sources.words);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** A Zipf-distributed rank: mostly small, with a long tail that keeps producing new words. */
  private rank(): number {
    return Math.floor(ZIPF_SCALE * ((1 - this.next()) ** (-1 / ZIPF_EXPONENT) - 1));
  }

  /** A source text with some longer content words swapped for drawn ones (capitals kept). */
  vary(text: string, language: Language): string {
    return text.replace(/\p{L}{5,}/gu, (word) => {
      if (STOPWORDS.has(foldNordic(word)) || this.next() >= REPLACED_SHARE) return word;
      let drawn = this.words.at(this.rank());
      if (language === 'no') drawn = norwegianize(drawn);
      const capital = word[0] !== word[0].toLowerCase();
      return capital ? drawn[0].toUpperCase() + drawn.slice(1) : drawn;
    });
  }

  paragraph(language: Language): string {
    let text = this.vary(this.pick(this.sources.sentences[language]), language);
    while (this.next() < 0.6) {
      const more = this.vary(this.pick(this.sources.sentences[language]), language);
      if (text.length + more.length + 1 > MAX_PARAGRAPH_CHARS) break;
      text += ' ' + more;
    }
    return text;
  }

  bulletList(language: Language): string {
    const lines = [this.vary(this.pick(this.sources.leadIns[language]), language)];
    let length = lines[0].length;
    const count = this.int(2, 4);
    for (let i = 0; i < count; i++) {
      const bullet = this.vary(this.pick(this.sources.bullets[language]), language);
      if (i > 0 && length + bullet.length > MAX_PARAGRAPH_CHARS) break;
      length += bullet.length;
      lines.push(`- ${bullet}`);
    }
    return lines.join('\n');
  }

  heading(language: Language): string {
    const base = this.pick(this.sources.headings[language]);
    return this.next() < 0.5 ? base : this.vary(base, language);
  }

  /** One document in Markdown and the number of blocks (passages) in it. */
  document(title: string, language: Language, passages: number): string {
    const out = [`# ${title}`, ''];
    let written = 0;
    while (written < passages) {
      out.push(`## ${this.heading(language)}`, '');
      const blocks = Math.min(passages - written, this.int(BLOCKS_PER_SECTION.min, BLOCKS_PER_SECTION.max));
      for (let i = 0; i < blocks; i++) {
        out.push(this.next() < BULLET_LIST_SHARE ? this.bulletList(language) : this.paragraph(language), '');
      }
      written += blocks;
    }
    return out.join('\n');
  }
}

/** Writes the synthetic corpus: the real documents, then generated ones until `passages` is reached. */
export async function writeSyntheticCorpus(options: SyntheticCorpusOptions): Promise<SyntheticCorpusInfo> {
  const { sources, corpus } = await readSources(options.sourceDir);
  const writer = new Writer(sources, options.seed ?? 1);
  await mkdir(options.outDir, { recursive: true });

  const realPassages = chunkCorpus(corpus).length;
  const documents = corpus.manifest.documents.map((entry) => ({ ...entry }));
  let bytes = 0;
  for (const doc of corpus.documents) {
    await writeFile(join(options.outDir, doc.meta.file), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }

  const regionNames = new Set(corpus.manifest.regions.map((r) => r.name));
  const regions = [
    ...corpus.manifest.regions,
    ...SYNTHETIC_REGIONS.filter((r) => !regionNames.has(r.name)).map(({ name, country }) => ({ name, country, aliases: [] })),
  ];
  const languageOf = (country: string): Language => (country === 'Norway' ? 'no' : 'da');

  let passages = realPassages;
  for (let n = 1; passages < options.passages; n++) {
    const region = regions[hashInt(n, 7) % regions.length];
    const language = languageOf(region.country);
    const year = 2010 + (hashInt(n, 8) % 21);
    const title = `${writer.pick(TITLE_WORDS[language])} ${year}`;
    const size = Math.min(options.passages - passages, writer.int(PASSAGES_PER_DOCUMENT.min, PASSAGES_PER_DOCUMENT.max));
    const file = `synthetic-${String(n).padStart(6, '0')}.md`;
    const text = writer.document(title, language, size);
    await writeFile(join(options.outDir, file), text);
    bytes += Buffer.byteLength(text);
    documents.push({ id: `synthetic-${n}`, region: region.name, language, title, file, format: 'markdown' });
    passages += size;
  }

  const manifest = {
    ...corpus.manifest,
    regions,
    otherRegions: corpus.manifest.otherRegions.filter((name) => !regions.some((r) => r.name === name)),
    documents,
  };
  await writeFile(join(options.outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n');
  return { documents: documents.length, passages, bytes };
}
