import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ticksToMs } from './proc.js';

/**
 * A lighter load generator beside autocannon for `npm run bench -- --http --wrk`: wrk (Debian's `wrk`, C,
 * one thread) takes a fraction of the CPU per request that autocannon (JavaScript, in the bench's process)
 * takes from the cores the server shares, so its figure is nearer what the server alone can do. Every
 * request is a question not asked before in the run, as with autocannon: a Lua script appends a round
 * number to the set's questions, read from a file of their JSON encodings.
 */

/** What a load generator's run measured. */
export interface LoadRun {
  requests: number;
  /** Requests per second (autocannon: the mean of its per-second counts). */
  perSecond: number;
  /** Failed responses, connection errors and timeouts. */
  failed: number;
  /** Responses that came back as failures (not 2xx): not answers. */
  failedResponses: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU time the generator spent (user + system), ms. */
  cpuMs: number;
}

/** Whether wrk is on the PATH. */
export function hasWrk(): boolean {
  return !spawnSync('wrk', ['--version']).error;
}

/**
 * One question per line as JSON without its closing quote: the script appends ` (wrk N)"` and so sends
 * the question with a suffix no other request of the run had.
 */
export function questionLines(questions: readonly string[]): string {
  return questions.map((q) => `${JSON.stringify(q).slice(0, -1)}\n`).join('');
}

/** The Lua script: POSTs each line's question, round after round, and prints one summary line at the end. */
export function wrkScript(questionsFile: string): string {
  return `local questions = {}
for line in io.lines(${JSON.stringify(questionsFile)}) do questions[#questions + 1] = line end
local asked = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local question = questions[asked % #questions + 1]
  local round = math.floor(asked / #questions) + 1
  asked = asked + 1
  return wrk.format(nil, "/api/ask", nil, '{"question":' .. question .. ' (wrk ' .. round .. ')"}')
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("strategisvar-wrk %d %d %d %d %d %d %d\\n", summary.requests, summary.duration, e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
`;
}

/** Reads the script's summary line (microseconds) and the CPU ticks appended by the shell. */
export function parseWrkOutput(stdout: string, cpuMs: number): LoadRun {
  const match = /^strategisvar-wrk (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)$/m.exec(stdout);
  if (!match) throw new Error(`wrk printed no summary:\n${stdout}`);
  const [requests, durationUs, failedResponses, otherErrors, p50Us, p99Us, maxUs] = match.slice(1).map(Number);
  return {
    requests,
    perSecond: requests / (durationUs / 1e6),
    failed: failedResponses + otherErrors,
    failedResponses,
    p50Ms: p50Us / 1000,
    p99Ms: p99Us / 1000,
    maxMs: maxUs / 1000,
    cpuMs,
  };
}

/**
 * Loads `url` with wrk (one thread, `connections` keep-alive connections) for `durationS` seconds. wrk runs
 * under a shell that prints its own /proc stat once wrk has exited: the children's CPU times there (cutime,
 * cstime) are wrk's.
 */
export async function runWrk(url: string, connections: number, durationS: number, questions: readonly string[], dir: string): Promise<LoadRun> {
  const questionsFile = join(dir, 'wrk-questions.txt');
  const scriptFile = join(dir, 'wrk-asks.lua');
  await writeFile(questionsFile, questionLines(questions));
  await writeFile(scriptFile, wrkScript(questionsFile));
  const args = ['-t1', `-c${connections}`, `-d${durationS}s`, '--timeout', '10s', '-s', scriptFile, url];
  const child = spawn('sh', ['-c', 'wrk "$@" || exit $?; echo "cpu-ticks $(cut -d")" -f2 /proc/$$/stat | cut -d" " -f15,16)"', 'sh', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`wrk exited with ${code}:\n${stdout}`);
  const ticks = /^cpu-ticks (\d+) (\d+)$/m.exec(stdout);
  const cpuMs = ticks ? ticksToMs(Number(ticks[1]), Number(ticks[2])) : Number.NaN;
  return parseWrkOutput(stdout, cpuMs);
}
