/**
 * Danish and Norwegian glue nouns together ("sundhedsvæsenet", "ambulancetjenesten", "arbejdsliv"), so a
 * question saying "ambulancer" or "tjenester" would miss a passage that only has the compound. Splitting
 * a compound into parts the corpus knows lets either part match.
 *
 * The rules below were tuned by reading every split of the corpus vocabulary: what goes wrong is a root
 * plus an ending ("kommun|ikation"), a made-up head ("hospi|tal") or a suffix that happens to be a word
 * ("politi|ske", "balance|ret", "patient|ens").
 */

/** What the splitter needs to know about (folded) words. */
export interface Vocabulary {
  /** Whether the corpus has the word, inflected or not. */
  isKnown(word: string): boolean;
  /** Whether it is a function word ("medan" must not pass for the head of "medansvar"). */
  isStopword(word: string): boolean;
  /** Its stems (at least one); the first is used for length checks. */
  stems(word: string): readonly string[];
}

/** Shorter words are rarely compounds. */
const MIN_COMPOUND_LENGTH = 7;
/** Heads shorter than this are mostly prefixes (til-, for-, op-) rather than words. */
const MIN_HEAD = 4;
/** Shortest tail looked at ("liv", "tid"). */
const MIN_TAIL = 3;
/**
 * A tail needs a stem of this length, or this many letters, unless a linking "s" precedes it: shorter
 * tails are mostly suffixes that happen to be words (-ske, -ret, -ens, -heden), while "arbejds|liv" and
 * "samisk|talende" are real compounds.
 */
const MIN_TAIL_STEM = 4;
const MIN_TAIL_LETTERS = 6;
/**
 * Known words that are also derivational suffixes (ordent|lighed, tilgjenge|lighet, mulig|hederne,
 * leder|skab): as tails they would make "ordentlighed" match "lighed" and "lederskab" match "skabe".
 */
const SUFFIX_STEMS = new Set(['lig', 'lighed', 'lighet', 'hed', 'het', 'skab', 'skap']);
/**
 * An unknown head (e.g. "ambulance", "civil") must be this long, and so must its stem; and its tail must
 * be a substantial word (ambulance|tjenesten), not a short one that ends many words (nordjyl|land,
 * sygeplejer|sker, hospi|talerne).
 */
const MIN_UNKNOWN_HEAD = 5;
const MIN_UNKNOWN_HEAD_STEM = 4;
const MIN_TAIL_STEM_AFTER_UNKNOWN_HEAD = 5;
/**
 * An unknown tail is only believed after a linking "s" (sundhed-s-|væsenet); elsewhere it is mostly an
 * ending after a root (kommun|ikation, etabl|ering).
 */
const MIN_UNKNOWN_TAIL = 5;
const MIN_UNKNOWN_TAIL_STEM = 4;
/** "spesialisthelsetjenesten" → spesialist + helsetjenesten → helse + tjenesten. */
const MAX_DEPTH = 2;

interface Split {
  head: string;
  tail: string;
  known: number;
  longestKnown: number;
}

/**
 * The parts of a folded compound, outermost split first (e.g. "ambulancetjenesten" → ["ambulance",
 * "tjenesten"]), or [] when no split is convincing. Among candidate splits the one with more known parts,
 * then the longer known part, wins.
 */
export function splitCompound(word: string, vocabulary: Vocabulary, depth = 1): string[] {
  if (word.length < MIN_COMPOUND_LENGTH) return [];
  let best: Split | undefined;
  for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
    const tail = part(word.slice(cut), vocabulary);
    const head = word.slice(0, cut);
    const candidates = [judge(head, tail, false, vocabulary)];
    // A linking "s" (sundhed-s-væsen) is dropped from the head ("e" needs no handling: stems drop it);
    // not from "ss" (kvalitets|sikring must not become kvalitets|ikring).
    if (head.endsWith('s') && !head.endsWith('ss') && head.length > MIN_HEAD) {
      candidates.push(judge(head.slice(0, -1), tail, true, vocabulary));
    }
    for (const split of candidates) if (split && (!best || better(split, best))) best = split;
  }
  if (!best) return [];
  const parts = [best.head, best.tail];
  if (depth < MAX_DEPTH) {
    for (const part of [best.head, best.tail]) parts.push(...splitCompound(part, vocabulary, depth + 1));
  }
  return parts;
}

/** A tail, looked up once for both ways of cutting its head (with and without a linking "s"). */
interface Part {
  word: string;
  stems: readonly string[];
  known: boolean;
}

function part(word: string, vocabulary: Vocabulary): Part {
  return { word, stems: vocabulary.stems(word), known: vocabulary.isKnown(word) };
}

function judge(head: string, { word: tail, stems: tailStems, known: tailKnown }: Part, linked: boolean, vocabulary: Vocabulary): Split | undefined {
  if (tailStems.some((stem) => SUFFIX_STEMS.has(stem))) return undefined;
  const shortTail = tailStems[0].length < MIN_TAIL_STEM;
  if (shortTail && !linked && tail.length < MIN_TAIL_LETTERS) return undefined;
  const headKnown = vocabulary.isKnown(head);
  if (!headKnown) {
    const tooShort = head.length < MIN_UNKNOWN_HEAD || vocabulary.stems(head)[0].length < MIN_UNKNOWN_HEAD_STEM;
    const weakTail = tailStems[0].length < MIN_TAIL_STEM_AFTER_UNKNOWN_HEAD;
    if (!tailKnown || weakTail || tooShort || vocabulary.isStopword(head)) return undefined;
  }
  if (!tailKnown) {
    if (!linked || tail.length < MIN_UNKNOWN_TAIL || tailStems[0].length < MIN_UNKNOWN_TAIL_STEM) return undefined;
  }
  const longestKnown = Math.max(headKnown ? head.length : 0, tailKnown ? tail.length : 0);
  return { head, tail, known: Number(headKnown) + Number(tailKnown), longestKnown };
}

function better(a: Split, b: Split): boolean {
  if (a.known !== b.known) return a.known > b.known;
  return a.longestKnown > b.longestKnown;
}
