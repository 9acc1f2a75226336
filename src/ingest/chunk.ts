import type { Corpus } from './load.js';
import { provenance } from './manifest.js';
import { normalizePassageText } from './passage.js';
import { sectionize } from './sectionize.js';
import type { Block, Chunk, Section, SourceDocument } from './types.js';

/**
 * Chunks are what answers quote, so they are small: about one paragraph, or a lead-in with up to four
 * list items, at most MAX_CHUNK_CHARS of clean text. A bullet is never split, a paragraph only at sentence
 * ends, and a single bullet or sentence longer than the limit stays whole. A lead-in ("Helse Nord vil:",
 * a slide's opening question, a tagline without a full stop) stays with what follows it.
 */
export const MAX_CHUNK_CHARS = 500;
const MAX_BULLETS_PER_CHUNK = 4;
/** A paragraph this short that does not end in a full stop introduces what follows rather than standing alone. */
const MAX_LEAD_IN_CHARS = 160;

interface Span {
  start: number;
  end: number;
}

/** Sentence ends: . ! ? … (and closing quotes), whitespace, then a capital, digit or opening quote. */
const SENTENCE_BREAK = /[.!?…]["”’)]*\s+(?=["“”„(]?[\p{Lu}\p{N}])/gu;

function sentences(text: string, { start, end }: Span): Span[] {
  const out: Span[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(SENTENCE_BREAK)) {
    const at = start + m.index;
    const stop = at + m[0].trimEnd().length;
    out.push({ start: from, end: stop });
    from = at + m[0].length;
  }
  out.push({ start: from, end });
  return out;
}

function isLeadIn(clean: string): boolean {
  return clean.endsWith(':') || (clean.length <= MAX_LEAD_IN_CHARS && !/[.!]["”’)]*$/.test(clean));
}

/**
 * Splits consecutive items into as few groups as the limits allow, then as evenly as possible (five
 * bullets become 3 + 2, not 4 + 1). `lead`, if given, opens the first group whatever its size.
 */
function partition(text: string, items: Span[], lead: Span | undefined, maxItems: number): Span[] {
  const length = (start: number, end: number) => normalizePassageText(text.slice(start, end)).length;
  const best: { groups: number; cost: number; from: number }[] = [{ groups: 0, cost: 0, from: -1 }];
  for (let j = 1; j <= items.length; j++) {
    best[j] = { groups: Infinity, cost: Infinity, from: -1 };
    for (let i = j - 1; i >= 0; i--) {
      const start = i === 0 && lead ? lead.start : items[i].start;
      const size = length(start, items[j - 1].end);
      const count = j - i;
      if (count > 1 && (count > maxItems || size > MAX_CHUNK_CHARS)) break;
      const candidate = { groups: best[i].groups + 1, cost: best[i].cost + size * size, from: i };
      if (candidate.groups < best[j].groups || (candidate.groups === best[j].groups && candidate.cost < best[j].cost)) {
        best[j] = candidate;
      }
    }
  }
  const groups: Span[] = [];
  for (let j = items.length; j > 0; j = best[j].from) {
    const i = best[j].from;
    groups.unshift({ start: i === 0 && lead ? lead.start : items[i].start, end: items[j - 1].end });
  }
  return groups;
}

/** Blocks with nothing but whitespace between them; noise between two blocks keeps them apart. */
function adjacentRuns(text: string, blocks: Block[]): Block[][] {
  const runs: Block[][] = [];
  blocks.forEach((block, i) => {
    if (i > 0 && /^\s*$/.test(text.slice(blocks[i - 1].end, block.start))) runs[runs.length - 1].push(block);
    else runs.push([block]);
  });
  return runs;
}

function sectionSpans(text: string, section: Section): Span[] {
  const spans: Span[] = [];
  for (const run of adjacentRuns(text, section.blocks)) {
    let lead: Span | undefined;
    for (let i = 0; i < run.length; ) {
      const block = run[i];
      if (block.kind === 'bullet') {
        let j = i;
        while (j < run.length && run[j].kind === 'bullet') j++;
        spans.push(...partition(text, run.slice(i, j), lead, MAX_BULLETS_PER_CHUNK));
        lead = undefined;
        i = j;
        continue;
      }
      const clean = normalizePassageText(text.slice(block.start, block.end));
      if (isLeadIn(clean)) {
        const merged = lead && normalizePassageText(text.slice(lead.start, block.end)).length <= MAX_CHUNK_CHARS;
        if (lead && !merged) spans.push(lead);
        lead = merged && lead ? { start: lead.start, end: block.end } : block;
      } else {
        spans.push(...partition(text, sentences(text, block), lead, Infinity));
        lead = undefined;
      }
      i++;
    }
    if (lead) spans.push(lead);
  }
  return spans;
}

/** The document's chunks in text order, ids `${documentId}#1`, `#2`, … */
export function chunkDocument(doc: SourceDocument, sections: Section[] = sectionize(doc)): Chunk[] {
  const { meta, text } = doc;
  const chunks: Chunk[] = [];
  for (const section of sections) {
    for (const { start, end } of sectionSpans(text, section)) {
      chunks.push({
        id: `${meta.id}#${chunks.length + 1}`,
        documentId: meta.id,
        region: meta.region,
        title: meta.title,
        language: meta.language,
        section: section.label,
        sectionPath: section.path,
        ...(section.headings ? { headings: section.headings } : {}),
        text: normalizePassageText(text.slice(start, end)),
        start,
        end,
        ...provenance(meta),
      });
    }
  }
  return chunks;
}

/** Every document's chunks, in manifest order. */
export function chunkCorpus(corpus: Corpus): Chunk[] {
  return corpus.documents.flatMap((doc) => chunkDocument(doc));
}
