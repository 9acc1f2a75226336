import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';
import type { Turn } from '../../src/shared/api.js';
import { tempConfig } from '../helpers/corpus.js';
import { LANGUAGE_BATCHES, type LanguageAsk } from './language-batches.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine(await tempConfig());
});

/** The language the engine answers a made-up message in, its earlier questions asked first. */
async function answeredIn({ question, hint, earlier = [] }: LanguageAsk) {
  const history: Turn[] = [];
  const languageHint = hint ? { languageHint: hint } : {};
  for (const asked of earlier) {
    const r = await engine.ask({ question: asked, ...(history.length ? { history: [...history] } : {}), ...languageHint });
    history.push({ role: 'user', content: asked }, { role: 'assistant', content: r.answer });
  }
  return (await engine.ask({ question, ...(history.length ? { history } : {}), ...languageHint })).language;
}

describe('the language of made-up messages, through the whole engine', () => {
  for (const [name, batch] of Object.entries(LANGUAGE_BATCHES)) {
    it(`answers ${name} in the asker's language`, async () => {
      const missed: string[] = [];
      for (const ask of batch) if ((await answeredIn(ask)) !== ask.expected) missed.push(ask.question);
      expect(missed).toEqual([]);
    });
  }
});
