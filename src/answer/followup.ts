import type { Language, Turn } from '../shared/api.js';
import { allLanguages, LANGUAGE_DATA } from '../lang/index.js';
import { foldNordic, wordsOf } from '../text/normalize.js';
import type { RegionMatcher } from '../retrieve/regions.js';
import { splitSentences } from '../text/sentences.js';
import { opensQuestion } from './requests.js';

export interface FollowUpDeps {
  regions: RegionMatcher;
  /** Content-bearing terms of a text (stopwords and region names excluded by the caller's analyzer). */
  contentTerms(text: string): string[];
  /** The themes a text speaks of (src/lang/concepts.ts): without them a "hvad med …" turn always moves on. */
  concepts?(text: string): ReadonlySet<string>;
  /**
   * Whether a text asks for a detail (a price, an opening hour, a name: src/answer/asks.ts): "hvad med prisen?"
   * asks it of the earlier topic.
   */
  asksDetail?(text: string): boolean;
  /**
   * For each folded word of a text, the concepts it takes part in naming (src/retrieve/concepts.ts): an earlier
   * answer's words on the earlier question's concepts go with its topic to another region. Without it none do.
   */
  conceptsByWord?(text: string): ReadonlyMap<string, ReadonlySet<string>>;
  /** At most this many of those answer words are carried (`conversation.answerWords` in src/policy.ts). */
  answerWords?: number;
  /** The asker's language, when decided: a direction ("deroppe i nord") means the north of the asker's country in a conversation about it. */
  language?: Language;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const opener = (words: string[]) => new RegExp(`^(?:${words.map(escape).join('|')})\\b`);
/** Openers that mark a question as leaning on the previous one, in any language: "og …", "fortell mer om …". */
const FOLLOW_UP_OPENER = opener(allLanguages((d) => d.question.followUpOpeners));
/** Openers that change the topic within the conversation's frame: "hvad med …". */
const TOPIC_SHIFT = opener(allLanguages((d) => d.question.topicShiftOpeners));
/** Words that announce a new subject, in any language: "noget helt andet: …". */
const NEW_SUBJECT = new RegExp(`\\b(?:${allLanguages((d) => d.question.newSubject).map(escape).join('|')})\\b`);
/** Words that point back to something said before. */
const BACK_REFERENCE = new RegExp(`\\b(?:${allLanguages((d) => d.question.backReferences).map(escape).join('|')})\\b`);

/** A folded phrase as a pattern that matches it typed with or without æ/ø/å, its words apart by any spaces. */
const asTyped = (folded: string) =>
  folded
    .split(' ')
    .map((w) => escape(w).replace(/ae/g, '(?:ae|æ)').replace(/oe/g, '(?:oe|ø)').replace(/aa/g, '(?:aa|å)'))
    .join('\\s+');
const longestFirst = (phrases: string[]) => [...new Set(phrases)].sort((a, b) => b.length - a.length);
/**
 * Thanks or an acknowledgement opening a turn ("takk! og …", "fint, men …"), with what ends it:
 * punctuation, or a follow-up opener coming next.
 */
const COURTESY = new RegExp(
  `^\\s*(?:${longestFirst(allLanguages((d) => d.question.courtesy)).map(asTyped).join('|')})` +
    `(?:\\s*[,.!:;]+\\s*|\\s+(?=(?:${longestFirst(allLanguages((d) => [...d.question.followUpOpeners, ...d.question.topicShiftOpeners])).map(asTyped).join('|')})(?![\\p{L}\\p{N}])))`,
  'iu',
);

/** A turn without the thanks it opens with; a turn that is only thanks stays as it is. */
export function withoutCourtesy(turn: string): string {
  const opening = COURTESY.exec(turn);
  const rest = opening ? turn.slice(opening[0].length).trim() : '';
  return rest || turn;
}

/** At most this many content words make a turn short: one that leans on the conversation for its topic. */
const SHORT_TURN_TERMS = 3;

/** A user turn read in the light of the conversation before it. */
interface Condensed {
  /** The turn as a standalone question. */
  text: string;
  /** The corpus regions it is about (its own, or the conversation's). */
  regions: string[];
  /** What it asks about, without region names: the topic a later follow-up may lean on. */
  topic: string;
  /** Every corpus region the conversation has been about so far, this turn's included, each once. */
  visited: string[];
  /** The latest answer's words (as written) on the topic's concepts: the documents' terms for it. */
  answered: string[];
  /** The items of the latest answer that gave a list, and the words before it ("Der er tre spor:"), kept across turns. */
  list?: AnswerList;
}

interface AnswerList {
  items: string[];
  intro: string;
}

const visiting = (visited: readonly string[], regions: readonly string[]) => [...new Set([...visited, ...regions])];

/**
 * Turns a follow-up into a standalone question without a language model, at any depth of a conversation:
 * the user turns are read in order, each in the light of the one before, so a third question leans on a
 * second that itself leaned on the first; an answer adds its region to a question that named none. A follow-up that names a region but no topic ("Og hvad med
 * Region Midtjylland?") takes the previous topic; one that names no region takes the conversation's; one
 * that leans back ("Og de private spesialistene, kommer de med?") gets the previous question as context
 * after it — a sentence of its own, so it helps retrieval without being what is asked.
 */
export function condenseFollowUp(question: string, history: Turn[] | undefined, deps: FollowUpDeps): string {
  let previous: Condensed | undefined;
  for (const turn of history ?? []) {
    if (turn.role === 'user') previous = previous && !asksAnything(turn.content) ? told(turn.content, previous, deps) : condenseTurn(turn.content, previous, deps);
    else if (previous) previous = withAnswer(previous, turn.content, deps);
  }
  if (!previous) return question;
  return condenseTurn(question, previous, deps).text;
}

/** Whether a turn asks anything: a sentence that ends in "?" or opens like a question. */
const asksAnything = (turn: string) => splitSentences(turn).some((s) => s.trim().endsWith('?') || opensQuestion(s));

/**
 * A turn that only tells ("Datteren min har flyttet til Silkeborg.") takes the conversation to the regions it
 * names but asks about nothing: the topic asked before stays the one a later turn leans on ("gjør de noe
 * lignende der?").
 */
function told(turn: string, previous: Condensed, deps: FollowUpDeps): Condensed {
  const named = deps.regions.mentions(turn, { language: deps.language }).known;
  const regions = named.length ? named : previous.regions;
  return { ...previous, regions, visited: visiting(previous.visited, regions) };
}

/**
 * An exchange read with its answer: a question that named no region ("hvad gør de for ventetiderne?") takes
 * the region its answer came from, when the answer speaks for one.
 */
function withAnswer(asked: Condensed, answer: string, deps: FollowUpDeps): Condensed {
  const terms = topicWordsOf(answer, asked.topic, deps);
  const list = listOf(answer);
  const said = { ...asked, ...(terms.length ? { answered: terms } : {}), ...(list ? { list } : {}) };
  const answered = deps.regions.mentions(answer).known;
  return asked.regions.length || answered.length !== 1 ? said : { ...said, regions: answered, visited: visiting(asked.visited, answered) };
}

/**
 * An answer's words that name one of the topic's concepts, in the answer's order, each once, at most
 * `answerWords`; no word of a place, a region or a country, and none the topic already has. The earlier
 * question is often in everyday words or the other language; its answer quotes the documents, whose terms
 * the next region's document shares ("hurtig udredning", "færre medarbejdere").
 */
function topicWordsOf(answer: string, topic: string, deps: FollowUpDeps): string[] {
  const limit = deps.answerWords ?? 0;
  if (!limit || !deps.concepts || !deps.conceptsByWord) return [];
  const concepts = deps.concepts(topic);
  if (!concepts.size) return [];
  const text = deps.regions.strip(answer);
  const byWord = deps.conceptsByWord(text);
  const seen = new Set(wordsOf(topic).map((w) => w.folded));
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    if (out.length >= limit) break;
    if (seen.has(word.folded) || ![...(byWord.get(word.folded) ?? [])].some((c) => concepts.has(c))) continue;
    seen.add(word.folded);
    const place = deps.regions.mentions(word.raw);
    if (place.known.length || place.unknown.length || place.countries.length || place.acrossRegions) continue;
    out.push(word.raw.toLowerCase());
  }
  return out;
}

