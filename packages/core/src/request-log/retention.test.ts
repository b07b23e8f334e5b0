import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeRequestLog, truncateAll } from '../db/contract/contract-fixtures.js';
import { createDatabase, type DatabaseHandle, IN_MEMORY_DATA_DIR } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { getJobRun, recordJobRun } from '../db/queries/job-runs.js';
import { insertRequestLogs } from '../db/queries/request-logs.js';
import { countRequestLogsBefore, deleteOldRequestLogs, retentionCutoff } from './retention.js';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');
const CUTOFF = retentionCutoff(NOW, 30);
const HOUR_MS = 3_600_000;

async function withAdminClient(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** The same suite on every backend, like the storage contract. */
function describeRetention(
  backend: string,
  open: () => Promise<DatabaseHandle>,
  cleanup: () => Promise<void> = async () => undefined,
) {
  describe(`deleteOldRequestLogs on ${backend}`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await open();
      await migrateToLatest(handle.db);
    });
    afterAll(async () => {
      await handle?.close();
      await cleanup();
    });
    beforeEach(async () => {
      await truncateAll(handle.db);
      // 25 rows older than the cutoff (one per hour before it), one exactly at it, 4 newer.
      const old = Array.from({ length: 25 }, (_, i) =>
        makeRequestLog({ createdAt: new Date(CUTOFF.getTime() - (i + 1) * HOUR_MS) }),
      );
      const kept = [0, 1, 2, 3, 4].map((i) =>
        makeRequestLog({ createdAt: new Date(CUTOFF.getTime() + i * HOUR_MS), requestId: `kept-${i}` }),
      );
      await insertRequestLogs(handle.db, [...old, ...kept]);
    });

    const remaining = async () =>
      (await handle.db.selectFrom('requestLogs').select('requestId').orderBy('requestId').execute()).map(
        (r) => r.requestId,
      );
    const rollupTotals = async () =>
      handle.db
        .selectFrom('usageHourly')
        .select([sql<string>`sum(requests)::text`.as('requests'), sql<string>`sum(cost_usd)::text`.as('cost')])
        .executeTakeFirstOrThrow();

    it('deletes only rows before the cutoff, at most batchSize rows a statement, and keeps the rollups', async () => {
      const rollupsBefore = await rollupTotals();
      const result = await deleteOldRequestLogs(handle.db, { before: CUTOFF, batchSize: 10, pauseMs: 0 });
      expect(result).toEqual({ deleted: 25, batches: 3, complete: true });
      expect(await remaining()).toEqual(['kept-0', 'kept-1', 'kept-2', 'kept-3', 'kept-4']);
      expect(await rollupTotals()).toEqual(rollupsBefore);
      expect(rollupsBefore.requests).toBe('30');
    });

    it('stops after maxBatches and the next run finishes the job', async () => {
      expect(
        await deleteOldRequestLogs(handle.db, { before: CUTOFF, batchSize: 10, pauseMs: 0, maxBatches: 2 }),
      ).toEqual({ deleted: 20, batches: 2, complete: false });
      expect(await remaining()).toHaveLength(10);
      expect(await deleteOldRequestLogs(handle.db, { before: CUTOFF, batchSize: 10, pauseMs: 0 })).toEqual({
        deleted: 5,
        batches: 1,
        complete: true,
      });
      expect(await remaining()).toHaveLength(5);
    });

    it('pauses between statements and stops when aborted', async () => {
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(), 100);
      const result = await deleteOldRequestLogs(handle.db, {
        before: CUTOFF,
        batchSize: 10,
        pauseMs: 30_000,
        signal: controller.signal,
      });
      expect(result).toEqual({ deleted: 10, batches: 1, complete: false });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await remaining()).toHaveLength(20);
    });

    it('counts exactly the rows a purge before the same instant deletes', async () => {
      const counted = await countRequestLogsBefore(handle.db, CUTOFF);
      expect(counted).toBe(25);
      expect((await deleteOldRequestLogs(handle.db, { before: CUTOFF, pauseMs: 0 })).deleted).toBe(counted);
      expect(await countRequestLogsBefore(handle.db, CUTOFF)).toBe(0);
    });

    it("keeps one row per job: each run replaces the last one's time and details", async () => {
      await handle.db.deleteFrom('jobRuns').execute();
      expect(await getJobRun(handle.db, 'retention')).toBeUndefined();
      await recordJobRun(handle.db, 'retention', new Date(NOW - HOUR_MS), { removed: 3, cutoff: null });
      await recordJobRun(handle.db, 'retention', new Date(NOW), { removed: 25, cutoff: CUTOFF.toISOString() });
      expect(await getJobRun(handle.db, 'retention')).toEqual({
        job: 'retention',
        ranAt: new Date(NOW),
        details: { removed: 25, cutoff: CUTOFF.toISOString() },
      });
      expect(await handle.db.selectFrom('jobRuns').selectAll().execute()).toHaveLength(1);
    });

    it('does nothing when no row is old enough', async () => {
      const result = await deleteOldRequestLogs(handle.db, { before: retentionCutoff(NOW, 3650) });
      expect(result).toEqual({ deleted: 0, batches: 1, complete: true });
      expect(await remaining()).toHaveLength(30);
    });
  });
}

describe('retentionCutoff', () => {
  it('is N whole days before now', () => {
    expect(retentionCutoff(NOW, 30).toISOString()).toBe('2026-10-23T12:00:00.000Z');
  });
});

describeRetention('PGlite', () => createDatabase({ dataDir: IN_MEMORY_DATA_DIR }));

const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  const database = `cch_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  describeRetention(
    'PostgreSQL',
    async () => {
      await withAdminClient(adminUrl, (client) => client.query(`create database ${database}`));
      return createDatabase({ databaseUrl: url.toString(), dataDir: '/unused' });
    },
    () => withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${database} with (force)`)),
  );
} else {
  describe.skip('deleteOldRequestLogs on PostgreSQL (set TEST_DATABASE_URL)', () => {
    it('runs the same suite', () => undefined);
  });
}
