import { beforeAll, describe, expect, it } from 'vitest';
import { classifyRequest } from '../../src/answer/requests.js';
import { createEngine } from '../../src/engine.js';
import { componentOutcomes, formatComponentOutcomes, readComponentSet, type ComponentOutcome } from '../../src/eval/components.js';
import { tempConfig } from '../helpers/corpus.js';

/**
 * The labelled component sets of eval/components (eval/README.md; `npm run components` prints the same counts).
 * Each bound is what the engine reached when the sets were added, with a little room: a change that sets fewer
 * requests aside, or refuses more of what the strategies answer, fails here before it reaches an eval run.
 */
const DIR = 'eval/components';

let outcomes: ComponentOutcome[];
beforeAll(async () => {
  const engine = await createEngine(await tempConfig());
  outcomes = await componentOutcomes(DIR, (question) => engine.ask({ question }));
});

/** Of one set's texts with one of `labels`: the share `count` picks. */
function share(set: ComponentOutcome['set'], labels: readonly string[], count: (o: ComponentOutcome) => number): number {
  const picked = outcomes.filter((o) => o.set === set && labels.includes(o.label));
  return picked.reduce((sum, o) => sum + count(o), 0) / picked.reduce((sum, o) => sum + o.n, 0);
}
const answered = (o: ComponentOutcome) => o.n - o.refused;
const refused = (o: ComponentOutcome) => o.refused;

describe('requests to the assistant (request-sentences, request-messages)', () => {
  it('keeps the asker’s own sentences and recognises about half of the requests by their words alone', async () => {
    const sentences = await readComponentSet(DIR, 'request-sentences');
    const kept = (label: string) => sentences.filter((s) => s.label === label && classifyRequest(s.text) === undefined).length;
    const count = (own: boolean) => sentences.filter((s) => (s.label === 'own') === own).length;
    expect(kept('own') / count(true)).toBeGreaterThanOrEqual(0.98);
    expect(1 - (kept('instruction') + kept('task') + kept('chit-chat')) / count(false)).toBeGreaterThanOrEqual(0.45);
  });

  it('answers almost none of the requests sent alone', () => {
    expect(share('request-sentences', ['instruction', 'task', 'chit-chat'], answered)).toBeLessThanOrEqual(0.06);
  });

  it('answers the question inside a message of requests, and refuses a message with none', () => {
    expect(share('request-messages', ['answer'], refused)).toBeLessThanOrEqual(0.1);
    expect(share('request-messages', ['refuse'], answered)).toBeLessThanOrEqual(0.05);
  });
});

describe('details no strategy holds (detail-asks)', () => {
  it('refuses most questions asking for a detail, and few asking what a strategy says', () => {
    expect(share('detail-asks', ['detail'], answered)).toBeLessThanOrEqual(0.18);
    expect(share('detail-asks', ['strategy'], refused)).toBeLessThanOrEqual(0.06);
  });
});

describe('medical advice and urgent signs (medical)', () => {
  it('points most urgent questions to 112/113, answers few of them, and answers most questions about the service', () => {
    expect(share('medical', ['urgent'], (o) => o.emergency)).toBeGreaterThanOrEqual(0.7);
    expect(share('medical', ['urgent'], answered)).toBeLessThanOrEqual(0.08);
    // Personal advice not urgent is the weak spot: told beside a hospital or a wait, one in seven is answered.
    expect(share('medical', ['advice'], answered)).toBeLessThanOrEqual(0.16);
    expect(share('medical', ['service'], refused)).toBeLessThanOrEqual(0.16);
  });

  it('prints one row per set and label', () => {
    const table = formatComponentOutcomes(outcomes).split('\n');
    expect(table).toHaveLength(outcomes.length + 1);
    expect(table.find((row) => row.startsWith('medical') && row.includes('urgent'))).toMatch(/\s90\s/);
  });
});

describe('questions as citizens ask them, in scope and out (scope)', () => {
  it('answers almost every question the strategies address, and refuses most that no strategy answers', () => {
    expect(share('scope', ['answerable'], refused)).toBeLessThanOrEqual(0.04);
    expect(share('scope', ['other-region', 'off-domain', 'detail', 'advice', 'urgent', 'absent-topic'], answered)).toBeLessThanOrEqual(0.12);
    expect(share('scope', ['urgent'], (o) => o.emergency)).toBeGreaterThanOrEqual(0.6);
  });

  it('does the same on a second set written by another hand (scope2)', () => {
    expect(share('scope2', ['answerable'], refused)).toBeLessThanOrEqual(0.04);
    expect(share('scope2', ['other-region', 'off-domain', 'detail', 'advice', 'urgent', 'absent-topic'], answered)).toBeLessThanOrEqual(0.16);
    expect(share('scope2', ['urgent'], (o) => o.emergency)).toBeGreaterThanOrEqual(0.75);
  });
});

describe('the asker’s language (every set that gives it)', () => {
  it('answers the hard cases in the language they are written in', () => {
    // Short, cross-border, dialect and typed without æ/ø/å: the few left are texts a native reader tells by one word.
    expect(share('language-cases', ['short', 'cross', 'dialect', 'nynorsk', 'fragment', 'instruction', 'narrative'], (o) => o.wrongLanguage)).toBeLessThanOrEqual(0.03);
    expect(share('language-cases2', ['cross', 'plain', 'short', 'narrative', 'nynorsk', 'dialect'], (o) => o.wrongLanguage)).toBeLessThanOrEqual(0.02);
    expect(share('cross-lingual', ['borrowed', 'plain', 'short', 'follow', 'formal', 'personal'], (o) => o.wrongLanguage)).toBeLessThanOrEqual(0.02);
    const all = outcomes.filter((o) => o.set !== 'language-cases');
    const wrong = all.reduce((sum, o) => sum + o.wrongLanguage, 0) / all.reduce((sum, o) => sum + o.n, 0);
    expect(wrong).toBeLessThanOrEqual(0.02);
  });
});
