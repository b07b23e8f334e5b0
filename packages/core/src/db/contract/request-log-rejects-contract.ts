import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createLogWriter } from '../../request-log/log-writer.js';
import { isRejectedData } from '../is-rejected-data.js';
import type { NewRequestLog } from '../queries/new-request-log.js';
import { insertRequestLogs, listRequestLogs } from '../queries/request-logs.js';
import { makeRequestLog, type GetDb } from './contract-fixtures.js';

/** Values clients and upstreams can send that PostgreSQL refuses as they are. */
export function describeRequestLogRejectsContract(getDb: GetDb): void {
  const count = async (table: 'request_logs' | 'usage_hourly', column = 'count(*)') =>
    Number(
      (await sql<{ n: string }>`select ${sql.raw(column)}::text as n from ${sql.table(table)}`.execute(getDb())).rows[0]
        ?.n,
    );

  describe('request log rows the database would refuse', () => {
    it('stores NUL bytes, lone surrogates and absurd numbers cleaned, in columns and JSON alike', async () => {
      await insertRequestLogs(getDb(), [
        makeRequestLog({
          requestedModel: 'claude\u0000-opus',
          errorMessage: 'bad \ud800 half',
          userAgent: 'x'.repeat(10_000),
          inputTokens: 2 ** 40,
          outputTokens: Number.NaN,
          decisionChain: { attempts: [{ error: 'upstream said \u0000' }], 'key\u0000': '\udfff' },
        }),
      ]);
      const [row] = (await listRequestLogs(getDb())).items;
      expect(row).toMatchObject({
        requestedModel: 'claude\uFFFD-opus',
        errorMessage: 'bad \uFFFD half',
        inputTokens: 2 ** 31 - 1,
        outputTokens: 0,
        decisionChain: { attempts: [{ error: 'upstream said \uFFFD' }], 'key\uFFFD': '\uFFFD' },
      });
      expect(row?.userAgent).toHaveLength(500);
      expect(await count('usage_hourly', 'sum(input_tokens)')).toBe(2 ** 31 - 1);
    });

    it('a log writer sets aside the row the database refuses and writes all others, rollups included', async () => {
      const refused: NewRequestLog[] = [];
      const writer = createLogWriter<NewRequestLog>({
        write: (rows) => insertRequestLogs(getDb(), rows),
        isRejection: isRejectedData,
        onRejected: (rows) => refused.push(...rows),
        batchSize: 50,
        flushIntervalMs: 10,
        maxQueue: 1000,
      });
      const rows = Array.from({ length: 120 }, (_, i) =>
        makeRequestLog({
          requestId: `r${i}`,
          costUsd: i === 17 ? '99999999999' : '0.01', // past numeric(20, 10): no cleaning can save it
          requestedModel: i === 60 ? 'model\u0000with-nul' : 'claude-sonnet-4-5',
        }),
      );
      for (const row of rows) writer.enqueue(row);
      await writer.flush();
      expect(refused.map((row) => row.requestId)).toEqual(['r17']);
      expect(writer.stats()).toMatchObject({ queued: 0, written: 119, rejected: 1, failingSince: null });
      expect(await count('request_logs')).toBe(119);
      expect(await count('usage_hourly', 'sum(requests)')).toBe(119);
      expect(await count('usage_hourly', 'trim_scale(sum(cost_usd))')).toBe(1.19);
      expect(await writer.close()).toEqual([]);
    });

    it('tells refused data from an unreachable database', async () => {
      const refusal = await insertRequestLogs(getDb(), [makeRequestLog({ costUsd: '99999999999' })]).catch(
        (error: unknown) => error,
      );
      expect(isRejectedData(refusal)).toBe(true);
      const missingTable = await sql`select * from no_such_table`.execute(getDb()).catch((error: unknown) => error);
      expect(isRejectedData(missingTable)).toBe(false);
      const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      expect(isRejectedData(refused)).toBe(false);
      expect(isRejectedData(new Error('Connection terminated unexpectedly'))).toBe(false);
    });
  });
}
