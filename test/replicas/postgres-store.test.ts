import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresFeedbackStore } from '../../src/feedback/postgres.js';
import { inBatches, openFeedbackStore, type FeedbackStore } from '../../src/feedback/store.js';
import { missingServices, startPostgres, type Service } from '../helpers/services.js';

/**
 * The PostgreSQL feedback store (DATABASE_URL) keeps the SQLite store's promises (test/widget/feedback-store):
 * every field back as written, pages newest first, the cap, concurrent writers; and it refuses to start on
 * a database that cannot take writes. Each test gets a database of its own in one throwaway cluster.
 */
const missing = missingServices().filter((name) => name === 'postgresql');
if (missing.length > 0 && process.env.CI) throw new Error('test/replicas: postgresql not installed; .ci/run installs it');

const CITATION = { id: 1, region: 'Region Nordjylland', document: 'Vision og retning', section: 'Sundhed', quote: 'Vi vil respektere patientens tid.' };
const everything = async (store: FeedbackStore) => (await store.list({ limit: Number.MAX_SAFE_INTEGER })).reverse();

let server: Service;
let databases = 0;
const open: FeedbackStore[] = [];

/** A new, empty database's URL. */
async function freshDatabase(): Promise<string> {
  const name = `feedback_${++databases}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

async function openStore(url: string, maxRows?: number): Promise<FeedbackStore> {
  const store = await openPostgresFeedbackStore(url, { maxRows });
  open.push(store);
  return store;
}

describe.skipIf(missing.length > 0)('feedback store on PostgreSQL', () => {
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  afterAll(async () => server?.stop());

  it('is what openFeedbackStore opens when DATABASE_URL is set; stores every field and reads it back', async () => {
    const url = await freshDatabase();
    const store = await openFeedbackStore({ DATA_DIR: '/nonexistent', FEEDBACK_MAX_ROWS: 10, DATABASE_URL: url });
    open.push(store);
    const id = await store.add({ question: 'Hvad er visionen?', answer: 'Svar [1]', rating: 'up', comment: 'Godt', citations: [CITATION], language: 'da' });
    const [entry] = await everything(store);
    expect(entry).toMatchObject({ id, question: 'Hvad er visionen?', answer: 'Svar [1]', rating: 'up', comment: 'Godt', language: 'da', citations: [CITATION] });
    expect(entry.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await store.add({ question: 'q', answer: 'a', rating: 'down' });
    expect((await everything(store))[1]).toMatchObject({ comment: null, language: null, citations: [] });
    expect(await store.usage()).toMatchObject({ rows: 2 });
    await expect(store.check()).resolves.toBeUndefined();
  });

  it('persists concurrent writes from one store and from several (as from several processes)', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    const ids = await Promise.all(
      Array.from({ length: 150 }, (_, i) => stores[i % 3].add({ question: `q${i}`, answer: 'a', rating: 'up' })),
    );
    expect(new Set(ids).size).toBe(150);
    expect(await everything(stores[0])).toHaveLength(150);
  });

  it('lists pages newest first, below an id when asked (ids beyond the column type too), in lazy batches', async () => {
    const store = await openStore(await freshDatabase());
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push(await store.add({ question: `q${i}`, answer: 'a', rating: 'up' }));
    const idsOf = async (page: { limit: number; before?: number }) => (await store.list(page)).map((e) => e.id);
    expect(await idsOf({ limit: 2 })).toEqual([ids[6], ids[5]]);
    expect(await idsOf({ limit: 2, before: ids[3] })).toEqual([ids[2], ids[1]]);
    expect(await idsOf({ limit: 10, before: ids[0] })).toEqual([]);
    expect(await idsOf({ limit: 1, before: 99_999_999_999 })).toEqual([ids[6]]);
    const batches = [];
    for await (const batch of inBatches(store, { limit: 6 }, 4)) batches.push(batch.map((e) => e.id));
    expect(batches).toEqual([ids.slice(3).reverse(), ids.slice(1, 3).reverse()]);
  });

  it('keeps only the newest maxRows ratings; a restart with a lower cap trims at once', async () => {
    const url = await freshDatabase();
    const uncapped = await openPostgresFeedbackStore(url);
    for (const i of [1, 2, 3]) await uncapped.add({ question: `old ${i}`, answer: 'a', rating: 'up' });
    await uncapped.close();

    const capped = await openStore(url, 2);
    expect((await everything(capped)).map((e) => e.question)).toEqual(['old 2', 'old 3']);
    for (const i of [4, 5, 6]) await capped.add({ question: `new ${i}`, answer: 'a', rating: 'down' });
    expect((await everything(capped)).map((e) => e.question)).toEqual(['new 5', 'new 6']);
  });

  it('refuses to open a database that cannot take writes', async () => {
    const url = await freshDatabase();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET default_transaction_read_only = on`);
    await admin.end();
    await expect(openPostgresFeedbackStore(url)).rejects.toThrow(/read-only/);
  });
});
