import { boundedCache } from '../text/bounded-cache.js';
import { STRATEGY_PARTS, type ConceptContext, type ConceptId, type ConceptWords } from '../lang/concepts.js';
import { LANGUAGE_DATA } from '../lang/index.js';
import { stems } from '../text/analyze.js';
import { byCodeUnits, TermDictionary } from '../text/dictionary.js';
import { foldNordic, tokenize, typedForms } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * Finds the domain concepts (src/lang/concepts.ts) a text mentions, in questions and passages alike, and
 * the corpus's own words for each concept, which retrieval adds to a question ("færre hænder" → the corpus's
 * "rekruttering", "fastholdelse", "personaleressourcer").
 *
 * A concept word without `*` matches any form of the word (by the analyzer's stems and spelling keys, so
 * Danish and Norwegian forms meet); `word*` matches words starting so; a phrase matches its words in order,
 * each within a few words of the one before. Matching a text costs a few map look-ups per word, so passages
 * can be matched once at start even for a large corpus.
 */

/**
 * How concept words and texts are compared: by a folded word's stems (both languages' stemmers). Not by
 * cross-language spelling keys, which merge too much for this ("ledere" and "lett"); each language lists
 * its own forms instead.
 */
export interface ConceptAnalysis {
  stems(word: string): readonly string[];
  /** Function words, which a concept word never is on its own. */
  isStopword(word: string): boolean;
  /**
   * Terms of a compound's parts ("klimaplaner" → klima, plan), so a compound the concept lists don't name
   * still mentions the concepts of its parts. Optional: without it compounds match as whole words only.
   */
  partTerms?(word: string): readonly string[];
}

export interface ConceptMatcher {
  /** The concepts a text mentions. */
  conceptsOf(text: string): Set<ConceptId>;
  /**
   * The concepts a question mentions in words of its own, words the corpus doesn't use: the gaps retrieval
   * must bridge. A question that says "værdier" or "temaer" already uses the documents' words. `uses` says
   * which words count as the documents' own (default: the whole corpus's); a question about documents in the
   * other language passes theirs, so a Danish "fastholde" is bridged to a Norwegian document. Against the whole
   * corpus a phrase ("langt fra", "lang tid") is its own only if the corpus mentions the concept in it: the
   * corpus writing its words apart ("langt bedre", "fra start") finds passages about other things.
   */
  bridgedConcepts(text: string, uses?: (word: string) => boolean): Set<ConceptId>;
  /** For each (folded) word of a text, the concepts it takes part in mentioning. */
  conceptsByWord(text: string): Map<string, Set<ConceptId>>;
  /**
   * Whether a folded word is one of the lexicon's own single words (by its stems, or a `word*`'s start): not
   * a typo, a compound's part or a form typed without æ/ø/å, which only find a concept in a question.
   */
  hasWord(word: string): boolean;
  /**
   * The (folded) words of a text that take part in a phrase not mentioning the concept its word would
   * ("bygger" in "hvad bygger planen på"): they say how something is related, not what it is about.
   */
  wordsNotMentioning(text: string): Set<string>;
  /**
   * The concepts a question mentions only through everyday words with no sign of health beside them (no
   * other concept word, no health word: see ConceptContext): "hvor gammel er universet" → the elderly.
   * They don't make it a question about the strategies; the question reader leaves them out.
   */
  outOfContext(text: string): Set<ConceptId>;
  /**
   * The (folded) words of a text that mention a concept only as everyday words (ConceptContext: "elbil", "mad",
   * "penge"), in no other phrase or concept word: a thing of everyday life as much as a theme.
   */
  everydayWords(text: string): Set<string>;
  /** Whether a folded word places a question in health or the service: a health word of ConceptContext. */
  healthWord(word: string): boolean;
  /**
   * The corpus's words for a concept, most widespread first; for a part of the strategy itself
   * (STRATEGY_PARTS) those a section heading uses come first, the documents' own name for it ("Vår visjon",
   * "Målbillede for …", "De 5 fokusområder"). Empty before {@link ConceptMatcher.learnCorpus}.
   */
  corpusWords(concept: ConceptId): readonly string[];
  /**
   * Reads the corpus: which concepts each passage mentions (returned, by passage index) and the words
   * the corpus uses for each concept.
   */
  learnCorpus(texts: readonly string[], headings?: readonly string[]): Set<ConceptId>[];
  /** What {@link learnCorpus} learned about the corpus as a whole, to store with an index. */
  corpusKnowledge(): CorpusKnowledge;
  /** Takes what a {@link learnCorpus} of the same texts learned (stored with an index) instead of reading them again. */
  useCorpusKnowledge(knowledge: CorpusKnowledge): void;
}

