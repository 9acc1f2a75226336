import { z } from 'zod';
import { DETAILS } from './answer/asks.js';
import { RELEVANCE_MODEL } from './answer/relevance-model.js';

/**
 * Every number that steers how strategisvar answers, in one typed place, each with its default and the
 * range within which it still does what its comment says (values outside it are rejected). The engine takes
 * a policy (`answerPolicy()` for the defaults; tests and experiments pass overrides); nothing else in
 * src/answer/ or src/retrieve/ hides a threshold of its own. test/answer/policy.test.ts shows for each
 * knob what it decides.
 */

const share = (fallback: number) => z.number().min(0).max(1).default(fallback);
const count = (fallback: number, min: number, max: number) => z.number().int().min(min).max(max).default(fallback);

const Retrieval = z.object({
  /**
   * Passages retrieved per question, as a multiple of TOP_K: the relevance decision discards some, and a
   * comparison needs every region's. 1–5.
   */
  depth: count(2, 1, 5),
  /**
   * Reciprocal rank fusion's damping constant: a channel's vote for rank r is weight / (rrfK + r + 1). Cormack
   * et al.'s 60 was for lists of thousands; over a corpus of about a hundred passages it made a first place
   * count barely more than a tenth (1/61 vs 1/71), so a passage found near the top by every channel beat the
   * one a channel ranked first for the asked words, and a narrative's right section slipped below five.
   * 1–1000: smaller trusts each channel's top places more. 60 → 10, measured on the tune parts of 20 dev sets
   * (points summed over sets): section hit@5 +20, MRR +42, key facts in the top five +43, key fact in the answer
   * +19 (plain3-dev +2 questions; narratives3-dev, mirror-dev, plain2-dev −1 each), two more answerable
   * questions refused, no out-of-scope one answered; own and citizen up too. 5, 7 and 20 measured alike or less.
   */
  rrfK: z.number().min(1).max(1000).default(10),
  /**
   * Weight of a lexical (BM25) vote in the fusion. On this corpus BM25 with Danish/Norwegian analysis ranks
   * better than the static embedding model (MRR 87.5% vs 80.7%), so a dense vote counts half (fused: 87.9%);
   * a stronger model set with EMBEDDING_MODEL may deserve more. 0–2 each.
   */
  lexicalWeight: z.number().min(0).max(2).default(1),
  denseWeight: z.number().min(0).max(2).default(0.5),
  /**
   * Weight of the lexical ranking for the corpus words of the question's concepts (src/lang/concepts.ts):
   * they stand in for words the asker didn't use, so they count less than the asker's own. 0–2.
   */
  conceptWeight: z.number().min(0).max(2).default(1),
  /**
   * Weight of a third lexical-side ranking: the passages the corpus reading (src/retrieve/concepts.ts) found
   * mentioning the question's concepts, by those concepts' rarity, a concept only the situation brings counting
   * `situationWeight` (src/retrieve/hybrid.ts, tagged). The concept channel searches for a concept's few most
   * widespread corpus words, so a passage that names it otherwise ("Digitalisering …" for a question about apps
   * and computers) was found by no channel but the dense one, and a section's chunk holding the answer ranked
   * below its sibling that repeats the question's words. Passages of one score share the mean of their ranks,
   * so a concept many passages mention lends each little. 0–2: 0 turns it off. 0 → 0.25, measured on 17 dev
   * sets' tune parts (points summed): key facts in the top five +12, MRR +11, key fact in the answer +5, hit@5
   * +1; citizen tune hit@5 97.4 → 98.7, key facts in the top five 85.6 → 87.0; own unchanged. 0.5 gained more
   * MRR but lost a crosslingual2-dev answer; ties ranked at their first place instead measured alike at 0.15.
   */
  conceptTagWeight: z.number().min(0).max(2).default(0.25),
  /**
   * In that ranking, a passage that mentions many concepts is about each of them less: its sum is divided by
   * 1 − b + b × its count of concepts over the passages' mean count (BM25's length normalisation, b). 0–1: 0
   * counts every tagged passage alike; 1 in full proportion. 0 → 0.5, measured on 17 dev sets' tune parts
   * (points summed): hit@5 +2, MRR +4, key facts in the top five +6, key fact +2 (three answers gained, one lost);
   * citizen tune key facts in the top five 87.0 → 89.1; 0.3 and 0.75 alike, 1 less.
   */
  conceptTagBreadth: share(0.5),
  /**
   * Weight of a word of the situation told around the asking sentences (src/answer/question.ts) in the
   * lexical channel, relative to a word of the asking sentences (in its BM25 sum and in the words a passage
   * counts as matching): a narrative's situation holds more words than its question, and at full weight the
   * passages matching most of them ("bor", "kontrol", the illness) outranked those on what is asked. The
   * concept and dense channels still read the whole message. 0–1: 1 weighs every word alike; 0 searches the
   * asking sentences alone. Over 12 dev sets' tune parts 0.5 raised MRR on narratives (narratives3-dev 58.8 →
   * 70.2, mirror-dev 63.3 → 67.2, plain3-dev 77.7 → 79.2) with hit@5 and key facts in the top five unchanged or
   * up (mirror-dev hit@5 90.0 → 92.5), at one answer's key fact each on plain3-dev and own; 0.25 lost a
   * narrative's gold section again.
   */
  situationWeight: share(0.5),
  /**
   * In the lexical and concept channels a passage's BM25 sum is multiplied by the question words it matches;
   * each word counts its rarity in the corpus (its IDF as a share of the rarest word's) to this power
   * (src/index/lexical.ts, wordRarity), so a narrative's everyday words ("bor", "hjælp", "patienter") matched
   * together don't outweigh its one rare topic word. 0–2: 0 counts every word alike; at 1 a word in half the
   * passages counts about a sixth. 0 → 0.5, measured on 20 dev sets' tune parts (points summed): hit@5 +4, MRR
   * ±0, key facts in the top five +18, key fact in the answer +2; 1 alike on hit@5 and key facts, less on MRR.
   */
  wordRarity: z.number().min(0).max(2).default(0.5),
  /** Corpus words per concept added to a question (most widespread first). 0–30. */
  wordsPerConcept: count(6, 0, 30),
  /**
   * Length from which a question's word that neither the corpus nor the concept lexicon knows, one edit (a
   * letter added, dropped, changed, or two swapped) from words of one concept only ("medarbjedere",
   * "ventetidne"), counts as that concept (src/retrieve/concepts.ts, typoEntries): else a citizen's typo is an
   * unknown word, bridges to nothing, and pushes the question toward refusal. A neighbour naming no concept or
   * another one leaves it unknown; the concept's word (or `word*` beginning) must be this long too. 0 turns it
   * off; 6–16: shorter words have too many one-edit neighbours of other meanings ("lige" of "læge"), and from
   * 12 few typos are left to read. Off → 8, measured on 24 dev sets' tune parts: key facts 814 → 818, hit@5
   * 875 → 876, refused and answered-unanswerable unchanged; own and citizen key facts, hit@5, refusals and
   * answers to unanswerable questions unchanged. 9 gained 1 key fact; 7 gained 5 but read a correctly spelt
   * plural as a typo of a 7-letter `word*` entry and cost a citizen answer its key fact.
   */
  conceptTypoFrom: z.number().int().refine((n) => n === 0 || (n >= 6 && n <= 16), { message: '0, or 6–16' }).default(8),
  /**
   * Which questions about regions whose documents are all in the other language than the asker's bridge
   * their concepts to those documents' words (and count their own words as gaps those documents don't
   * fill: a Danish "fastholde" asked of Helse Nord) rather than to the whole corpus's, where the asker's own
   * language's documents hide the gap. 'follow-ups': a follow-up made standalone, whose carried topic is in
   * the language of the earlier question (a Danish question about Region Nordjylland, then "og nordpå?");
   * 'all': every such question (measured over all sets: tune parts +16 key facts / −1, but frozen parts +1 / −5,
   * one of them own's, so it doesn't generalise; scoping questions in their documents' own language too cost
   * own, citizen and narratives answers); 'off': the whole corpus's words (follow-ups: tune −7 key facts).
   * Unscoped, a question naming a region still gets that region's words for a concept it words otherwise.
   */
  bridgeInAskedLanguage: z.enum(['off', 'follow-ups', 'all']).default('follow-ups'),
  /**
   * In a list of hits for a reader (the search endpoint), a passage of a section already listed
   * `passagesPerSection` times counts its fused score times this (src/retrieve/hybrid.ts, bySection): a long
   * section split into several passages would otherwise fill the first hits with one section's text and push
   * out the other sections that answer the question. Answers are not ranked so (they may quote several
   * passages of one section). 0–1: 0 lists every fetched section that many times before any more of it; 1
   * turns it off; at 0.5 a further passage stays ahead of a new section only when it scores twice as high.
   * Measured over 13 sets' tune parts (hit@5 misses): off 57, one passage per section 41, two 48; but one
   * per section cost the own set's key facts in the top five hits 91.5% → 77.1% (a gold section's second
   * passage holds facts the first lacks), two 90.0%.
   */
  repeatedSectionWeight: share(0.5),
  /** How many passages of a section keep their full score in such a list before `repeatedSectionWeight` applies. 1–5. */
  passagesPerSection: count(2, 1, 5),
  /**
   * The lexical channel looks for a question word the corpus lacks (and whose stems are too short to be
   * relaxed as a typo) as the beginning of the corpus's words from this many letters (src/index/lexical.ts,
   * SearchOptions): a compound's head typed alone, "vente" or "ventet" for the documents' "ventetider". 0 turns
   * it off; 4–8: shorter words begin too many unrelated words ("vent" → "ventil"), from 8 it reaches few words.
   */
  headPrefixFrom: z.number().int().refine((n) => n === 0 || (n >= 4 && n <= 8), { message: '0, or 4–8' }).default(5),
  /**
   * A question that names no region, place, country or regions collectively ("regionen", "min
   * region") is most likely about the asker's own country: a passage of a region of another
   * country counts its fused score times this. A weak prior, not a filter: a theme only the other country's
   * strategy speaks of still leads. 0.5–1: 1 turns it off; at `rrfK` 10 a first place's fused score is
   * about 8% above a second's, so 0.9 moves a passage down about a rank near the top (measured at `rrfK` 60,
   * where it moved it several).
   */
  foreignRegionWeight: z.number().min(0.5).max(1).default(0.9),
  /** Candidates each channel returns before fusion. 10–500. */
  candidates: count(60, 10, 500),
  /**
   * In a comparison, a compared region none of whose retrieved passages shares a concept with what is asked
   * gets up to this many of its passages that do (most of the asked concepts first): the fused candidates
   * are the whole corpus's nearest, and a region that words the theme its own way ("klimavenlig køkkendrift",
   * "FN's Verdensmål" for the climate) may have none among them, so its block was missing. 0 turns it off;
   * 0–10.
   */
  regionConceptPassages: count(2, 0, 10),
});

