import { provenance } from '../ingest/manifest.js';
import { quoteContext } from '../ingest/passage.js';
import type { Chunk } from '../ingest/types.js';
import { DEFAULT_POLICY, type AnswerPolicy } from '../policy.js';
import type { Citation, Language } from '../shared/api.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import { messagesFor } from './messages.js';
import type { PassageTerms, QuestionTopic } from './evidence.js';

/** An answer built only from quoted sentences and bullets, each followed by its `[n]`. */
export interface AnswerWithCitations {
  answer: string;
  citations: Citation[];
}

/** A quotable unit of a passage: one bullet, or one sentence of running text. */
interface Unit {
  passage: RetrievedPassage;
  text: string;
  /** Weighted share of the question's topic the unit covers. */
  covered: number;
  order: number;
}

const sentences = new Intl.Segmenter('da', { granularity: 'sentence' });

/** Splits a chunk into bullets and sentences; lead-in lines ("Helse Nord vil:") are context, not answers. */
function unitsOf(chunk: Chunk): string[] {
  const units: string[] = [];
  for (const line of chunk.text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.endsWith(':')) continue;
    if (trimmed.startsWith('• ')) units.push(trimmed.slice(2).trim());
    else for (const s of sentences.segment(trimmed)) if (s.segment.trim()) units.push(s.segment.trim());
  }
  return units;
}

/** The source span of `quote` within `chunk`'s span, when it can be found (see `locateQuote`). */
export type QuoteLocator = (chunk: Chunk, quote: string) => { start: number; end: number } | undefined;

/**
 * A citation of `quote` from a retrieved passage, with the passage text around it as context. Its offsets
 * are the quote's own span in the source file when `locate` finds it there, so two quotes from one passage
 * point at two places; otherwise the passage's.
 */
export function citationFor(passage: RetrievedPassage, id: number, quote: string, locate?: QuoteLocator): Citation {
  const c = passage.chunk;
  const span = locate?.(c, quote) ?? c;
  const context = quoteContext(c.text, quote);
  return {
    id,
    region: c.region,
    document: c.title,
    documentId: c.documentId,
    section: c.section,
    quote,
    start: span.start,
    end: span.end,
    score: Number(passage.score.toFixed(4)),
    ...(context && { context }),
    ...provenance(c),
  };
}

export interface ComposeInput {
  language: Language;
  topic: QuestionTopic;
  passages: RetrievedPassage[];
  passageTerms: PassageTerms;
  /** The chunk after this one in the same section, if any: where a short passage's list goes on. */
  nextInSection?(chunk: Chunk): Chunk | undefined;
  /** Finds each quote in the source, so its citation carries the quote's own offsets. */
  locateQuote?: QuoteLocator;
  /** How much to quote (see `compose` in src/policy.ts). */
  policy?: AnswerPolicy['compose'];
}

/**
 * Picks what to quote and frames it in the asker's language, grouped by region (and document), so a
 * question spanning regions reads as a comparison. A chunk is one paragraph or a short list from one
 * section, so for a single-region answer the best passage is quoted whole (its other bullets are usually
 * the rest of the answer: "Helse Nord vil: …"), continued into the section's next chunk when it is short
 * ("Vi vil øge genanvendelsen." → "Det skal ske ved: • …"); from further passages only their best units.
 */
export function composeExtractiveAnswer(input: ComposeInput): AnswerWithCitations {
  const { language, topic, passages, passageTerms } = input;
  const policy = input.policy ?? DEFAULT_POLICY.compose;
  const messages = messagesFor(language);
  const considered = passages.slice(0, policy.maxPassages);
  const comparison = new Set(considered.map((p) => p.chunk.region)).size > 1;

  const picks = considered.map((passage, rank) => {
    const units = unitsOf(passage.chunk).map((text, i) => ({
      passage,
      text,
      // A slide's own question ("Hvordan sikrer vi …?") asks rather than answers: quote it only when
      // nothing else in the passage covers the topic.
      covered: passageTerms.textCoverage(text, topic) * (text.endsWith('?') ? policy.questionPenalty : 1),
      order: rank * 100 + i,
    }));
    const best = Math.max(0, ...units.map((u) => u.covered));
    if (rank === 0 && !comparison) {
      // Keep a slide's question only when it is what matched: it then introduces the bullets under it.
      const whole = units.filter((u) => !u.text.endsWith('?') || (u.covered > 0 && u.covered === best));
      const next = whole.length < policy.maxUnitsFromBest ? input.nextInSection?.(passage.chunk) : undefined;
      const more = next
        ? unitsOf(next).map((text, i) => ({ passage: { ...passage, chunk: next }, text, covered: 0, order: 50 + i }))
        : [];
      return [...whole, ...more].slice(0, policy.maxUnitsFromBest);
    }
    const chosen = units
      .filter((u) => u.covered > 0 && u.covered >= best * policy.unitShareOfBest)
      .sort((a, b) => b.covered - a.covered || a.order - b.order)
      .slice(0, policy.maxUnitsPerPassage);
    // A passage found by meaning rather than words still earns its first unit.
    return chosen.length ? chosen : units.slice(0, 1);
  });

  const perRegion = new Map<string, number>();
  const [first = [], ...rest] = picks;
  const chosen = [
    ...(comparison ? [] : first),
    ...(comparison ? picks.flat() : rest.flat())
      .sort((a, b) => b.covered - a.covered || a.order - b.order)
      .filter((u) => {
        // In a comparison every region gets its say before one region gets a third quote.
        const n = perRegion.get(u.passage.chunk.region) ?? 0;
        if (comparison && n >= policy.maxUnitsPerRegion) return false;
        perRegion.set(u.passage.chunk.region, n + 1);
        return true;
      }),
  ]
    .slice(0, policy.maxUnits)
    .sort((a, b) => a.order - b.order);

  const groups = new Map<string, Unit[]>();
  for (const unit of chosen) {
    const key = unit.passage.chunk.region;
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }

  const citations: Citation[] = [];
  const lines: string[] = [groups.size > 1 ? messages.acrossRegions : messages.opening];
  for (const [region, units] of groups) {
    const byDocument = new Map<string, Unit[]>();
    for (const u of units) byDocument.set(u.passage.chunk.title, [...(byDocument.get(u.passage.chunk.title) ?? []), u]);
    for (const [title, docUnits] of byDocument) {
      const otherLanguage = docUnits[0].passage.chunk.language !== language;
      lines.push('', otherLanguage ? messages.introOtherLanguage(region, title) : messages.intro(region, title));
      for (const u of docUnits) {
        const id = citations.length + 1;
        citations.push(citationFor(u.passage, id, u.text, input.locateQuote));
        lines.push(`• ${u.text} [${id}]`);
      }
    }
  }
  return { answer: lines.join('\n'), citations };
}
