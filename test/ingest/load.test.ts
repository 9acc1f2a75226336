import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFileRecords, recordSettledStats, type CorpusFileRecord } from '../../src/ingest/load.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const NORDJYLLAND = 'region-nordjylland-vision-og-retning.txt';
const HELSE_NORD = 'helse-nord-strategi.txt';

describe('corpusFileRecords (the staleness check at start)', () => {
  let dir: string;
  let first: CorpusFileRecord[];

  beforeAll(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'strategisvar-records-')), 'corpus');
    await cp('corpus', dir, { recursive: true });
    // Files changed within the last 2 s are not vouched for by their stat: let the copies age.
    await new Promise((r) => setTimeout(r, 2_100));
    first = await corpusFileRecords(dir);
  }, 10_000);

  it('hashes every document and records the stat of files old enough to trust', async () => {
    expect(first.map((r) => r.file)).toContain(HELSE_NORD);
    for (const record of first) {
      expect(record.sha256).toBe(sha256(await readFile(join(dir, record.file))));
      expect(record.stat?.size).toBe((await stat(join(dir, record.file))).size);
    }
  });

  it('does not reread a file whose stat is unchanged', async () => {
    // A recorded hash that is not the file's: kept, which shows the file was not read again.
    const known = first.map((r) => (r.file === NORDJYLLAND ? { ...r, sha256: 'recorded' } : r));
    const again = await corpusFileRecords(dir, known);
    expect(again.find((r) => r.file === NORDJYLLAND)!.sha256).toBe('recorded');
  });

  it('rehashes a file edited in place with the same size and modification time, and does not trust its fresh stat', async () => {
    const file = join(dir, HELSE_NORD);
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    const edited = text.replace('Helse', 'HELSE');
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    await utimes(file, before.atime, before.mtime); // mtime set back; the change time still moves
    const after = await corpusFileRecords(dir, first);
    const record = after.find((r) => r.file === HELSE_NORD)!;
    expect(record.sha256).toBe(sha256(Buffer.from(edited)));
    expect(record.sha256).not.toBe(first.find((r) => r.file === HELSE_NORD)!.sha256);
    expect(record.stat).toBeUndefined();
  });

  it('records the stat of a fresh file once it has settled, only if its bytes are still the ones hashed', async () => {
    const fresh = await corpusFileRecords(dir, first);
    const helseNord = fresh.find((r) => r.file === HELSE_NORD)!;
    expect(helseNord.stat).toBeUndefined();
    await new Promise((r) => setTimeout(r, 2_100));
    const settled = await recordSettledStats(dir, [helseNord, { ...helseNord, file: NORDJYLLAND }]);
    expect(settled[0].stat?.size).toBe((await stat(join(dir, HELSE_NORD))).size);
    // Not the bytes hashed (another file's hash): no stat, so the next start rehashes it and sees the change.
    expect(settled[1]).toEqual({ ...helseNord, file: NORDJYLLAND });
  }, 10_000);
});
