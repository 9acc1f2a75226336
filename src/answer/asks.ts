import { allLanguages, LANGUAGE_DATA } from '../lang/index.js';
import { anyPhrase, phrasePattern } from '../lang/phrases.js';
import type { AskWords } from '../lang/types.js';
import { foldNordic } from '../text/normalize.js';
import { oneEditApart } from '../text/dictionary.js';
import { namesNarrowCare } from './remit.js';

/**
 * What a question asks for, when it is something the strategies can't answer or an assistant shouldn't:
 * personal medical advice (urgent symptoms get pointed to emergency help), or a detail of the kind strategy
 * documents don't hold. The words come from every language's data (src/lang/<language>/asks.ts); these are
 * read from the asking sentences only, so a citizen who describes symptoms while asking what the region
 * does ("… ondt i brystet … Gør regionen noget ved det?") is answered.
 */
/**
 * The details a question may ask for, checked in this order: "hvor mange kroner" asks a price before a count.
 * `progress` has no words of its own: it is a "when" asked of a change (see AskWords.change); nor has `access`:
 * a "when" asked of getting to care ("hvornår kan man få genoptræning", see AskWords.reach). `localDecision`, last, is
 * a detail only when the asking sentences name the place (the caller decides: AskWords.localDecision).
 */
export const DETAILS = ['contact', 'person', 'price', 'openingHours', 'date', 'progress', 'access', 'count', 'duration', 'procedure', 'localDecision'] as const;
export type Detail = (typeof DETAILS)[number];
type WordedDetail = Exclude<Detail, 'progress' | 'access'>;
/**
 * `live`: a figure as it is right now ("hvor lang er ventetiden lige nu"), which no strategy holds. `exact`: a
 * duration asked as a number of minutes, days or weeks, which only a passage holding one answers. `choice`: a
 * recommendation in the asker's own choice or purchase (AskWords.choice), which no strategy gives.
 */
export type Ask =
  | { kind: 'medical'; urgent: boolean }
  | { kind: 'detail'; detail: Detail; live?: boolean; exact?: boolean }
  | { kind: 'choice' }
  | { kind: 'topic' };


type PhraseKey = Exclude<keyof AskWords, 'typedAlike'>;
/** Longest phrase first, so a match reaches as far as a phrase does ("hvor mange procent" before "hvor mange"). */
const pattern = (key: PhraseKey) => phrasePattern([...allLanguages((d) => d.asks[key])].sort((a, b) => b.length - a.length));
/**
 * Also as typed without æ/ø/å ("hvornar", "abningstid", "kan ikke fa luft", "hvor lenge ma"): what a question
 * asks, and the symptoms that need emergency help, don't change with the keyboard. Per language, as each
 * language's `typedAlike` words (src/lang/<language>/asks.ts) keep their phrases to the written forms.
 */
const typedPattern = (key: PhraseKey) =>
  new RegExp(Object.values(LANGUAGE_DATA).map((d) => anyPhrase(d.asks[key], { alike: d.asks.typedAlike })).join('|'));
const URGENT = typedPattern('urgentSymptoms');
const MEDICAL = typedPattern('medicalAdvice');
const WAITING = typedPattern('waiting');

/** Every language's softeners ("bare", "så", "egentlig"), folded. */
const SOFTENERS = new RegExp(`\\s(?:${allLanguages((d) => d.asks.softeners).join('|')})(?=\\s)`, 'g');

/** Folded asking text without the adverbs that change nothing asked ("skal jeg bare tage …" → "skal jeg tage …"). */
const withoutSofteners = (folded: string) => ` ${folded} `.replace(SOFTENERS, '').trim();

/** Where a sentence's told clause ends and its asking one begins: a dash between spaces, or a semicolon. */
const CLAUSE_BREAK = /\s[–—-]\s|;/;

/** A number's full stop before a space: an ordinal's ("1. januar"), or a sentence's after a number. */
const ORDINAL_STOP = /(\d)\.(?=\s)/g;

