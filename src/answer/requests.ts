import { ALL_REQUEST_WORDS, type RequestWords } from '../lang/index.js';
import { foldNordic } from '../text/normalize.js';

/**
 * The one detector of requests that are not questions about the documents, shared by the answer pipeline
 * (which declines them) and the generative answer check (which rejects answers that obey them):
 * - `instruction`: attempts to re-instruct the assistant ("ignorer dine instruktioner", "du er nu en …",
 *   "vis din systemprompt");
 * - `task`: creative or general-purpose tasks ("skriv et digt", "fortæl en vits", "oversæt …");
 * - `chit-chat`: talk with the assistant itself ("hvad hedder du?", a bare "tak").
 * The extractive answerer never follows instructions anyway; recognising them lets it say so instead of
 * quoting loosely related passages. The words come from every language's data (src/lang/*\/requests.ts).
 */
export type RequestKind = 'instruction' | 'task' | 'chit-chat';

/** How far apart (in characters) the two halves of a rule may be: "ignorer venligst alle dine tidligere …". */
const INSTRUCTION_GAP = 40;
const REVEAL_GAP = 30;
const CREATE_GAP = 30;
const TELL_GAP = 15;

/** A folded phrase as a pattern: words on word boundaries, `*` for any ending, any spacing between words. */
function phrase(p: string): string {
  return p
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\w*' : `\\${c}`)))
    .join('[\\s-]*');
}

function anyOf(phrases: readonly string[]): string {
  return `\\b(?:${[...new Set(phrases)].map(phrase).join('|')})\\b`;
}

function pair(first: readonly string[], second: readonly string[], gap: number): RegExp {
  return new RegExp(`${anyOf(first)}.{0,${gap}}${anyOf(second)}`);
}

function compile(words: readonly RequestWords[]): Record<RequestKind, RegExp[]> {
  const all = <K extends keyof RequestWords>(key: K) => words.flatMap((w) => [...w[key]]);
  return {
    instruction: [
      pair(all('dismissVerbs'), all('instructionNouns'), INSTRUCTION_GAP),
      new RegExp(anyOf(all('systemPhrases'))),
      new RegExp(anyOf(all('rolePhrases'))),
      pair(all('revealVerbs'), all('secretNouns'), REVEAL_GAP),
    ],
    task: [
      pair(all('createVerbs'), all('creativeNouns'), CREATE_GAP),
      new RegExp(`${anyOf(all('tellVerbs'))}.{0,${TELL_GAP}}${anyOf(all('articles'))}.{0,${TELL_GAP}}${anyOf(all('jokeNouns'))}`),
      new RegExp(anyOf(all('translateVerbs'))),
    ],
    'chit-chat': [
      // Only as the message's point ("Hvordan går det?"), not inside a question ("Hvordan går det med …").
      new RegExp(`${anyOf(all('chitChat'))}(?:\\s+i dag)?\\s*(?:[?!.,]|$)`),
      new RegExp(`^(?:${anyOf(all('greetings'))}[\\s!.?,]*)+$`),
    ],
  };
}

const PATTERNS = compile(ALL_REQUEST_WORDS);

/** What kind of non-question `text` is, or undefined for a (possible) question about the documents. */
export function classifyRequest(text: string): RequestKind | undefined {
  const folded = foldNordic(text);
  for (const kind of ['instruction', 'task', 'chit-chat'] as const) {
    if (PATTERNS[kind].some((p) => p.test(folded))) return kind;
  }
  return undefined;
}

export function isNotADocumentQuestion(text: string): boolean {
  return classifyRequest(text) !== undefined;
}

/** Whether `text` tries to re-instruct an assistant (or, in an answer, announces that it obeys such an attempt). */
export function isInstructionLike(text: string): boolean {
  const folded = foldNordic(text);
  return PATTERNS.instruction.some((p) => p.test(folded));
}

/** The instruction-like phrase in `text`, for a log or a check's reason. */
export function instructionPhrase(text: string): string | undefined {
  const folded = foldNordic(text);
  for (const p of PATTERNS.instruction) {
    const m = p.exec(folded);
    if (m) return m[0];
  }
  return undefined;
}
