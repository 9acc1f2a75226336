import { STRATEGY_PARTS, type ConceptId } from '../lang/concepts.js';
import { allLanguages, LANGUAGE_DATA } from '../lang/index.js';
import { anyPhrase } from '../lang/phrases.js';
import type { ConceptMatcher } from '../retrieve/concepts.js';
import { foldNordic, tokenize } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { classifyRequest, opensQuestion } from './requests.js';

/**
 * A question as a person writes it, read for what it asks. Citizens describe their situation first ("Min
 * mor på 88 bliver udskrevet … bor alene …") and ask last; the asking sentences are the information need,
 * the rest is context that may help but need not match. Sentences that try to instruct the assistant are set
 * aside, so a real question wrapped in an injection is still answered, and the instruction is not.
 */
export interface ReadQuestion {
  /** The question without instruction sentences. */
  text: string;
  /** The sentences that ask (end in "?", or open like a question when none does), or the whole text. */
  need: string;
  /** The other sentences: the asker's situation. */
  situation: string;
  /** Whether the asking sentences point back at the situation ("… sånt?"): then it is what is asked about. */
  pointsToSituation: boolean;
  /** The told sentence the asking sentences only check ("… lukker til sommer. Stemmer det?"), if they do. */
  claim?: string;
  /** Whether any sentence asks (ends in "?" or opens like a question); a message may only tell. */
  asks: boolean;
  /** Sentences that try to instruct the assistant (set aside). */
  instructions: string[];
  /** Domain concepts the question mentions (src/lang/concepts.ts). */
  concepts: Set<ConceptId>;
  /** The corpus's own words for those concepts that the question doesn't already use. */
  conceptWords: string[];
  /** Those of `conceptWords` that only concepts told in the situation bring (none asked about brings them). */
  situationConceptWords: string[];
  /**
   * The concepts the asking sentences mention, and those only the situation does: in the question's own words or
   * the corpus's. Retrieval ranks the passages tagged with them; a concept named in the corpus's own words
   * ("samisk") needs that as much as one in everyday words, which also gets its words searched beside the rest.
   */
  askedConcepts: ConceptId[];
  toldConcepts: ConceptId[];
}

/** Every language's second-standard spellings (src/lang/<language>/…): whole words, and word beginnings. */
const STANDARD_WORDS = new Map<string, string>();
const STANDARD_BEGINNINGS: [string, string][] = [];
const STANDARD_ENDINGS: [string, string][] = [];
for (const data of Object.values(LANGUAGE_DATA)) {
  for (const [from, to] of Object.entries(data.standardForms ?? {})) {
    if (from.endsWith('*')) STANDARD_BEGINNINGS.push([from.slice(0, -1), to.replace(/\*$/, '')]);
    else if (from.startsWith('*')) STANDARD_ENDINGS.push([from.slice(1), to.replace(/^\*/, '')]);
    else STANDARD_WORDS.set(from, to);
  }
}
/** A word's standard form by its beginning, then its ending (both may apply: "sjukepleiarar" → "sykepleiere"). */
function byParts(word: string): string | undefined {
  let out = word;
  for (const [from, to] of STANDARD_BEGINNINGS) if (out.startsWith(from)) out = to + out.slice(from.length);
  // An ending is mapped only on a word longer than it by a stem of 3+ letters ("arar" alone is no plural).
  for (const [from, to] of STANDARD_ENDINGS) if (out.endsWith(from) && out.length >= from.length + 3) out = out.slice(0, -from.length) + to;
  return out === word ? undefined : out;
}
const LETTERS = /\p{L}+/gu;

/**
 * The text with words of a language's second written standard in the documents' standard ("Kva gjer dei for
 * folk som bur heime?" → "hva gjoer de for folk som bor hjemme?"), so the stemmer and the corpus know them.
 * Other words are left as written, capitals included (place names are told by them).
 */
