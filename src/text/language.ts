import { LRUCache } from 'lru-cache';
import { LANGUAGE_DATA } from '../lang/index.js';
import type { LanguageCues } from '../lang/types.js';
import { DEFAULT_POLICY, type AnswerPolicy } from '../policy.js';
import type { Language, Turn } from '../shared/api.js';
import { francMargin } from './franc-margin.js';
import { STOPWORDS_OF } from './stopwords.js';
import { boundedCache, type BoundedCache } from './bounded-cache.js';
import { isNameLike, wordsOf, type Word } from './normalize.js';

/**
 * Which language a question is written in, Danish or Norwegian, to answer in kind: one decision shared by
 * the server (error messages) and the engine (answers).
 *
 * franc's trigram model alone gets short questions wrong (44 of 58 in test/text/language-questions.ts),
 * mostly calling Norwegian Danish: a few words share most of their trigrams. The two written standards
 * differ in many frequent words and word parts, though (src/lang/<language>/language-cues.ts), so those
 * decide when present, and franc only when there are none. Names don't vote: "Helse Nord" in a Danish
 * question or "Hovedstadens" in a Norwegian one say nothing about the asker's language, so words written
 * like names inside a sentence are skipped.
 *
 * When the question itself doesn't tell (too short, only shared words), the asker's earlier questions do,
 * then the page's language (the widget's hint), then the language of the latest answer, then the country the
 * question asks about, then a lean of weak cues, then Danish.
 */

export interface LanguageEvidence {
  question: string;
  /** The language of the page asked from (the widget sends it): used when the question doesn't tell. */
  hint?: Language;
  /** The conversation so far: the asker's earlier questions tell when this one doesn't. */
  history?: readonly Turn[];
  /**
   * The language of the one country whose regions or places the question names. Names never outvote the
   * asker's own words (a Dane asks about Helse Nord in Danish), but when nothing else tells — no cue, no
   * conversation, no hint — most people ask about where they live.
   */
  about?: Language;
  /**
   * `about` comes from a town, island or hospital the question names, not from a region's name. Such a place
   * is most often where the asker lives ("hvordan er psykiatrien i Esbjerg"), so on a question of shared
   * words it outweighs franc's guess as a page's hint does; someone asking about another country's region
   * names it ("Satser Region Nordjylland på …" may well be Norwegian), and there franc's guess stands.
   */
  aboutByPlace?: boolean;
  /**
   * `about` comes from a region's name (Region Nordjylland, Helse Nord), which the other country's askers
   * write as often as its own: there a weak lean away from it tells (`weakCueAgainstRegion`).
   */
  aboutByRegion?: boolean;
}

export interface LanguageDecision {
  language: Language;
  /** What decided: the question's own words, the asker's earlier questions, the hint, the country asked about, or nothing. */
  by: 'question' | 'conversation' | 'hint' | 'country' | 'default';
}

/** The language a question is answered in when nothing tells. */
const FALLBACK: Language = 'da';
type LanguagePolicy = AnswerPolicy['language'];

const LANGUAGES = Object.keys(LANGUAGE_DATA) as Language[];

/**
 * A language's cues with its word lists as sets: every word of every question is looked up in each list of
 * both languages, and a list of a hundred words searched through was ~2% of an ask's CPU. What a word is to
 * the language is remembered too (`kinds`): the `parts` pattern was tried on every word of every question,
 * in both languages and twice (its weight, whether it is a full cue), and the same words recur.
 */
interface CueLookup {
  cues: LanguageCues;
  /** The language's stopwords, folded: a word typed without its æ may be one of them ("vere" for "være"). */
  stopwords: ReadonlySet<string>;
  grammar: ReadonlySet<string>;
  words: ReadonlySet<string>;
  shared: ReadonlySet<string>;
  kinds: BoundedCache<string, CueKind>;
}
/** What a folded word is to a language's cues: a shared word, grammar, a word or part, a weak part, or none. */
type CueKind = 'shared' | 'grammar' | 'word' | 'weak' | 'none';
/** Words whose kind is remembered, per language: a few days' questions' worth of distinct words. */
const CUE_WORDS_KEPT = 20_000;

function cueLookup(cues: LanguageCues, stopwords: ReadonlySet<string>): CueLookup {
  return { cues, stopwords, grammar: new Set(cues.grammar), words: new Set(cues.words), shared: new Set(cues.shared), kinds: boundedCache(CUE_WORDS_KEPT) };
}
const DANISH_CUES = cueLookup(LANGUAGE_DATA.da.cues, STOPWORDS_OF.da);
const NORWEGIAN_CUES = cueLookup(LANGUAGE_DATA.no.cues, STOPWORDS_OF.no);

