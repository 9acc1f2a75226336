import { loadConfig } from '../config.js';
import { chunkDocument } from '../ingest/chunk.js';
import { loadCorpus } from '../ingest/load.js';
import { sectionize } from '../ingest/sectionize.js';
import { parseCli } from './args.js';

parseCli({
  name: 'sections',
  usage: `usage: npm run sections
  each document's section labels as the sectionizer finds them, with chunk counts (CORPUS_DIR)`,
});
const config = loadConfig();
const corpus = await loadCorpus(config.CORPUS_DIR);
let totalSections = 0;
let totalChunks = 0;
for (const doc of corpus.documents) {
  const { id, region, title, format, language } = doc.meta;
  const sections = sectionize(doc);
  console.log(`${id}  ${region} — ${title}  [${format}, ${language}]`);
  for (const section of sections) {
    const count = chunkDocument(doc, [section]).length;
    console.log(`  ${section.label}  (${count} ${count === 1 ? 'chunk' : 'chunks'})`);
    totalChunks += count;
  }
  console.log();
  totalSections += sections.length;
}
console.log(`${corpus.documents.length} documents, ${totalSections} sections, ${totalChunks} chunks`);
