import type { Citation, Language, Support, Turn } from '../shared/api.js';
import type { FeedbackRating } from '../feedback/schema.js';

export interface QuestionEntry {
  role: 'user';
  content: string;
}

export interface AnswerEntry {
  role: 'assistant';
  content: string;
  /** The question this answers, for feedback. */
  question: string;
  citations: Citation[];
  abstained: boolean;
  /** Absent in answers stored before the server said (then `abstained` tells). */
  support?: Support;
  language: Language;
  /** Set once feedback was accepted, so it is not offered again after a reload. */
  rating?: FeedbackRating;
}

export type Entry = QuestionEntry | AnswerEntry;

export const asTurns = (entries: readonly Entry[]): Turn[] => entries.map(({ role, content }) => ({ role, content }));

/**
 * Keeps the conversation in sessionStorage: it survives a reload in the same tab and ends with the tab.
 * Storage may be missing or throw (blocked cookies, sandboxed frames, quota): the widget then simply
 * forgets on reload.
 */
export class ConversationStorage {
  readonly #key: string;

  constructor(key: string) {
    this.#key = key;
  }

  load(): Entry[] {
    try {
      const value: unknown = JSON.parse(sessionStorage.getItem(this.#key) ?? '[]');
      return Array.isArray(value) && value.every(isEntry) ? value : [];
    } catch {
      return [];
    }
  }

  save(entries: readonly Entry[]): void {
    try {
      sessionStorage.setItem(this.#key, JSON.stringify(entries));
    } catch {
      // Not persisting is the documented fallback.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.#key);
    } catch {
      // As above.
    }
  }
}

function isEntry(value: unknown): value is Entry {
  const e = value as { role?: unknown; content?: unknown; question?: unknown; citations?: unknown } | null;
  if (typeof e !== 'object' || e === null || typeof e.content !== 'string') return false;
  if (e.role === 'user') return true;
  return e.role === 'assistant' && typeof e.question === 'string' && Array.isArray(e.citations);
}