function cueKind(word: string, lookup: CueLookup): CueKind {
  let kind = lookup.kinds.get(word);
  if (kind === undefined) {
    const { cues } = lookup;
    if (lookup.shared.has(word)) kind = 'shared';
    else if (lookup.grammar.has(word)) kind = 'grammar';
    else if (lookup.words.has(word) || cues.parts.test(word)) kind = 'word';
    else kind = cues.weakParts?.test(word) ? 'weak' : 'none';
    lookup.kinds.set(word, kind);
  }
  return kind;
}

/**
 * How strongly one folded word points to a language: 2 for grammar, 1 for a word or part, ½ for a weak part.
 * `asked` is how the language stands to the country the text asks about. A word (not grammar) of that
 * country's language may be borrowed from its documents, and counts `borrowedCue` of that. A weak part of
 * the other language ("kostrådene" asked about Denmark: Danish writes -ene too) is no better evidence than such
 * a borrowed word ("sundhedens"), and counts no more than it.
 */
function cueWeight(word: string, lookup: CueLookup, policy: LanguagePolicy, asked?: 'this' | 'other'): number {
  const kind = cueKind(word, lookup);
  if (kind === 'shared') return 0;
  if (kind === 'grammar') return policy.grammarCue;
  if (kind === 'weak' && asked === 'other') return Math.min(policy.weakCue, policy.borrowedCue);
  const weight = kind === 'word' ? 1 : kind === 'weak' ? policy.weakCue : 0;
  return asked === 'this' ? weight * policy.borrowedCue : weight;
}

/** Whether a folded word is a grammar word, a listed word or a word part of the language (not only a weak part). */
function isFullCue(word: string, lookup: CueLookup): boolean {
  const kind = cueKind(word, lookup);
  return kind === 'grammar' || kind === 'word';
}

/**
 * A text holding any of these was typed with the Nordic letters, or with their digraphs ("paa", "laeger"),
 * so its e is an e. Names don't count: "Aalborg", "Aarhus" are written so by everyone.
 */
const NORDIC_LETTER = /[æøå]/i;
const DIGRAPH = /aa|ae|oe/;
const typesNordicLetters = (text: string, words: readonly Word[]) =>
  NORDIC_LETTER.test(text) || words.some((w) => !isNameLike(w) && DIGRAPH.test(w.folded));
/**
 * A folded word with one or two of the letters its askers type in their place put back (`LanguageCues.typedAs`):
 * "tenkte" is "tænkte", "hjelpe" "hjælpe"; two cover the words people ask with ("ændre", "sjælden", "tættere").
 */
function withLettersPutBack(word: string, typedAs: Readonly<Record<string, string>>): string[] {
  const readings: string[] = [];
  for (const [letter, typed] of Object.entries(typedAs)) {
    const at: number[] = [];
    for (let i = word.indexOf(typed); i >= 0; i = word.indexOf(typed, i + 1)) at.push(i);
    const putBack = (positions: number[]) =>
      positions.reduceRight((w, i) => w.slice(0, i) + letter + w.slice(i + typed.length), word);
    for (let a = 0; a < at.length; a++) {
      readings.push(putBack([at[a]]));
      for (let b = a + 1; b < at.length; b++) readings.push(putBack([at[a], at[b]]));
    }
  }
  return readings;
}

/**
 * Whether a folded word typed without æ/ø/å reads as one of `lookup`'s full cues or stopwords with its letters
 * put back ("leger" → "laeger", "vere" → "vaere"), and as none of `other`'s cues then: in "sykehuset" the e is
 * no Danish letter typed so, the "syk" is Norwegian whatever the e is.
 */
function typedCue(word: string, lookup: CueLookup, other: CueLookup): boolean {
  const typedAs = lookup.cues.typedAs;
  return (
    typedAs !== undefined &&
    withLettersPutBack(word, typedAs).some(
      (reading) => (isFullCue(reading, lookup) || lookup.stopwords.has(reading)) && cueKind(reading, other) === 'none',
    )
  );
}

/** The longest run of words a phrase cue spans ("er det så lang …": four). */
const PHRASE_WORDS = 4;

/** The runs of two to `PHRASE_WORDS` words ending at the latest word, each as one string. */
function phrasesEndingAt(run: readonly string[]): string[] {
  const phrases: string[] = [];
  for (let n = 2; n <= Math.min(PHRASE_WORDS, run.length); n++) phrases.push(run.slice(-n).join(' '));
  return phrases;
}