/** Every language's adverbs of time and degree that stand between a sign's words ("pludselig", "veldig"), folded. */
const SIGN_ADVERBS = new RegExp(`\\s(?:${allLanguages((d) => d.asks.signAdverbs).join('|')})(?=\\s)`, 'g');

/**
 * Whether folded text tells urgent symptoms, read across commas ("pletter, der ikke går væk, når …" is one
 * sign) and without the adverbs between a sign's words ("bløder pludselig kraftigt"); a phrase holding one
 * ("pludselig forvirret") is read in the text as written.
 */
function tellsUrgent(folded: string): boolean {
  const text = folded.replace(/,/g, '');
  return URGENT.test(text) || URGENT.test(` ${text} `.replace(SIGN_ADVERBS, '').trim());
}
const CONDITIONS = new RegExp(typedPattern('urgentConditions').source, 'g');
/** Whether folded text tells an urgent sign besides the names of conditions (`urgentConditions`). */
const tellsUrgentSign = (folded: string) => tellsUrgent(folded.replace(CONDITIONS, ' '));
/** Every language's phrases asking why (`question.whyPhrases`): a question about the service's ways. */
const WHY = phrasePattern(allLanguages((d) => d.question.whyPhrases));
/** One's own case named ("min henvisning", "timen min", "mine prøvesvar", one word between at most) and a state it may have reached. */
const OWN_CASE = (() => {
  const my = typedPattern('myWords').source;
  const item = typedPattern('caseItems').source;
  return new RegExp(`(?:${my})\\s+(?:\\w+\\s+)?(?:${item})|(?:${item})\\s+(?:${my})`);
})();
const CASE_STATE = typedPattern('caseStates');
/** Looking after one's own health, asked with a modal: "skal jeg stoppe", "må hun spise", "kan æ ta" (an adverb between may). */
const CONDUCT = new RegExp(
  `(?:${typedPattern('conductModals').source})\\s+(?:${typedPattern('conductSubjects').source})\\s+(?:\\w+\\s+)?(?:${typedPattern('conductVerbs').source})`,
);
const JUDGEMENT = pattern('judgements');
/** A judgement of what happens to the asker or someone close ("er det farligt for min baby?"). */
const JUDGED_FOR = new RegExp(`(?:${JUDGEMENT.source})\\s+(?:\\S+\\s+)?(?:${pattern('judgedFor').source})`);
const SYMPTOMS = pattern('symptoms');
/** The asker or someone close, named in a message ("jeg", "min", "hun", "oss"). */
const PERSONAL = phrasePattern(allLanguages((d) => [...d.asks.myWords, ...d.asks.conductSubjects, ...d.asks.objectPronouns]));
const CARE_OBJECTS = typedPattern('careObjects');
const CARE_QUESTION = typedPattern('careQuestions');
/** An asking sentence opening with a modal and the asker or someone close: "skal jeg …", "kan hun …". */
const OWN_MODAL = new RegExp(`^(?:${typedPattern('conductModals').source})\\s+(?:${typedPattern('conductSubjects').source})`);
/** Whether folded text tells of care: a symptom, a medicine, or a condition or treatment by name. */
const tellsCare = (folded: string) =>
  SYMPTOMS.test(folded) || CARE_OBJECTS.test(folded) || folded.split(/[^\p{L}]+/u).some((word) => word.length > 2 && namesNarrowCare(word));
const SERVICE = pattern('service');
const CHOICE = typedPattern('choice');
/**
 * Read in this order, the first found deciding. A procedure first: one's own errand is no strategy's whatever else
 * the message asks ("Hvordan booker jeg …? Og hvor længe varer det?"), and a duration, a date or a count read
 * before it may be one the strategies speak of in general terms.
 */
