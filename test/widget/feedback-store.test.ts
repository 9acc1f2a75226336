import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { csvCell, feedbackCsvStream } from '../../src/feedback/csv.js';
import { openSqliteFeedbackStore } from '../../src/feedback/sqlite.js';
import { feedbackDbPath, inBatches, type FeedbackEntry, type FeedbackStore } from '../../src/feedback/store.js';

const WRITER = fileURLToPath(new URL('./fixtures/write-feedback.ts', import.meta.url));
const freshPath = () => feedbackDbPath(join(mkdtempSync(join(tmpdir(), 'strategisvar-feedback-')), 'nested', 'data'));

const CITATION = {
  id: 1,
  region: 'Region Nordjylland',
  document: 'Vision og retning',
  section: 'Sundhed › Respekt for patientens tid',
  quote: 'Vi vil respektere patientens tid.',
};

/** Every rating in the store, oldest first. */
const everything = async (store: FeedbackStore) => (await store.list({ limit: Number.MAX_SAFE_INTEGER })).reverse();

/** The stream's bytes as text, byte order mark kept (Response.text() would drop it). */
const csvOf = async (batches: FeedbackEntry[][]) => {
  const stream = feedbackCsvStream((async function* () { yield* batches; })());
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('utf8');
};

/** Every batch of a lazy async read, collected. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function runWriter(file: string, count: number, tag: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, String(count), tag], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${tag} exited ${code}: ${stderr}`))));
  });
}

describe('feedback store', () => {
  const open: FeedbackStore[] = [];
  const openStore = (file: string, maxRows?: number) => {
    const store = openSqliteFeedbackStore(file, { maxRows });
    open.push(store);
    return store;
  };
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });

  it('creates the data directory, stores every field and reads them back', async () => {
    const store = openStore(freshPath());
    const id = await store.add({ question: 'Hvad er visionen?', answer: 'Svar [1]', rating: 'up', comment: 'Godt', citations: [CITATION], language: 'da' });
    const [entry] = await everything(store);
    expect(entry).toMatchObject({ id, question: 'Hvad er visionen?', answer: 'Svar [1]', rating: 'up', comment: 'Godt', language: 'da', citations: [CITATION] });
    expect(Date.parse(entry.createdAt)).not.toBeNaN();
    await store.add({ question: 'q', answer: 'a', rating: 'down' });
    expect((await everything(store))[1]).toMatchObject({ comment: null, language: null, citations: [] });
  });

  it('keeps everything across closing and reopening (a restart), in WAL mode', async () => {
    const file = freshPath();
    const first = openSqliteFeedbackStore(file);
    const ids: number[] = [];
    for (const i of [1, 2, 3]) ids.push(await first.add({ question: `q${i}`, answer: 'a', rating: 'up' }));
    await first.close();

    const reopened = openStore(file);
    expect((await everything(reopened)).map((e) => e.id)).toEqual(ids);
    expect(await reopened.add({ question: 'q4', answer: 'a', rating: 'down' })).toBeGreaterThan(ids[2]);

    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('persists many concurrent writes from promises in one process', async () => {
    const store = openStore(freshPath());
    const ids = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i % 7));
        return store.add({ question: `q${i}`, answer: 'a', rating: 'up' });
      }),
    );
    expect(new Set(ids).size).toBe(200);
    expect(await everything(store)).toHaveLength(200);
  });

  it('persists concurrent writes from several processes sharing the file', async () => {
    const file = freshPath();
    const here = openStore(file);
    const writers = ['a', 'b', 'c', 'd'].map((tag) => runWriter(file, 60, tag));
    for (let i = 0; i < 50; i++) await here.add({ question: `main ${i}`, answer: 'a', rating: 'up' });
    await Promise.all(writers);
    const all = await everything(here);
    expect(all).toHaveLength(290);
    for (const tag of ['a', 'b', 'c', 'd', 'main']) {
      expect(all.filter((e) => e.question.startsWith(`${tag} `))).toHaveLength(tag === 'main' ? 50 : 60);
    }
  });

  it('lists a page newest first, below an id when asked', async () => {
    const store = openStore(freshPath());
    const ids: number[] = [];
    for (const i of [1, 2, 3, 4, 5]) ids.push(await store.add({ question: `q${i}`, answer: 'a', rating: 'up' }));
    const idsOf = async (page: { limit: number; before?: number }) => (await store.list(page)).map((e) => e.id);
    expect(await idsOf({ limit: 2 })).toEqual([ids[4], ids[3]]);
    expect(await idsOf({ limit: 2, before: ids[3] })).toEqual([ids[2], ids[1]]);
    expect(await idsOf({ limit: 10, before: ids[1] })).toEqual([ids[0]]);
    expect(await idsOf({ limit: 10, before: ids[0] })).toEqual([]);
  });

  it('reads a page in batches, lazily', async () => {
    const store = openStore(freshPath());
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push(await store.add({ question: `q${i}`, answer: 'a', rating: 'up' }));
    const batches = (await collect(inBatches(store, { limit: 6 }, 4))).map((batch) => batch.map((e) => e.id));
    expect(batches).toEqual([ids.slice(3).reverse(), ids.slice(1, 3).reverse()]);
    expect((await collect(inBatches(store, { limit: 100, before: ids[2] }, 4))).flat().map((e) => e.id)).toEqual([ids[1], ids[0]]);
  });

  it('keeps only the newest maxRows ratings, dropping the oldest as new ones arrive', async () => {
    const file = freshPath();
    const uncapped = openSqliteFeedbackStore(file);
    for (const i of [1, 2, 3]) await uncapped.add({ question: `old ${i}`, answer: 'a', rating: 'up' });
    await uncapped.close();

    // A restart with a lower cap trims at once.
    const capped = openStore(file, 2);
    expect((await everything(capped)).map((e) => e.question)).toEqual(['old 2', 'old 3']);
    const ids: number[] = [];
    for (const i of [4, 5, 6]) ids.push(await capped.add({ question: `new ${i}`, answer: 'a', rating: 'down' }));
    expect((await everything(capped)).map((e) => e.question)).toEqual(['new 5', 'new 6']);
    expect((await everything(capped)).map((e) => e.id)).toEqual(ids.slice(1));

    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 2 });
    raw.close();
  });
});

describe('feedback CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hej"')).toBe('"say ""hej"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(7)).toBe('7');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const formula of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(formula);
      expect(cell.startsWith(`"'`)).toBe(true);
      expect(cell).toContain(formula.replaceAll('"', '""'));
    }
  });

  it('streams a header, one row per entry across batches, and readable citations', async () => {
    const entry = (id: number): FeedbackEntry => ({
      id,
      createdAt: '2025-01-01T00:00:00.000Z',
      question: 'Hvad, hvorfor?',
      answer: '=cmd|calc',
      rating: 'down',
      comment: null,
      language: 'da',
      citations: [CITATION],
    });
    const csv = await csvOf([[entry(3), entry(2)], [entry(1)]]);
    expect(csv.startsWith('\uFEFFid,created_at,rating,language,question,answer,comment,citations\r\n')).toBe(true);
    expect(csv).toContain(`3,2025-01-01T00:00:00.000Z,down,da,"Hvad, hvorfor?","'=cmd|calc",,`);
    expect(csv).toContain('[1] Region Nordjylland – Vision og retning – Sundhed › Respekt for patientens tid');
    expect(csv.match(/^\d+,/gm)).toEqual(['3,', '2,', '1,']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('is just the header for no entries', async () => {
    expect(await csvOf([])).toBe('\uFEFFid,created_at,rating,language,question,answer,comment,citations\r\n');
  });
});
