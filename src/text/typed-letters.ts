import { isNameLike, wordsOf } from './normalize.js';

/**
 * Askers who type without æ/ø/å write "lagerne", "vardier", "narmere", "fode" for lægerne, værdier, nærmere,
 * føde. Folded, the documents write these words with a digraph (laegerne, vaerdier, naermere, foede), and as
 * typed they are no word of the corpus: short ones are too short to be forgiven as typos, and long ones lose
 * their key word to a nearer word of another meaning, or to none. Reading such a word as the word the
 * documents write lets a question typed so find what the same question with its letters finds.
 */

/** How each typed letter may stand for a folded Nordic letter: a for å or æ, o for ø, e for æ. */
const RESTORED: Readonly<Record<string, readonly string[]>> = { a: ['aa', 'ae'], o: ['oe'], e: ['ae'] };

export interface TypedLetterOptions {
  /** Letters restored in one word at most (policy `evidence.restoredLetters`); 0 reads every word as typed. */
  maxRestored: number;
  /** Words shorter than this are left as typed (policy `evidence.restoredFrom`). */
  minLength: number;
}

/** The readings of a folded word with 1 to `max` of its letters a, o, e read as å/æ, ø, æ; fewest changes first. */
export function restoredReadings(folded: string, max: number): string[] {
  // A word that writes a digraph was typed with the letters or their digraphs: nothing is missing.
  if (/aa|ae|oe/.test(folded)) return [];
  const readings: { text: string; changes: number }[] = [];
  const walk = (written: string, at: number, changes: number): void => {
    if (at === folded.length) {
      if (changes > 0) readings.push({ text: written, changes });
      return;
    }
    const letter = folded[at];
    walk(written + letter, at + 1, changes);
    if (changes < max) for (const digraph of RESTORED[letter] ?? []) walk(written + digraph, at + 1, changes + 1);
  };
  walk('', 0, 0);
  return readings.sort((a, b) => a.changes - b.changes).map((r) => r.text);
}

/** What the corpus knows of a folded word. */
export interface TypedVocabulary {
  /** A function word of the asker's language (typed forms included: "pa", "nar"). */
  isStopword(folded: string): boolean;
  /** The function word a typed form stands for, when no list writes it as typed ("pa" → "paa"; "for" is none). */
  typedFunctionWord(folded: string): string | undefined;
  /** A word the corpus knows by stem, other spelling or the other language's word, or one the concepts find. */
  knows(folded: string): boolean;
  /** A word some passage writes as it is, or one of the concept lexicon's own words (by stem): a reading's target. */
  writes(folded: string): boolean;
}

/**
 * `text` with each word typed without æ/ø/å written as the word it stands for, with the restored digraphs (as
 * foldNordic writes that word). Only a word nothing knows as typed is read so: no stopword of the asker's
 * language, no passage's word by stem or other spelling, no concept's word. Its reading must be a word some
 * passage writes as it is, or one of the concept lexicon's own words: a reading merely sharing a stem with
 * the corpus makes other words of everyday ones ("indlagt" → "indlaegt", an entry; "folk" → "foelk").
 */
export function restoreTypedLetters(text: string, vocabulary: TypedVocabulary, { maxRestored, minLength }: TypedLetterOptions): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let last = 0;
  for (const word of wordsOf(nfc)) {
    const typed = word.folded;
    // A concept's phrase writes its function word ("mangel på folk"): typed "mangel pa folk" must find it too.
    const functionWord = maxRestored > 0 && typed.length > 1 ? vocabulary.typedFunctionWord(typed) : undefined;
    if (functionWord) {
      out += nfc.slice(last, word.start) + (word.raw[0] === word.raw[0].toLowerCase() ? functionWord : functionWord[0].toUpperCase() + functionWord.slice(1));
      last = word.end;
      continue;
    }
    if (maxRestored === 0 || typed.length < minLength || !/^[a-z]+$/.test(typed) || vocabulary.isStopword(typed) || vocabulary.knows(typed)) continue;
    const restored = restoredReadings(typed, maxRestored).find(vocabulary.writes);
    if (!restored) continue;
    out += nfc.slice(last, word.start) + (isNameLike(word) ? restored[0].toUpperCase() + restored.slice(1) : restored);
    last = word.end;
  }
  return last === 0 ? text : out + nfc.slice(last);
}
