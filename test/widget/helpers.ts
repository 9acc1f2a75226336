import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import type { AskStreamEvent } from '../../src/shared/api.js';
import { SseParser } from '../../src/widget/sse.js';

export const silentLogger = pino({ level: 'silent' });

/** Settings for a test server: a fresh data directory, plus any overrides (env-style strings). */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'strategisvar-widget-')), LOG_LEVEL: 'silent', ...env });
}

/** Reads a text/event-stream response to its end with the widget's own parser. */
export async function readEvents(res: Response): Promise<AskStreamEvent[]> {
  const parser = new SseParser();
  const text = await res.text();
  return [...parser.push(text), ...parser.end()].map((m) => ({ event: m.event, data: JSON.parse(m.data) }) as AskStreamEvent);
}

export const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