/** Each language's home directions (`RegionCollectives.homeDirections`), as patterns for a turn as typed. */
const HOME_DIRECTIONS = Object.fromEntries(
  Object.entries(LANGUAGE_DATA).flatMap(([language, data]) => {
    const home = data.regionCollectives.homeDirections;
    if (!home) return [];
    const directions = (phrases: readonly string[]) =>
      new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst([...phrases]).map(asTyped).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const back = home.pointsBack?.length ? directions(home.pointsBack) : undefined;
    return [[language, { ...home, pattern: directions(home.phrases), onTour: directions([...home.phrases, ...(home.afterTour ?? [])]), back }]];
  }),
) as Partial<Record<Language, { country: string; region: string; pattern: RegExp; onTour: RegExp; back?: RegExp }>>;

/** A conversation that has been about this many regions or more is a round of them ("og Midtjylland?", "og i nord?"). */
const TOUR_REGIONS = 2;

/**
 * A turn whose only place is a direction ("og hos dem deroppe?"), asked in a language whose askers say it of
 * their own country's north, in a conversation that has been about that country's other regions only, or one
 * that points ("deroppe") in a conversation about that region itself: the direction written as that region.
 * Otherwise the turn as it is (the direction then means what it means standing alone).
 */
function atHome(question: string, previous: Condensed, deps: FollowUpDeps): string {
  const home = deps.language && HOME_DIRECTIONS[deps.language];
  if (!home || !previous.regions.length) return question;
  // On a round of the country's regions, the names the other country's north goes by are directions too.
  const pattern = previous.visited.length >= TOUR_REGIONS ? home.onTour : home.pattern;
  if (!pattern.test(question)) return question;
  // "deroppe i nord" is one direction said twice.
  const rest = question.replace(new RegExp(pattern.source, 'giu'), ' ').replace(/\s+/g, ' ').trim();
  const elsewhere = deps.regions.mentions(rest);
  if (elsewhere.known.length || elsewhere.unknown.length || elsewhere.countries.length) return question;
  // "Kører de stadig på diesel deroppe?", a topic of its own in a conversation about the home region, points back
  // at it. Otherwise ("og dem deroppe?") up north of a conversation that has been there already is further north:
  // the other country's.
  const pointsBack = sameList(previous.regions, [home.region]) && home.back?.test(question) === true && deps.contentTerms(rest).length > 0;
  const domestic =
    pointsBack ||
    (!previous.visited.includes(home.region) && previous.visited.every((r) => sameList(deps.regions.mentions(r).countries, [home.country])));
  return domestic ? `${rest} ${home.region}` : question;
}