const DETAIL_PATTERNS = ['procedure' as const, ...DETAILS.filter((detail): detail is WordedDetail => detail !== 'progress' && detail !== 'access' && detail !== 'procedure')].map((detail) => ({
  detail,
  pattern: typedPattern(detail),
}));
const NOW = typedPattern('now');
/**
 * A clause set aside ("… ikke kun om pengene"): from its opener to the clause's end; not an opener that is a
 * verb's particle, its subject between or not ("går jeg frem for at …", `contrastsNotAfter`).
 */
const CONTRAST = new RegExp(`(?<!(?:${typedPattern('contrastsNotAfter').source})\\s+(?:\\S+\\s+)?)(?:${typedPattern('contrasts').source})[^,.;:!?]*`, 'g');
/**
 * A date word and, in the same clause, a phrase of `key` ("hvornår kan man få …", "når blir det flere …"). In
 * another clause ("Hvornår bliver man indkaldt …, og kan man få det tidligere?", "når flytter de inn i bygget og
 * blir det flere senger?") the date is asked on its own.
 */
const whenIn = (key: PhraseKey) =>
  new RegExp(`(?=${typedPattern('date').source})(?:(?!\\s(?:og|eller)\\s)[^,.;:!?])*?(?:${typedPattern(key).source})`);
/** A count of units of time ("hvor mange minutter", "hvor mange uker"): a duration asked as a figure. */
const COUNTED_TIME = new RegExp(`(?:${typedPattern('count').source})\\s+(?:${typedPattern('timeUnits').source})`);
/** A count after being aware of or ready for it ("klar over, hvor mange vi bliver"): whether, not how many. */
const AWARE_OF_COUNT = new RegExp(`(?:${typedPattern('awareOf').source})[\\s,]+(?:${typedPattern('count').source})`);
/** Getting better asked "when" of: progress, which strategies state as goals. */
const WHEN_CHANGED = whenIn('change');
/** Getting to care asked "when" of: access. */
const WHEN_REACHED = whenIn('reach');
/** The details a strategy may state as a goal or a figure of its time, but never as they are today. */
const LIVE_DETAILS: ReadonlySet<Detail> = new Set(['duration', 'count']);

/**
 * Norwegian "når" asks when only at the start of a sentence and not followed by a subject ("Når åpnet …?" asks,
 * "Når jeg blir utskrevet, …" sets a condition).
 */
const CONDITIONAL_NAAR = /^naa?r (jeg|du|han|hun|vi|dere|de|man|det|den|min|mitt|mine|barnet|mor|far)\b/;

/**
 * Whether a judgement question ("er det normalt?") asks about the asker's health: a symptom in the asking
 * sentences says so; else the service spoken of there (waiting, ambulances, staff) says it doesn't; else
 * the same read in the whole message. A judgement of nothing recognisable stays a health question, and so does
 * one after urgent symptoms ("… stråler ut i venstre arm. Han vil vente. Er det greit?"), whatever else is told.
 */
function judgesHealth(asking: string, whole: string, speaksOfService: (text: string) => boolean): boolean {
  const ofService = (text: string) => SERVICE.test(text) || speaksOfService(text);
  if (SYMPTOMS.test(asking) || tellsUrgent(whole)) return true;
  // Judged for the asker or someone close ("er det farligt for min baby?") and of no service named as such, it
  // is that person's health, whatever the words around it share with the strategies' themes.
  if (JUDGED_FOR.test(asking) && !SERVICE.test(asking)) return true;
  if (ofService(asking)) return false;
  if (SYMPTOMS.test(whole)) return true;
  return !ofService(whole);
}

/**
 * What `need` (the asking sentences) asks for; `whole` (the full message) is searched for urgent symptoms.
 * `speaksOfService` tells whether a text speaks of the health service (a domain concept that is no illness);
 * without it every judgement question counts as one about the asker's health. With `typos`, a word one letter
 * from a detail word asks for that detail too ("telefonnmmeret").
 */