/**
 * Weight of the phrase cues among `phrases`, each tested whole (the patterns are anchored, so each cue
 * matches one run only). The asker's grammar, so one full cue each whatever is asked about (`weakCue` for a lean).
 */
function phraseWeight(phrases: readonly string[], cues: LanguageCues, policy: LanguagePolicy): number {
  let weight = 0;
  for (const phrase of phrases) {
    if (cues.pairs?.test(phrase)) weight += 1;
    else if (cues.weakPairs?.test(phrase)) weight += policy.weakCue;
  }
  return weight;
}

/** Each language's chat forms of the other's grammar words (`LanguageCues.chatForms`): Danish "hva", "bli" …. */
const DANISH_CHAT = new Set(LANGUAGE_DATA.da.cues.chatForms ?? []);
const NORWEGIAN_CHAT = new Set(LANGUAGE_DATA.no.cues.chatForms ?? []);

/**
 * Danish-minus-Norwegian cue weight of a text's words; names inside a sentence are skipped. `about` is the
 * language of the one country the text asks about, whose terms an asker from the other country borrows.
 * A grammar word of one language that the other's chat writes too (Danish "hva") counts `chatFormCue` of its
 * weight when the text holds a cue of that other language of the asker's own: a grammar word, a phrase, or,
 * when the text asks about the first language's country, a word its documents can't have lent.
 */
export function cueBalance(text: string, policy: LanguagePolicy = DEFAULT_POLICY.language, about?: Language): number {
  let run: string[] = [];
  const counted: { folded: string; danish: number; norwegian: number; phrases: number; typedDanish: boolean; typedNorwegian: boolean }[] = [];
  let ownDanish = false;
  let ownNorwegian = false;
  const words = wordsOf(text);
  const typedWithoutLetters = !typesNordicLetters(text, words);
  // Shouted in capitals, every word would look like an acronym.
  const typedInCase = /\p{Ll}/u.test(text);
  for (const word of words) {
    // A name or an acronym is no word of the asker's, and the phrase around it reads as if it weren't there
    // ("skal UNN i Tromsø have").
    if ((isNameLike(word) && !word.sentenceStart) || (typedInCase && isAcronym(word))) continue;
    run = [...run.slice(1 - PHRASE_WORDS), word.folded];
    const phrases = phrasesEndingAt(run);
    const asked = (language: Language) => (about === undefined ? undefined : about === language ? 'this' : 'other');
    let danish = cueWeight(word.folded, DANISH_CUES, policy, asked('da'));
    let norwegian = cueWeight(word.folded, NORWEGIAN_CUES, policy, asked('no'));
    // A word with a full cue of one language is that language's word, whatever its ending: "sygehusene" is
    // Danish "sygehuse" with its article, not Norwegian -ene; "pasienterne" is no Danish -erne.
    const fullDanish = isFullCue(word.folded, DANISH_CUES);
    const fullNorwegian = isFullCue(word.folded, NORWEGIAN_CUES);
    if (danish && norwegian && fullDanish !== fullNorwegian) {
      if (fullDanish) norwegian = 0;
      else danish = 0;
    }
    // Typed without æ/ø/å, "leger" may be Danish "læger" as well as Norwegian "leger" (see below).
    const typedDanish = typedWithoutLetters && norwegian > 0 && danish === 0 && typedCue(word.folded, DANISH_CUES, NORWEGIAN_CUES);
    const typedNorwegian = typedWithoutLetters && danish > 0 && norwegian === 0 && typedCue(word.folded, NORWEGIAN_CUES, DANISH_CUES);
    const danishPhrases = phraseWeight(phrases, DANISH_CUES.cues, policy);
    const norwegianPhrases = phraseWeight(phrases, NORWEGIAN_CUES.cues, policy);
    // The asker's own cue: a phrase, a grammar word, or a word while the question asks about the other
    // country (whose documents can't have lent it); never a chat form of the other language itself.
    const own = (weight: number, full: boolean, lookup: CueLookup, other: Language, chat: ReadonlySet<string>) =>
      weight > 0 && full && !chat.has(word.folded) && (about === other || cueKind(word.folded, lookup) === 'grammar');
    if (danishPhrases >= 1 || own(danish, fullDanish, DANISH_CUES, 'no', NORWEGIAN_CHAT)) ownDanish = true;
    if (norwegianPhrases >= 1 || own(norwegian, fullNorwegian, NORWEGIAN_CUES, 'da', DANISH_CHAT)) ownNorwegian = true;
    counted.push({ folded: word.folded, danish, norwegian, phrases: danishPhrases - norwegianPhrases, typedDanish, typedNorwegian });
  }
  let balance = 0;
  // Beside any Danish cue, a word typed without æ that Danish writes with it ("leger", "hjelper") is as likely
  // Danish typed so: a lean only. Alone it stays Norwegian ("hjelp", "tenker de pa …"). And the same the
  // other way round, for a language whose askers type a letter so (`LanguageCues.typedAs`).
  const lean = (weight: number) => Math.min(weight, policy.weakCue);
  const anyDanish = counted.some((w) => (w.danish > 0 && !w.typedNorwegian) || w.phrases > 0);
  const anyNorwegian = counted.some((w) => (w.norwegian > 0 && !w.typedDanish) || w.phrases < 0);
  for (const { folded, danish, norwegian, phrases, typedDanish, typedNorwegian } of counted) {
    const norwegianCue = anyDanish && typedDanish ? lean(norwegian) : norwegian;
    const danishCue = anyNorwegian && typedNorwegian ? lean(danish) : danish;
    const norwegianWeight = ownDanish && DANISH_CHAT.has(folded) ? norwegianCue * policy.chatFormCue : norwegianCue;
    const danishWeight = ownNorwegian && NORWEGIAN_CHAT.has(folded) ? danishCue * policy.chatFormCue : danishCue;
    balance += danishWeight - norwegianWeight + phrases;
  }
  return balance;
}

