import { describe, expect, it } from 'vitest';
import { type CostReportRow, costReportRows } from '../queries/cost-report.js';
import { insertRequestLogs } from '../queries/request-logs.js';
import { type GetDb, makeRequestLog } from './contract-fixtures.js';

const at = (iso: string) => new Date(`2026-11-22T${iso}Z`);

async function collect(rows: AsyncIterable<CostReportRow>): Promise<CostReportRow[]> {
  const all: CostReportRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

export function describeCostReportContract(getDb: GetDb): void {
  describe('cost report from the rollups', () => {
    it('groups by the asked dimensions within the period, exactly, in key order', async () => {
      await insertRequestLogs(getDb(), [
        makeRequestLog({ createdAt: at('09:59:59'), userId: 'u-a', costUsd: '5' }), // before the period
        makeRequestLog({ createdAt: at('10:10:00'), userId: 'u-b', billedModel: 'm-1', costUsd: '0.1' }),
        makeRequestLog({ createdAt: at('10:20:00'), userId: 'u-b', billedModel: 'm-1', costUsd: '0.2' }),
        makeRequestLog({ createdAt: at('11:05:00'), userId: 'u-b', billedModel: 'm-2', costUsd: '0.0000000001' }),
        makeRequestLog({ createdAt: at('11:30:00'), userId: 'u-a', billedModel: 'm-2', costUsd: '1', statusCode: 500 }),
        makeRequestLog({ createdAt: at('12:00:00'), userId: 'u-a', costUsd: '7' }), // `to` is exclusive
      ]);
      const rows = await collect(
        costReportRows(getDb(), { by: ['user', 'model'], from: at('10:00:00'), to: at('12:00:00') }),
      );
      expect(rows.map((row) => [row.keys, row.requests, row.errors, row.costUsd])).toEqual([
        [['u-a', 'm-2'], 1, 1, '1'],
        [['u-b', 'm-1'], 2, 0, '0.3'],
        [['u-b', 'm-2'], 1, 0, '0.0000000001'],
      ]);
      expect(rows[1]).toMatchObject({ inputTokens: 200, outputTokens: 100, cacheReadTokens: 2000 });
    });

    it('reads page after page without skipping or repeating a group', async () => {
      const logs = Array.from({ length: 23 }, (_, index) =>
        makeRequestLog({ userId: `u-${String(index % 7).padStart(2, '0')}`, billedModel: `m-${index % 3}` }),
      );
      await insertRequestLogs(getDb(), logs);
      const query = { by: ['user', 'model'] as const, from: at('00:00:00'), to: at('23:00:00') };
      const whole = await collect(costReportRows(getDb(), query));
      const paged = await collect(costReportRows(getDb(), { ...query, pageRows: 4 }));
      expect(whole).toHaveLength(21);
      expect(paged).toEqual(whole);
      expect(paged.reduce((sum, row) => sum + row.requests, 0)).toBe(23);
    });
  });
}
