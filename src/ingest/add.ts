import { constants } from 'node:fs';
import { copyFile, readFile, stat, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DocumentProvenance, Language } from '../shared/api.js';
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
  provenance,
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
  /** Where the original is published, and when it was published and retrieved (see corpus/README.md). */
  provenance?: DocumentProvenance;
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

/** manifest.json as parsed, before validation: edits keep the fields (and field order) people wrote. */
type RawManifest = Record<string, unknown> & {
  regions: { name: string; country: string; aliases?: string[] }[];
  otherRegions?: string[];
  documents: Record<string, unknown>[];
};

type SourceKind = (typeof EXTENSIONS)[string];

export async function addDocument(options: AddDocumentOptions): Promise<AddedDocument> {
  const { corpusDir } = options;
  const kind = await sourceKind(options.file);
  const title = options.title.trim();
  if (!title) throw new AddDocumentError('The title must not be empty');

  const manifest = await loadCorpusManifest(corpusDir);
  const manifestPath = join(corpusDir, MANIFEST_FILE);
  const previousManifest = await readFile(manifestPath, 'utf8');
  let raw = JSON.parse(previousManifest) as RawManifest;

  const region = resolveRegion(manifest, options);
  if (region.isNew) raw = withNewRegion(raw, region.name, region.country);
  const text = decodeText(await readFile(options.file), options.file);
  const draft = await draftEntry(manifest, options, { region: region.name, title, text, kind });
  raw = { ...raw, documents: [...raw.documents, draft] };

  const updated = validateManifest(raw, manifestPath);
  const entry = updated.documents[updated.documents.length - 1];
  const doc = { meta: documentMeta(updated, entry), text, sha256: '', hints: layoutHints(updated, entry) };
  const sections = sectionize(doc);
  if (sections.length === 0) throw new AddDocumentError(`${options.file}: no text content found`);

  await commit(corpusDir, options.file, draft.file, formatManifest(raw), previousManifest);
  return {
    entry,
    regionAdded: region.isNew,
    sections: sections.map((s) => s.label),
    chunks: chunkDocument(doc, sections).length,
  };
}

/** The file's kind by its extension, once it is known to be an existing file of a kind we can read. */
async function sourceKind(file: string): Promise<SourceKind> {
  const kind = EXTENSIONS[extname(file).toLowerCase()];
  if (!kind) {
    throw new AddDocumentError(
      `${file}: only plain text (.txt) and Markdown (.md) files can be added; extract the text of a PDF or slide deck first`,
    );
  }
  const isFile = await stat(file).then((s) => s.isFile(), () => false);
  if (!isFile) throw new AddDocumentError(`${file}: no such file`);
  return kind;
}

/** The manifest's region the request names (by name or alias), or a new region, which needs a country. */
function resolveRegion(
  manifest: CorpusManifest,
  options: AddDocumentOptions,
): { name: string; country: string; isNew: boolean } {
  const requested = options.region;
  const known = manifest.regions.find((r) => sameName(r.name, requested) || r.aliases.some((a) => sameName(a, requested)));
  if (known) {
    if (options.country && !sameName(known.country, options.country)) {
      throw new AddDocumentError(`${known.name} is in ${known.country}, not ${options.country}`);
    }
    return { name: known.name, country: known.country, isNew: false };
  }
  const name = requested.trim();
  const country = options.country?.trim();
  if (!country) {
    throw new AddDocumentError(
      `"${name}" is a new region (known: ${manifest.regions.map((r) => r.name).join(', ')}); pass --country to add it`,
    );
  }
  return { name, country, isNew: true };
}

/**
 * `raw` with a new region. A region with documents is no longer an "other" region; the other names for
 * it become its aliases.
 */
function withNewRegion(raw: RawManifest, name: string, country: string): RawManifest {
  const others = raw.otherRegions ?? [];
  const variants = new Set([foldNordic(name), foldNordic(name).replace(/^region /, '')]);
  const isVariant = (other: string) => variants.has(foldNordic(other.trim()));
  const aliases = others.filter((other) => isVariant(other) && !sameName(other, name));
  return {
    ...raw,
    regions: [...raw.regions, { name, country, aliases }],
    otherRegions: others.filter((other) => !isVariant(other)),
  };
}

/** The new document's manifest entry; its id and file name are checked to be free. */
async function draftEntry(
  manifest: CorpusManifest,
  options: AddDocumentOptions,
  { region, title, text, kind }: { region: string; title: string; text: string; kind: SourceKind },
) {
  const id = options.id ?? slugify(`${region} ${title}`);
  if (manifest.documents.some((d) => d.id === id)) {
    throw new AddDocumentError(`A document with id "${id}" already exists; choose another with --id`);
  }
  const file = `${id}${kind.ext}`;
  const target = join(options.corpusDir, file);
  if (await stat(target).then(() => true, () => false)) {
    throw new AddDocumentError(`${target} already exists; choose another id with --id`);
  }
  return {
    id,
    region,
    language: options.language ?? detectLanguage(text),
    title,
    file,
    format: options.format ?? kind.format,
    ...provenance(options.provenance ?? {}),
  };
}

/** The edited manifest validated as the loader will validate it; its problems are the request's problems. */
function validateManifest(raw: RawManifest, manifestPath: string): CorpusManifest {
  try {
    return parseCorpusManifest(raw, manifestPath);
  } catch (error) {
    throw new AddDocumentError((error as Error).message);
  }
}

/**
 * Copies the document in (never over an existing file), then writes the manifest. If the new manifest
 * does not load, both are undone, so the corpus is left as it was.
 */
async function commit(
  corpusDir: string,
  source: string,
  file: string,
  manifest: string,
  previousManifest: string,
): Promise<void> {
  const target = join(corpusDir, file);
  const manifestPath = join(corpusDir, MANIFEST_FILE);
  await copyFile(source, target, constants.COPYFILE_EXCL);
  try {
    await writeFileAtomic(manifestPath, manifest);
    await loadCorpusManifest(corpusDir);
  } catch (error) {
    await writeFileAtomic(manifestPath, previousManifest);
    await unlink(target);
    throw error;
  }
}