/** A word of two to five capitals ("UNN", "AUH", "KOL"): an institution's or a term's short name. */
const isAcronym = (word: Word) => /^\p{Lu}{2,5}$/u.test(word.raw);

/**
 * A text's words without its names: words written like names inside a sentence, and a capitalised first
 * word that starts such a run ("Region Midtjylland eller …", "Helse Nord …"). What is left is the asker's own
 * wording, the only part whose trigrams say anything about their language.
 */
function withoutNames(text: string): Word[] {
  const words = wordsOf(text);
  const inName = (w: Word | undefined) => w !== undefined && isNameLike(w) && !w.sentenceStart;
  return words.filter((w, i) => !inName(w) && !(isNameLike(w) && inName(words[i + 1])));
}

/** franc's verdict alone (restricted to Danish, Bokmål, Nynorsk); kept to measure what the cues add. */
export function francLanguage(text: string): Language {
  return francMargin(text) >= 0 ? 'da' : 'no';
}

const UNSURE = 'unsure';
/**
 * Verdicts on recent texts, per policy: a question is judged where the request is validated and again where
 * it is answered (and its conversation at every turn), and franc's trigram scoring is the costly part.
 */
const verdicts = new WeakMap<LanguagePolicy, LRUCache<string, Language | typeof UNSURE>>();

/** The language a text is clearly written in, if it is, read against the page's hint (remembered for recent texts). */
function clearLanguage(text: string, policy: LanguagePolicy, hint: Language | undefined, about: Language | undefined): Language | undefined {
  let cache = verdicts.get(policy);
  if (!cache) verdicts.set(policy, (cache = new LRUCache({ max: 1000 })));
  const key = `${hint ?? ''}\u0000${about ?? ''}\u0000${text}`;
  let verdict = cache.get(key);
  if (verdict === undefined) cache.set(key, (verdict = textVerdict(text, policy, hint, about) ?? UNSURE));
  return verdict === UNSURE ? undefined : verdict;
}

/**
 * Text in quotation marks is most often the documents' wording ("Hvad mener de med «sykestuefunksjoner»?"),
 * not the asker's: the words outside the quotes are read first, the whole text only when they don't tell.
 * Straight single quotes count only standing apart from letters, as an apostrophe ("Nord's") is none.
 */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|‘[^’\n]*’|”[^”\n]*”|(?<!\p{L})'[^'\n]*'(?!\p{L})/gu;
function readings(text: string): string[] {
  const rest = text.replace(QUOTED, ' ');
  return /\p{L}/u.test(rest) && rest !== text ? [rest, text] : [text];
}

/**
 * A text's cues decide, else franc if the text is long enough and franc is sure. With a page's hint, franc
 * alone needs `francMinWordsAgainstHint` words: on a short question of words both languages write
 * ("Hvor kan jeg parkere ved …?") its trigrams lean one way as confidently as on a real cue, and the
 * conversation's language, then the page's, is the better guess. A cue of the asker's own leaning franc's way, however weak,
 * makes it evidence again.
 */
