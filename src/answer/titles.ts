import { allLanguages } from '../lang/index.js';
import { boundedCache } from '../text/bounded-cache.js';
import { wordsOf } from '../text/normalize.js';

/**
 * Documents named by their title ("står der noget om madspild i Den styrende politiske ambition?"). A title
 * names a document, and so its region; its words are no topic: read as topic words they cover the question
 * wherever the document's name is written, so a theme the strategies don't treat was answered from the
 * passages that repeat the title's words, and one they do treat was led by those passages instead.
 */
export interface NamedTitles {
  /** The regions of the documents named. */
  regions: string[];
  /** The question without the words that name them. */
  rest: string;
}

export interface TitledDocument {
  title: string;
  region: string;
}

/** Question words whose terms and titles are remembered: a few days' questions' worth of distinct words. */
const WORDS_KEPT = 20_000;

/** Words that frame a question about a strategy ("strategi", "plan"): a title's word among them names nothing. */
const FRAME = new Set(allLanguages((d) => d.question.frame));

/**
 * Titles' naming words: a title's content words, less those naming its region (stripped by `stripRegions`)
 * and the frame words. A title left with none ("Helse Nords strategi") is named by its region's name alone.
 * A question names a title with a run of its naming words in the title's order (function words between are
 * skipped on both sides): all of them for a one- or two-word name, any two consecutive ones of a longer
 * name ("de politiske sigtelinjer"), as people shorten a long title but keep its words together.
 */
export function createTitleMatcher(
  documents: readonly TitledDocument[],
  wordTerms: (word: string) => string[],
  stripRegions: (text: string) => string,
): (question: string) => NamedTitles | undefined {
  const titles = documents
    .map((d) => ({
      region: d.region,
      words: wordsOf(stripRegions(d.title))
        .filter((w) => !FRAME.has(w.folded))
        .map((w) => wordTerms(w.folded))
        .filter((terms) => terms.length > 0),
    }))
    .filter((t) => t.words.length > 0);
  // Only titles sharing a term with the question can be named: with thousands of documents, looking at every
  // title for every question would cost more than answering it.
  const titlesByTerm = new Map<string, number[]>();
  titles.forEach((title, i) => {
    for (const term of new Set(title.words.flat())) {
      const holding = titlesByTerm.get(term);
      if (holding) holding.push(i);
      else titlesByTerm.set(term, [i]);
    }
  });
  // A word's terms and the titles holding one, remembered: every word of every question is looked up, the
  // same words recur, and most name no title, so most questions are done with after a look-up per word.
  const seen = boundedCache<string, { terms: string[]; titles: number[] }>(WORDS_KEPT);
  const lookUp = (folded: string) => {
    let found = seen.get(folded);
    if (!found) {
      const terms = wordTerms(folded);
      seen.set(folded, (found = { terms, titles: [...new Set(terms.flatMap((term) => titlesByTerm.get(term) ?? []))] }));
    }
    return found;
  };
  return (question) => {
    const all = wordsOf(question);
    if (!all.some((w) => lookUp(w.folded).titles.length > 0)) return undefined;
    const words = all.map((w) => ({ ...w, ...lookUp(w.folded) })).filter((w) => w.terms.length > 0);
    const candidates = new Set(words.flatMap((w) => w.titles));
    const naming = new Set<number>();
    const regions: string[] = [];
    for (const title of [...candidates].sort((a, b) => a - b).map((i) => titles[i])) {
      const needed = Math.min(2, title.words.length);
      let named = false;
      for (let q = 0; q < words.length; q++) {
        for (let t = 0; t < title.words.length; t++) {
          let n = 0;
          while (q + n < words.length && t + n < title.words.length && words[q + n].terms.some((x) => title.words[t + n].includes(x))) n++;
          if (n < needed) continue;
          named = true;
          for (let i = q; i < q + n; i++) naming.add(i);
        }
      }
      if (named && !regions.includes(title.region)) regions.push(title.region);
    }
    if (!regions.length) return undefined;
    let rest = question.normalize('NFC');
    for (const i of [...naming].sort((a, b) => b - a)) rest = rest.slice(0, words[i].start) + rest.slice(words[i].end);
    return { regions, rest: rest.replace(/\s+/g, ' ').trim() };
  };
}
