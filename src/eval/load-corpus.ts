import { loadCorpus } from '../ingest/load.js';
import { sectionize } from '../ingest/sectionize.js';
import type { EvalCorpus } from './corpus.js';

/**
 * The corpus as the sectionizer cuts it, read straight from the corpus directory (no index needed), so
 * gold labels are checked against the same labels the chunks and citations carry.
 */
export async function loadEvalCorpus(corpusDir: string): Promise<EvalCorpus> {
  const corpus = await loadCorpus(corpusDir);
  return {
    regions: corpus.manifest.regions.map((r) => r.name),
    documents: corpus.documents.map((doc) => ({
      id: doc.meta.id,
      region: doc.meta.region,
      title: doc.meta.title,
      language: doc.meta.language,
      text: doc.text,
      // Blocks, not the section's outer span: a slide section's blocks sit apart (overview grid, slide).
      sections: sectionize(doc).flatMap((s) => s.blocks.map((b) => ({ label: s.label, start: b.start, end: b.end }))),
    })),
  };
}