const Evidence = z.object({
  /** A question's first distinct topic words that are judged; bounds the typo search on a 1000-character question. 5–100. */
  maxTopicWords: count(40, 5, 100),
  /** Word length from which one edit is forgiven as a typo ("rekrutering"), and from which two. 3–12. */
  oneTypoFrom: count(5, 3, 12),
  twoTyposFrom: count(9, 5, 16),
  /**
   * Length from which a word the corpus lacks, with no corpus word within typo distance, one edit from a
   * stopword or a question's frame word ("reigonen", "blivre", "overhovdet") is that word typed fast: no topic.
   * 5–12; at 5, "nogel" and other short words one edit from many function words would go too. On the dev
   * questions with two typos each (1,311), together with the stems' typos below: 15 fewer answerable questions
   * refused, key fact +7, two more out-of-scope ones answered.
   */
  functionTypoFrom: count(6, 5, 12),
  /**
   * A question's word typed without æ/ø/å that no passage, stopword or concept knows ("lagerne", "vardier",
   * "parorende") is read as the word a passage or the concept lexicon writes with up to this many of its
   * letters a, o, e read as å/æ, ø, æ (src/text/typed-letters.ts). 0 turns it off; 1–3: a word rarely holds
   * more than two (pårørende), and each more letter multiplies the readings that may be another word. On the
   * dev questions with æ/ø/å typed as a/o (1,163 of them) 0 → 2 gave key fact +28, section hit@5 +15 and 14
   * fewer refusals, one out-of-scope question more answered; 1 and 3 measured the same as 2.
   */
  restoredLetters: count(2, 0, 3),
  /** Shortest typed word so read: "pa", "fa", "sa" are each several words. 2–8; 3 reads "mal" as "maal", 5 lost 15 of the 28. */
  restoredFrom: count(3, 2, 8),
  /**
   * Word length from which two neighbouring letters swapped ("kvailtet", "madsplid") count as one typo, not two.
   * Shorter words swap into other words ("beder" ~ "bedre"), which made an order in a chat look in scope at 5.
   * 4–16: 16 turns it off for all but the longest words. (The lexical channel relaxes words from 6 letters.)
   */
  swapFrom: count(6, 4, 16),
  /**
   * Derivations the stemmer keeps apart ("fastholde" ~ "fastholdelse") count as one word when they share a
   * prefix this long (4–10) spanning this share of the shorter word (0.5–1).
   */
  sharedPrefix: count(6, 4, 10),
  /**
   * Weight of a question word the corpus doesn't know, relative to the rarest word the corpus has. 1 makes
   * every unknown word as decisive as the rarest topic word; lower forgives everyday words the documents
   * don't use ("herude", "snakke") while a question of only unknown words still covers nothing. 0.1–1.
   */
  unknownWeight: z.number().min(0.1).max(1).default(0.6),
  sharedPrefixShare: z.number().min(0.5).max(1).default(0.8),
  /**
   * Stem length from which a question word the corpus lacks, but which begins one of its compounds ("fremtiden"
   * ~ "fremtidssikret", "drikke" ~ "drikkevand"), counts as a word of the documents' vocabulary rather than of
   * another domain (the relevance model's `unknown`); it still covers no passage. Shorter stems begin unrelated
   * compounds ("hoved" ~ "hovedstaden", "kost" ~ "kostråd"), which made a medical question look in scope at 5.
   * 3–13: 13 turns it off.
   */
  compoundHeadFrom: count(6, 3, 13),
  /**
   * Stem length from which a verb form counts as the noun made from its stem (src/lang/<language>/derivation.ts:
   * "udredt" ~ "udredning", "uddannet" ~ "uddannelse"), which the stemmer keeps apart and the shared prefix
   * misses when the stem is short. Shorter stems meet unrelated nouns ("lev" + "ning"). 3–12: 12 turns it off.
   */
  derivedStemFrom: count(5, 3, 12),
  /** …and the longer word may be at most this many times the shorter's length (a compound is longer). 1–3. */
  sharedPrefixMaxStretch: z.number().min(1).max(3).default(1.5),
  /**
   * Letters a word part needs, and the rest glued to it, for a statement's word and a question word to share
   * it when the answer's statements are chosen (src/answer/evidence.ts, sharesPart: "vente" ~ "ventetider",
   * "tjenesten" ~ "ambulancetjenesten"; `compose.partCredit`). 3–10: 3 also takes particles and prefixes
   * ("for", "ind") for parts; longer only long compounds.
   */
  partFrom: count(4, 3, 10),
});