export function askOf(need: string, whole: string, speaksOfService: (text: string) => boolean = () => false, typos?: DetailTypos): Ask {
  // An ordinal's full stop ("1. januar") parts no words: phrases read across it.
  const needFolded = foldNordic(need).replace(ORDINAL_STOP, '$1');
  const asking = typos ? withDetailWords(needFolded, typos) : needFolded;
  const folded = foldNordic(whole);
  const advice = withoutSofteners(asking);
  if (MEDICAL.test(advice) || (JUDGEMENT.test(asking) && judgesHealth(asking, folded, speaksOfService))) {
    return { kind: 'medical', urgent: tellsUrgent(folded) };
  }
  if (WAITING.test(advice) && tellsUrgent(folded)) return { kind: 'medical', urgent: true };
  // Urgent signs told, and asking sentences that speak of no service ("… kan ikke løfte armen. Kan det vente til
  // mandag?", "… blå om læberne. Går det over?"): whatever their words, they ask what to do now. Asked of the service
  // or a region ("… gør regionen noget for de lange ture til sygehuset?") or why things are done as they are,
  // the signs are the situation.
  // Only the clause asking counts there: "… helsestasjonen har stengt – er dette farlig?" asks of the signs.
  const clause = asking.split(CLAUSE_BREAK).at(-1) ?? asking;
  if (tellsUrgentSign(folded) && !SERVICE.test(clause) && !WHY.test(asking) && !speaksOfService(clause)) return { kind: 'medical', urgent: true };
  // What a question sets aside is not what it asks: "… men ikke kun om budgettet" asks no budget.
  const asked = asking.replace(CONTRAST, ' ');
  if (CHOICE.test(asked)) return { kind: 'choice' };
  if (OWN_CASE.test(asked) && CASE_STATE.test(asked)) return { kind: 'detail', detail: 'procedure' };
  for (const { detail, pattern } of DETAIL_PATTERNS) {
    if (!pattern.test(asked)) continue;
    if (detail === 'date' && CONDITIONAL_NAAR.test(asked)) continue;
    if (detail === 'count' && AWARE_OF_COUNT.test(asked)) continue;
    if (detail === 'count' && COUNTED_TIME.test(asked)) return { kind: 'detail', detail: 'duration', exact: true, ...(NOW.test(asked) ? { live: true } : {}) };
    if (detail === 'date' && WHEN_CHANGED.test(asked)) return { kind: 'detail', detail: 'progress' };
    // "Hvornår kan man få genoptræning …?": when one can get to care asks about access, which strategies speak of as
    // goals, not a date; asked of right now ("… lige nu") it stays a date no strategy holds.
    if (detail === 'date' && WHEN_REACHED.test(asked) && !NOW.test(asked)) return { kind: 'detail', detail: 'access' };
    // "… trykken for brystet. Hvad gør jeg?": what to do, with symptoms that may be urgent, needs 112/113.
    if (detail === 'procedure' && tellsUrgent(folded)) return { kind: 'medical', urgent: true };
    return LIVE_DETAILS.has(detail) && NOW.test(asked) ? { kind: 'detail', detail, live: true } : { kind: 'detail', detail };
  }
  // One's own conduct asked of no service or region ("må jeg holde op med dem?", "hvad må hun spise nu?"): advice.
  // Only the service's own words count here: everyday conduct ("spise", "træne") shares concepts with the strategies.
  if (CONDUCT.test(advice) && !SERVICE.test(asking)) return { kind: 'medical', urgent: tellsUrgent(folded) };
  // A person's own care told ("min mor fik ny medicin …", "jeg har eksem …") and asked of as theirs ("Hænger det
  // sammen?", "Skal jeg fortsætte med cremen?") is a question for their doctor, unless what is asked names the service,
  // a region or a place, or one of the strategies' themes besides illness ("Kan hun få medicinen bragt hjem?").
  // (Cheapest tests first: most questions ask nothing of the kind, and care names are many.)
  if (
    (CARE_QUESTION.test(advice) || OWN_MODAL.test(advice)) &&
    PERSONAL.test(folded) &&
    !SERVICE.test(asking) &&
    !WHY.test(asking) &&
    tellsCare(folded) &&
    !speaksOfService(asking)
  ) {
    return { kind: 'medical', urgent: tellsUrgent(folded) };
  }
  return { kind: 'topic' };
}

