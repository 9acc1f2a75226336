import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasWrk, parseWrkOutput, questionLines, runWrk } from '../../src/bench/wrk.js';

describe('wrk as the bench load generator', () => {
  it("reads the script's summary line: microseconds to milliseconds, failures split from failed responses", () => {
    const run = parseWrkOutput('Running 15s test\nstrategisvar-wrk 30000 15000000 3 2 9000 41500 120000\ncpu-ticks 40 20\n', 600);
    expect(run).toEqual({ requests: 30000, perSecond: 2000, failed: 5, failedResponses: 3, p50Ms: 9, p99Ms: 41.5, maxMs: 120, cpuMs: 600 });
    expect(() => parseWrkOutput('unable to connect', 0)).toThrow(/no summary/);
  });

  it('encodes each question as JSON missing only its closing quote, one a line', () => {
    const lines = questionLines(['Hvad med "akutte" patienter?', 'Hva med\tventetid?']).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(`{"question":${line} (wrk 1)"}`).question)).toEqual([
      'Hvad med "akutte" patienter? (wrk 1)',
      'Hva med\tventetid? (wrk 1)',
    ]);
  });

  it.skipIf(!hasWrk())('posts every question as valid JSON, no two requests alike, and counts its own CPU', { timeout: 20_000 }, async () => {
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(req.method === 'POST' && req.url === '/api/ask' ? 200 : 404).end('{}');
      });
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const dir = await mkdtemp(join(tmpdir(), 'strategisvar-wrk-'));
    try {
      const { port } = server.address() as AddressInfo;
      const run = await runWrk(`http://127.0.0.1:${port}`, 4, 1, ['Hvordan står det til med "psykiatrien"?', 'Hvad gør regionen?'], dir);
      expect(run.requests).toBeGreaterThan(10);
      expect(run.failed).toBe(0);
      expect(run.cpuMs).toBeGreaterThanOrEqual(0);
      const questions = bodies.map((b) => (JSON.parse(b) as { question: string }).question);
      expect(new Set(questions).size).toBe(questions.length);
      // Each is one of the set's questions with a round number; both are asked (wrk's connections send in any order).
      const asked = questions.map((q) => /^(.*) \(wrk \d+\)$/.exec(q)?.[1]);
      expect(new Set(asked)).toEqual(new Set(['Hvordan står det til med "psykiatrien"?', 'Hvad gør regionen?']));
    } finally {
      server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