/** Words that set aside what was said before ("de andre", "de øvrige"), in any language. */
const OTHERS = new RegExp(`\\b(?:${allLanguages((d) => d.question.others).map(escape).join('|')})\\b`);

/**
 * "og de andre regioner?", "hvad med de to andre danske regioner?": a collective that sets aside the regions the
 * conversation has been about means the rest of its regions, which the turn then names instead of it. Otherwise
 * the turn as it is.
 */
function withOtherRegions(question: string, previous: Condensed, deps: FollowUpDeps): string {
  if (!previous.regions.length || !OTHERS.test(foldNordic(question))) return question;
  const { compared } = deps.regions.mentions(question, { language: deps.language });
  const rest = compared.filter((region) => !previous.regions.includes(region));
  return rest.length && rest.length < compared.length ? `${deps.regions.strip(question)} ${rest.join(' ')}` : question;
}

/**
 * The list an answer gives: its bullets or item numbers, else what follows its colon split at semicolons, else at
 * commas (and at the last "og"/"samt", where Danish and Norwegian put no comma). An answer without bullets,
 * numbers, colon or semicolon is prose, no list; fewer than two items are none either. An item number has one or
 * two digits, so a year ending a sentence ("frem mod 2030. Vi …") numbers nothing.
 */
function listOf(answer: string): AnswerList | undefined {
  const bullets = answer.split(/\n\s*(?:[•*-]|\d{1,2}[.)])\s+/);
  if (bullets.length > 2) return { intro: bullets[0], items: bullets.slice(1).map(itemText) };
  // Numbered in a line: "1) Medarbejdere og trivsel, 2) byggeri …".
  const numbered = answer.split(/(?:^|\s)\d{1,2}[.)]\s+/);
  if (numbered.length > 2) return { intro: numbered[0], items: numbered.slice(1).map(itemText) };
  const colon = answer.indexOf(':');
  const body = colon >= 0 ? answer.slice(colon + 1) : answer;
  let items = body.split(';');
  if (items.length < 2 && colon >= 0) {
    items = body.split(/,\s*(?:og|samt|and)?\s+/);
    // "A, B og C": the last two share an item, unless a comma came before the "og" ("…, og et bedre og længere liv").
    if (items.length >= 2 && !/,\s*(?:og|samt|and)\s/.test(body)) items.push(...(items.pop() ?? '').split(/\s+(?:og|samt)\s+(?!.*\s(?:og|samt)\s)/));
  }
  items = items.map(itemText).filter(Boolean);
  return items.length >= 2 ? { intro: colon >= 0 ? answer.slice(0, colon) : '', items } : undefined;
}