/** Concepts by passage, in chunk order, plus the matcher's knowledge of the corpus (stored with a build: src/index/concepts.ts). */
export interface PassageConcepts {
  passages: ConceptId[][];
  knowledge: CorpusKnowledge;
}

/** A matcher's knowledge of the corpus besides each passage's concepts. */
export interface CorpusKnowledge {
  /** Every word of the corpus, sorted (code-unit order). */
  vocabulary: string[];
  /** Each concept's corpus words, most widespread first, for the concepts that have any; sorted by concept. */
  conceptWords: [ConceptId, string[]][];
}

/** How a matcher reads words no entry names. */
export interface ConceptMatching {
  /**
   * Length from which a question's word that neither the corpus nor any entry knows, one edit (a letter
   * added, dropped, changed, or two swapped) from the words of one concept, counts as that concept
   * (policy: retrieval.conceptTypoFrom). 0 (the default) reads no typos.
   */
  typoFrom?: number;
}

/** The concept matcher over every language's concept lexicon, as questions and passages are matched by. */
export function createCorpusConceptMatcher(matching: ConceptMatching = {}): ConceptMatcher {
  return createConceptMatcher(
    Object.values(LANGUAGE_DATA).map((d) => d.concepts),
    { stems, isStopword: (w) => STOPWORDS.has(w) },
    Object.values(LANGUAGE_DATA).map((d) => d.conceptContext),
    matching,
  );
}

/** Shortest prefix a `word*` entry may have: shorter ones match unrelated words. */
const MIN_PREFIX = 4;
/** A phrase's next word may follow within this many words ("set, hørt og inddraget"). */
const PHRASE_WINDOW = 3;
/**
 * …and a phrase not mentioning its concept may end this far on in the text's last word: a preposition left at a
 * question's end belongs to its verb however many words stand between ("Hvilke værdier bygger Region
 * Midtjylland arbejdet på?").
 */
const STRANDED_WINDOW = 6;
/**
 * Words this short are matched as written, not by stem: their stems collide with unrelated words ("mad"
 * and "måde" share one, so do "tog" and "tage").
 */
const MAX_EXACT_LENGTH = 4;
/**
 * A question's word this long may be a compound read by its parts (compoundEntries), each part at least
 * MIN_COMPOUND_PART long: shorter parts are mostly syllables or short words with other meanings ("tog",
 * "mad", "vand" end many words).
 */
const MIN_COMPOUND_LENGTH = 8;
const MIN_COMPOUND_PART = 5;
/** A first part this short is mostly a prefix (for-, til-, over-), not a word. */
const MIN_COMPOUND_HEAD = 4;

type Part = { terms: ReadonlySet<string> } | { prefix: string } | { exact: string };
interface Entry {
  concept: ConceptId;
  parts: Part[];
  /** An everyday word that mentions its concept in a question only beside a health word (ConceptContext). */
  everyday: boolean;
  /** A phrase that holds a word of its concept without mentioning it (ConceptContext.notMentioning). */
  notMentioning: boolean;
  /** For a phrase typed without æ/ø/å: the content words as written, which the corpus may use. */
  typedFrom?: readonly string[];
  /** For a single word matched by stem: the word as written (folded), which a compound's part must inflect. */
  word?: string;
  /** A phrase of function words only ("hver for sig", "sige op"): its words side by side, in order. */
  adjacent?: boolean;
}

/** A word as concept matching reads it: its token and the entries whose first part it matches. */
interface AnalysedWord {
  token: Token;
  starting: ReadonlySet<Entry>;
}

/** Distinct words whose analysis is kept (a few MB); the least recently used go first. */
const ANALYSED_WORDS_KEPT = 50_000;
/** Texts whose matches are kept: those of the question being read (see `matchesIn`). */
const TEXTS_KEPT = 64;

