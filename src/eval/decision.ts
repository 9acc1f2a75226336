import type { AskResponse } from '../shared/api.js';

/**
 * The answer/abstain decision as a whole: what the system did (answered directly, answered with the nearest
 * related passages, refused, or failed) against what the gold says it should do (the documents answer the
 * question, or they don't). This is the behaviour citizens feel most: an answerable question refused is a
 * dead end, an unanswerable one answered is a guess presented as the documents' word.
 *
 * How `related` counts, and why:
 * - On an answerable question it is neither a refusal nor a direct answer. It gets its own column; the
 *   refusal rate does not include it (the asker got the nearest passages and a plain "not exactly this"),
 *   and the direct-answer rate does not either (the answer said the documents don't answer it).
 * - On an unanswerable question it counts as answered: the documents hold nothing on it, so any passage
 *   offered is noise at best and reads as the documents' position at worst. The related column shows how
 *   much of that rate is hedged.
 * - A failed call (`error`) delivered neither an answer nor a plain refusal, so it counts against both
 *   rates: as a refusal of an answerable question and as an answer to an unanswerable one.
 */

export const OUTCOMES = ['direct', 'related', 'refused', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const GOLD_DECISIONS = ['answerable', 'unanswerable'] as const;
export type GoldDecision = (typeof GOLD_DECISIONS)[number];

/** A server that predates `support` says only `abstained`: then an answer is taken as direct. */
export function outcomeOf(response: Pick<AskResponse, 'abstained'> & { support?: AskResponse['support'] } | undefined): Outcome {
  if (!response) return 'error';
  if (response.support === 'related') return 'related';
  if (response.support === 'none' || response.abstained) return 'refused';
  return 'direct';
}

export function goldDecisionOf(expectAbstain: boolean): GoldDecision {
  return expectAbstain ? 'unanswerable' : 'answerable';
}

/** Per-question decision metrics; null where they don't apply (averaged over the questions they apply to). */
export interface DecisionMetrics {
  /** 1 when an answerable question got no answer (refused or failed). */
  refusedAnswerable: number | null;
  /** 1 when an answerable question got a direct answer. */
  directAnswerable: number | null;
  /** 1 when an unanswerable question got an answer (direct or related) or a failure instead of a refusal. */
  answeredUnanswerable: number | null;
}

export function decisionMetrics(gold: GoldDecision, outcome: Outcome): DecisionMetrics {
  if (gold === 'answerable') {
    return {
      refusedAnswerable: outcome === 'refused' || outcome === 'error' ? 1 : 0,
      directAnswerable: outcome === 'direct' ? 1 : 0,
      answeredUnanswerable: null,
    };
  }
  return { refusedAnswerable: null, directAnswerable: null, answeredUnanswerable: outcome === 'refused' ? 0 : 1 };
}

/** Counts of outcome per gold decision: the confusion table. */
export type DecisionTable = Record<GoldDecision, Record<Outcome, number>>;

export function emptyDecisionTable(): DecisionTable {
  const row = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  return { answerable: row(), unanswerable: row() };
}

export function decisionTable(results: readonly { expectAbstain: boolean; outcome?: Outcome }[]): DecisionTable {
  const table = emptyDecisionTable();
  for (const r of results) if (r.outcome) table[goldDecisionOf(r.expectAbstain)][r.outcome]++;
  return table;
}

export function rowTotal(row: Record<Outcome, number>): number {
  return OUTCOMES.reduce((sum, o) => sum + row[o], 0);
}
