/**
 * The shape of a language's data: every word, phrase and sentence the answer logic needs from one language.
 * Logic lives in src/answer/ and src/retrieve/; adding a language means adding a folder next to da/ and no/
 * that fills these types, and one line in ./index.ts.
 *
 * Word lists are written folded (lowercase, æ→ae, ø→oe, å→aa; see `foldNordic`), because that is how
 * questions are compared against them. A trailing `*` in a phrase means "any ending" ("instruks*").
 */

/** Sentences the extractive answerer writes itself (quotes stay in the documents' language). */
export interface AnswerMessages {
  /** Joins the last two items of a list: "A, B og C". */
  and: string;
  noAnswer(covered: string): string;
  unknownRegion(asked: string, covered: string): string;
  notAQuestion(covered: string): string;
  intro(region: string, title: string): string;
  introOtherLanguage(region: string, title: string): string;
  opening: string;
  acrossRegions: string;
}

/** Words that shape how a question is read. */
export interface QuestionWords {
  /**
   * Words that frame a question about a strategy rather than name its topic ("Hvad siger strategien …",
   * "Hvordan arbejder de med …"); counting them as topic would make any passage using them look relevant.
   */
  frame: readonly string[];
  /** Openers that mark a question as leaning on the previous one: "og hvad med …", "fortæl mere om …". */
  followUpOpeners: readonly string[];
  /** Words that point back to something said before ("de", "det", "samme"). */
  backReferences: readonly string[];
}

/**
 * Requests that are not questions about the documents. Phrases may contain `*` (any word ending); each
 * rule pairs a first phrase with a second one following within a few words.
 */
export interface RequestWords {
  /** "ignorer", "glem", "se bort fra" … followed by {@link instructionNouns}: an attempt to re-instruct. */
  dismissVerbs: readonly string[];
  instructionNouns: readonly string[];
  /** Phrases that are instruction talk on their own: "systemprompt", "developer mode", "mine regler". */
  systemPhrases: readonly string[];
  /** Role play: "du er nu en …", "lad som om". */
  rolePhrases: readonly string[];
  /** "vis"/"afslør" … followed by {@link secretNouns}. */
  revealVerbs: readonly string[];
  secretNouns: readonly string[];
  /** "skriv"/"lav" … followed by {@link creativeNouns}: a creative task, not a question. */
  createVerbs: readonly string[];
  creativeNouns: readonly string[];
  /** "fortæl en vits": a tell verb, an indefinite article, a joke noun. */
  tellVerbs: readonly string[];
  articles: readonly string[];
  jokeNouns: readonly string[];
  /** "oversæt". */
  translateVerbs: readonly string[];
  /** Questions to the assistant itself: "hvad hedder du", "er du en robot". */
  chitChat: readonly string[];
  /** A message that is only a greeting or thanks. */
  greetings: readonly string[];
}

export interface LanguageData {
  messages: AnswerMessages;
  question: QuestionWords;
  requests: RequestWords;
}
