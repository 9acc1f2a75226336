import { francAll } from 'franc';
import { LRUCache } from 'lru-cache';
import type { Language } from '../shared/api.js';
import { tokenize } from './normalize.js';

/**
 * Which language a question is written in, Danish or Norwegian, to answer in kind.
 *
 * franc's trigram model alone gets short questions wrong (44 of 58 in test/text/language-questions.ts),
 * mostly calling Norwegian Danish: a few words share most of their trigrams. The two written standards
 * differ in some very frequent words, though, so those decide when present, and franc only when there are
 * none (55 of 58 together).
 */

const FRANC_LANGUAGES: Record<string, Language> = { dan: 'da', nob: 'no', nno: 'no' };

/**
 * Frequent words spelled differently in Danish and Norwegian (Bokmål, plus Nynorsk question words),
 * folded like all text ("gør" → "goer"). Only pairs where the other language never uses the form; words
 * both share (hvordan, hvilke, også, ikke) or names ("Helse Nord" in a Danish question) are left out.
 */
const WORD_CUES: Record<Language, readonly string[]> = {
  da: [
    'hvad', 'hvornaar', 'goer', 'goere', 'af', 'mig', 'dig', 'nogle', 'nogen', 'noget', 'efter', 'mellem',
    'gennem', 'bliver', 'blive', 'blevet', 'havde', 'gerne', 'vide', 'groen', 'sig', 'sige', 'siger',
  ],
  no: [
    'hva', 'kva', 'korleis', 'gjoer', 'gjoere', 'av', 'meg', 'deg', 'noen', 'noe', 'mye', 'etter', 'mellom',
    'gjennom', 'blir', 'bli', 'blitt', 'hadde', 'gjerne', 'vite', 'groenn', 'ikkje', 'seg', 'si', 'sier',
  ],
};

/**
 * Word parts that differ between the two written standards: syg-/syk-, patient/pasient, værdi/verdi,
 * hjælp/hjelp, bruge/bruke, the prefixes ud-/ut- and af-/av- (udvikling/utvikling, afdeling/avdeling),
 * arbejd-/arbeid-, -væsen/-vesen, høj/høy, the suffixes -hed/-het and -tion/-sjon, and the definite plural
 * -erne/-ene (patienterne/pasientene) on longer words, minus the few words both languages end that way.
 */
const PATTERN_CUES: Record<Language, RegExp> = {
  da: /^(syg|patient|vaerdi|hjaelp|brug|ud[dvnfs]|af[dthgs])|arbejd|vaesen|oej|.hed(en|er|erne)?$|.tion(en|er|erne)?$|.{4}erne$/,
  no: /^(syk|pasient|verdi|hjelp|bruk|ut[dvnfs]|av[dthgs])|arbeid|(^|[^a])vesen|oey|.het(en|er|ene)?$|.sjon(en|er|ene)?$|.{4}ene$/,
};
/** Words that end in -erne/-ene in both languages (adjectives, and Danish "børnene"). */
const SHARED_ENDINGS = new Set(['moderne', 'interne', 'eksterne', 'gjerne', 'boernene', 'alene']);

/** Below this many words franc's trigrams say more about names than language ("Og Region Hovedstaden?"). */
const FRANC_MIN_WORDS = 4;

/** franc's Danish-minus-Norwegian score gap below which it is guessing (short text, shared words). */
const FRANC_UNSURE_MARGIN = 0.05;

/** Cue count: positive means Danish, negative Norwegian. */
function cueBalance(text: string): number {
  let balance = 0;
  for (const token of tokenize(text)) {
    if (SHARED_ENDINGS.has(token)) continue;
    if (WORD_CUES.da.includes(token) || PATTERN_CUES.da.test(token)) balance++;
    if (WORD_CUES.no.includes(token) || PATTERN_CUES.no.test(token)) balance--;
  }
  return balance;
}

/** franc's Danish score minus its best Norwegian (Bokmål or Nynorsk) score; each is in [0, 1], best = 1. */
function francMargin(text: string): number {
  const scores: Record<Language, number> = { da: 0, no: 0 };
  for (const [code, score] of francAll(text, { only: Object.keys(FRANC_LANGUAGES), minLength: 1 })) {
    const language = FRANC_LANGUAGES[code];
    if (language) scores[language] = Math.max(scores[language], score);
  }
  return scores.da - scores.no;
}

/** franc's verdict alone (restricted to Danish, Bokmål, Nynorsk); kept to measure what the cues add. */
export function francLanguage(text: string): Language {
  return francMargin(text) >= 0 ? 'da' : 'no';
}

/**
 * The question's language: spelling cues decide; without any (or if they cancel out), franc's verdict if
 * the text is long enough and franc is clear; otherwise `fallback` (e.g. the conversation's language).
 */
export function detectLanguage(text: string, fallback: Language = 'da'): Language {
  let verdict = verdicts.get(text);
  if (verdict === undefined) verdicts.set(text, (verdict = textVerdict(text)));
  return verdict === UNSURE ? fallback : verdict;
}

const UNSURE = 'unsure';
/**
 * Verdicts on recent texts: a question is judged where the request is validated and again where it is
 * answered, and franc's trigram scoring is the costly part of both.
 */
const verdicts = new LRUCache<string, Language | typeof UNSURE>({ max: 1000 });

function textVerdict(text: string): Language | typeof UNSURE {
  const balance = cueBalance(text);
  if (balance !== 0) return balance > 0 ? 'da' : 'no';
  if (tokenize(text).length < FRANC_MIN_WORDS) return UNSURE;
  const margin = francMargin(text);
  if (Math.abs(margin) < FRANC_UNSURE_MARGIN) return UNSURE;
  return margin > 0 ? 'da' : 'no';
}