const weight = z.number().min(-50).max(50);

/** The relevance model's coefficients (see src/answer/relevance.ts); fitted by `npm run fit-relevance`. */
const RelevanceModel = z.object({
  intercept: weight,
  weights: z.object({
    coverage: weight,
    needCoverage: weight,
    concepts: weight,
    unknown: weight,
    dense: weight,
    agreement: weight,
    named: weight,
  }),
});

const Relevance = z.object({
  /** Retrieved passages the decision weighs (best fused first). 1–50. */
  consideredPassages: count(8, 1, 50),
  /** A passage counts as found by both channels when it ranks below this in a lexical and the dense ranking. 1–60. */
  agreementRank: count(5, 1, 60),
  /**
   * Weight of a word from the sentences that tell the asker's situation, relative to a word of the asking
   * sentences: the situation helps find passages but need not all be covered. 0–1.
   */
  situationWeight: share(0.5),
  /**
   * Whether an illness the asker tells of in the situation ("Jeg har haft gigt i tyve år …") is left out
   * when `absentFromRegion` judges whether a region's strategy speaks of the question, as long as the asking
   * sentences have topic words of their own: the condition says who asks, and a strategy that never names
   * the illness may still answer what is asked ("Får brugerne indflydelse?").
   * An illness asked about, or told beside an ask of nothing of its own ("Jeg har kræft. Hvad gør de?"),
   * still counts. true | false.
   */
  illnessToldAside: z.boolean().default(true),
  /**
   * When ranking passages, a question word a passage covers only through a shared concept counts this much
   * of one it contains: the asker's own word is the better evidence, the concept a stand-in. 0–1.
   */
  conceptCredit: share(0.5),
  /**
   * Added to the rank of a passage that gives a reason ("fordi", "derfor", `reasonGivers`) when the question
   * asks why: among passages on the theme asked about, the one saying why answers. Ranks only; the decision
   * doesn't see it. 0 turns it off; at 1 a reason outranks a passage covering all of the question. 0–1.
   */
  reasonWeight: share(0.5),
  /**
   * When ranking passages for the answer, each passage's fused retrieval score as a share of the best one's,
   * times this, is added to the share of the question it covers. A narrative's words are covered thinly and
   * evenly (a fifth to a third of them by many passages), so near-ties are decided by what the retrieval
   * channels (lexical, concept and dense) agreed on, while a clear lead in coverage still wins. 0 ranks by
   * coverage alone (the fused score only breaks exact ties); 1 lets a passage retrieval ranked first beat one
   * covering a whole question's worth more. 0–1. The top passages' fused scores differed by about a tenth (rrfK
   * 60), so at 0.3 retrieval's order decided few near-ties; 0.6 let it decide those within about a twentieth of
   * coverage. At rrfK 10 the third passage's is about a quarter below the first's, so retrieval's order decides
   * more; measured there, 0.2 and 0.3 cost key facts (−8 and −5 points summed over 9 dev sets' tune parts,
   * citizen −1.3 each), so 0.6 stays.
   */
  retrievalWeight: share(0.6),
  model: RelevanceModel.default({ intercept: RELEVANCE_MODEL.intercept, weights: RELEVANCE_MODEL.weights }),
  /** Probability from which the passages answer the question directly (fitted with the model). */
  direct: share(RELEVANCE_MODEL.direct),
  /**
   * Probability from which they are given as related (with a sentence saying the documents don't answer
   * exactly this); below it the answer is a refusal. At most `direct` (fitted with the model).
   */
  related: share(RELEVANCE_MODEL.related),
  /**
   * Domain concepts (src/lang/concepts.ts) a question that names no region must mention for a *related*
   * answer. Below `direct` the passages only come near the question, and a question with no health-strategy
   * concept that doesn't ask about a region either ("hvad er meningen med det hele", "hvordan bliver jeg
   * lykkelig") comes near them only through words any text uses (liv, hele, bedre): it is refused instead.
   * A direct answer, or one to a question naming a region, needs no concept. 0–3: 0 turns the check off;
   * higher refuses more questions told in everyday words.
   */
  relatedMinConcepts: count(1, 0, 3),
  /**
   * Probability from which the passages are given as related to a question about a corpus region's health
   * service: one naming the region or a town, hospital or area in it, and speaking of health (a domain
   * concept, or a health word such as hospital, doctor, patient: src/lang/<language>/concepts.ts). The model
   * was fitted on questions placed nowhere too; asked in everyday words, or typed fast with letters missing,
   * such a question scores 0.1–0.19, below `related`, yet its region's nearest passages are what the strategy
   * says on its theme. An off-domain question about a place has no health word and keeps `related`; one asking
   * a practical detail no strategy holds (an opening hour, a name, a price: src/answer/asks.ts, read also as
   * typed without æ/ø/å) is refused for what it asks, whatever its score. 0–1, effective at most `related`:
   * 0 gives every such question its region's nearest passages; at `related` or above it makes no difference.
   * Measured 0.06–0.08: one in-scope tune question more is answered, but so is an out-of-scope question of
   * the own set's gate (abstention recall below its threshold), so 0.1 stays. Fitted at least cost
   * (`npm run fit-relevance -- --fit-bars`) it comes out 0.045, with the same effect on the own set.
   */
  relatedInRegion: share(0.1),
  /**
   * Probability from which the passages are given as related to a question about a corpus region's service
   * (the region named, or a town, hospital or area in it beside a health word) that speaks of a theme of the
   * strategies besides the concept of a health word it asks with ("får de ansatte …"; told as the asker's
   * situation, "jeg er sygeplejerske …", that one counts too) and tells no symptoms. Asked in everyday words the corpus doesn't know, such a question scores 0.02–0.1,
   * yet its region's passages on the theme are what the strategy says: a refusal is the worst answer to it, a
   * hedged one quoting them costs an out-of-scope asker little. A service outside the remit, a detail not
   * held or a theme the region's strategy lacks is refused before; a question telling symptoms (it may ask for
   * medical advice) keeps `relatedInRegion`. 0–1, effective at most `relatedInRegion`: 0 gives every such
   * question its region's nearest passages. 0.02, measured on the tune parts of 23 dev sets: 8 answerable
   * questions refused before are answered as related, no unanswerable one is answered; none of 24 questions
   * written to be refused (the staff's coffee, a dog on a visit to a nursing home, the region's bank) is.
   */
  relatedOnTheme: share(0.02),
  /**
   * Details (src/answer/asks.ts) the strategies speak of in general terms: a question asking for one that no
   * passage holds ("hvor længe skal man vente på en scanning?") is answered from what they say, as a related
   * answer (they give no figure), instead of being refused like a phone number or a budget no strategy holds.
   * So is when things get better ("hvornår bliver ventetiderne kortere?", `progress`): strategies give goals
   * and plans, seldom a date; and when care can be had, asked of anyone ("hvornår kan man få genoptræning?",
   * `access`): strategies speak of access as goals. Empty refuses every detail not held; adding `count` or `date` answers "hvor
   * mange …" / "hvornår …" so too (`date` also lets through when a named building opens, which they don't say).
   */
  softDetails: z.array(z.enum(DETAILS)).default(['duration', 'progress', 'access']),
  /**
   * A question's word the corpus and the concepts don't know, one typo from a detail list's word of at least this
   * many letters ("telefonnmmeret", "budsjetttet", "tjeneer"), asks for that detail as the word would
   * (src/answer/asks.ts). 5–16 (16 turns it off in practice); shorter words are one edit from other words
   * ("kosten", "koster"). On the dev questions with two typos each (1,311), out-of-scope questions answered went
   * 20 → 15 of 225 at 7 and → 13 at 6 (5 measured as 6); nothing else moved, there or on the dev sets as written
   * or typed without æ/ø/å. Without the known-word condition "løsninger" read as "lønninger" and 5 answerable
   * questions were refused.
   */
  detailTypoFrom: count(6, 5, 16),
  /** How far below the best-covered passage (of its region, in a comparison) another may fall and still be quoted. */
  coverageSlack: share(0.3),
  /** A region's best passage in a comparison must cover at least this much of the question to be quoted. */
  minRegionCoverage: share(0.25),
  /**
   * …unless one of the region's passages shares a concept with what is asked: then its best passage needs only
   * this much. A region whose strategy speaks of the theme in its own terms ("tvang" for psychiatry, "rette
   * faglighed" for specialisation) covers few of the asker's words, yet a comparison that leaves it out tells
   * the asker it has nothing to say. A region sharing no concept still needs `minRegionCoverage`, so a stray
   * common word ("forskel") brings in no block. 0–1: 0 keeps every region that shares a concept; at
   * `minRegionCoverage` or above the concept makes no difference.
   */
  minRegionConceptCoverage: share(0),
  /**
   * A question about one region (or a few, not compared) is refused when that region's passages hold no
   * word or concept for at least this weighted share of its domain words (src/answer/relevance.ts,
   * absentShare): "kulturlivet" asked of a region whose strategy never speaks of culture is answered in
   * another region's strategy, if anywhere, and the region's nearest passages speak of something else.
   * 0.05–1.01: 1 refuses only when none of the question's themes is in the region's documents; lower also
   * when a minor one is found (a question's concepts are read loosely, "bygger" is a building, so lower
   * refuses answerable questions); 1.01 turns the check off.
   */
  absentFromRegion: z.number().min(0.05).max(1.01).default(1),
  /**
   * A question is refused when at least this weighted share of what it asks names a service outside a health
   * region's remit that the documents don't speak of (src/lang/<language>/remit.ts: "ventetiden hos
   * tannlægen", "personalet i børnehaverne"; src/answer/relevance.ts, askedShare): the strategies'
   * passages on waiting times or staff come near such a question without answering it. 0.1–1.01: lower also
   * refuses a question that names such a service beside what it asks of the region ("samarbejder regionen
   * med skolerne om unges trivsel?"), which the documents may answer; 1.01 turns the check off.
   */
  outsideRemit: z.number().min(0.1).max(1.01).default(0.25),
  /**
   * The same for care named more narrowly than the strategies speak, which they never name (src/lang/<language>/
   * remit.ts, namedCare: "et behandlingsforløb for bulimi", "vacciner til de ansatte"): their
   * passages on psychiatry or staff come near without answering. 0.1–1.01: lower also refuses a question that
   * names a condition beside a theme it asks about ("får patienter med demens sikker behandling?"), which the
   * strategies' passages on that theme answer; 1.01 turns the check off. Asked as an offer of its own ("et eget
   * tilbud for …", `dedicated` in the same files), any share refuses. Measured when set, over the dev sets'
   * frozen parts and the untouched mirror2–8 (counts only): 0.2 refused three more answerable questions than 0.3
   * and one more unanswerable one; 0.25 was no better than 0.3.
   */
  narrowCare: z.number().min(0.1).max(1.01).default(0.3),
  /**
   * A question about one region (not compared) is refused when at least this weighted share of what it asks
   * names an illness and its care (CARE_CONCEPTS: psychiatry, cancer, addiction …) that the region's documents
   * never speak of, though others' do: "kreftbehandlingen" asked of a strategy with no word of
   * psychiatry is answered by none of its passages. 0.1–1.01: lower also refuses a question that names such care
   * beside a theme the region does speak of ("ventetider for kræftpatienter"); 1.01 turns the check off.
   */
  absentCare: z.number().min(0.1).max(1.01).default(0.4),
  /**
   * A detail the strategies speak of in general terms (`softDetails`: how long, when) is asked of one named care
   * when at least this share of the asking sentences' own words names it (as `narrowCare`): then it asks a
   * figure for that care ("hvor lenge må jeg vente på MR"), and is answered only from a passage holding one.
   * 0.05–1.01: any named care weighs more than 0.05 of a question; 1.01 turns the check off.
   */
  narrowCareDetail: z.number().min(0.05).max(1.01).default(0.05),
  /** Passages quoted for a question that names a region and nothing else ("Hvad vil Helse Nord?"). 1–10. */
  regionOnlyPassages: count(3, 1, 10),
});

