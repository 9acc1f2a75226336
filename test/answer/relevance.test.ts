import { describe, expect, it } from 'vitest';
import { PassageTerms } from '../../src/answer/evidence.js';
import { askedShare, assess, score, type QuestionWord, type ReadTopic } from '../../src/answer/relevance.js';
import { chooseThresholds, DECISION_COSTS, decisionCost, fitLogistic, outcome, predict, type Sample, type Scored } from '../../src/answer/relevance-fit.js';
import type { ConceptId } from '../../src/lang/concepts.js';
import { answerPolicy } from '../../src/policy.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';
import { chunkOf } from '../helpers/tiny-corpus.js';

const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
const chunks = [
  chunkOf('a#1', 'A', 'Sundhed', 'Behandling i eget hjem og i nærmiljøet'),
  chunkOf('a#2', 'A', 'Klima', 'Fossilfri energiforsyning og klimahandlingsplaner'),
];
const terms = new PassageTerms(chunks, { terms: termsOf, wordTerms: termsOf });
const passageConcepts = (id: string): ReadonlySet<ConceptId> => new Set(id === 'a#1' ? ['nearCare'] : ['climate']);
const topicOf = (question: string, concepts: Record<string, ConceptId[]> = {}, need = true): ReadTopic => {
  const words: QuestionWord[] = terms.topicOf(question).words.map((w) => ({ ...w, rarity: w.weight, need, concepts: new Set(concepts[w.word] ?? []) }));
  return { words, concepts: new Set(Object.values(concepts).flat()) };
};
const passages = (ranks: [number, number][]): RetrievedPassage[] =>
  chunks.map((chunk, i) => ({ chunk, score: 1 - i / 10, lexical: { rank: ranks[i][0], score: 1, matched: [] }, dense: { rank: ranks[i][1], score: 0.5 } }));
const run = (question: string, concepts: Record<string, ConceptId[]> = {}, ranks: [number, number][] = [[0, 0], [1, 1]], policy = {}) =>
  assess({ passages: passages(ranks), topic: topicOf(question, concepts), passageTerms: terms, passageConcepts, named: false, policy: answerPolicy({ relevance: policy }).relevance });

describe('askedShare', () => {
  it('weighs what a question asks without its numbers: "til 120" asks for no service', () => {
    const recipe = (w: QuestionWord) => w.word === 'opskrift';
    expect(askedShare(topicOf('opskrift 120'), recipe)).toBe(1);
    expect(askedShare(topicOf('opskrift hjem'), recipe)).toBeLessThan(1);
  });
});

