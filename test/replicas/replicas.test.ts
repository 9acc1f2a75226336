import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build.js';
import { tempConfig } from '../helpers/corpus.js';
import { ensureDist, NODE, startProcess, type ServerProcess } from '../helpers/process.js';
import { missingServices, startNginx, startPostgres, startRedis, type Service } from '../helpers/services.js';

/**
 * Replicas as the README deploys them: two server processes on one immutable index build, each with its own
 * DATA_DIR, sharing feedback in PostgreSQL (DATABASE_URL) and rate limits in Redis (REDIS_URL), behind nginx
 * (TRUST_PROXY=loopback: the test client stands for an outer proxy that names each client in X-Forwarded-For).
 * All of them real Debian servers in temp directories; `.ci/run` installs them.
 */
const missing = missingServices();
if (missing.length > 0 && process.env.CI) {
  throw new Error(`test/replicas: ${missing.join(', ')} not installed; .ci/run installs them`);
}
if (missing.length > 0) {
  console.warn(`test/replicas skipped: not installed here: ${missing.join(', ')} (apt-get install postgresql redis-server nginx)`);
}

const ADMIN_TOKEN = 'replica-test-admin-token';
const PER_MINUTE = 20;

let postgres: Service;
let redis: Service;
let nginx: Service;
const instances: ServerProcess[] = [];
const bases: string[] = [];

const json = (client: string, body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
  body: JSON.stringify(body),
});
const admin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };

interface Exported {
  feedback: { id: number; question: string }[];
  nextBefore: number | null;
}

async function exportAll(base: string): Promise<Exported['feedback']> {
  const res = await fetch(`${base}/api/feedback?limit=10000`, admin);
  expect(res.status).toBe(200);
  return ((await res.json()) as Exported).feedback;
}

/** Requests each instance logged from this client address. */
const servedFor = (client: string) => instances.map((p) => p.logs.filter((l) => l.msg === 'request' && l.client === client).length);

