import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as danishEveryday from '../../src/lang/da/everyday-cues.js';
import { LANGUAGE_DATA } from '../../src/lang/index.js';
import * as norwegianEveryday from '../../src/lang/no/everyday-cues.js';
import { cueBalance, detectLanguage } from '../../src/text/language.js';
import { foldNordic } from '../../src/text/normalize.js';

/**
 * Cue words typed without æ, ø, å: people type "sadan", "desverre", "kereste" for "sådan", "desværre",
 * "kæreste". Each cue word's typed spelling counts for its language unless it spells a word of the other.
 */
describe('cue words typed without æ, ø, å', () => {
  it.each([
    ['er det sadan', 'da'],
    ['desverre', 'da'],
    ['min kereste', 'da'],
    ['har de faet svar', 'da'],
    ['er man trott', 'no'],
  ] as const)('%s → %s, against the other language as the fallback', (text, language) => {
    expect(detectLanguage(text, language === 'da' ? 'no' : 'da')).toBe(language);
  });

  // Debian's word lists (wdanish is UTF-8; wnorwegian's bokmaal and nynorsk are Latin-1), where installed.
  const DICT = '/usr/share/dict';
  const installed = ['danish', 'bokmaal', 'nynorsk'].every((f) => existsSync(`${DICT}/${f}`));
  const read = (file: string, encoding: BufferEncoding) => readFileSync(`${DICT}/${file}`, encoding).toLowerCase().split('\n');
  /** Every way a word is typed with æ as a or e, ø as o, å as a (all three letters replaced). */
  const typings = (word: string): string[] =>
    [...word].reduce<string[]>((forms, ch) => {
      const options = ch === 'æ' ? ['a', 'e'] : ch === 'ø' ? ['o'] : ch === 'å' ? ['a'] : [ch];
      return forms.flatMap((f) => options.map((o) => f + o));
    }, ['']);
  /** A folded cue word's spellings with æ, ø, å that the language's word list holds ("saadan" → "sådan"). */
  const spellings = (folded: string, list: ReadonlySet<string>): string[] =>
    folded
      .split(/(ae|oe|aa)/)
      .reduce<string[]>((forms, part) => {
        const options = part === 'ae' ? ['ae', 'æ'] : part === 'oe' ? ['oe', 'ø'] : part === 'aa' ? ['aa', 'å'] : [part];
        return forms.flatMap((f) => options.map((o) => f + o));
      }, [''])
      .filter((w) => /[æøå]/.test(w) && list.has(w));
  /** English words such a typing spells, which English orders pasted into a question write. */
  const ENGLISH = new Set(['made']);

  it.skipIf(!installed)('counts every cue word typed so (four letters or more) unless it is a word of the other language', () => {
    const lists = {
      da: new Set(read('danish', 'utf8')),
      no: new Set([...read('bokmaal', 'latin1'), ...read('nynorsk', 'latin1')]),
    };
    const missing: string[] = [];
    for (const [language, other] of [['da', 'no'], ['no', 'da']] as const) {
      const { cues } = LANGUAGE_DATA[language];
      const otherCues = LANGUAGE_DATA[other].cues;
      const theirs = new Set([...otherCues.grammar, ...otherCues.words, ...otherCues.shared]);
      for (const word of [...cues.grammar, ...cues.words]) {
        for (const spelt of spellings(word, lists[language])) {
          for (const typed of typings(spelt)) {
            if (typed.length < 4 || theirs.has(typed) || lists[other].has(typed) || ENGLISH.has(typed)) continue;
            const balance = cueBalance(typed);
            if (language === 'da' ? balance <= 0 : balance >= 0) missing.push(`${typed} (${spelt})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  }, 60_000);

  it.skipIf(!installed)('keeps an everyday cue only where the word lists agree it is its language’s alone', () => {
    const lists = {
      da: read('danish', 'utf8'),
      no: [...read('bokmaal', 'latin1'), ...read('nynorsk', 'latin1')],
    };
    const folded = { da: new Set(lists.da.map(foldNordic)), no: new Set(lists.no.map(foldNordic)) };
    const raw = { da: new Set(lists.da), no: new Set(lists.no) };
    /** Whether a folded word is a word of the list, folded or typed without æ, ø, å ("klimaendringer"). */
    const holds = (language: 'da' | 'no', word: string) =>
      folded[language].has(word) ||
      [...word].reduce<string[]>((forms, ch) => {
        const options = ch === 'a' ? ['a', 'æ', 'å'] : ch === 'e' ? ['e', 'æ'] : ch === 'o' ? ['o', 'ø'] : [ch];
        return forms.flatMap((f) => options.map((o) => f + o));
      }, ['']).some((spelling) => raw[language].has(spelling));
    const wrong: string[] = [];
    for (const [language, other, everyday] of [['da', 'no', danishEveryday], ['no', 'da', norwegianEveryday]] as const) {
      for (const word of [...everyday.everydayGrammar, ...everyday.everydayWords]) {
        if (!holds(language, word) || holds(other, word)) wrong.push(`${language}: ${word}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