describe('assess', () => {
  it('covers a question word through a concept the passage shares, not only by its letters', () => {
    expect(run('derhjemme').features.coverage).toBe(0);
    const bridged = run('derhjemme', { derhjemme: ['nearCare'] });
    expect(bridged.features).toMatchObject({ coverage: 1, concepts: 1 });
    expect(bridged.evidence[0].passage.chunk.id).toBe('a#1');
  });

  it('conceptCredit: ranks a passage holding the question’s own word above one sharing only its concept', () => {
    // "klimahandlingsplaner" is a word of a#2; a#1 shares only a concept the word is given here.
    const topic = { ...topicOf('klimahandlingsplaner'), words: topicOf('klimahandlingsplaner').words.map((w) => ({ ...w, concepts: new Set<ConceptId>(['nearCare', 'climate']) })) };
    const ranked = (conceptCredit: number) =>
      assess({ passages: passages([[0, 0], [1, 1]]), topic, passageTerms: terms, passageConcepts, named: false, policy: answerPolicy({ relevance: { conceptCredit } }).relevance }).evidence.map((e) => e.passage.chunk.id);
    expect(ranked(0.5)).toEqual(['a#2', 'a#1']);
    // At full credit both cover it wholly, and the fused ranking decides.
    expect(ranked(1)).toEqual(['a#1', 'a#2']);
  });

  it('retrievalWeight: a near-tie in coverage goes to the passage retrieval ranked higher, a clear lead stays', () => {
    // a#1 covers two of the three words, a#2 one; retrieval put a#2 far above a#1.
    const ranked = (retrievalWeight: number) =>
      assess({
        passages: passages([[1, 1], [0, 0]]).map((p, i) => ({ ...p, score: i === 0 ? 0.1 : 1 })),
        topic: topicOf('behandling hjem energiforsyning'),
        passageTerms: terms,
        passageConcepts,
        named: false,
        policy: answerPolicy({ relevance: { retrievalWeight } }).relevance,
      }).evidence.map((e) => e.passage.chunk.id);
    expect(ranked(0)).toEqual(['a#1', 'a#2']);
    expect(ranked(0.3)).toEqual(['a#1', 'a#2']);
    expect(ranked(1)).toEqual(['a#2', 'a#1']);
  });

  it('reasonWeight: asked why, a passage giving a reason outranks one covering more, and the decision stays the same', () => {
    // a#1 covers two of the three words, a#2 one and gives a reason; retrieval ranked a#1 first.
    const asked = (reasonWeight: number, why: boolean) =>
      assess({
        passages: passages([[0, 0], [1, 1]]),
        topic: topicOf('behandling hjem energiforsyning'),
        passageTerms: terms,
        passageConcepts,
        named: false,
        givesReason: why ? (id) => id === 'a#2' : undefined,
        policy: answerPolicy({ relevance: { reasonWeight } }).relevance,
      });
    const order = (a: ReturnType<typeof asked>) => a.evidence.map((e) => e.passage.chunk.id);
    expect(order(asked(0.5, false))).toEqual(['a#1', 'a#2']);
    expect(order(asked(0, true))).toEqual(['a#1', 'a#2']);
    expect(order(asked(0.2, true))).toEqual(['a#1', 'a#2']);
    expect(order(asked(0.5, true))).toEqual(['a#2', 'a#1']);
    expect(asked(0.5, true).features).toEqual(asked(0.5, false).features);
  });

  it('measures the share of asking words the corpus has never seen and no concept explains', () => {
    expect(run('frikadeller opskrift').features.unknown).toBe(1);
    expect(run('energiforsyning frikadeller').features.unknown).toBeGreaterThan(0);
    expect(run('energiforsyning frikadeller').features.unknown).toBeLessThan(1);
    expect(run('klimahandlingsplaner').features.unknown).toBe(0);
    // A number (an age told, a count) is no word of another domain.
    expect(run('energiforsyning 1979').features.unknown).toBe(0);
  });

  it('reads a narrative’s unknown asking words against the situation it tells: a domain situation dilutes them', () => {
    // Citizens ask vaguely after telling the situation ("… Tænker nogen over den slags?"): the asking sentence's
    // everyday words are unknown to the corpus, the situation's are the documents'.
    const told = (need: string, situation: string): ReadTopic => {
      const asked = topicOf(need).words;
      const around = topicOf(situation, {}, false).words.map((w) => ({ ...w, weight: w.weight * 0.5 }));
      return { words: [...asked, ...around], concepts: new Set() };
    };
    const unknownOf = (topic: ReadTopic) =>
      assess({ passages: passages([[0, 0], [1, 1]]), topic, passageTerms: terms, passageConcepts, named: false, policy: answerPolicy().relevance }).features.unknown;
    const inDomain = unknownOf(told('frikadeller opskrift', 'fossilfri energiforsyning klimahandlingsplaner'));
    expect(inDomain).toBeGreaterThan(0);
    expect(inDomain).toBeLessThan(1);
    // A situation of another domain too leaves the question as unknown as its asking words.
    expect(unknownOf(told('frikadeller opskrift', 'sovs kartofler'))).toBe(1);
  });

  it('counts a passage as found by both channels only within agreementRank of each', () => {
    expect(run('energiforsyning', {}, [[3, 4], [2, 3]]).features.agreement).toBe(1);
    expect(run('energiforsyning', {}, [[3, 4], [2, 3]], { agreementRank: 3 }).features.agreement).toBe(0);
  });

  it('turns the model’s probability into direct, related or none', () => {
    // A related answer needs a domain concept (relatedMinConcepts): the word is given one.
    const concepts: Record<string, ConceptId[]> = { energiforsyning: ['climate'] };
    const at = (direct: number, related: number) => run('energiforsyning', concepts, undefined, { direct, related }).support;
    const p = run('energiforsyning', concepts).probability;
    expect(at(p, p)).toBe('direct');
    expect(at(Math.min(1, p + 0.01), p)).toBe('related');
    expect(at(1, Math.min(1, p + 0.01))).toBe('none');
  });

  it('scores with the given coefficients', () => {
    const features = { coverage: 1, needCoverage: 1, concepts: 0, unknown: 0, dense: 0.5, agreement: 1, named: 0 };
    const model = { intercept: -1, weights: { coverage: 1, needCoverage: 1, concepts: 1, unknown: -5, dense: 2, agreement: 0, named: 1 } };
    expect(score(features, model)).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 1 + 1 + 1))), 9);
  });
});