describe.skipIf(missing.length > 0)('replicas behind nginx, sharing PostgreSQL and Redis', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ensureDist();
    const config = await tempConfig();
    await buildIndex(config); // built once; both instances serve it
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    for (const name of ['a', 'b']) {
      const instance = startProcess(NODE, ['dist/server/main.js'], {
        CORPUS_DIR: config.CORPUS_DIR,
        INDEX_DIR: config.INDEX_DIR,
        DATA_DIR: `${config.DATA_DIR}-${name}`, // unused: feedback goes to PostgreSQL
        HOST: '127.0.0.1',
        PORT: '0',
        WORKERS: '1',
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        TRUST_PROXY: 'loopback',
        RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
        ADMIN_TOKEN,
      });
      instances.push(instance);
    }
    bases.push(...(await Promise.all(instances.map((p) => p.listening))));
    nginx = await startNginx(bases);
  }, 180_000);

  afterAll(async () => {
    for (const instance of instances) if (instance.child.exitCode === null) instance.child.kill('SIGTERM');
    await Promise.all(instances.map((p) => p.exited));
    await Promise.all([nginx?.stop(), redis?.stop(), postgres?.stop()]);
  }, 60_000);

  it('feedback written through one instance is exported, as JSON and CSV, through the other', async () => {
    const [a, b] = bases;
    const written = await fetch(`${a}/api/feedback`, json('198.51.100.1', { question: 'Skrevet via A?', answer: 'Svar.', rating: 'up', language: 'da' }));
    expect(written.status).toBe(201);
    const { id } = (await written.json()) as { id: number };
    const back = await fetch(`${b}/api/feedback`, json('198.51.100.1', { question: 'Skrevet via B?', answer: 'Svar.', rating: 'down', comment: 'for kort' }));
    expect(back.status).toBe(201);

    const fromB = await exportAll(b);
    expect(fromB.find((f) => f.id === id)).toMatchObject({ question: 'Skrevet via A?', rating: 'up', language: 'da' });
    const fromA = await exportAll(a);
    expect(fromA.map((f) => f.question)).toEqual(expect.arrayContaining(['Skrevet via A?', 'Skrevet via B?']));
    const csv = await (await fetch(`${b}/api/feedback?format=csv`, admin)).text();
    expect(csv).toContain('Skrevet via A?');
    expect(csv).toContain('for kort');
  });

  it(`one client's rate limit (${PER_MINUTE}/min) holds across both instances; other clients are not affected`, async () => {
    const client = '198.51.100.20';
    const statuses: number[] = [];
    for (let i = 0; i < PER_MINUTE + 10; i++) {
      const res = await fetch(`${nginx.url}/api/documents`, { headers: { 'x-forwarded-for': client } });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    // Log lines arrive through pipes, a moment after their responses: wait until both instances' are read.
    for (const until = Date.now() + 10_000; servedFor(client).reduce((a, b) => a + b) < statuses.length && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const served = servedFor(client);
    console.log(`replicas: rate limit ${PER_MINUTE}/min: ${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 429).length} × 429 over ${statuses.length} requests, answered by instance a ${served[0]}×, b ${served[1]}×`);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PER_MINUTE);
    expect(statuses.slice(PER_MINUTE).every((s) => s === 429)).toBe(true);
    expect(served.every((n) => n >= 5)).toBe(true); // nginx spread the client over both
    const other = await fetch(`${nginx.url}/api/documents`, { headers: { 'x-forwarded-for': '198.51.100.21' } });
    expect(other.status).toBe(200);
  });

  it('killing one instance (SIGKILL) mid-load loses no acknowledged feedback, and the other keeps answering', async () => {
    const acknowledged = new Map<string, number>();
    const before = { ok: 0, failed: 0 };
    const after = { ok: 0, failed: 0 }; // the first second after the kill: requests in flight to a are cut
    const settled = { ok: 0, failed: 0 }; // from then on
    const failures: string[] = [];
    let killed = false;
    let killedAt = 0;
    let stop = false;
    let n = 0;
    const killedA = instances[0].exited;

    // Each request from its own client address, so the load is not rate limited.
    const loop = async (worker: number) => {
      for (let i = 0; !stop; i++) {
        const client = `10.${worker}.${Math.floor(i / 250) % 250}.${i % 250}`;
        // Counted when the response comes.
        const count = (ok: boolean) => (!killed ? before : Date.now() - killedAt < 1000 ? after : settled)[ok ? 'ok' : 'failed']++;
        try {
          if (i % 4 === 3) {
            const res = await fetch(`${nginx.url}/api/ask`, json(client, { question: 'Hvad gør Region Nordjylland for at korte ventetiderne?' }));
            const body = await res.text();
            if (res.status !== 200) failures.push(`${killed ? 'after' : 'before'} ask ${res.status} ${body.slice(0, 200)}`);
            count(res.status === 200);
          } else {
            const question = `Belastning ${worker}-${i}?`;
            const res = await fetch(`${nginx.url}/api/feedback`, json(client, { question, answer: 'Svar.', rating: 'up' }));
            if (res.status === 201) acknowledged.set(question, ((await res.json()) as { id: number }).id);
            else failures.push(`${killed ? 'after' : 'before'} feedback ${res.status} ${(await res.text()).slice(0, 200)}`);
            count(res.status === 201);
          }
        } catch (err) {
          failures.push(`${killed ? 'after' : 'before'} ${(err as Error).message}`);
          count(false);
        }
        n++;
      }
    };
    const loops = Array.from({ length: 8 }, (_, w) => loop(w));
    const waitUntil = async (condition: () => boolean) => {
      while (!condition()) await new Promise((r) => setTimeout(r, 10));
    };
    await waitUntil(() => acknowledged.size >= 200);
    killed = true;
    killedAt = Date.now();
    instances[0].child.kill('SIGKILL');
    const atKill = n;
    await waitUntil(() => n >= atKill + 300 && Date.now() - killedAt > 2500);
    stop = true;
    await Promise.all(loops);

    const exported = new Map((await exportAll(bases[1])).map((f) => [f.question, f.id]));
    const lost = [...acknowledged].filter(([question, id]) => exported.get(question) !== id);
    console.log(
      `replicas: kill -9 of instance a mid-load: ${acknowledged.size} feedback acknowledged, ${lost.length} lost; ` +
        `requests before the kill ${before.ok} ok / ${before.failed} failed, in the second after it ${after.ok} ok / ${after.failed} failed (cut in flight), ` +
        `then ${settled.ok} ok / ${settled.failed} failed`,
    );
    expect(await killedA).toBe('SIGKILL');
    expect(lost).toEqual([]);
    expect(before.failed, failures.join('\n')).toBe(0);
    expect(after.failed).toBeLessThanOrEqual(16); // requests on the way to a as it died, at most two per loop
    expect(settled.failed, failures.join('\n')).toBe(0);
    expect(settled.ok).toBeGreaterThanOrEqual(100);
    const answer = await fetch(`${bases[1]}/api/ask`, json('198.51.100.30', { question: 'Hva vil Helse Nord gjøre for samisktalende pasienter?' }));
    expect(answer.status).toBe(200);
  });

  it('answer streams pass through nginx event by event (X-Accel-Buffering: no)', async () => {
    const direct = await fetch(`${bases[1]}/api/ask/stream`, json('198.51.100.40', { question: 'Hvad gør Region Nordjylland for at korte ventetiderne?' }));
    expect(direct.headers.get('x-accel-buffering')).toBe('no');
    await direct.text();
    const proxied = await fetch(`${nginx.url}/api/ask/stream`, json('198.51.100.40', { question: 'Hvad gør Region Nordjylland for at korte ventetiderne?' }));
    expect(proxied.status).toBe(200);
    expect(await proxied.text()).toMatch(/event: done/);
  });
});
