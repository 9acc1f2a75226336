import { describe, expect, it } from 'vitest';
import { asksRanking } from '../../src/answer/asks.js';
import { AnswerPipeline } from '../../src/answer/pipeline.js';
import { answerPolicy } from '../../src/policy.js';
import { chunkOf, tinyCorpus } from '../helpers/tiny-corpus.js';

/** "Who is best at it": a person's name no strategy holds, unless asked between the regions a question compares. */

const NJ = 'Region Nordjylland';
const RM = 'Region Midtjylland';
const chunks = [
  chunkOf('nj#1', NJ, 'Sundhed › Respekt for patientens tid', '• Korte ventetider og hurtig udredning'),
  chunkOf('nj#2', NJ, 'Fælles › En arbejdsplads', '• Fastholdelse og rekruttering'),
  chunkOf('rm#1', RM, 'Et sundhedsvæsen på patientens præmisser', 'Vi spilder ikke patienternes tid, og ventetider skal ned.'),
  chunkOf('rm#2', RM, 'Personaleressourcer', 'Færre medarbejdere skal passe flere patienter.'),
];
const pipeline = new AnswerPipeline(tinyCorpus(chunks, [NJ, RM]), { topK: 4, mode: 'hybrid', policy: answerPolicy() });
const decide = (question: string) => pipeline.decide({ question });

describe('a ranking asked with "who"', () => {
  it('reads the ranking phrases of both languages', () => {
    expect(asksRanking('Hvem er bedst til det?')).toBe(true);
    expect(asksRanking('hvem er best på det')).toBe(true);
    expect(asksRanking('Hvem er direktør?')).toBe(false);
  });

  it('between compared regions asks which of them: answered as a comparison', async () => {
    const d = await decide('Hvem er bedst til korte ventetider, Region Nordjylland eller Region Midtjylland?');
    expect(d.kind).toBe('answer');
    expect(d.kind === 'answer' && d.comparison).toBe(true);
  });

  it('of one region, or asking a post, stays a name no strategy holds', async () => {
    expect(await decide('Hvem er bedst til korte ventetider i Region Nordjylland?')).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'person' });
    expect(await decide('Hvem er direktør i Region Nordjylland og Region Midtjylland?')).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'person' });
  });
});