const Compose = z.object({
  /**
   * Passages the extractive answer quotes from (of those the relevance decision keeps, best first). 1–10.
   * The statement that carries the answer is often in a passage ranked fifth or sixth (a section's goals
   * beside its list of steps); `maxUnits` still bounds the answer, so more passages only widen the choice.
   * 4 → 6, measured alone on seven dev sets: tune parts +2 questions with a key fact, frozen parts +1, own
   * and citizen +1 each, cited-from-gold −0.5 points on own.
   */
  maxPassages: count(6, 1, 10),
  /**
   * Quotes (sentences or bullets) in one answer, the lead among them. 1–20. Six held the answering statement
   * back when the best passage's list and the further passages' covering statements filled the answer before
   * it (about half the answers quote six); past `paddingWithin` only statements that cover the question are
   * added, so a longer answer carries more of the answer, not more padding. 6 → 8 (with `paddingWithin` 6),
   * measured on 24 dev sets: tune parts +12 questions with a key fact, none fewer; frozen parts +3; citizen +1,
   * own unchanged (cited-from-gold 80.0 → 79.9%); answers 7% longer on average. 7 gained 11, 10 as many as 8.
   */
  maxUnits: count(8, 1, 20),
  /**
   * Quotes among which a statement that covers none of the question (in its words or through a concept) may
   * stand: the best passage's other bullets, kept as the context of its list (`paddingLast`), or the passage
   * retrieval ranked first (`quoteFirstFound`). Beyond it, up to `maxUnits`, only covering statements are
   * quoted. 1–20: at `maxUnits` or above, any statement fills the answer up to `maxUnits`.
   */
  paddingWithin: count(6, 1, 20),
  /** Quotes from the best passage of a single-region answer (it is quoted whole up to this). 1–10. */
  maxUnitsFromBest: count(4, 1, 10),
  /**
   * Of the passages quoted from, best first, how many bring the other chunks of their section (a section is
   * cut into chunks of at most 500 characters) as further passages, whose statements are quoted when they
   * cover the question as a further passage's must. The chunk that shares the asker's words is often a
   * section's goals or opening while its list of steps, which answers, is the chunk beside it and ranked
   * lower. 0 turns it off. 0–10. 0 → 1, measured on eleven dev sets' tune parts: +4 questions with a key
   * fact, none fewer; 2: +5, 2 fewer; every passage's: +6, 2 fewer and cited-from-gold −0.5 to −1.8 points
   * (a further section's statement takes the last quote). 1 → 2 beside `maxUnits` 8 and `siblingShareOfLead`
   * 1, measured on 25 dev sets' tune parts: +3 questions with a key fact, none fewer, frozen parts unchanged,
   * own cited-from-gold 79.7 → 79.4%; without `siblingShareOfLead`: +4, but own cited-from-gold 79.0%.
   */
  sectionSiblings: count(2, 0, 10),
  /**
   * A statement of the other chunks of a further passage's section (the second of `sectionSiblings` on, not
   * the best passage's, whose section is the answer's own) is quoted only when it covers at least this share of
   * what the lead covers: another section's neighbouring chunk is further from the question, and its
   * statements that merely share a word took quotes from the answer's section. 0–1: 0 holds them to the bar
   * of any further passage (`unitShareOfBest`); 1 to the lead's own coverage.
   */
  siblingShareOfLead: share(1),
  /**
   * Quotes from each further passage (each must cover `unitShareOfBest` of what its best covers, so a third is
   * no padding). 1–10. 2 → 3, measured on twelve dev sets at c9b9d82: tune parts +1 question with a key fact,
   * none fewer, frozen parts unchanged, own and citizen unchanged.
   */
  maxUnitsPerPassage: count(3, 1, 10),
  /** Quotes per region in a comparison before any region gets another. 1–10. */
  maxUnitsPerRegion: count(2, 1, 10),
  /** A quote from a further passage must cover at least this share of what its passage's best quote covers. */
  unitShareOfBest: share(0.5),
  /**
   * A statement that repeats the words of its section's heading, in a section whose heading covers some of
   * the question (in its words or through a concept), is the section's headline (src/answer/extractive.ts,
   * `headlines`): it counts this share of what the heading covers on top of what it covers itself. A section
   * headed "Rekruttering og stabilisering" answers a question about too few nurses with its goals
   * ("rekruttere nok helsepersonell", "stabilisere fagmiljøene"), which share none of the asker's words, before
   * its steps that happen to share one. 0 turns it off; 1 lets a headline outrank a statement covering a
   * whole heading's worth more of the question. The gain only picks among a passage's own statements (and
   * breaks ties): further passages are measured and ordered by what they cover alone, so other sections and
   * regions keep their place. 0–1. 0 → 0.5 beside `maxPassages` 6, measured on seven dev sets: tune parts +6
   * questions with a key fact, frozen parts +2, own and citizen unchanged, region coverage unchanged; 0.25
   * and 1 gained as much on the tune parts.
   */
  headlineShare: share(0.5),
  /**
   * Share of a question word's weight a statement gets when it holds the word only as part of a compound, or a
   * part of it ("vente" in "korte ventetider", "hjertepatienter" ~ "patienter": `evidence.partFrom`),
   * when choosing the statements to quote. The index splits compounds only into convincing words, for ranking;
   * among the passages found, a statement speaking of "ventetider" answers a question about waiting. 0 turns it
   * off; 1 counts it as the word itself. 0–1. 0 → 0.5, measured on twelve dev sets' tune parts: +4 questions with
   * a key fact, none fewer, hit@5 unchanged; 1 gained as many with cited-from-gold a little lower. (A word of the
   * text that is another of the question's words counts only as that word: at first it counted twice.)
   */
  partCredit: share(0.5),
  /**
   * Share of a question word's weight a statement of another section than the best passage's gets when its
   * section's own heading names the whole question and the statement doesn't name the word itself: under "De 5
   * fokusområder" each bullet is one of the focus areas without saying so, and a question about the focus areas
   * quoted only the overview sentence that counts them. 0 turns it off; 1 counts the heading's words as the
   * statement's own. 0–1. 0 → 0.5, measured on 26 dev sets' tune parts: unchanged, own +1 question with a key
   * fact; headings naming half the question or more instead: tune +1, own −1; any heading at all: tune −4.
   */
  headingCredit: share(0.5),
  /** A slide's own question ("Hvordan sikrer vi …?") asks rather than answers: its coverage counts this much. */
  questionPenalty: share(0.4),
  /**
   * Weight of a word of the asker's situation, relative to a word of the asking sentences, when choosing the
   * statements to quote (the relevance decision weighs it by its own `situationWeight`). A narrative's asking
   * sentence is often vague ("Hvad kan I gøre ved det?", "Er det meningen?") while the situation names
   * what it is about, so the statement that shares the situation's words is often the answer. 0 chooses by
   * the asking sentences alone; 1 weighs both alike. 0–1. 0.5 (the
   * relevance decision's) → 0.8, measured on twelve dev sets: tune parts +3 questions with a key fact, none
   * fewer, frozen parts unchanged; 1 gained the same, 0.25 lost 5.
   */
  situationWeight: share(0.8),
  /**
   * When ordering further passages' quotes, one from a section already quoted counts this share of what it
   * covers: other sections come first so citations spread, but not past a statement that carries clearly more
   * of the question ("private spesialister" beside a bullet that only shares "bruke"). 0 puts every other
   * section first whatever it covers; 1 orders by coverage alone. 0–1. 0.8 was measured beside `sectionSiblings`
   * (b491951): +1 question with a key fact on eleven dev sets' tune parts then, but after maxUnitsPerPassage 3
   * and the situation's weights (507245b, 14d32c7) it was −1 (citizen) and no gain elsewhere, so 0.6 again.
   */
  sameSectionShare: share(0.6),
  /**
   * Whether a statement of the best passage that covers none of the question (in its words or through a
   * concept) is padding: quoted only after every statement that covers some of it. Where the best passage
   * (with its section's next chunk) holds more than `maxUnitsFromBest` statements, those that cover the
   * question are kept before those merely nearest the lead; and the answer's `maxUnits` go to further
   * passages' covering statements before the best passage's other bullets. A narrative's best passage often
   * shares one word with it, and its other bullets then took the room of the statement that answers. false
   * quotes the best passage around its lead in order, as a list that is usually the rest of the answer, and
   * fills up with further passages after it. true | false.
   */
  paddingLast: z.boolean().default(true),
  /**
   * Whether the passage retrieval ranked first (the highest fused score) is always quoted, by its best
   * statement, when it is not the lead's: the answer ranks passages by how much of the question they cover,
   * so a question asked in other words than the documents' (a narrative, a synonym, the other language) loses
   * the passage the dense channel and the concept bridge agreed on to one sharing a loosely matched word, and
   * coverage alone (`relevance.coverageSlack`, `unitShareOfBest`) may leave it out of the answer altogether.
   * One of `maxUnits` goes to it. false → true, measured on twelve dev sets at 422441f: tune parts +4 questions
   * with a key fact, none fewer; re-measured at 578fd1d (after other session-27 changes had gained two of them):
   * +2, none fewer; own key fact 92.9 → 93.6%; cited-from-gold −0.1 to −4.7 points (citizen 69.3 → 67.0%,
   * converse-dev 61.4 → 56.9%: one more citation, often from another section). false if citations from the gold
   * section matter more than the answering statement being there. true | false.
   */
  quoteFirstFound: z.boolean().default(true),
  /**
   * With `quoteFirstFound`, how many of the passages retrieval ranked highest (by fused score) are kept among
   * those quoted from when coverage (`relevance.coverageSlack`) left them out. The first is quoted by its best
   * statement; the others' statements compete for quotes as any further passage's do, and they are kept only
   * when no passage covers the whole question (where one does, the answer is there) and when they share a
   * concept with it. Asked in other words than the documents', coverage often keeps one generic passage (a
   * vision, an introduction) that shares a loose word with the question, while the section that answers,
   * ranked second by retrieval through the dense channel or the concept bridge, is left out. 1 keeps the first
   * only. 1–5. 1 → 2, measured on sixteen dev sets' tune parts: +2 questions with a key fact, none fewer;
   * cited-from-gold −0 to −1.3 points (own 80.6 → 79.6% over all parts: one more citation, often from another
   * section, beside answers already right). Without the two conditions: +4, none fewer, but own cited-from-gold
   * 77.3%; with the concept condition alone 78.3% (own's gate is 79%).
   */
  foundKept: count(2, 1, 5),
});