/** How `askOf` reads a detail word typed one letter wrong (see `relevance.detailTypoFrom` in src/policy.ts). */
export interface DetailTypos {
  /** Words the caller knows (the corpus's, the concepts'): a known word is no typo of a detail word. */
  known(folded: string): boolean;
  /** Shortest detail word, and question word, that may be a typo apart. */
  from: number;
}

/**
 * The detail lists' own words (a whole word, or a `word*` entry's start), folded, each with its detail:
 * "telefonnummeret", "aabningstider", "budsjettet", "direktoer". A question's word one typo from one of them
 * ("telefonnmmeret", "budsjetttet", "dierktoeren") asks for that detail as the word would: read so before the patterns.
 */
const DETAIL_WORDS: readonly { word: string; detail: WordedDetail }[] = [
  ...new Map(
    DETAIL_PATTERNS.flatMap(({ detail }) =>
      allLanguages((d) => d.asks[detail])
        .flatMap((phrase) => foldNordic(phrase).split(/[\s-]+/))
        // a compound's part ("*overlege*", "*direktør*") is mended as the word it starts
        .map((word) => word.replace(/^\*(?=[a-z]+\*$)/, ''))
        .filter((word) => /^[a-z]+\*?$/.test(word))
        .map((word) => [`${detail} ${word}`, { word, detail }] as const),
    ),
  ).values(),
];

/**
 * `folded` with each word one typo from a detail word (by its whole, or a `word*`'s start) written as that word.
 * A word one typo from several is mended when they all ask one detail (Danish "overlaege", Norwegian "overlege").
 */
function withDetailWords(folded: string, { known, from }: DetailTypos): string {
  return folded.replace(/\p{L}+/gu, (word) => {
    if (word.length < from || known(word)) return word;
    const mended = new Map<string, WordedDetail>();
    for (const { word: entry, detail } of DETAIL_WORDS) {
      if (entry.replace('*', '').length < from) continue;
      const start = entry.endsWith('*') ? entry.slice(0, -1) : undefined;
      if (start === undefined) {
        if (entry === word) return word;
        if (entry[0] === word[0] && oneEditApart(word, entry)) mended.set(entry, detail);
        continue;
      }
      if (word.startsWith(start)) return word;
      for (const cut of [start.length - 1, start.length, start.length + 1]) {
        if (cut > word.length || word[0] !== start[0] || !oneEditApart(word.slice(0, cut), start)) continue;
        mended.set(start + word.slice(cut), detail);
        break;
      }
    }
    return new Set(mended.values()).size === 1 ? [...mended.keys()][0] : word;
  });
}

const RANKING = pattern('ranking');

/**
 * Whether the asking sentences ask "who" as a ranking ("hvem er bedst til …"): between regions a question
 * compares, that asks which of them, not a person's name.
 */
export function asksRanking(need: string): boolean {
  return RANKING.test(foldNordic(need));
}

const COUNT = pattern('count');

/**
 * The (folded) words after a count's words, where what is counted is named ("hvor mange ledige sengepladser …"):
 * its first topic word is the thing counted. Undefined when nothing is counted.
 */
export function afterCount(need: string): string[] | undefined {
  const folded = foldNordic(need);
  const m = COUNT.exec(folded);
  return m ? (folded.slice(m.index + m[0].length).match(/\p{L}+/gu) ?? []) : undefined;
}