/** An entry matching in a text, from token `start` to token `end` (inclusive). */
interface TextMatch {
  entry: Entry;
  start: number;
  end: number;
  /** The tokens its parts matched (the words between a phrase's parts aren't), of a not-mentioning phrase only. */
  words?: number[];
}

interface TextMatches {
  tokens: Token[];
  /** The matches that mention their concept. */
  matches: TextMatch[];
  /** The phrases that hold a concept's word without mentioning it (ConceptContext.notMentioning). */
  notMentioning: TextMatch[];
}

interface Token {
  word: string;
  terms: readonly string[];
  /** Terms of the word's compound parts, matched by single-word entries only. */
  parts: readonly string[];
}

export function createConceptMatcher(
  lexicons: readonly ConceptWords[],
  analysis: ConceptAnalysis,
  contexts: readonly ConceptContext[] = [],
  { typoFrom = 0 }: ConceptMatching = {},
): ConceptMatcher {
  const byTerm = new Map<string, Entry[]>();
  const byPrefix = new Map<string, Entry[]>();
  const byExact = new Map<string, Entry[]>();
  const prefixLengths = new Set<number>();
  const add = <K>(map: Map<K, Entry[]>, key: K, entry: Entry) => map.set(key, [...(map.get(key) ?? []), entry]);
  const everyday = new Set(contexts.flatMap((c) => c.everyday.map(foldNordic)));

  const index = (concept: ConceptId, phrase: string, notMentioning = false, typedFrom?: string) => {
    const parts = phraseParts(phrase, analysis);
    if (!parts.length) return;
    const written = typedFrom ?? phrase;
    const entry: Entry = { concept, parts, everyday: everyday.has(foldNordic(written)), notMentioning };
    if (parts.length === 1 && 'terms' in parts[0]) entry.word = foldNordic(phrase).trim();
    if (parts.every((p) => 'exact' in p && analysis.isStopword(p.exact))) entry.adjacent = true;
    if (typedFrom) entry.typedFrom = tokenize(typedFrom).filter((w) => !analysis.isStopword(w));
    const first = parts[0];
    if ('prefix' in first) {
      add(byPrefix, first.prefix, entry);
      prefixLengths.add(first.prefix.length);
    } else if ('exact' in first) add(byExact, first.exact, entry);
    else for (const term of first.terms) add(byTerm, term, entry);
  };
  for (const lexicon of lexicons) {
    for (const [concept, phrases] of Object.entries(lexicon) as [ConceptId, readonly string[]][]) {
      for (const phrase of phrases) {
        index(concept, phrase);
        // Typed without æ/ø/å ("parorende", "fodeafdeling"), a word still mentions its concept.
        for (const typed of typedPhrases(phrase, analysis)) index(concept, typed, false, phrase);
      }
    }
  }
  for (const context of contexts) {
    for (const [concept, phrases] of Object.entries(context.notMentioning ?? {}) as [ConceptId, readonly string[]][]) {
      for (const phrase of phrases) index(concept, phrase, true);
    }
  }
  const health = healthWords(contexts);
  const lengths = [...prefixLengths].sort((a, b) => a - b);
  const corpusWords = new Map<ConceptId, readonly string[]>();
  const corpusVocabulary = new Set<string>();

  const partMatches = (part: Part, token: Token) =>
    'prefix' in part
      ? token.word.startsWith(part.prefix)
      : 'exact' in part
        ? token.word === part.exact
        : token.terms.some((t) => part.terms.has(t));

  /** The entries whose first part the token matches. */
  function startingAt(token: Token): Set<Entry> {
    const candidates = new Set<Entry>();
    for (const term of token.terms) for (const e of byTerm.get(term) ?? []) candidates.add(e);
    for (const term of token.parts) for (const e of byTerm.get(term) ?? []) if (e.parts.length === 1) candidates.add(e);
    for (const e of byExact.get(token.word) ?? []) candidates.add(e);
    for (const n of lengths) {
      if (n > token.word.length) break;
      for (const e of byPrefix.get(token.word.slice(0, n)) ?? []) candidates.add(e);
    }
    return candidates;
  }

  /** The entries matching at `i`, with the index of the last token each spans. */
  function matchesAt(
    tokens: Token[],
    i: number,
    candidates: ReadonlySet<Entry> = startingAt(tokens[i]),
  ): { entry: Entry; end: number; words?: number[] }[] {
    const out: { entry: Entry; end: number; words?: number[] }[] = [];
    if (candidates.size === 0) return out;
    for (const entry of candidates) {
      let at = i;
      let ok = true;
      const words = entry.notMentioning ? [i] : undefined;
      for (const part of entry.parts.slice(1)) {
        let next = -1;
        const window = entry.adjacent ? 1 : PHRASE_WINDOW;
        const last = tokens.length - 1;
        for (let j = at + 1; j <= Math.min(at + (entry.notMentioning ? STRANDED_WINDOW : window), last); j++) {
          if (j > at + window && j !== last) continue;
          if (partMatches(part, tokens[j])) {
            next = j;
            break;
          }
        }
        if (next < 0) {
          ok = false;
          break;
        }
        at = next;
        words?.push(at);
      }
      if (ok) out.push({ entry, end: at, words });
    }
    return out;
  }

  const tokenOf = (word: string): Token => {
    const content = !analysis.isStopword(word);
    return { word, terms: content ? analysis.stems(word) : [], parts: content ? (analysis.partTerms?.(word) ?? []) : [] };
  };
  // Answers re-read the same passages' sentences for every question: each word's analysis and starting
  // entries are kept, so a sentence costs look-ups rather than stemming and entry searches.
  // Compounds are read by their parts only when the documents don't write them: kept readings go with the vocabulary.
  let analysedWords = boundedCache<string, AnalysedWord>(ANALYSED_WORDS_KEPT);
  const analysedWord = (word: string): AnalysedWord => {
    let known = analysedWords.get(word);
    if (!known) {
      const token = tokenOf(word);
      let starting = startingAt(token);
      if (!starting.size && !corpusVocabulary.has(word)) starting = compoundEntries(word);
      if (!starting.size && !corpusVocabulary.has(word)) starting = typoEntries(word);
      analysedWords.set(word, (known = { token, starting }));
    }
    return known;
  };

  /** The single-word entries a compound's part (folded, at least MIN_COMPOUND_PART long) reads as. */
  const partEntries = (part: string): Entry[] => {
    if (part.length < MIN_COMPOUND_PART || analysis.isStopword(part)) return [];
    return [...startingAt({ word: part, terms: analysis.stems(part), parts: [] })].filter(
      (e) => e.parts.length === 1 && !e.notMentioning && !e.everyday && !('exact' in e.parts[0]) && (!e.word || inflects(part, e.word)),
    );
  };
  /**
   * Whether a compound's first part is a word: the corpus's, a concept word's or a health word, bare or with a
   * linking "s"/"e". A last part is believed only after one, so a concept word ending a longer word
   * ("piller" in "sjakkspiller", "leder" in "røntgenbilleder") is not read as the compound's head.
   */
  const knownHead = (head: string): boolean =>
    [head, head.replace(/[se]$/, '')].some(
      (h) => h.length >= MIN_COMPOUND_HEAD && (corpusVocabulary.has(h) || health(h) || analysis.stems(h).some((t) => byTerm.has(t))),
    );
  /**
   * A question's compound that no entry names and the documents don't write ("kræftdiagnose",
   * "klimaforandringer", "sygehusbyggerier") read as the concepts of its parts: its last part (what the thing
   * is) when that is a concept word after a known first part, else its first (what it is about), with or
   * without a linking "s"/"e". The longest part that reads wins. Everyday concept words ("computer", "mad")
   * are not read inside compounds: alone they already need company. The documents' own compounds are read as the lexicon names them, so a
   * passage's concepts stay those its words name ("fagmiljøene" is no nature).
   */
  function compoundEntries(word: string): Set<Entry> {
    if (word.length < MIN_COMPOUND_LENGTH || /[^\p{L}]/u.test(word)) return new Set();
    for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++) {
      const tail = partEntries(word.slice(cut));
      if (tail.length && knownHead(word.slice(0, cut))) return new Set(tail);
    }
    for (let cut = word.length - MIN_COMPOUND_PART; cut >= MIN_COMPOUND_PART; cut--) {
      const head = word.slice(0, cut);
      const entries = partEntries(head);
      if (!entries.length && /[se]$/.test(head)) entries.push(...partEntries(head.slice(0, -1)));
      if (entries.length) return new Set(entries);
    }
    return new Set();
  }
  /** Single words that may mention a concept on their own (no phrase, no short word matched as written). */
  const alone = (e: Entry) => e.parts.length === 1 && !e.notMentioning && !('exact' in e.parts[0]);
  /**
   * What a typo is compared with, made on first use: words (the corpus's and the entries'), the entries' stems
   * and their `word*` beginnings.
   */
  let typoTargets: { words: TermDictionary; stems: TermDictionary; prefixes: TermDictionary } | undefined;
  const targets = () => {
    if (typoTargets) return typoTargets;
    const terms = [...byTerm].filter(([, entries]) => entries.some(alone));
    const entryWords = terms.flatMap(([, entries]) => entries.flatMap((e) => (e.word ? [e.word] : [])));
    return (typoTargets = {
      words: TermDictionary.from([...corpusVocabulary, ...entryWords]),
      stems: TermDictionary.from(terms.map(([term]) => term)),
      prefixes: TermDictionary.from(byPrefix.keys()),
    });
  };
  /**
   * A misspelt word ("medarbjedere", "ventetidne") read as the concepts of the words one edit from it, or of
   * the stems one edit from a stem of it shorn of an ending, when they all name the same concepts. Only from
   * `typoFrom` letters: shorter words have many one-edit neighbours of other meanings. A neighbour that names
   * no concept (a plain word of the corpus) makes it no concept's typo.
   */
  function typoEntries(word: string): Set<Entry> {
    if (!typoFrom || word.length < typoFrom || /[^\p{L}]/u.test(word) || analysis.isStopword(word)) return new Set();
    const { words, stems, prefixes } = targets();
    const readings: ReadonlySet<Entry>[] = [];
    const read = (dictionary: TermDictionary, form: string) => {
      for (const { id } of dictionary.withinDistance(form, 1)) {
        const target = dictionary.at(id);
        if (target.length >= typoFrom) readings.push(new Set([...startingAt(tokenOf(target))].filter(alone)));
      }
    };
    read(words, word);
    // Only a stem shorn of an ending is compared with stems: a word its stemmer leaves whole would otherwise
    // meet the stem of a longer word it is no form of (a name one letter from a stemmed "-e" word).
    for (const stem of analysis.stems(word)) if (stem !== word) read(stems, stem);
    // A `word*` entry whose beginning is one edit from the word's (a slip after it would have matched).
    for (let n = typoFrom - 1; n <= word.length; n++) {
      for (const { id } of prefixes.withinDistance(word.slice(0, n), 1)) {
        const prefix = prefixes.at(id);
        if (prefix.length >= typoFrom) readings.push(new Set(byPrefix.get(prefix)!.filter(alone)));
      }
    }
    if (!readings.length) return new Set();
    const conceptsOfReading = (r: ReadonlySet<Entry>) => [...new Set([...r].map((e) => e.concept))].sort().join(' ');
    const concepts = conceptsOfReading(readings[0]);
    if (!concepts || readings.some((r) => conceptsOfReading(r) !== concepts)) return new Set();
    return new Set(readings.flatMap((r) => [...r]));
  }
  /**
   * A text's tokens and every entry matching in it, in text order. A question is matched four ways (its
   * concepts, those out of context, those bridged to the corpus's words, and by word for its topic), and a
   * question's sentences again for what it asks: each text is tokenised and matched once, and the few read
   * last are kept, since those calls follow one another within an ask.
   */
  let readings = boundedCache<string, TextMatches>(TEXTS_KEPT);
  const forgetReadings = () => {
    analysedWords = boundedCache(ANALYSED_WORDS_KEPT);
    readings = boundedCache(TEXTS_KEPT);
    typoTargets = undefined;
  };
  const matchesIn = (text: string): TextMatches => {
    let found = readings.get(text);
    if (found) return found;
    const words = tokenize(text).map(analysedWord);
    const tokens = words.map((w) => w.token);
    const matches: TextMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const { entry, end, words: at } of matchesAt(tokens, i, words[i].starting)) matches.push({ entry, start: i, end, words: at });
    }
    const notMentioning = matches.filter((m) => m.entry.notMentioning);
    readings.set(text, (found = { tokens, matches: mentioning(matches), notMentioning }));
    return found;
  };

  // Each returns a fresh collection: callers may change what they get (readQuestion deletes from it).
  function conceptsOf(text: string): Set<ConceptId> {
    return new Set(matchesIn(text).matches.map((m) => m.entry.concept));
  }

  function hasWord(word: string): boolean {
    const own = (entries: readonly Entry[] | undefined) => (entries ?? []).some((e) => e.parts.length === 1 && !e.typedFrom && !e.notMentioning);
    if (own(byExact.get(word)) || analysis.stems(word).some((stem) => own(byTerm.get(stem)))) return true;
    return lengths.some((n) => n <= word.length && own(byPrefix.get(word.slice(0, n))));
  }

  function conceptsByWord(text: string): Map<string, Set<ConceptId>> {
    const { tokens, matches } = matchesIn(text);
    const byWord = new Map<string, Set<ConceptId>>();
    for (const { entry, start, end } of matches) {
      for (let j = start; j <= end; j++) {
        const t = tokens[j];
        if (!t.terms.length) continue;
        byWord.set(t.word, (byWord.get(t.word) ?? new Set()).add(entry.concept));
      }
    }
    return byWord;
  }

  function wordsNotMentioning(text: string): Set<string> {
    const { tokens, notMentioning } = matchesIn(text);
    return new Set(notMentioning.flatMap((m) => (m.words ?? []).map((i) => tokens[i]).filter((t) => t.terms.length).map((t) => t.word)));
  }

  function outOfContext(text: string): Set<ConceptId> {
    const { tokens, matches } = matchesIn(text);
    const weak = new Set<ConceptId>();
    for (const { entry } of matches) {
      if (!entry.everyday) return new Set();
      weak.add(entry.concept);
    }
    return weak.size && !tokens.some((t) => health(t.word)) ? weak : new Set();
  }

  function everydayWords(text: string): Set<string> {
    const { tokens, matches } = matchesIn(text);
    const weak = new Set<string>();
    const strong = new Set<string>();
    for (const { entry, start, end } of matches) for (let j = start; j <= end; j++) (entry.everyday ? weak : strong).add(tokens[j].word);
    for (const word of strong) weak.delete(word);
    return weak;
  }

  function bridgedConcepts(text: string, documentWords?: (word: string) => boolean): Set<ConceptId> {
    const uses = documentWords ?? ((w: string) => corpusVocabulary.has(w));
    const { tokens, matches } = matchesIn(text);
    const found = new Set<ConceptId>();
    for (const { entry, start, end } of matches) {
      // A word typed without æ/ø/å is the corpus's own word when the corpus writes it: retrieval finds it as
      // typed, and the concept's other words would only pull elsewhere.
      const words = entry.typedFrom ?? tokens.slice(start, end + 1).filter((t) => t.terms.length).map((t) => t.word);
      // A phrase is the corpus's own only as a phrase it mentions the concept in: "langt fra" is no word of a
      // corpus that writes "langt" and "fra" apart, and retrieval matching the two words finds other things.
      const phrase = !documentWords && !entry.typedFrom && entry.parts.length > 1;
      const own = phrase ? corpusPhrases(entry.concept).has(tokens.slice(start, end + 1).map((t) => t.word).join(' ')) : words.every(uses);
      if (!own) found.add(entry.concept);
    }
    return found;
  }

  const phrasesOf = new Map<ConceptId, ReadonlySet<string>>();
  /** The phrases the corpus mentions a concept in (its corpus words), as a set. */
  function corpusPhrases(concept: ConceptId): ReadonlySet<string> {
    let phrases = phrasesOf.get(concept);
    if (!phrases) phrasesOf.set(concept, (phrases = new Set(corpusWords.get(concept) ?? [])));
    return phrases;
  }

  function learnCorpus(texts: readonly string[], headings: readonly string[] = []): Set<ConceptId>[] {
    const spread = new Map<ConceptId, Map<string, number>>();
    const inHeadings = new Set<string>();
    corpusVocabulary.clear();
    forgetReadings();
    // A corpus repeats its words: each distinct word is analysed, and its starting entries found, once.
    const known = new Map<string, { token: Token; starting: ReadonlySet<Entry> }>();
    const perText = texts.map((text) => {
      const tokens: Token[] = [];
      const starting: ReadonlySet<Entry>[] = [];
      for (const word of tokenize(text)) {
        let entry = known.get(word);
        if (!entry) {
          const token = tokenOf(word);
          known.set(word, (entry = { token, starting: startingAt(token) }));
          corpusVocabulary.add(word);
        }
        tokens.push(entry.token);
        starting.push(entry.starting);
      }
      const matches: TextMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        // The documents write æ/ø/å: there a phrase's form typed without them is another word ("fore", "lase").
        for (const { entry, end, words } of matchesAt(tokens, i, starting[i])) if (!entry.typedFrom) matches.push({ entry, start: i, end, words });
      }
      const found = new Set<ConceptId>();
      const seen = new Set<string>();
      for (const { entry, start, end } of mentioning(matches)) {
        found.add(entry.concept);
        const words = tokens.slice(start, end + 1).map((t) => t.word).join(' ');
        const key = `${entry.concept} ${words}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const counts = spread.get(entry.concept) ?? new Map<string, number>();
        counts.set(words, (counts.get(words) ?? 0) + 1);
        spread.set(entry.concept, counts);
      }
      return found;
    });
    // A heading's words for a part of the strategy are how the documents name that part: a question about
    // its vision, values or conditions in words of its own should reach the section so headed, not the words
    // every section repeats ("Våre målsettinger er:"). For a theme (climate, waiting) the widespread words
    // serve better: its sections are many.
    for (const heading of new Set(headings)) {
      const tokens = tokenize(heading).map(tokenOf);
      const matches: TextMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        for (const { entry, end, words } of matchesAt(tokens, i, startingAt(tokens[i]))) if (!entry.typedFrom) matches.push({ entry, start: i, end, words });
      }
      for (const { entry, start, end } of mentioning(matches)) inHeadings.add(`${entry.concept} ${tokens.slice(start, end + 1).map((t) => t.word).join(' ')}`);
    }
    const headed = (concept: ConceptId, words: string) => (STRATEGY_PARTS.has(concept) && inHeadings.has(`${concept} ${words}`) ? 0 : 1);
    corpusWords.clear();
    phrasesOf.clear();
    for (const [concept, counts] of spread) {
      corpusWords.set(
        concept,
        [...counts.entries()]
          .sort((a, b) => headed(concept, a[0]) - headed(concept, b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([w]) => w),
      );
    }
    return perText;
  }

  function corpusKnowledge(): CorpusKnowledge {
    return {
      vocabulary: [...corpusVocabulary].sort(byCodeUnits),
      conceptWords: [...corpusWords].map(([c, words]): [ConceptId, string[]] => [c, [...words]]).sort(([a], [b]) => byCodeUnits(a, b)),
    };
  }

  function useCorpusKnowledge(knowledge: CorpusKnowledge): void {
    corpusVocabulary.clear();
    forgetReadings();
    for (const word of knowledge.vocabulary) corpusVocabulary.add(word);
    corpusWords.clear();
    phrasesOf.clear();
    for (const [concept, words] of knowledge.conceptWords) corpusWords.set(concept, words);
  }

  return {
    conceptsOf,
    hasWord,
    bridgedConcepts,
    conceptsByWord,
    wordsNotMentioning,
    outOfContext,
    everydayWords,
    healthWord: health,
    learnCorpus,
    corpusKnowledge,
    useCorpusKnowledge,
    corpusWords: (concept) => corpusWords.get(concept) ?? [],
  };
}

/**
 * The matches that mention their concept: without the phrases that don't (ConceptContext.notMentioning) and
 * the matches of their concept starting at a word of one ("bygger" in "bygger … på", not "bygninger" between).
 */
function mentioning(matches: readonly TextMatch[]): TextMatch[] {
  const not = matches.filter((m) => m.entry.notMentioning);
  if (!not.length) return [...matches];
  return matches.filter(
    (m) => !m.entry.notMentioning && !not.some((n) => n.entry.concept === m.entry.concept && n.words?.includes(m.start)),
  );
}

/** Endings of a noun's or verb's forms in Danish and Norwegian, and a compound's linking "s". */
const INFLECTIONS = new Set(['', 'e', 'n', 'r', 's', 't', 'en', 'et', 'er', 'ne', 'ene', 'erne', 'ers']);

/**
 * Whether a compound's part is a form of a concept word as written ("fødsler" of "fødsel", "maten" of "mat"),
 * not only a word sharing its stem ("styre" of "styring", "lege" of "leger"): a part is cut from a longer
 * word, where a stem alone matches too much.
 */
function inflects(part: string, word: string): boolean {
  if (part.startsWith(word)) return INFLECTIONS.has(part.slice(word.length));
  return word.startsWith(part) && INFLECTIONS.has(word.slice(part.length)) && part.length >= word.length - 1;
}

/**
 * Whether a folded word is a health word of any language: as written, or starting so for a `word*` (region
 * names and "regionen" are function words to the analyzer, so these are compared as written, not by stem).
 */
function healthWords(contexts: readonly ConceptContext[]): (word: string) => boolean {
  const listed = wordMatcher(contexts.flatMap((c) => c.health));
  const tail = wordMatcher(contexts.flatMap((c) => c.healthTails ?? []));
  const tailed = (word: string) => {
    for (let at = MIN_HEALTH_HEAD; at <= word.length - 4; at++) if (tail(word.slice(at))) return true;
    return false;
  };
  return (word) => listed(word) || tailed(word);
}

/** Shortest first part before a health tail ("hjerte|legen"): shorter ones are words of their own ("kol|legene"). */
const MIN_HEALTH_HEAD = 4;

/** Whether a folded word is one of `entries` as written, or starts like a `word*` entry. */
function wordMatcher(entries: readonly string[]): (word: string) => boolean {
  const words = entries.map(foldNordic);
  const exact = new Set(words.filter((w) => !w.endsWith('*')));
  const prefixes = words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}

/**
 * Shortest word typed without æ/ø/å, and shortest stem of it, that still stands for its concept word: shorter
 * ones are other words too ("for" and "før"; "fodende" stems to "fod", a foot).
 */
const MIN_TYPED_LENGTH = 5;

/**
 * A phrase as typed without æ/ø/å (typedForms), each changed word and its stems at least MIN_TYPED_LENGTH long;
 * a `word*` keeps its star.
 */
function typedPhrases(phrase: string, analysis: ConceptAnalysis): string[] {
  const words = foldNordic(phrase).split(/\s+/);
  // In a phrase the other words hold the meaning: a changed word's stem may be shorter ("flere hander": "hand").
  const long = (typed: string) => {
    const word = typed.replace(/\*$/, '');
    const stemsLong = words.length > 1 || typed.endsWith('*') || analysis.stems(word).every((s) => s.length >= MIN_TYPED_LENGTH);
    return word.length >= MIN_TYPED_LENGTH && stemsLong;
  };
  // A word takes only the first form, æ typed as "e" ("kreft", "leger"): as "a" it makes other words of concept
  // words too often ("kraft", "lager"). A phrase takes both: its other words hold the meaning ("flere hander").
  return typedForms(words.join(' ')).slice(0, words.length > 1 ? 2 : 1).filter((form) => {
    const typed = form.split(/\s+/);
    if (typed.length !== words.length) return false;
    // A phrase's short function word typed so ("pa" for "på") is read beside a long word it changed too ("tattere pa").
    const changed = typed.filter((w, i) => w !== words[i]);
    return words.length > 1 ? changed.some(long) && changed.every((w) => long(w) || analysis.isStopword(w)) : changed.every(long);
  });
}

/**
 * A concept phrase as parts to match: a word by its stems, a `word*` by its start, and function words and
 * short words as written (a phrase's "på" or "i" still has to be there: "i nærheden", "helse i nord").
 * A phrase of function words only ("hver for sig", "sige op", "flere og flere") is that exact wording: its
 * words side by side (`Entry.adjacent`); a single function word matches nothing.
 */
function phraseParts(phrase: string, analysis: ConceptAnalysis): Part[] {
  const parts: Part[] = [];
  for (const raw of foldNordic(phrase).split(/[\s,]+/)) {
    if (raw.endsWith('*')) {
      const prefix = raw.slice(0, -1).replace(/[^\p{L}\p{N}]/gu, '');
      if (prefix.length >= MIN_PREFIX) parts.push({ prefix });
      continue;
    }
    for (const word of tokenize(raw)) {
      const content = !analysis.isStopword(word);
      parts.push(content && word.length > MAX_EXACT_LENGTH ? { terms: new Set(analysis.stems(word)) } : { exact: word });
    }
  }
  return parts.length > 1 || parts.some((p) => !('exact' in p) || !analysis.isStopword(p.exact)) ? parts : [];
}