function readingVerdict(text: string, policy: LanguagePolicy, hint: Language | undefined, about: Language | undefined): Language | undefined {
  const balance = cueBalance(text, policy, about);
  if (Math.abs(balance) >= policy.clearCues) return balance > 0 ? 'da' : 'no';
  const words = withoutNames(text);
  if (words.length < policy.francMinWords) return undefined;
  const margin = francMargin(words.map((w) => w.raw).join(' '));
  // franc decides only when it is sure and no cue, however weak, says otherwise.
  if (Math.abs(margin) < policy.francClearMargin || margin * balance < 0) return undefined;
  // With a hint, franc's agreeing with it is no evidence either: the asker's earlier questions come first.
  // Nor is a lean of terms borrowed from the documents of the country asked about, whose trigrams franc
  // reads too ("prioriterer Helse Nord pasientreiser …" on a Danish page): only the asker's own cues count.
  const guessing =
    hint !== undefined && words.length < policy.francMinWordsAgainstHint && cueBalance(text, { ...policy, borrowedCue: 0 }, about) === 0;
  return guessing ? undefined : margin > 0 ? 'da' : 'no';
}

/** The verdict of the first reading of a text that tells (its words outside quotes, then all of them). */
function textVerdict(question: string, policy: LanguagePolicy, hint: Language | undefined, about: Language | undefined): Language | undefined {
  for (const text of readings(question)) {
    const verdict = readingVerdict(text, policy, hint, about);
    if (verdict) return verdict;
  }
  return undefined;
}

/** The cue balance of a question's first reading that leans at all (words outside quotes, then all), else 0. */
function balanceOf(question: string, policy: LanguagePolicy, about: Language | undefined): number {
  for (const text of readings(question)) {
    const balance = cueBalance(text, policy, about);
    if (balance !== 0) return balance;
  }
  return 0;
}

/** Where the cues of a question lean, if they do. */
function leanOf(question: string, policy: LanguagePolicy, about: Language | undefined): Language | undefined {
  const balance = balanceOf(question, policy, about);
  return balance === 0 ? undefined : balance > 0 ? 'da' : 'no';
}

/** The language of the asker's latest earlier question that tells. */
function askerLanguage(history: readonly Turn[], policy: LanguagePolicy, hint: Language | undefined): Language | undefined {
  for (const turn of [...history].reverse()) {
    if (turn.role !== 'user') continue;
    const earlier = clearLanguage(turn.content, policy, hint, undefined);
    if (earlier) return earlier;
  }
  return undefined;
}

/** The language the cues of the asker's latest earlier question that has clear cues say. */
function askerCueLanguage(history: readonly Turn[], policy: LanguagePolicy): Language | undefined {
  for (const turn of [...history].reverse()) {
    if (turn.role !== 'user') continue;
    const balance = balanceOf(turn.content, policy, undefined);
    if (Math.abs(balance) >= policy.clearCues) return balance > 0 ? 'da' : 'no';
  }
  return undefined;
}

/**
 * The language of the latest answer, when it tells: earlier questions of shared words were answered in the
 * language of the country they asked about ("ventetid i tromsø", "og psykiatri?"), and a follow-up naming a
 * place of the other country ("og i Aalborg?") keeps the language the conversation has been in, which only
 * the answers hold. Answers quote documents of either language, but in quotation marks, which are read
 * last. Read after the page's hint: the assistant's words are not the asker's, and with a hint they were
 * in its language anyway unless the asker's own words said otherwise.
 */
function answerLanguage(history: readonly Turn[], policy: LanguagePolicy): Language | undefined {
  const answer = history.findLast((t) => t.role === 'assistant');
  return answer && clearLanguage(answer.content, policy, undefined, undefined);
}

/**
 * Words of thanks and acknowledgement opening a turn ("takk", "tak", "fint"): said in passing, in either
 * language, they tell nothing about a switch of language.
 */
const COURTESY_WORDS: ReadonlySet<string> = new Set(
  Object.values(LANGUAGE_DATA).flatMap((d) => d.question.courtesy.filter((phrase) => !phrase.includes(' '))),
);

/**
 * A follow-up's words without those that are no sign of a switch from the conversation's language `kept`:
 * that language's chat forms of the other's grammar words (a Dane's "hva", "gi", "si") and thanks.
 */