export function inStandardForms(text: string): string {
  return text.replace(LETTERS, (word) => {
    const folded = foldNordic(word);
    const standard = STANDARD_WORDS.get(folded) ?? byParts(folded);
    if (!standard) return word;
    // A capital stays: it starts a sentence ("… reise. Kva gjer dei …?" is two sentences).
    return word[0] === word[0].toLowerCase() ? standard : standard[0].toUpperCase() + standard.slice(1);
  });
}

const CLAUSE_QUESTION_WORDS = new Set(allLanguages((d) => d.question.clauseQuestionWords));
const SITUATION_POINTERS = new RegExp(anyPhrase(allLanguages((d) => d.question.situationPointers), { alike: [] }));
const CLAIM_CHECKS = new RegExp(anyPhrase(allLanguages((d) => d.question.claimChecks), { alike: [] }));
/**
 * A claim check opens its sentence ("Stemmer det, og hvor skal den ligge?" asks the claim and more), or is a
 * short sentence of its own: its phrase and at most this many words more ("Gælder det stadig i Region
 * Hovedstaden?"). Followed by the claim ("Er det rigtigt, at regionen vil …?"), the sentence states what it asks.
 */
const CLAIM_CHECK_EXTRA_WORDS = 3;
/** Words a told sentence has for a check to check it: a signature or greeting before it ("Venlig hilsen Jens") is none. */
const CLAIM_MIN_WORDS = 3;
/** A check followed by the claim itself ("Er det rigtigt, at …", "Stemmer det at …"). */
const STATES_CLAIM = /^\s*,?\s*(?:at|att|om)\b/;
/** Whether a sentence only checks a claim told before it (`CLAIM_CHECKS`, `CLAIM_CHECK_EXTRA_WORDS`). */
function checksClaim(sentence: string): boolean {
  const folded = foldNordic(sentence.trim());
  const check = CLAIM_CHECKS.exec(folded);
  if (!check) return false;
  const opens = check.index === 0 && !STATES_CLAIM.test(folded.slice(check[0].length));
  return opens || tokenize(sentence).length <= tokenize(check[0]).length + CLAIM_CHECK_EXTRA_WORDS;
}
const FIRST_PERSON = new Set(allLanguages((d) => d.question.firstPerson));
/** A sentence of words or numbers, not of marks alone. */
const WORDED = /[\p{L}\p{N}]/u;
/** A comma, semicolon, colon or free-standing dash, and the word after it. */
const CLAUSE_BREAK = /(?:[,;:]|\s[–—-])\s+(?=(\p{L}+))/gu;
const CLAUSE_MARK = /[,;:]|\s[–—-]\s/;
/** A space and the word after it: where a sentence typed without clause marks may break. */
const WORD_BREAK = /\s+(?=(\p{L}+))/gu;
/** Words of the asker's own before a question word in a run typed without commas, for it to start the question. */
const RUN_ON_SITUATION_WORDS = 4;

/**
 * A sentence that tells the asker's situation and then asks, after a comma or dash ("vi holder til i Skagen –
 * hvordan er …", "min far er 90, hvem hjælper ham …") or, typed without either, at the question word, as two:
 * the situation, and the question from its question word on. Typed as one sentence, the situation's words were
 * all read as the need. A clause that tells nothing of the asker names the topic asked about ("og ventetiderne,
 * hvad gør de ved dem?") and stays; so does a sentence that opens like a question, which asks from its start.
 */
function clauses(sentence: string): string[] {
  if (opensQuestion(sentence)) return [sentence];
  const marked = CLAUSE_MARK.test(sentence);
  const breaks = sentence.matchAll(marked ? CLAUSE_BREAK : WORD_BREAK);
  for (const m of breaks) {
    if (!CLAUSE_QUESTION_WORDS.has(foldNordic(m[1]))) continue;
    const situation = sentence.slice(0, m.index).trim();
    const words = tokenize(situation);
    // Typed as one run without a comma ("min datter har … hvordan hjælper regionen …"), the question word
    // after a few words of the asker's own starts the question as after a comma.
    if (!marked && words.length < RUN_ON_SITUATION_WORDS) return [sentence];
    const tellsOwn = words.some((w) => FIRST_PERSON.has(foldNordic(w)));
    return tellsOwn ? [situation, sentence.slice(m.index + m[0].length)] : [sentence];
  }
  return [sentence];
}

