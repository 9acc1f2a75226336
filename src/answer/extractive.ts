import { provenance } from '../ingest/manifest.js';
import { quoteContext } from '../ingest/passage.js';
import type { Chunk } from '../ingest/types.js';
import { DEFAULT_POLICY, type AnswerPolicy } from '../policy.js';
import type { Citation, Language, Support } from '../shared/api.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import { intersects } from '../text/sets.js';
import { firstFound } from './selection.js';
import { listRegions, messagesFor } from './messages.js';
import type { ConceptId } from '../lang/concepts.js';
import type { PassageTerms, TopicWord } from './evidence.js';

/** An answer built only from quoted sentences and bullets, each followed by its `[n]`. */
export interface AnswerWithCitations {
  answer: string;
  citations: Citation[];
}

/** A quotable unit of a passage: one bullet, or one sentence of running text. */
interface Unit {
  passage: RetrievedPassage;
  text: string;
  /** Weighted share of the question's topic the unit covers, plus its gain as a section's headline. */
  covered: number;
  /** The share it covers alone: what a further passage's statement is measured and ordered by. */
  asked: number;
  order: number;
}

const sentences = new Intl.Segmenter('da', { granularity: 'sentence' });

/**
 * Splits a chunk into bullets and sentences. A lead-in line of one sentence ("Helse Nord vil:", "Våre
 * målsettinger er:") is context, not an answer; a paragraph that ends by introducing a list ("Regionen
 * vokser. Derfor har vi valgt tre spor:") states something in each sentence, its last too, which is quoted
 * without the colon.
 */
export function quotableUnits(chunk: Chunk): string[] {
  const units: string[] = [];
  for (const line of chunk.text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith('• ')) {
      if (!trimmed.endsWith(':')) units.push(trimmed.slice(2).trim());
      continue;
    }
    const said: string[] = [];
    for (const { segment } of sentences.segment(trimmed)) {
      const s = segment.trim();
      if (!s) continue;
      // The segmenter ends a sentence at a quoted question ("Vi spørger: ”Hvordan går det?” og ”Hvad …?”"):
      // a piece that goes on in lower case is the same sentence.
      if (said.length && /^\p{Ll}/u.test(s)) said[said.length - 1] += ` ${s}`;
      else said.push(s);
    }
    if (trimmed.endsWith(':') && said.length < 2) continue;
    for (const s of said) units.push(s.endsWith(':') ? s.slice(0, -1).trimEnd() : s);
  }
  return units;
}

/**
 * For each of a chunk's statements (`quotableUnits`), the index of the sentence that introduces the list it
 * is an item of: a quoted sentence that ended in ":" in the text, directly above the items. Undefined for
 * statements that are no such item (a list under a bare lead-in, "Helse Nord vil:", has none).
 */
export function listIntroducers(chunk: Chunk, units: readonly string[]): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let current: number | undefined;
  units.forEach((text, i) => {
    if (current !== undefined && chunk.text.includes(`• ${text}`)) out.push(current);
    else {
      out.push(undefined);
      current = chunk.text.includes(`${text}:\n•`) ? i : undefined;
    }
  });
  return out;
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

/** A question word for quoting: its evidence, and the concepts it helps mention (if known). */
export type QuotedWord = TopicWord & {
  concepts?: ReadonlySet<ConceptId>;
  /** false for a word of the situation told around the asking sentences. */
  need?: boolean;
  /** Its weight before a situation word's discount (the relevance decision's `situationWeight`). */
  rarity?: number;
};

export interface ComposeInput {
  language: Language;
  topic: { words: QuotedWord[] };
  passages: RetrievedPassage[];
  /** `related`: the passages only come near the question, and the answer says so first. */
  support?: Support;
  /** The question compares regions: one short block per region. */
  comparison?: boolean;
  /** Regions the question also asks about that have no documents here: the answer says so first. */
  uncovered?: readonly string[];
  passageTerms: PassageTerms;
  /** The concepts a piece of text mentions, so a quote can carry the answer in other words than the question's. */
  conceptsOf?(text: string): ReadonlySet<ConceptId>;
  /**
   * The chunks of a chunk's section in its document, in text order (itself among them): the one after a short
   * best passage is where its list goes on, and the others may answer too (`sectionSiblings`).
   */
  sectionOf?(chunk: Chunk): readonly Chunk[];
  /** Finds each quote in the source, so its citation carries the quote's own offsets. */
  locateQuote?: QuoteLocator;
  /**
   * A passage's bullets and sentences (`quotableUnits`). The pipeline keeps them per passage: the same
   * passages recur across questions, and the sentence segmenter was ~4% of an ask's CPU.
   */
  unitsOf?(chunk: Chunk): readonly string[];
  /** How much to quote (see `compose` in src/policy.ts). */
  policy?: AnswerPolicy['compose'];
}