/** An item's words without its citation marks and closing punctuation. */
const itemText = (item: string) => item.replace(/\[\d+\]/g, ' ').replace(/[.;,:\s]+$/, '').replace(/\s+/g, ' ').trim();

/** Every language's ordinals that point at a listed item, folded, longest first, with the item's place. */
const ORDINALS = new Map(
  longestFirst(allLanguages((d) => Object.keys(d.question.ordinals))).map((phrase) => [
    phrase,
    Object.values(LANGUAGE_DATA).map((d) => d.question.ordinals[phrase]).find((at) => at !== undefined) ?? 0,
  ]),
);
const ORDINAL = new RegExp(`\\b(${[...ORDINALS.keys()].map(escape).join('|')})\\b(?:\\s+(\\p{L}+))?`, 'u');
/** Words after an ordinal that point at where the list stands, not at a thing of their own ("den første der"). */
const POINTING = new Set(['der', 'her', 'af', 'av', 'paa', 'i']);

/**
 * The listed item a turn points at with an ordinal ("den første der", "det sidste spor"): the ordinal standing
 * alone, before a pointing word, or before a word of the list's own introduction ("Der er tre spor: …"). An
 * ordinal before another noun ("det første år") points at nothing listed.
 */
function pointedItem(folded: string, list: AnswerList | undefined): string | undefined {
  if (!list) return undefined;
  const m = ORDINAL.exec(folded);
  if (!m) return undefined;
  const next = m[2];
  if (next && !POINTING.has(next) && !wordsOf(list.intro).some((w) => w.folded === next || w.folded.startsWith(next))) return undefined;
  const at = ORDINALS.get(m[1]) ?? 0;
  return list.items.at(at);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function condenseTurn(turn: string, previous: Condensed | undefined, deps: FollowUpDeps): Condensed {
  // "super, og Hovedstaden?" adds a region and nothing else: the thanks are no topic.
  const question = previous ? withOtherRegions(atHome(withoutCourtesy(turn), previous, deps), previous, deps) : turn;
  const now = deps.regions.mentions(question, { language: deps.language });
  const ownTopic = deps.regions.strip(question);
  if (!previous) return { text: question, regions: now.known, topic: ownTopic, visited: now.known, answered: [] };

  const topicNow = deps.contentTerms(ownTopic);
  const folded = foldNordic(question.trim());
  const item = pointedItem(folded, previous.list);
  if (item) {
    // "Den første der – hva betyr den?": the item pointed at is what is asked about, in the conversation's region.
    const regions = now.known.length ? now.known : previous.regions;
    const text = `${item} – ${question} ${now.known.length ? '' : regions.join(' ')}`.replace(/\s+/g, ' ').trim();
    return { text, regions, topic: `${ownTopic} ${item}`, visited: visiting(previous.visited, regions), answered: [], list: previous.list };
  }
  const shifts = TOPIC_SHIFT.test(folded);
  const leansBack = shifts || FOLLOW_UP_OPENER.test(folded) || (topicNow.length <= SHORT_TURN_TERMS && BACK_REFERENCE.test(folded));
  // An area in several regions, one of them the conversation's ("sommerhus ved Limfjorden" after asking about
  // Region Nordjylland), is in that one: the turn names no other region.
  const inConversation = now.acrossRegions && !now.named.length && withinRegions(question, previous.regions, deps);
  const namesRegion = !inConversation && (now.known.length > 0 || now.unknown.length > 0 || now.acrossRegions);

  if (topicNow.length === 0 || (leansBack && topicNow.length <= 1 && now.known.length > 0)) {
    // The region (or nothing new) is all the follow-up adds: keep the earlier topic.
    // A region outside the corpus ("men Helse Vest da?") is asked about instead, not beside the earlier one.
    const regions = now.known.length || now.unknown.length ? now.known : previous.regions;
    const text = `${question} ${now.known.length ? '' : regions.join(' ')} ${previous.topic} ${carried(previous, now.known)}`.replace(/\s+/g, ' ').trim();
    return { text, regions, topic: previous.topic, visited: visiting(previous.visited, regions), answered: previous.answered, list: previous.list };
  }
  const regions = namesRegion ? now.known : previous.regions;
  const withRegion = namesRegion || !regions.length ? question : `${question} ${regions.join(' ')}`;
  // A question that goes on about the same thing carries its context; one that moves on ("hvad med …") not.
  const continues = leansBack && !NEW_SUBJECT.test(folded) && (!shifts || narrows(ownTopic, topicNow, BACK_REFERENCE.test(folded), previous, deps));
  const context = continues ? ` ${sentence(`${previous.topic} ${namesRegion ? carried(previous, now.known) : ''}`)}` : '';
  return {
    text: `${withRegion}${context}`,
    regions,
    topic: continues ? `${ownTopic} ${previous.topic}` : ownTopic,
    visited: visiting(previous.visited, regions),
    answered: continues ? previous.answered : [],
    list: previous.list,
  };
}

/** Whether the regions a turn names, read beside `regions` named, are just those. */
function withinRegions(turn: string, regions: readonly string[], deps: FollowUpDeps): boolean {
  if (!regions.length) return false;
  const placed = deps.regions.mentions(`${turn} ${regions.join(' ')}`, { language: deps.language });
  return !placed.unknown.length && placed.known.length === regions.length && placed.known.every((r) => regions.includes(r));
}

/**
 * The earlier answer's topic words, for a turn that takes the topic to a region the conversation was not
 * just about; nothing for one that stays (its answer's words would only repeat what was said).
 */
function carried(previous: Condensed, regions: readonly string[]): string {
  return regions.some((r) => !previous.regions.includes(r)) ? previous.answered.join(' ') : '';
}

/**
 * Whether a turn that opens like a change of topic ("hvad med …") stays within the earlier one: a few words
 * whose themes are all the earlier topic's ("hvad med jordemødrene?" after asking how nurses are recruited,
 * "hvad med jernbanen?" after asking about traffic) narrow it to someone or something in it, and the earlier
 * topic comes along as context; so do words of no known theme that point back ("hvad med deres naboer?").
 * A detail ("hvad med prisen?", "og åbningstiderne?") is asked of the earlier topic, which then decides
 * whether a strategy holds it.
 * A new theme ("hvad med bussen?" after asking about the climate, "hvad med pårørende?" after waiting times),
 * or words of no known theme that don't point back (other people, whose own say may be asked about), move on
 * without it.
 */
function narrows(ownTopic: string, topicNow: string[], pointsBack: boolean, previous: Condensed, deps: FollowUpDeps): boolean {
  if (topicNow.length > SHORT_TURN_TERMS) return false;
  if (deps.asksDetail?.(ownTopic)) return true;
  if (!deps.concepts) return false;
  const earlier = deps.concepts(previous.topic);
  const now = [...deps.concepts(ownTopic)];
  return now.length ? now.every((c) => earlier.has(c)) : pointsBack;
}

/** Earlier words as a statement of their own (not a question), so they read as context. */
function sentence(text: string): string {
  const plain = text.replace(/[?!.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return plain ? `${plain}.` : '';
}

/** The newest answer in a conversation, if any. */
export function lastAnswer(history: Turn[] | undefined): string | undefined {
  return history?.findLast((t) => t.role === 'assistant')?.content;
}

/**
 * Passages in order, those the previous answer already said moved behind the others: a follow-up asks for
 * more, and repeating the last answer's quotes is what a reader least needs. A passage counts as said when
 * at least `share` of its content terms occur in the answer (quoted or paraphrased).
 */
export function notSaidFirst<T>(
  passages: readonly T[],
  textOf: (p: T) => string,
  answer: string,
  share: number,
  contentTerms: (text: string) => string[],
): T[] {
  const said = new Set(contentTerms(answer));
  const repeats = (p: T) => {
    const terms = new Set(contentTerms(textOf(p)));
    if (!terms.size) return false;
    let hits = 0;
    for (const t of terms) if (said.has(t)) hits++;
    return hits / terms.size >= share;
  };
  const flags = passages.map(repeats);
  return [...passages.filter((_, i) => !flags[i]), ...passages.filter((_, i) => flags[i])];
}