/** Whether a clause opens with a question word and tells nothing of the asker ("hvilke værdier de bygger på"). */
function asksOfOthers(clause: string): boolean {
  const words = tokenize(clause).map(foldNordic);
  return CLAUSE_QUESTION_WORDS.has(words[0] ?? '') && !words.some((w) => FIRST_PERSON.has(w));
}

/**
 * The sentences that ask: those ending in "?"; in a message typed without any, those opening like a question
 * ("… bor alene. hvad gør regionen for ældre"), as long as some sentence doesn't (then it tells the situation).
 */
function askingSentences(kept: string[]): string[] {
  const marked = kept.filter((s) => s.endsWith('?'));
  if (marked.length || kept.length < 2) return marked;
  const opening = kept.filter(opensQuestion);
  return opening.length < kept.length ? opening : [];
}

/**
 * `namesRegion`: the question names a health region ("… i Nordjylland"), which places its everyday words in
 * the service as a health word does ("flere elbiler i Nordjylland" asks about the region's transport).
 * `documentWords`: the words of the documents the question is about, when it is about some (a region in the
 * other language than the asker's): its concepts are bridged to those documents' words and phrases ("fastholde" asked of a
 * Norwegian document → its "stabilisere", "rekruttere"), not to words only other documents write.
 * `languageWords`: else, the words of each language's documents: each language's documents get up to
 * `wordsPerConcept` of a concept's words, most widespread first. The corpus's words for a concept mix both
 * languages, and the most widespread are mostly one language's ("nærhed", "tæt på", "eget hjem"): taken
 * together they would leave the other language's documents their concept with hardly a word of their own.
 * `regionWords`: the concept words of the documents of the regions a question names, when `documentWords`
 * isn't given (the pipeline passes them for documents in either language): a concept named in a word
 * the corpus writes elsewhere but those documents don't ("klima" of a region whose strategy writes
 * "klimavenlig", "fossilfri") is a gap in them, bridged to their words for it.
 */