/**
 * Writes the answer for a reader. A single-region answer leads with one sentence in the asker's language
 * that gives the strategy's best-matching statement, then the quotes that carry the rest of the answer: the
 * best passage (a chunk is one paragraph or a short list from one section, so its other bullets are usually
 * the rest of the answer: "Helse Nord vil: …", continued into the section's next chunk when it is short),
 * and from further passages — other sections first, so the citations spread — only statements that cover
 * the question. A comparison gives one short block per region. A `related` answer first says plainly that
 * the documents don't answer exactly this.
 */
export function composeExtractiveAnswer(input: ComposeInput): AnswerWithCitations {
  const { language, topic, passages, passageTerms } = input;
  const policy = input.policy ?? DEFAULT_POLICY.compose;
  const messages = messagesFor(language);
  const considered = passages.slice(0, policy.maxPassages);
  const comparison = (input.comparison ?? false) && new Set(considered.map((p) => p.chunk.region)).size > 1;
  // Statements are chosen with the situation's words at `situationWeight` of an asking word's (see src/policy.ts).
  const weightOf = (w: QuotedWord) => (w.need === false && w.rarity !== undefined ? w.rarity * policy.situationWeight : w.weight);
  const total = topic.words.reduce((sum, w) => sum + weightOf(w), 0);

  /** Whether a text names a question word, in its words or through a concept. */
  const naming = (text: string): ((w: QuotedWord) => boolean) => {
    const covers = passageTerms.textCovers(text);
    const concepts = input.conceptsOf?.(text);
    return (w) => covers(w) || Boolean(concepts && w.concepts && intersects(w.concepts, concepts));
  };
  /**
   * Weighted share of the question a statement covers, in its words or through a concept; `underHeading`
   * says which question words its section's own heading names (those count `headingCredit`).
   */
  const coverage = (text: string, underHeading: (w: QuotedWord) => boolean = () => false): number => {
    if (!total) return 0;
    const names = naming(text);
    const sharesPart = policy.partCredit > 0 ? passageTerms.textSharesPart(text, topic) : () => false;
    let covered = 0;
    for (const w of topic.words) {
      if (names(w)) covered += weightOf(w);
      else if (underHeading(w)) covered += weightOf(w) * policy.headingCredit;
      else if (sharesPart(w)) covered += weightOf(w) * policy.partCredit;
    }
    // A slide's own question ("Hvordan sikrer vi …?") asks rather than answers.
    return (covered / total) * (text.endsWith('?') ? policy.questionPenalty : 1);
  };
  // Read once per chunk: the best passage is the first with something to quote, and its units are read again.
  const readUnits = input.unitsOf ?? quotableUnits;
  const unitsRead = new Map<string, readonly string[]>();
  const unitsOf = (chunk: Chunk) => unitsRead.get(chunk.id) ?? unitsRead.set(chunk.id, readUnits(chunk)).get(chunk.id)!;
  const headlineOf = headlines(passageTerms, coverage, policy.headlineShare);
  // A section whose own heading names the whole question (under "De 5 fokusområder", asked what the focus areas
  // are): its statements are what is asked without saying so (`headingCredit`).
  const headingNames = new Map<string, ((w: QuotedWord) => boolean) | undefined>();
  const underHeadingOf = (section: string) => {
    if (!headingNames.has(section)) {
      const heading = innermostHeading(section);
      headingNames.set(section, policy.headingCredit > 0 && coverage(heading) >= 1 ? naming(heading) : undefined);
    }
    return headingNames.get(section);
  };
  const unitsFor = (passage: RetrievedPassage, rank: number, offset = 0, underHeading?: (w: QuotedWord) => boolean): Unit[] => {
    const headline = headlineOf(passage.chunk.section);
    const texts = unitsOf(passage.chunk);
    const introducer = listIntroducers(passage.chunk, texts);
    const units = texts.map((text, i) => {
      const covered = coverage(text, underHeading);
      // Only a statement that speaks of what is asked itself is lifted: a heading's word alone is no answer.
      return { passage, text, covered: covered > 0 ? covered + headline(text) : 0, asked: covered, order: rank * 100 + offset + i };
    });
    // A list goes on with what the sentence introducing it says ("… har vi valgt tre spor:" → "Ét spor er …"):
    // its items answer as much as that sentence does, so they are no padding beside it.
    return units.map((u, i) => {
      const from = introducer[i] === undefined ? undefined : units[introducer[i]!];
      return from && from.covered > u.covered ? { ...u, covered: from.covered, asked: Math.max(u.asked, from.asked) } : u;
    });
  };

  const lines: string[] = [];
  const citations: Citation[] = [];
  const cite = (u: Unit): string => {
    const id = citations.length + 1;
    citations.push(citationFor(u.passage, id, u.text, input.locateQuote));
    return `${u.text} [${id}]`;
  };
  if (input.uncovered?.length) {
    const answered = [...new Set(considered.map((p) => p.chunk.region))];
    lines.push(messages.uncovered(listRegions(input.uncovered, language), listRegions(answered, language)), '');
  }
  if (input.support === 'related') lines.push(messages.related, '');

  if (comparison) {
    const byRegion = new Map<string, Unit[]>();
    considered.forEach((passage, rank) => {
      const units = unitsFor(passage, rank).filter((u) => !u.text.endsWith('?') || u.covered > 0);
      byRegion.set(passage.chunk.region, [...(byRegion.get(passage.chunk.region) ?? []), ...units]);
    });
    lines.push(messages.acrossRegions);
    let budget = policy.maxUnits;
    for (const units of byRegion.values()) {
      const chosen = units
        .sort((a, b) => b.covered - a.covered || a.order - b.order)
        .slice(0, Math.max(1, Math.min(policy.maxUnitsPerRegion, budget)))
        .sort((a, b) => a.order - b.order);
      budget -= chosen.length;
      for (const block of bySection(chosen)) {
        const { region, title, language: quoted } = block[0].passage.chunk;
        const section = ownHeading(block[0]);
        lines.push('', quoted !== language ? messages.introOtherLanguage(region, title, section) : messages.intro(region, title, section));
        for (const u of block) lines.push(`• ${cite(u)}`);
      }
    }
    return { answer: lines.join('\n'), citations };
  }

  // The best passage (the relevance decision ranked it first: its heading counts too) is quoted in order (a
  // slide's question only when it is what matched), continued into the section's next chunk when short: a
  // chunk's other bullets are usually the rest of the answer. Its best-covering statement leads.
  // A passage of lead-in lines only ("Vår visjon:") has nothing to quote: the next one leads.
  const quotable = considered.findIndex((p) => unitsOf(p.chunk).length > 0);
  // A passage that matched by its section's heading alone, none of its statements naming the question, yields to
  // a passage of the same section whose statements do: under a heading naming two themes, the bullet on the one
  // asked about leads, not the bullet on the other.
  const sameSection = (p: RetrievedPassage) =>
    p.chunk.documentId === considered[quotable]?.chunk.documentId && p.chunk.section === considered[quotable]?.chunk.section;
  const namesQuestion = (p: RetrievedPassage) => unitsOf(p.chunk).some((text) => coverage(text) > 0);
  const namingRank = quotable >= 0 && !namesQuestion(considered[quotable]) ? considered.findIndex((p) => sameSection(p) && namesQuestion(p)) : -1;
  const bestRank = namingRank >= 0 ? namingRank : Math.max(0, quotable);
  const best = considered[bestRank];
  // Not within the best passage's section, where a heading's credit would lift every statement alike.
  const headed = (p: RetrievedPassage) =>
    p.chunk.documentId === best.chunk.documentId && p.chunk.section === best.chunk.section ? undefined : underHeadingOf(p.chunk.section);
  const all = considered.map((passage, rank) => unitsFor(passage, rank, 0, headed(passage)));
  let own = all[bestRank];
  const leadUnit = [...own].sort((a, b) => b.covered - a.covered || a.order - b.order)[0];
  const bestCovered = Math.max(0, ...own.map((u) => u.covered));
  own = own.filter((u) => !u.text.endsWith('?') || (u.covered > 0 && u.covered === bestCovered));
  const sectionOf = (chunk: Chunk) => input.sectionOf?.(chunk) ?? [chunk];
  const bestSection = sectionOf(best.chunk);
  const next = own.length < policy.maxUnitsFromBest ? bestSection[bestSection.findIndex((c) => c.id === best.chunk.id) + 1] : undefined;
  if (next) own.push(...unitsFor({ ...best, chunk: next }, bestRank, 50));
  // A section split into several chunks is one unit of meaning: the passage that shares the asker's words is
  // often its goals while the list that answers is the chunk beside it, which retrieval ranked lower or left
  // out. The other chunks of the best passages' sections are further passages too (see `sectionSiblings`).
  const merged = new Set([best.chunk.id, ...(next ? [next.id] : []), ...considered.map((p) => p.chunk.id)]);
  const siblings: Unit[][] = [];
  // Those of a further passage's section, not the best's, must carry the answer about as well as the lead.
  const furtherSiblings = new Set<Unit[]>();
  for (const source of [best, ...considered.filter((p) => p !== best)].slice(0, policy.sectionSiblings)) {
    const section = source === best ? bestSection : sectionOf(source.chunk);
    const at = section.findIndex((c) => c.id === source.chunk.id);
    section.forEach((chunk, j) => {
      if (merged.has(chunk.id)) return;
      merged.add(chunk.id);
      const units = unitsFor({ ...source, chunk }, considered.indexOf(source), (j - at) * 50, headed(source));
      if (source !== best) furtherSiblings.add(units);
      siblings.push(units);
    });
  }
  if (own.length > policy.maxUnitsFromBest) {
    // Around the lead: the statements closest to it in the passage; with `paddingLast`, first those that
    // cover some of the question, then the closest of the rest.
    const at = own.indexOf(leadUnit);
    if (policy.paddingLast) {
      // Nearest first; of two as near, the one after the lead (a list goes on after its lead).
      const distance = (i: number) => (i === at ? -1 : i > at ? i - at : at - i + 0.5);
      const kept = own
        .map((u, i) => ({ u, rank: (u.covered > 0 || i === at ? 0 : own.length) + distance(i) }))
        .sort((a, b) => a.rank - b.rank || a.u.order - b.u.order)
        .slice(0, policy.maxUnitsFromBest)
        .map((x) => x.u);
      own = own.filter((u) => kept.includes(u));
    } else {
      const from = Math.max(0, Math.min(at - 1, own.length - policy.maxUnitsFromBest));
      own = own.slice(from, from + policy.maxUnitsFromBest);
    }
  }
  // A passage of lead-in lines only ("Vår visjon:") is quoted as it stands.
  if (!own.length) own = [{ passage: best, text: best.chunk.text.replace(/\s+/g, ' ').trim(), covered: 0, asked: 0, order: bestRank * 100 }];
  const lead = own.includes(leadUnit) ? leadUnit : own[0];

  // Further passages: their statements that cover the question, other sections before the lead's.
  const quoted = new Set(own.map((u) => u.text));
  // A passage's statements best first: by what they cover (with a headline's gain), then in text order.
  const strongestFirst = (a: Unit, b: Unit) => b.covered - a.covered || a.order - b.order;
  // Across passages, statements are measured by what they cover of the question alone (a headline's gain only
  // picks among a passage's own statements and breaks ties), so other sections and regions keep their place.
  const spread = (u: Unit) => (u.passage.chunk.section === best.chunk.section ? u.asked * policy.sameSectionShare : u.asked);
  const others = [...considered.map((passage, rank) => (passage === best || passage.chunk.id === next?.id ? [] : all[rank])), ...siblings]
    .map((candidates) => {
      const bar = furtherSiblings.has(candidates) ? lead.asked * policy.siblingShareOfLead : 0;
      const units = candidates.filter((u) => !quoted.has(u.text) && u.asked >= bar);
      // Only statements that carry the answer about as well as the lead does (and their passage's best).
      const top = Math.max(lead.asked, ...units.map((u) => u.asked));
      const chosen = units
        .filter((u) => u.asked > 0 && u.asked >= top * policy.unitShareOfBest)
        .sort(strongestFirst)
        .slice(0, policy.maxUnitsPerPassage);
      return chosen;
    })
    .flat()
    .filter((u, i, list) => list.findIndex((o) => o.text === u.text) === i)
    .sort((a, b) => spread(b) - spread(a) || strongestFirst(a, b));
  // With `paddingLast`, the best passage's statements that cover nothing of the question come after the
  // further passages' that do.
  const ownRest = own.filter((u) => u !== lead);
  const padding = policy.paddingLast ? ownRest.filter((u) => u.covered <= 0) : [];
  // With `quoteFirstFound`, the passage retrieval ranked first, when it is not the lead's and none of its
  // statements cover enough to be quoted, still gives its best statement (see `answeringPassages`).
  const found = policy.quoteFirstFound ? firstFound(considered) : best;
  const fromFound =
    found !== best && found.chunk.id !== next?.id && !others.some((u) => u.passage === found)
      ? all[considered.indexOf(found)].filter((u) => !quoted.has(u.text)).sort(strongestFirst).slice(0, 1)
      : [];
  // Past the first `paddingWithin` quotes (the lead among them), only statements that cover the question.
  const rest = [...fromFound, ...ownRest.filter((u) => !padding.includes(u)), ...others, ...padding]
    .filter((u, i) => u.covered > 0 || i < policy.paddingWithin - 1)
    .slice(0, policy.maxUnits - 1)
    .sort((a, b) => a.order - b.order);

  const otherLanguage = (u: Unit) => u.passage.chunk.language !== language;
  // The framing on a line of its own (a lead-in), the statement under it: the statement is what is claimed.
  lines.push(messages.lead(best.chunk.region, otherLanguage(lead), ownHeading(lead)), `„${cite(lead)}“`.replace(/ \[(\d+)\]“$/, '“ [$1]'));
  const inLeadSection = (u: Unit) => u.passage.chunk.documentId === lead.passage.chunk.documentId && u.passage.chunk.section === lead.passage.chunk.section;
  // The lead's own section goes on right under it, without its names again; the other sections follow.
  const blocks = bySection(rest).sort((a, b) => Number(inLeadSection(b[0])) - Number(inLeadSection(a[0])));
  for (const block of blocks) {
    const first = block[0];
    const { region, title, documentId } = first.passage.chunk;
    const section = ownHeading(first);
    // Within the lead's document the section says enough; another document of its region is named too.
    const intro = inLeadSection(first)
      ? messages.sameSection
      : region === best.chunk.region
        ? messages.more(documentId === lead.passage.chunk.documentId ? undefined : title, section)
        : otherLanguage(first)
          ? messages.introOtherLanguage(region, title, section)
          : messages.intro(region, title, section);
    lines.push('', intro);
    for (const u of block) lines.push(`• ${cite(u)}`);
  }
  return { answer: lines.join('\n'), citations };
}

