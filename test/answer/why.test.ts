import { describe, expect, it } from 'vitest';
import { AnswerPipeline } from '../../src/answer/pipeline.js';
import { answerPolicy } from '../../src/policy.js';
import { chunkOf, tinyCorpus } from '../helpers/tiny-corpus.js';

/** A question asking why is answered by the passage on its theme that gives a reason (policy `reasonWeight`). */

const RM = 'Region Midtjylland';
const HN = 'Helse Nord';
// In each region the first passage holds every word asked, the second all but one and a reason.
const chunks = [
  chunkOf('rm#1', RM, 'Energi', 'Hospitalerne køber grøn strøm til bygningerne.'),
  chunkOf('rm#2', RM, 'Klima', 'Hospitalerne køber grøn strøm, fordi klimaet kræver det.'),
  chunkOf('hn#1', HN, 'Energi', 'Sykehusene kjøper grønn strøm til byggene.', 'no'),
  chunkOf('hn#2', HN, 'Klima', 'Sykehusene kjøper grønn strøm, derfor blir utslippene mindre.', 'no'),
];
const passagesFor = async (question: string, reasonWeight?: number) => {
  const policy = answerPolicy(reasonWeight === undefined ? {} : { relevance: { reasonWeight } });
  const d = await new AnswerPipeline(tinyCorpus(chunks, [RM, HN]), { topK: 4, mode: 'hybrid', policy }).decide({ question });
  return d.kind === 'answer' ? d.passages.map((p) => p.chunk.id) : [];
};

describe('a question asking why', () => {
  it('leads with the passage that gives a reason, in either language', async () => {
    expect((await passagesFor('Hvorfor køber hospitalerne grøn strøm til bygningerne i Region Midtjylland?'))[0]).toBe('rm#2');
    expect((await passagesFor('Kvifor kjøper sykehusene grønn strøm til byggene i Helse Nord?'))[0]).toBe('hn#2');
  });

  it('reads a why asked in a phrase ("hvordan kan det være, at …")', async () => {
    expect((await passagesFor('Hvordan kan det være, at hospitalerne køber grøn strøm til bygningerne i Region Midtjylland?'))[0]).toBe('rm#2');
    expect((await passagesFor('Hva er grunnen til at sykehusene kjøper grønn strøm til byggene i Helse Nord?'))[0]).toBe('hn#2');
  });

  it('asked how, or with reasonWeight 0, leads with the passage covering most of the question', async () => {
    expect((await passagesFor('Hvordan køber hospitalerne grøn strøm til bygningerne i Region Midtjylland?'))[0]).toBe('rm#1');
    expect((await passagesFor('Hvorfor køber hospitalerne grøn strøm til bygningerne i Region Midtjylland?', 0))[0]).toBe('rm#1');
  });
});
