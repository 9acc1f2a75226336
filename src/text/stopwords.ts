import { createRequire } from 'node:module';
import type { Language } from '../shared/api.js';
import { foldNordic, typedForms } from './normalize.js';

/**
 * Function words dropped before indexing and querying: the union of stopwords-iso's Danish and Norwegian
 * lists (questions cross languages), folded like the text, with a few documented edits.
 */

// stopwords-iso ships as a JSON main file; Node 20 only imports JSON from ESM with an experimental flag.
const stopwordsIso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

/**
 * Entries of the lists that are content words in these documents, so a question about them must match:
 * "tid" (Sundhed › Respekt for patientens tid; rett kompetanse til rett tid), "verdi"/"rett" (værdi, rette
 * indsats), "arbeid", "bruke", "folk", "makt", "navn", "punkt", "start", "slutt", "tilstand" (Norwegian
 * nouns/verbs whose Danish counterparts are not stopwords), "lige"/"lik"/"like" (Lige effekt, lighed:
 * all stem to "lig"), and "nær" (care close to where people live: nærhed, nære sundhedstilbud; the lists
 * drop the preposition but not "nære"/"nært", so a question saying "nær" lost the word its answer uses).
 */
const KEPT_CONTENT_WORDS = [
  'arbeid', 'bruke', 'folk', 'lige', 'lik', 'like', 'makt', 'naer', 'navn', 'punkt', 'rett', 'slutt', 'start',
  'tid', 'tilstand', 'verdi',
];

/**
 * Words the lists miss:
 * - "region" in all its forms: every document and most questions say it ("hvad gør regionen for ..."),
 *   so it tells passages apart no better than "og"; and because BM25 weighs terms per field, its rarity
 *   in headings ("En region i balance") let it outrank the words a question is actually about.
 * - forms of "to do" that open most questions and would pull up "Gør karriere. Gør hver dag vigtig.".
 * - "hvilket", the one form of "hvilken" the lists leave out.
 * - the pieces of the abbreviations f.eks./bl.a./fx that the tokenizer leaves behind.
 * - adverbs of time and degree and a preposition the lists leave out in one language or both ("endnu",
 *   "igen", "altid", "mellem"): read as content words, they made a short follow-up ("og dem, der bor
 *   endnu længere ude?") look like a question that stands alone.
 */
const EXTRA_STOPWORDS = [
  'region', 'regionen', 'regionens', 'regioner', 'regionerne', 'regionene',
  'gjort', 'goer', 'goere', 'gjoer', 'gjoere',
  'hvilket',
  'endnu', 'ennaa', 'enda', 'igen', 'igjen', 'altid', 'alltid', 'aldri', 'allerede', 'litt', 'mellem', 'mellom',
  'bl', 'eks', 'fx', 'osv', 'mv', 'evt',
];

/**
 * Askers who type without æ/ø/å write "pa", "gjor", "ogsa", "hvornar" for på, gjør, også, hvornår: each
 * stopword with a folded letter (aa, oe, ae) is also a stopword as typed without it (a, o, e or a).
 * Left out: typed forms that are content words themselves ("vare" goods, "sann" true, "vert" host, "be" ask).
 */
const TYPED_FORMS_KEPT = new Set(['vare', 'sann', 'vert', 'be']);
const typedWithoutDiacritics = (folded: string) => typedForms(folded).filter((w) => !TYPED_FORMS_KEPT.has(w));

/** stopwords-iso's Norwegian list has "ø" mis-encoded as "û" (fûr, gjûre, forsûke, fûrst). */
const repairEncoding = (word: string): string => word.replace(/û/g, 'ø');

/** One language's list (or both), folded, edited as above, with (unless `typed` is false) the typed forms of its words. */
function buildStopwords(lists: readonly (readonly string[])[], typed = true): ReadonlySet<string> {
  const kept = new Set(KEPT_CONTENT_WORDS);
  const words = new Set<string>(EXTRA_STOPWORDS);
  for (const word of lists.flat()) {
    const folded = foldNordic(repairEncoding(word));
    if (!kept.has(folded)) words.add(folded);
  }
  if (typed) for (const word of [...words]) for (const form of typedWithoutDiacritics(word)) if (!kept.has(form)) words.add(form);
  return words;
}

/**
 * A language's function words as typed without æ/ø/å, each mapped to the word it stands for ("pa" → "paa",
 * "nar" → "naar"): only typed forms no list holds as written ("for" is a word of its own, not "før") and
 * that stand for one word alone.
 */
function typedFunctionWords(lists: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const written = buildStopwords(lists, false);
  const standsFor = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const word of written) {
    for (const typed of typedWithoutDiacritics(word)) {
      if (written.has(typed)) continue;
      if (standsFor.has(typed) && standsFor.get(typed) !== word) ambiguous.add(typed);
      standsFor.set(typed, word);
    }
  }
  for (const typed of ambiguous) standsFor.delete(typed);
  return standsFor;
}

/** Folded stopwords (e.g. "ogsaa", "vaere"); test folded tokens against it. */
export const STOPWORDS: ReadonlySet<string> = buildStopwords([stopwordsIso.da, stopwordsIso.no]);

/**
 * Each language's own stopwords: a word only the other language's list holds ("lage", to make, in Norwegian)
 * is no function word of an asker writing this one ("lage" is "læge" typed without æ in Danish).
 */
export const STOPWORDS_OF: Readonly<Record<Language, ReadonlySet<string>>> = {
  da: buildStopwords([stopwordsIso.da]),
  no: buildStopwords([stopwordsIso.no]),
};

/** Each language's function words typed without æ/ø/å, and the words they stand for (see typedFunctionWords). */
export const TYPED_FUNCTION_WORDS_OF: Readonly<Record<Language, ReadonlyMap<string, string>>> = {
  da: typedFunctionWords([stopwordsIso.da]),
  no: typedFunctionWords([stopwordsIso.no]),
};