const Generative = z.object({
  /** Passages a language model gets: enough for a comparison across regions, few enough to stay focused. 1–20. */
  maxPassages: count(5, 1, 20),
});

const LanguageDecision = z.object({
  /**
   * Cue weight (grammar word = `grammarCue`, other word or word part = 1, weak part = `weakCue`) one
   * language must lead by for a question to count as written in it, whatever the page's hint says. 1 = one
   * distinctive word is enough. 1–2: higher lets the hint override single clear words like "vigtig"/"viktig".
   */
  clearCues: z.number().min(1).max(2).default(1),
  /**
   * Weight of a grammar cue (function word, verb form): someone asking about the other country's documents
   * borrows its terms but keeps their own grammar, so "Hva mener … med det nære sundhedsvæsen?" is
   * Norwegian. 1–3.
   */
  grammarCue: z.number().min(1).max(3).default(2),
  /** Weight of a weak cue, a word part some words of the other language share (-ene, -erne). 0–1. */
  weakCue: share(0.5),
  /**
   * Weight of a weak cue leaning away from the country of a region the question names, when nothing else
   * tells (no clear cue, conversation or hint): "jobber Region Midtjylland med …" or "ventetidene i
   * Region Midtjylland" is read as Norwegian, where a Dane writes "arbejder", "ventetiderne". Beside a town
   * the town's country stands (most people ask about where they live). 0–1: 0 lets a region's country outvote
   * any weak lean, as a town's does; the default counts a weak cue as `weakCue` does.
   */
  weakCueAgainstRegion: share(0.5),
  /**
   * Weight of a word cue (not grammar) for the language of the one country the question asks about: a Dane
   * asking about Helse Nord borrows its terms ("sykehus", "helsepersonell") but keeps their own verbs and
   * function words, so those terms say less about the asker than a word against that country does. 0–1:
   * 1 counts borrowed terms in full; 0 ignores them. A quarter: a Dane may quote three of Helse Nord's terms
   * beside one word of their own ("… får spesialisthelsetjenester tæt på"), which at a half outvoted them.
   */
  borrowedCue: share(0.25),
  /** Below this many words (names left out) franc's trigrams are not evidence. 3–8. */
  francMinWords: count(4, 3, 8),
  /**
   * Words (names left out) franc needs to decide when the page gives a hint and no cue of the asker's own
   * (borrowed terms left out) leans its way: on
   * fewer, a question of words both languages write ("Hvor kan jeg parkere ved …?") is answered in the
   * language of the asker's earlier questions, else the page's. Without a hint `francMinWords` alone applies.
   * 3–20 (below `francMinWords` it changes nothing); higher trusts the page more. On made-up questions of six
   * to eleven shared words ("hvordan kommer jeg i kontakt med en psykolog") franc went against the page as
   * often as with it: its lean on them is noise, so such a sentence keeps the page's (or the conversation's)
   * language up to 11 words.
   */
  francMinWordsAgainstHint: count(12, 3, 20),
  /**
   * franc's Danish-minus-Norwegian score gap (scores in [0, 1]) below which it is guessing. 0.03–0.3. On
   * sentences of words both languages write ("hvor lang er ventelisten for en ny hofte") its gap reaches 0.07
   * either way; such a guess gave made-up Danish questions Norwegian answers at 0.05.
   */
  francClearMargin: z.number().min(0.03).max(0.3).default(0.08),
  /**
   * Cue weight a question must lean by, against the language of the asker's earlier questions, to be
   * answered in the other language. 1–6: 1 lets any clear cue switch; the default 3 needs more than one
   * grammar word (2), so a lone "takk" after Danish questions, Danish chat's "hva med …" or a shared sentence
   * franc reads the other way keeps the conversation's language, while "hva med barna" (3) switches. A
   * follow-up's own grammar word that is neither thanks nor a chat form of the conversation's language
   * (`grammarCue`, "… vi tenker på å flytte") switches below it (src/text/language.ts `switches`).
   */
  switchCues: z.number().min(1).max(6).default(3),
  /**
   * Share of its weight a grammar word of one language counts when it is the other language's colloquial
   * form (Danish chat's "hva", "bli", "ta": `chatForms` in src/lang/<language>/language-cues.ts) and a cue
   * of that other language the asker wrote themselves stands beside it (a grammar word, a phrase, or, when the
   * question asks about the first language's country, any word of it, which its documents can't have lent):
   * "hva siger de om …" is Danish.
   * Alone, or beside only borrowed terms, such a word keeps its full weight ("hva mener de med sundhedsvæsen i
   * Aalborg" is Norwegian). 0–1: 1 turns this off; 0 lets the asker's own cue decide.
   */
  chatFormCue: share(0),
});