function withoutColloquial(question: string, kept: Language): string {
  const chat = kept === 'da' ? DANISH_CHAT : NORWEGIAN_CHAT;
  return wordsOf(question)
    .filter((w) => !chat.has(w.folded) && !COURTESY_WORDS.has(w.folded))
    .map((w) => w.raw)
    .join(' ');
}

/**
 * Whether a follow-up leaning to `own` against the conversation's language `kept` switches: by `switchCues`
 * in all, or by a grammar word's weight (`grammarCue`) of the asker's own that is neither a chat form of the
 * conversation's language nor thanks ("… vi tenker på å flytte": the latest turn tells, the earlier ones only
 * break a tie).
 */
function switches(question: string, own: Language, kept: Language, policy: LanguagePolicy, about: Language | undefined): boolean {
  if (Math.abs(balanceOf(question, policy, about)) >= policy.switchCues) return true;
  const toward = balanceOf(withoutColloquial(question, kept), policy, about) * (own === 'da' ? 1 : -1);
  return toward >= policy.grammarCue;
}

/** The language of the question, decided from the question, then the conversation, then the hint. */
export function decideLanguage(
  { question, hint, history, about, aboutByPlace, aboutByRegion }: LanguageEvidence,
  policy: LanguagePolicy = DEFAULT_POLICY.language,
): LanguageDecision {
  const own = clearLanguage(question, policy, hint ?? (aboutByPlace ? about : undefined), about);
  if (own) {
    // People seldom change language within a conversation: a follow-up leaning the other way by less than
    // `switchCues` ("takk" after Danish questions, Danish chat's "hva med …", a shared sentence franc reads
    // the other way) is more likely a typo or a colloquial form than a switch, unless a grammar word of its own
    // that is neither tells (`switches`: someone else at the keyboard, "vi tenker på å flytte"). The conversation's language
    // is what the cues of the asker's earlier questions say (franc's guess on a question of shared words is
    // no such evidence), else the language it was answered in. A question with no conversation skips this.
    const kept = history?.length ? (askerCueLanguage(history, policy) ?? answerLanguage(history, policy)) : undefined;
    if (kept && kept !== own && !switches(question, own, kept, policy, about)) {
      return { language: kept, by: 'conversation' };
    }
    return { language: own, by: 'question' };
  }
  // A weak cue of the question's own ("viktig") that the conversation was answered in outweighs franc's guess on an
  // earlier question of shared words ("Hvordan vil Helse Nord involvere befolkningen?" read as Danish).
  if (history?.length && !askerCueLanguage(history, policy)) {
    const lean = leanOf(question, policy, about);
    if (lean && lean === answerLanguage(history, policy)) return { language: lean, by: 'question' };
  }
  const earlier = askerLanguage(history ?? [], policy, hint);
  if (earlier) return { language: earlier, by: 'conversation' };
  if (hint && LANGUAGES.includes(hint)) return { language: hint, by: 'hint' };
  const answered = answerLanguage(history ?? [], policy);
  if (answered) return { language: answered, by: 'conversation' };
  // Nothing clear: the country asked about, as most people ask about where they live ("Er det lang ventetid
  // i Aalborg?" leans Norwegian on a phrase Danes say too) — unless the asker's full cues lean away from it
  // even after its borrowed terms are counted ("er der tolke til samiske pasienter i Kautokeino": Danish "er
  // der" outweighs its share of "pasienter"): someone writing their own grammar around a country's terms is
  // from the other country. A weak cue alone is no such sign beside a town, as both write it; beside a
  // region's name it is (`weakCueAgainstRegion`): a town named is mostly where the asker lives, while the
  // other country's askers name its regions ("jobber Region Midtjylland med …", "ventetidene i
  // Region Midtjylland", where a Dane writes "arbejder", "ventetiderne").
  if (about && LANGUAGES.includes(about)) {
    const away = leanOf(question, { ...policy, weakCue: aboutByRegion ? policy.weakCueAgainstRegion : 0 }, about);
    return away && away !== about ? { language: away, by: 'question' } : { language: about, by: 'country' };
  }
  // Else a lean (a weak cue) is better than nothing.
  const lean = leanOf(question, policy, about);
  return lean ? { language: lean, by: 'question' } : { language: FALLBACK, by: 'default' };
}

/** A text's language, or `fallback` when it doesn't tell (for texts outside a conversation: answers, documents). */
export function detectLanguage(text: string, fallback: Language = FALLBACK): Language {
  return decideLanguage({ question: text, hint: fallback }).language;
}
