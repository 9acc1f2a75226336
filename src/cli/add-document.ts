import { loadConfig } from '../config.js';
import { AddDocumentError, addDocument } from '../ingest/add.js';
import { DOCUMENT_FORMATS, ManifestError, type DocumentFormat } from '../ingest/manifest.js';
import { LANGUAGES, type Language } from '../shared/api.js';
import { CliFailure, parseCli, usageError } from './args.js';

/**
 * `npm run add-document -- <file> --region "Region X" --title "…" [--language da|no] [--country Denmark]
 *  [--id slug] [--format text|markdown|slides] [--source-url https://…] [--published YYYY-MM-DD]
 *  [--retrieved YYYY-MM-DD] [--no-build]`
 */
const USAGE = `Usage: npm run add-document -- <file.txt|file.md> --region "Region X" --title "Title"
         [--language da|no] [--country Denmark] [--id slug] [--format ${DOCUMENT_FORMATS.join('|')}]
         [--source-url https://…] [--published YYYY[-MM[-DD]]] [--retrieved YYYY[-MM[-DD]]] [--no-build]

  --region    a region of corpus/manifest.json (name or alias), or a new one (then --country is required)
  --language  detected from the text when omitted
  --source-url, --published, --retrieved
              where the original is published and when it was published and retrieved; shown with
              citations and on the document page
  --no-build  only add the document; run \`npm run build-index\` later`;

const CLI = { name: 'add-document', usage: USAGE };
const { values, positionals } = parseCli({
  ...CLI,
  options: {
    region: { type: 'string' },
    title: { type: 'string' },
    language: { type: 'string' },
    country: { type: 'string' },
    id: { type: 'string' },
    format: { type: 'string' },
    'source-url': { type: 'string' },
    published: { type: 'string' },
    retrieved: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
  positionals: { min: 1, max: 1 },
});
function usageFail(message: string): never {
  return usageError(CLI, message);
}
if (!values.region?.trim()) usageFail('--region is required');
if (!values.title?.trim()) usageFail('--title is required');
if (values.language !== undefined && !(LANGUAGES as readonly string[]).includes(values.language)) {
  usageFail(`--language must be one of ${LANGUAGES.join(', ')}, not "${values.language}"`);
}
if (values.format !== undefined && !(DOCUMENT_FORMATS as readonly string[]).includes(values.format)) {
  usageFail(`--format must be one of ${DOCUMENT_FORMATS.join(', ')}, not "${values.format}"`);
}

const config = loadConfig();
try {
  const added = await addDocument({
    corpusDir: config.CORPUS_DIR,
    file: positionals[0],
    region: values.region,
    title: values.title,
    language: values.language as Language | undefined,
    country: values.country,
    id: values.id,
    format: values.format as DocumentFormat | undefined,
    provenance: { sourceUrl: values['source-url'], published: values.published, retrieved: values.retrieved },
  });
  const { entry } = added;
  console.log(
    `added ${entry.id}: ${entry.file} (${entry.region}${added.regionAdded ? ', new region' : ''}, ${entry.language}, ${entry.format})`,
  );
  console.log(`  ${added.sections.length} sections, ${added.chunks} chunks: ${added.sections.join('; ')}`);
} catch (error) {
  if (error instanceof AddDocumentError || error instanceof ManifestError) throw new CliFailure(error.message);
  throw error;
}

if (values['no-build']) {
  console.log('index not rebuilt (--no-build): run `npm run build-index`');
} else {
  // Loaded only when needed: the index builder pulls in the embedding runtime.
  const { buildIndex } = await import('../index/build.js');
  const manifest = await buildIndex(config, { force: true });
  console.log(`index ${manifest.fingerprint}: ${manifest.documents} documents, ${manifest.chunks} chunks`);
}
