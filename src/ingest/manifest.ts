import { stat, readFile } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { Language, type DocumentProvenance } from '../shared/api.js';
import type { DocumentMeta, LayoutHints } from './types.js';

/**
 * corpus/manifest.json: which documents the corpus holds, which region each belongs to, and the layout
 * hints the text cannot give. It is the one place region names are written; everything else reads them
 * from here. Objects are strict, so a misspelt field is an error rather than silently ignored.
 */

export const DOCUMENT_FORMATS = ['text', 'markdown', 'slides'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const name = z.string().trim().min(1);

const RegionEntry = z.strictObject({
  name,
  country: name,
  /** Other ways people name the region ("Region H", "Nord-Norge"), for recognising it in questions. */
  aliases: z.array(name).default([]),
});

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

/** An ISO 8601 calendar date as precise as known: a year, a month or a day, and a real one. */
const calendarDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    const [year, month = 1, day = 1] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'not a calendar date');

const DocumentEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens'),
  region: name,
  language: Language,
  title: name,
  /** Path relative to the corpus directory. */
  file: name,
  format: z.enum(DOCUMENT_FORMATS).default('text'),
  /** Plain text only: the headings that group the headings below them, when the text alone is ambiguous. */
  groupHeadings: z.array(name).optional(),
  /** Where the original is published (http or https), shown with citations and on the document page. */
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** When the original was published and when this copy was taken from it: "2024", "2024-03" or "2024-03-12". */
  published: calendarDate.optional(),
  retrieved: calendarDate.optional(),
});

const CorpusManifestSchema = z
  .strictObject({
    regions: z.array(RegionEntry).min(1),
    /** Regions the corpus has no documents for, so a question about them is recognised and declined. */
    otherRegions: z.array(name).default([]),
    /** Patterns for page furniture lines, applied to every document (see src/ingest/noise.ts). */
    noiseLines: z.array(regexSource).default([]),
    documents: z.array(DocumentEntry),
  })
  .superRefine((manifest, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const regions = new Set<string>();
    manifest.regions.forEach((region, i) => {
      if (regions.has(region.name)) issue(['regions', i, 'name'], `region "${region.name}" is listed twice`);
      regions.add(region.name);
    });
    manifest.otherRegions.forEach((other, i) => {
      if (regions.has(other)) issue(['otherRegions', i], `"${other}" is both a corpus region and an other region`);
    });
    const ids = new Set<string>();
    const files = new Set<string>();
    manifest.documents.forEach((doc, i) => {
      if (ids.has(doc.id)) issue(['documents', i, 'id'], `duplicate document id "${doc.id}"`);
      ids.add(doc.id);
      if (!regions.has(doc.region)) {
        issue(['documents', i, 'region'], `unknown region "${doc.region}" (not in "regions": ${[...regions].join(', ')})`);
      }
      const file = normalize(doc.file);
      if (isAbsolute(file) || file === '..' || file.startsWith(`..${sep}`)) {
        issue(['documents', i, 'file'], `"${doc.file}" must be a path inside the corpus directory`);
      } else if (files.has(file)) {
        issue(['documents', i, 'file'], `"${doc.file}" is used by two documents`);
      }
      files.add(file);
      if (doc.groupHeadings && doc.format !== 'text') {
        issue(['documents', i, 'groupHeadings'], 'only applies to format "text"');
      }
    });
  });

export type CorpusManifest = z.infer<typeof CorpusManifestSchema>;
export type DocumentEntry = z.infer<typeof DocumentEntry>;

export const MANIFEST_FILE = 'manifest.json';

/** A manifest that failed validation; `issues` name each problem with its place in the file. */
export class ManifestError extends Error {
  constructor(
    readonly source: string,
    readonly issues: string[],
  ) {
    super(`Invalid corpus manifest ${source}:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

/** Validates manifest JSON without touching the file system (file existence is loadCorpusManifest's job). */
export function parseCorpusManifest(json: unknown, source = MANIFEST_FILE): CorpusManifest {
  const parsed = CorpusManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new ManifestError(
      source,
      parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)),
    );
  }
  return parsed.data;
}

/** Reads, validates and checks corpus/manifest.json, including that every document's file exists. */
export async function loadCorpusManifest(corpusDir: string): Promise<CorpusManifest> {
  const source = join(corpusDir, MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(source, 'utf8'));
  } catch (error) {
    throw new ManifestError(source, [error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read: ${(error as Error).message}`]);
  }
  const manifest = parseCorpusManifest(json, source);
  const missing: string[] = [];
  for (const [i, doc] of manifest.documents.entries()) {
    const isFile = await stat(join(corpusDir, doc.file)).then((s) => s.isFile(), () => false);
    if (!isFile) missing.push(`documents.${i}.file: "${doc.file}" (document "${doc.id}") does not exist in ${corpusDir}`);
  }
  if (missing.length) throw new ManifestError(source, missing);
  return manifest;
}

/** A document's metadata as the rest of the system sees it, its country taken from its region. */
export function documentMeta(manifest: CorpusManifest, entry: DocumentEntry): DocumentMeta {
  const region = manifest.regions.find((r) => r.name === entry.region);
  if (!region) throw new Error(`Document "${entry.id}" names unknown region "${entry.region}"`);
  return {
    id: entry.id,
    region: region.name,
    country: region.country,
    language: entry.language,
    title: entry.title,
    file: entry.file,
    format: entry.format,
    ...provenance(entry),
  };
}

/** The provenance fields the entry has; absent ones stay absent (not undefined), so JSON stays clean. */
export function provenance({ sourceUrl, published, retrieved }: DocumentProvenance): DocumentProvenance {
  return { ...(sourceUrl && { sourceUrl }), ...(published && { published }), ...(retrieved && { retrieved }) };
}

export function layoutHints(manifest: CorpusManifest, entry: DocumentEntry): LayoutHints {
  return { noiseLines: manifest.noiseLines, groupHeadings: entry.groupHeadings ?? [] };
}