/** A section's own heading, the innermost of its label ("Sundhed › Sammenhæng og nærhed" → "Sammenhæng og nærhed"). */
const innermostHeading = (section: string): string => section.split('›').pop()!.trim();
const ownHeading = (u: Unit): string | undefined => innermostHeading(u.passage.chunk.section) || undefined;

/**
 * Quotes in blocks, one per section of a document, in the order of each block's first quote: the reader sees
 * under which heading each statement stands, as the citations say, without opening them.
 */
function bySection(units: readonly Unit[]): Unit[][] {
  const blocks = new Map<string, Unit[]>();
  for (const u of units) {
    const key = `${u.passage.chunk.documentId}\u0000${u.passage.chunk.section}`;
    blocks.set(key, [...(blocks.get(key) ?? []), u]);
  }
  return [...blocks.values()];
}

/**
 * A section whose heading names what is asked (the heading's own words cover some of the question, in its
 * words or through a concept: "Rekruttering og stabilisering" for a question about too few nurses) is about
 * it, and its statements that repeat the heading's words are its headline: they say what the section is for
 * ("Å stabilisere fagmiljøene gjennom …" under that heading), where its other bullets are steps on the way.
 * Such a statement, when it covers some of the question itself, counts `share` of what the heading covers on
 * top of that, so it is quoted before a statement that shares as few of the asker's words. Returns, per
 * section label, how much a statement of it gains (0 for one that doesn't repeat its heading, or when the
 * heading covers nothing).
 */
export function headlines(
  passageTerms: PassageTerms,
  coverage: (text: string) => number,
  share: number,
): (section: string) => (statement: string) => number {
  const bySection = new Map<string, (statement: string) => number>();
  const none = () => 0;
  return (section) => {
    let found = bySection.get(section);
    if (found) return found;
    // The innermost heading of a label ("Sundhed › Sammenhæng og nærhed") is the section's own.
    const heading = innermostHeading(section);
    const gain = share > 0 ? coverage(heading) * share : 0;
    const words = gain > 0 ? passageTerms.topicOf(heading).words : [];
    found = words.length
      ? (statement) => {
          const covers = passageTerms.textCovers(statement);
          return words.some((w) => covers(w)) ? gain : 0;
        }
      : none;
    bySection.set(section, found);
    return found;
  };
}
