import { describe, expect, it } from 'vitest';
import * as api from '../../src/shared/api.js';
import { historyFor, MAX_HISTORY_CHARS } from '../../src/widget/history.js';
import * as limits from '../../src/widget/limits.js';
import * as feedbackSchema from '../../src/feedback/schema.js';
import { FeedbackRequest, MAX_FEEDBACK_COMMENT_CHARS, MAX_FEEDBACK_QUOTE_CHARS } from '../../src/feedback/schema.js';

const turn = (i: number, content = `turn ${i}`): api.Turn => ({ role: i % 2 ? 'assistant' : 'user', content });

describe('historyFor', () => {
  it('keeps the last 20 turns, in order', () => {
    const turns = Array.from({ length: 30 }, (_, i) => turn(i));
    const history = historyFor(turns);
    expect(history).toHaveLength(20);
    expect(history[0].content).toBe('turn 10');
    expect(history.at(-1)!.content).toBe('turn 29');
  });

  it('returns everything for a short conversation and nothing for a new one', () => {
    expect(historyFor([turn(0), turn(1)])).toEqual([turn(0), turn(1)]);
    expect(historyFor([])).toEqual([]);
  });

  it('drops the oldest turns once the character budget is spent', () => {
    const turns = Array.from({ length: 6 }, (_, i) => turn(i, String(i).repeat(5000)));
    const history = historyFor(turns);
    expect(history.map((t) => t.content[0])).toEqual(['4', '5']);
    expect(history.reduce((n, t) => n + t.content.length, 0)).toBeLessThanOrEqual(MAX_HISTORY_CHARS);
  });

  it('always produces a history the server accepts', () => {
    const turns = Array.from({ length: 40 }, (_, i) => turn(i, 'x'.repeat(i * 700)));
    const history = historyFor(turns, 20, 1_000_000);
    expect(api.AskRequest.safeParse({ question: 'og hvad med Midtjylland?', history }).success).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify({ question: 'q', history: historyFor(turns) })).length).toBeLessThan(32 * 1024);
  });
});

describe('widget limits', () => {
  it('match the contract the server enforces', () => {
    expect(limits.MAX_QUESTION_CHARS).toBe(api.MAX_QUESTION_CHARS);
    expect(limits.MAX_HISTORY_TURNS).toBe(api.MAX_HISTORY_TURNS);
    expect(limits.MAX_COMMENT_CHARS).toBe(MAX_FEEDBACK_COMMENT_CHARS);
    expect(limits.MAX_FEEDBACK_QUOTE_CHARS).toBe(MAX_FEEDBACK_QUOTE_CHARS);
    expect(limits.MAX_FEEDBACK_ANSWER_CHARS).toBe(feedbackSchema.MAX_FEEDBACK_ANSWER_CHARS);
    expect(limits.MAX_FEEDBACK_CITATIONS).toBe(feedbackSchema.MAX_FEEDBACK_CITATIONS);
    expect(api.Turn.safeParse({ role: 'user', content: 'x'.repeat(limits.MAX_TURN_CHARS) }).success).toBe(true);
    expect(api.Turn.safeParse({ role: 'user', content: 'x'.repeat(limits.MAX_TURN_CHARS + 1) }).success).toBe(false);
    const feedback = { question: 'q', answer: 'a', rating: 'up' as const };
    expect(FeedbackRequest.safeParse({ ...feedback, comment: 'x'.repeat(limits.MAX_COMMENT_CHARS) }).success).toBe(true);
  });
});