export function readQuestion(
  text: string,
  concepts: ConceptMatcher,
  wordsPerConcept: number,
  namesRegion = false,
  documentWords?: (word: string) => boolean,
  languageWords: readonly ((word: string) => boolean)[] = [],
  regionWords?: (word: string) => boolean,
): ReadQuestion {
  const all = splitSentences(text);
  const instructions = all.filter((s) => classifyRequest(s) !== undefined);
  // A line of marks alone ("---" around a pasted mail) is no sentence: a check after it checks the one before.
  const kept = all.filter((s) => !instructions.includes(s) && WORDED.test(s)).flatMap(clauses);
  const marked = askingSentences(kept);
  // Asking sentences that only point back ("Kan du give mig et overblik?") ask what a told clause opening with a
  // question word asks ("Vi taler på arbejdet om, hvordan regionerne skaffer sygeplejersker."): it is the need, not the situation.
  // Not one of the asker's own ("… så jeg ved aldrig, hvornår jeg er hjemme."): that tells the situation.
  const pointing = marked.length > 0 && marked.every((s) => SITUATION_POINTERS.test(foldNordic(s)));
  // Asking sentences that only check what was just told ("Der går rygter om, at … lukker. Stemmer det?") ask the
  // claim: the sentence before them is the need.
  // Not when the asker goes on to ask something else ("… Er det sandt? hvordan vil de …"): that is asked.
  const asksAfter = kept.slice(kept.indexOf(marked[marked.length - 1]) + 1).some(opensQuestion);
  const checking = marked.length > 0 && marked.every(checksClaim) && !asksAfter;
  const claim = checking ? kept.slice(0, kept.indexOf(marked[0])).findLast((s) => tokenize(s).length >= CLAIM_MIN_WORDS) : undefined;
  const opened = pointing ? kept.filter((s) => !marked.includes(s) && asksOfOthers(s)) : claim ? [claim] : [];
  const asking = opened.length ? kept.filter((s) => marked.includes(s) || opened.includes(s)) : marked;
  const need = (asking.length ? asking : kept).join(' ');
  const situation = asking.length ? kept.filter((s) => !asking.includes(s)).join(' ') : '';
  const rest = kept.join(' ');
  // Everyday words alone ("hvor gammel er …", "en billig app") don't bring their concepts in.
  const aside = namesRegion ? new Set<ConceptId>() : concepts.outOfContext(rest);
  const found = without(concepts.conceptsOf(rest), aside);
  const own = new Set(tokenize(rest));
  const written = (w: string, words: (word: string) => boolean) => w.split(' ').every(words);
  const wordsOf = (c: ConceptId) => {
    const words = concepts.corpusWords(c).filter((w) => !own.has(w) && (!documentWords || written(w, documentWords)));
    if (documentWords || languageWords.length < 2) return words.slice(0, wordsPerConcept);
    const picked = new Set(languageWords.flatMap((inLanguage) => words.filter((w) => written(w, inLanguage)).slice(0, wordsPerConcept)));
    return words.filter((w) => picked.has(w));
  };
  // A concept the corpus writes the question's word for, but not the documents asked about, is bridged to
  // those documents' own words for it, beside the rest. Not a part of the strategy itself ("mål", "planen"):
  // every document names its parts in its own headings, and they say nothing of the topic asked about.
  const gapsIn = (said: string, found: ReadonlySet<ConceptId>, inRegions: (word: string) => boolean) => {
    const gaps = [...without(concepts.bridgedConcepts(said, inRegions), aside)].filter((c) => !found.has(c) && !STRATEGY_PARTS.has(c));
    return { gaps, words: gaps.flatMap((c) => concepts.corpusWords(c).filter((w) => !own.has(w) && written(w, inRegions)).slice(0, wordsPerConcept)) };
  };
  const bridge = (said: string) => {
    const found = without(concepts.bridgedConcepts(said, documentWords), aside);
    const { gaps, words } = regionWords ? gapsIn(said, found, regionWords) : { gaps: [], words: [] };
    return { concepts: new Set([...found, ...gaps]), words: new Set([...[...found].flatMap(wordsOf), ...words]) };
  };
  const { concepts: bridged, words: conceptWords } = bridge(rest);
  const { concepts: askedConcepts, words: asked } = situation ? bridge(need) : { concepts: bridged, words: conceptWords };
  const situationConceptWords = [...conceptWords].filter((w) => !asked.has(w));
  // Asking sentences that point back at the situation ("… for folk som henne?") ask about what it tells.
  const pointsToSituation = situation !== '' && !opened.length && SITUATION_POINTERS.test(foldNordic(need));
  const tagsAsked = pointsToSituation
    ? new Set([...bridged, ...found])
    : new Set([...askedConcepts, ...(situation ? without(concepts.conceptsOf(need), aside) : found)]);
  const asks = kept.some((s) => s.endsWith('?') || opensQuestion(s));
  return {
    text: rest,
    need,
    situation,
    pointsToSituation,
    ...(claim ? { claim } : {}),
    asks,
    instructions,
    concepts: found,
    conceptWords: [...conceptWords],
    situationConceptWords,
    askedConcepts: [...tagsAsked],
    toldConcepts: [...new Set([...bridged, ...found])].filter((c) => !tagsAsked.has(c)),
  };
}

function without<T>(set: Set<T>, aside: ReadonlySet<T>): Set<T> {
  if (!aside.size) return set;
  for (const item of aside) set.delete(item);
  return set;
}