describe('fitting the model', () => {
  // Answerable questions have high coverage and few unknown words; the others the reverse, with some overlap.
  const samples: Sample[] = [];
  for (let i = 0; i < 40; i++) {
    samples.push({ x: [0.5 + (i % 10) / 20, (i % 7) / 20], y: 1 });
    samples.push({ x: [(i % 10) / 20, 0.5 + (i % 7) / 20], y: 0 });
  }
  samples.push({ x: [0.45, 0.2], y: 0 }, { x: [0.4, 0.6], y: 1 });

  it('learns which way each feature points', () => {
    const model = fitLogistic(samples);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
    expect(predict(model, [0.9, 0.1])).toBeGreaterThan(0.9);
    expect(predict(model, [0.1, 0.9])).toBeLessThan(0.1);
  });

  it('picks a refusal threshold that separates the classes and a higher one for unhedged answers', () => {
    const model = fitLogistic(samples);
    const t = chooseThresholds(samples.map((s) => ({ p: predict(model, s.x), y: s.y, bar: 'general' as const })));
    expect(t.direct).toBeGreaterThanOrEqual(t.related);
    const scored = samples.map((s) => ({ p: predict(model, s.x), y: s.y, bar: 'general' as const }));
    const answered = (y: 0 | 1) => scored.filter((s) => s.y === y && outcome(s, t) !== 'refused').length / scored.filter((s) => s.y === y).length;
    expect(answered(1)).toBeGreaterThanOrEqual(0.9);
    expect(answered(0)).toBeLessThanOrEqual(0.2);
  });
});

describe('choosing the thresholds by cost', () => {
  // Probabilities as a fitted model gives them: answerable questions mostly high, unanswerable mostly low, overlapping.
  const at = (y: 0 | 1, bar: Scored['bar'], ...ps: number[]): Scored[] => ps.map((p) => ({ p, y, bar }));
  const general = [...at(1, 'general', 0.3, 0.6, 0.9), ...at(0, 'general', 0.2, 0.4)];
  const costs = (over: Partial<typeof DECISION_COSTS>) => ({ ...DECISION_COSTS, ...over });

  it('relatedUnanswerable: the dearer a related answer to an unanswerable question, the higher the related bar', () => {
    const related = (relatedUnanswerable: number) => chooseThresholds(general, costs({ relatedUnanswerable }), { direct: 0.8 }).related;
    expect(related(0.1)).toBeLessThan(0.3); // the unanswerable one at 0.4 answered rather than the answerable one at 0.3 refused
    expect(related(3)).toBeGreaterThan(0.4); // both refused, and the answerable one at 0.3 with them
    expect(related(3)).toBeLessThan(0.6);
  });

  it('relatedAnswerable: the dearer a hedged answer to an answerable question, the lower the direct bar', () => {
    const scored = [...at(1, 'general', 0.6, 0.7, 0.9), ...at(0, 'general', 0.65)];
    const cheap = { relatedUnanswerable: 0.3, directUnanswerable: 0.45 };
    const direct = (relatedAnswerable: number) => chooseThresholds(scored, costs({ ...cheap, relatedAnswerable })).direct;
    expect(direct(0.01)).toBeGreaterThan(0.65);
    expect(direct(0.9)).toBeLessThan(0.6);
  });

  it('directUnanswerable: the dearer an unhedged answer to an unanswerable question, the higher the direct bar', () => {
    const scored = [...at(1, 'general', 0.6, 0.7, 0.9), ...at(0, 'general', 0.65)];
    const direct = (directUnanswerable: number) => chooseThresholds(scored, costs({ relatedAnswerable: 0.5, relatedUnanswerable: 0.3, directUnanswerable })).direct;
    expect(direct(0.35)).toBeLessThan(0.6);
    expect(direct(3)).toBeGreaterThan(0.65);
  });

  it('each kind of question gets its own related bar, at most the one above it', () => {
    // About a region's service, answerable questions score lower (everyday words), unanswerable ones lower still.
    const service = [...at(1, 'service', 0.12, 0.15), ...at(0, 'service', 0.05)];
    const t = chooseThresholds([...general, ...service], costs({ relatedUnanswerable: 3 }), { direct: 0.8 });
    expect(t.related).toBeGreaterThan(0.4);
    expect(t.relatedInRegion).toBeGreaterThan(0.05);
    expect(t.relatedInRegion).toBeLessThan(0.12);
    // With no samples of its own a bar stays at the one above it: it changes nothing.
    expect(t.relatedOnTheme).toBe(t.relatedInRegion);
    // A kept bar is not fitted.
    expect(chooseThresholds([...general, ...service], DECISION_COSTS, { relatedInRegion: 0.5 }).relatedInRegion).toBe(0.5);
  });

  it('counts each outcome at its cost', () => {
    const t = { direct: 0.9, related: 0.5, relatedInRegion: 0.5, relatedOnTheme: 0.5 };
    const scored = [...at(1, 'general', 0.95, 0.6, 0.1), ...at(0, 'general', 0.95, 0.6, 0.1)];
    const { relatedAnswerable, relatedUnanswerable, directUnanswerable } = DECISION_COSTS;
    expect(decisionCost(scored, t)).toBeCloseTo((relatedAnswerable + 1 + directUnanswerable + relatedUnanswerable) / 6, 9);
    expect(outcome({ p: 0.6, y: 1, bar: 'none' }, t)).toBe('refused');
    expect(outcome({ p: 0.3, y: 1, bar: 'theme' }, { ...t, relatedInRegion: 0.2, relatedOnTheme: 0.25 })).toBe('related');
  });
});
