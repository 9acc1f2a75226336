import { describe, expect, it } from 'vitest';
import { AnswerPipeline } from '../../src/answer/pipeline.js';
import { answerPolicy } from '../../src/policy.js';
import { chunkOf, tinyCorpus } from '../helpers/tiny-corpus.js';

/**
 * A region the corpus lists but whose passages retrieval did not bring (a large corpus, where the top
 * candidates all come from other regions): there is nothing to quote, so the question is declined, not
 * answered from an empty list (which crashed composing the answer).
 */
const NJ = 'Region Nordjylland';
const RM = 'Region Midtjylland';
const chunks = [
  chunkOf('nj#1', NJ, 'Sundhed › Respekt for patientens tid', '• Korte ventetider og hurtig udredning'),
  chunkOf('nj#2', NJ, 'Fælles › En arbejdsplads', '• Godt arbejdsmiljø og styrket trivsel'),
];
const pipeline = new AnswerPipeline(tinyCorpus(chunks, [NJ, RM]), { topK: 4, mode: 'hybrid', policy: answerPolicy() });

describe('a named region without retrieved passages', () => {
  it('is declined for lack of evidence when nothing but the region is asked', async () => {
    expect(await pipeline.decide({ question: 'Hvad vil Region Midtjylland?' })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    const prepared = await pipeline.prepare({ question: 'Hvad vil Region Midtjylland?' });
    expect(prepared.kind === 'final' && prepared.response).toMatchObject({ abstained: true, support: 'none', citations: [] });
  });

  it('still gets its passages when it has some', async () => {
    const d = await pipeline.decide({ question: 'Hvad vil Region Nordjylland?' });
    expect(d.kind === 'answer' && d.passages.map((p) => p.chunk.region)).toEqual([NJ, NJ]);
  });
});
