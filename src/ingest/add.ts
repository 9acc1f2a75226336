import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Language } from '../shared/api.js';
import { detectLanguage } from '../text/language.js';
import { foldNordic } from '../text/normalize.js';
import { chunkDocument } from './chunk.js';
import { decodeText } from './load.js';
import {
  MANIFEST_FILE,
  documentMeta,
  layoutHints,
  loadCorpusManifest,
  parseCorpusManifest,
  type CorpusManifest,
  type DocumentEntry,
  type DocumentFormat,
} from './manifest.js';
import { sectionize } from './sectionize.js';

/**
 * Adds one document to a corpus: copies the file in under a readable name, adds its manifest entry (and
 * its region, if new), and writes the manifest atomically. Nothing is written unless the new manifest
 * validates and the document yields at least one section, so a failed add leaves the corpus as it was.
 * Rebuilding the index is the caller's job.
 */

export interface AddDocumentOptions {
  corpusDir: string;
  /** The file to add: plain text or Markdown. */
  file: string;
  /** A region of the manifest (by name or alias) or a new one, which then needs `country`. */
  region: string;
  title: string;
  /** Detected from the text when omitted. */
  language?: Language;
  country?: string;
  /** Defaults to a slug of region and title. */
  id?: string;
  /** Defaults to 'markdown' for .md files, else 'text'. */
  format?: DocumentFormat;
}

export interface AddedDocument {
  entry: DocumentEntry;
  regionAdded: boolean;
  sections: string[];
  chunks: number;
}

/** A problem with the request (bad file, unknown region, taken id): the message is for the user. */
export class AddDocumentError extends Error {
  override name = 'AddDocumentError';
}

const EXTENSIONS: Record<string, { ext: string; format: DocumentFormat }> = {
  '.txt': { ext: '.txt', format: 'text' },
  '.text': { ext: '.txt', format: 'text' },
  '.md': { ext: '.md', format: 'markdown' },
  '.markdown': { ext: '.md', format: 'markdown' },
};
const MAX_SLUG_CHARS = 60;

/** "Region Syddanmark", "Sundhed på tværs" → "region-syddanmark-sundhed-paa-tvaers". */
export function slugify(text: string): string {
  const slug = foldNordic(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (slug.length <= MAX_SLUG_CHARS) return slug;
  const cut = slug.slice(0, MAX_SLUG_CHARS + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_CHARS);
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');

async function writeFileAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** manifest.json as people write it: one line per region and per document. */
function formatManifest(manifest: Record<string, unknown>): string {
  const oneLine = (value: unknown) => JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  const fields = Object.entries(manifest).map(([key, value]) =>
    Array.isArray(value)
      ? `  ${JSON.stringify(key)}: [\n${value.map((v) => `    ${oneLine(v)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(key)}: ${oneLine(value)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}

export async function addDocument(options: AddDocumentOptions): Promise<AddedDocument> {
  const { corpusDir } = options;
  const kind = EXTENSIONS[extname(options.file).toLowerCase()];
  if (!kind) {
    throw new AddDocumentError(
      `${options.file}: only plain text (.txt) and Markdown (.md) files can be added; extract the text of a PDF or slide deck first`,
    );
  }
  const isFile = await stat(options.file).then((s) => s.isFile(), () => false);
  if (!isFile) throw new AddDocumentError(`${options.file}: no such file`);
  const title = options.title.trim();
  if (!title) throw new AddDocumentError('The title must not be empty');

  const manifest = await loadCorpusManifest(corpusDir);
  const manifestPath = join(corpusDir, MANIFEST_FILE);
  const previousManifest = await readFile(manifestPath, 'utf8');
  const raw = JSON.parse(previousManifest) as Record<string, unknown> & {
    regions: { name: string; country: string; aliases?: string[] }[];
    otherRegions?: string[];
    documents: Record<string, unknown>[];
  };

  const known = manifest.regions.find((r) => sameName(r.name, options.region) || r.aliases.some((a) => sameName(a, options.region)));
  if (known && options.country && !sameName(known.country, options.country)) {
    throw new AddDocumentError(`${known.name} is in ${known.country}, not ${options.country}`);
  }
  const region = known?.name ?? options.region.trim();
  if (!known) {
    if (!options.country?.trim()) {
      throw new AddDocumentError(
        `"${region}" is a new region (known: ${manifest.regions.map((r) => r.name).join(', ')}); pass --country to add it`,
      );
    }
    // A region with documents is no longer an "other" region; the other names for it become its aliases.
    const others = raw.otherRegions ?? [];
    const variants = new Set([foldNordic(region), foldNordic(region).replace(/^region /, '')]);
    const isVariant = (other: string) => variants.has(foldNordic(other.trim()));
    const aliases = others.filter((other) => isVariant(other) && !sameName(other, region));
    raw.regions = [...raw.regions, { name: region, country: options.country.trim(), aliases }];
    raw.otherRegions = others.filter((other) => !isVariant(other));
  }

  const text = decodeText(await readFile(options.file), options.file);
  const id = options.id ?? slugify(`${region} ${title}`);
  if (manifest.documents.some((d) => d.id === id)) {
    throw new AddDocumentError(`A document with id "${id}" already exists; choose another with --id`);
  }
  const file = `${id}${kind.ext}`;
  if (await stat(join(corpusDir, file)).then(() => true, () => false)) {
    throw new AddDocumentError(`${join(corpusDir, file)} already exists; choose another id with --id`);
  }
  const draft = {
    id,
    region,
    language: options.language ?? detectLanguage(text),
    title,
    file,
    format: options.format ?? kind.format,
  };
  raw.documents = [...raw.documents, draft];

  let updated: CorpusManifest;
  try {
    updated = parseCorpusManifest(raw, manifestPath);
  } catch (error) {
    throw new AddDocumentError((error as Error).message);
  }
  const entry = updated.documents[updated.documents.length - 1];
  const doc = { meta: documentMeta(updated, entry), text, sha256: '', hints: layoutHints(updated, entry) };
  const sections = sectionize(doc);
  if (sections.length === 0) throw new AddDocumentError(`${options.file}: no text content found`);

  await copyFile(options.file, join(corpusDir, file), constants.COPYFILE_EXCL);
  try {
    await writeFileAtomic(manifestPath, formatManifest(raw));
    await loadCorpusManifest(corpusDir);
  } catch (error) {
    await writeFileAtomic(manifestPath, previousManifest);
    await unlink(join(corpusDir, file));
    throw error;
  }
  return {
    entry,
    regionAdded: !known,
    sections: sections.map((s) => s.label),
    chunks: chunkDocument(doc, sections).length,
  };
}