const Conversation = z.object({
  /**
   * A follow-up wants what was not said yet: a retrieved passage whose content words are at least this share
   * in the previous answer counts as already said and goes behind the others (kept, so a follow-up asking the
   * same again still finds it). 0.3–1: lower also moves passages the answer only touched on; 1 moves only
   * passages the answer repeated in full.
   */
  alreadySaid: z.number().min(0.3).max(1).default(0.8),
  /**
   * A follow-up that takes the earlier topic on to another region carries at most this many of the earlier
   * answer's words that name the earlier question's concepts (src/lang/<language>/concepts.ts): the answer quotes
   * the documents, whose terms for the topic the other region's document shares more than the asker's everyday
   * or other-language words. 0–8: 0 carries none; more pulls in more of the answer's side themes. 0 → 4,
   * measured on the dev sets' tune parts: key fact in the answer +2 (crossborder2, crosslingual, language2 +1
   * each; followup2 −1, where a group the answer listed beside the asked ones was carried), hit@5 +1, nothing
   * more refused or answered out of scope; own, citizen and the untouched sets unchanged. 2 and 8 measured the
   * same; carrying only words that name the concept on their own (not "dag" of "samme dag") lost two
   * ("hurtig udredning" → "udredning").
   */
  answerWords: count(4, 0, 8),
});

export const AnswerPolicySchema = z.object({
  retrieval: Retrieval.prefault({}),
  evidence: Evidence.prefault({}),
  relevance: Relevance.refine((r) => r.related <= r.direct, { message: 'must be at most `direct`', path: ['related'] }).prefault({}),
  compose: Compose.prefault({}),
  generative: Generative.prefault({}),
  /** Follow-ups: how the conversation before a question steers its answer. */
  conversation: Conversation.prefault({}),
  /** The language decision (src/text/language.ts), shared by answers and error messages. */
  language: LanguageDecision.prefault({}),
});

export type AnswerPolicy = z.output<typeof AnswerPolicySchema>;
/** Any subset of the knobs; the rest keep their defaults. */
export type PolicyOverrides = z.input<typeof AnswerPolicySchema>;

/** The default policy with `overrides` applied; throws naming each knob outside its range. */
export function answerPolicy(overrides: PolicyOverrides = {}): AnswerPolicy {
  const parsed = AnswerPolicySchema.safeParse(overrides);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid answer policy:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const DEFAULT_POLICY: AnswerPolicy = answerPolicy();
