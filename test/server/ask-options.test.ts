import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { AskOptions } from '../../src/engine.js';
import type { AskRequest, AskResponse } from '../../src/shared/api.js';
import { FakeEngine } from '../helpers/fake-engine.js';
import { json, testApp } from './harness.js';

/** Keeps the options of every ask it answers. */
class RecordingEngine extends FakeEngine {
  readonly options: (AskOptions | undefined)[] = [];

  override async ask(request: AskRequest, options?: AskOptions): Promise<AskResponse> {
    this.options.push(options);
    return super.ask(request, options);
  }
}

// V8's own test of whether an object's properties are fast (in its hidden class) or a dictionary; the flag must
// be set before the function is compiled.
setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: unknown) => boolean;

describe("POST /api/ask's options to the engine", () => {
  it("give the request's signal, mode and validated, as an object with fast properties", async () => {
    const engine = new RecordingEngine();
    const { app } = testApp({}, engine);
    for (const path of ['/api/ask', '/api/ask', '/api/ask?mode=lexical']) {
      expect((await app.request(path, json({ question: 'Hvilke planer findes for ældreplejen?' }))).status).toBe(200);
    }
    const [first, , third] = engine.options;
    expect(first?.signal).toBeInstanceOf(AbortSignal);
    expect(first?.validated).toBe(true);
    expect(third?.mode).toBe('lexical');
    // An object literal with a getter is a dictionary-mode object; made per request, it kept every ask's
    // request objects past the young generation (src/server/routes/ask.ts).
    expect(engine.options.every(hasFastProperties)).toBe(true);
  });
});
