import type { Turn } from '../shared/api.js';
import { MAX_HISTORY_TURNS, MAX_TURN_CHARS } from './limits.js';

/** Keeps a long conversation's request well under the server's body limit (MAX_BODY_BYTES, 32 KiB by default). */
export const MAX_HISTORY_CHARS = 12_000;

/**
 * The `history` of a follow-up: the newest turns that fit `maxTurns` and `maxChars`, each clipped to what
 * the server accepts. Newest first because a follow-up ("og hvad med Midtjylland?") refers to what was
 * just said; the result is in conversation order.
 */
export function historyFor(turns: readonly Turn[], maxTurns = MAX_HISTORY_TURNS, maxChars = MAX_HISTORY_CHARS): Turn[] {
  const kept: Turn[] = [];
  let chars = 0;
  for (let i = turns.length - 1; i >= 0 && kept.length < maxTurns; i--) {
    const content = turns[i].content.slice(0, MAX_TURN_CHARS);
    chars += content.length;
    if (chars > maxChars) break;
    kept.push({ role: turns[i].role, content });
  }
  return kept.reverse();
}