/** A figure written in digits, with no letter or digit against it ("500", "1.300.000", "8,5"). */
const FIGURE = /(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;

/** The figures a text states in digits ("lovet 40 nye jordemødre inden 2028" → 40, 2028). */
export function figuresOf(text: string): string[] {
  return [...new Set(text.match(FIGURE) ?? [])];
}

/** Whether a text states every one of `figures`, each as a figure of its own (not "500" inside "5000"). */
export function statesFigures(text: string, figures: readonly string[]): boolean {
  const stated = new Set(figuresOf(text));
  return figures.every((f) => stated.has(f));
}

/** Whether a text tells symptoms that may need emergency help now. */
export function tellsUrgentSymptoms(text: string): boolean {
  return tellsUrgent(foldNordic(text));
}

/** Whether a message tells symptoms (pain, fever, vomiting, …): of the asker's own health, most often. */
export function tellsSymptoms(text: string): boolean {
  return SYMPTOMS.test(foldNordic(text));
}

/** Numbers written as words, Danish and Norwegian: a count or a span of time may be written so. */
const NUMBER_WORDS = 'to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|elleve|tolv|fjorten|tyve|tjue|hundrede|hundre|tusind|tusen';
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'i');
/**
 * A number standing alone: not a year ("2030"), nor a digit inside a name ("CO2", "iTOP2"), nor one after a word
 * that numbers a place in a series ("socialgruppe 5", "side 3": every language's `numberLabels`, also as a
 * compound's last part), which counts nothing.
 */
const COUNT_NUMBER = new RegExp(
  `(?<![\\p{L}\\d.,])(?<!\\p{L}*(?:${allLanguages((d) => d.asks.numberLabels).join('|')})\\.?\\s+)(?!(?:19|20)\\d\\d(?![\\d.,]\\d))\\d[\\d.,]*(?![\\p{L}])`,
  'iu',
);
/** A span of time: a number (in digits or words, or a half) and a unit ("8,5 minutter", "tre uger", "fire timer"). */
const SPAN_OF_TIME = new RegExp(
  `(?:\\d[\\d.,]*|\\b(?:${NUMBER_WORDS}|halv|halvt))\\s?(?:minut\\p{L}*|timer?|timen|døgn\\p{L}*|dag(?:e|en|ene|er|ar)?|uge\\p{L}*|uke\\p{L}*|måned\\p{L}*|år(?:et)?)(?!\\p{L})`,
  'iu',
);

/**
 * Whether a passage holds a detail of the kind asked: a year or date for "when", an amount of money for a
 * price, a number (in digits or words) for how many, a phone number, e-mail address or web
 * address for contact, a clock time for opening hours, a span of time ("8,5 minutter", "tre uger") for how
 * long, a name after a title ("Regionsdirektør Anne Bukh") for who someone is. No passage holds a procedure: a
 * strategy's goals are never the steps one person takes. A decision about a place is held by any passage naming it.
 */
export function holdsDetail(text: string, detail: Detail): boolean {
  switch (detail) {
    case 'date':
    case 'progress':
    case 'access':
      return /\b(1[89]|20)\d\d\b|\b\d{1,2}\.\s?(januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|desember)\b/i.test(text);
    case 'price':
      return /\d[\d.,]*\s?(kr\.?|kroner|mio\.?|mia\.?|millioner|milliarder|euro|€)/i.test(text);
    case 'contact':
      return /(\+?\d{2}\s?){4}|\b[\w.-]+@[\w-]+\.\w+|\bwww\.|https?:\/\//i.test(text);
    case 'openingHours':
      return /\bkl\.?\s?\d{1,2}([.:]\d\d)?\b|\b\d{1,2}[.:]\d\d\s?[-–]\s?\d{1,2}[.:]\d\d\b/i.test(text);
    case 'count':
      return COUNT_NUMBER.test(text) || NUMBER_WORD.test(text);
    case 'duration':
      return SPAN_OF_TIME.test(text);
    case 'procedure':
      return false;
    // The place asked of, named in the passage, holds it: the caller checks that.
    case 'localDecision':
      return true;
    case 'person':
      return /(?:[Dd]irektør|[Dd]irektor|[Ff]ormand|[Ff]ormann|[Ll]eder|[Cc]hef|[Ss]jef)\p{Ll}*\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text);
  }
}
