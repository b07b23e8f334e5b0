import { describe, expect, it } from 'vitest';
import { getRequestLog, insertRequestLogs, listRequestLogs, type RequestLogFilters } from '../queries/request-logs.js';
import { sumCost } from '../queries/usage-hourly.js';
import { makeRequestLog, type GetDb } from './contract-fixtures.js';

const HOUR_10 = new Date('2026-11-22T10:00:00.000Z');
const HOUR_11 = new Date('2026-11-22T11:00:00.000Z');
const at = (iso: string) => new Date(`2026-11-22T${iso}Z`);

export function describeRequestLogContract(getDb: GetDb): void {
  const rollups = () =>
    getDb().selectFrom('usageHourly').selectAll().orderBy('hour').orderBy('userId').orderBy('model').execute();

  describe('request logs and hourly rollups', () => {
    it('stores a batch and reads every field back', async () => {
      const log = makeRequestLog({ costUsd: '0.0012300000', requestBody: '{"a":1}', responseBody: 'ok' });
      await insertRequestLogs(getDb(), [log]);
      const [summary] = (await listRequestLogs(getDb())).items;
      expect(summary).toBeDefined();
      const stored = await getRequestLog(getDb(), summary?.id ?? -1);
      expect(stored).toEqual({ ...log, id: summary?.id, costUsd: '0.00123' });
      expect(summary).not.toHaveProperty('requestBody');
      await expect(getRequestLog(getDb(), 999_999)).resolves.toBeUndefined();
    });

    it('keeps quotes, backslashes, line breaks, emoji and escape-like text exactly, in columns and JSON', async () => {
      const tricky = 'say "hi"\\n\ttab \\u0000 is text 🚀 中文 \u2028 end\\';
      const log = makeRequestLog({
        requestedModel: 'model"with\'quotes',
        errorMessage: tricky,
        userAgent: `agent ${tricky}`,
        costBreakdown: { input: '0.5', note: tricky } as never,
        decisionChain: { attempts: [], rounds: [], session: { id: tricky, reused: false } } as never,
      });
      await insertRequestLogs(getDb(), [log]);
      const [summary] = (await listRequestLogs(getDb())).items;
      expect(await getRequestLog(getDb(), summary?.id ?? -1)).toEqual({ ...log, id: summary?.id });
    });

    it('adds each batch into the rollups, exactly, keyed by hour/user/key/provider/model', async () => {
      await insertRequestLogs(getDb(), [
        makeRequestLog({ createdAt: at('10:01:00'), costUsd: '0.1', ttfbMs: 100 }),
        makeRequestLog({
          createdAt: at('10:59:59.999'),
          costUsd: '0.2',
          ttfbMs: null,
          statusCode: 529,
          errorClass: 'overloaded',
        }),
        makeRequestLog({
          createdAt: at('10:30:00'),
          userId: null,
          keyId: null,
          providerId: null,
          billedModel: null,
          upstreamModel: null,
        }),
      ]);
      await insertRequestLogs(getDb(), [
        makeRequestLog({
          createdAt: at('10:45:00'),
          costUsd: '0.0000000001',
          ttfbMs: 50,
          errorClass: 'stream_aborted',
        }),
        makeRequestLog({ createdAt: at('11:00:00'), costUsd: '1' }),
      ]);
      const rows = await rollups();
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatchObject({
        hour: HOUR_10,
        userId: '',
        keyId: '',
        providerId: '',
        model: 'claude-sonnet-4-5',
        requests: 1,
      });
      expect(rows[1]).toEqual({
        hour: HOUR_10,
        userId: 'user-1',
        keyId: 'key-1',
        providerId: 'provider-1',
        model: 'claude-sonnet-4-5',
        requests: 3,
        errors: 2,
        inputTokens: 300,
        outputTokens: 150,
        cacheReadTokens: 3000,
        cacheWrite5mTokens: 30,
        cacheWrite1hTokens: 60,
        reasoningTokens: 15,
        costUsd: '0.3000000001',
        durationMsSum: 3600,
        ttfbMsSum: 150,
        ttfbCount: 2,
      });
      expect(rows[2]).toMatchObject({ hour: HOUR_11, requests: 1, costUsd: '1.0000000000' });
    });

    it('writes nothing when any row of the batch fails', async () => {
      const tooBig = makeRequestLog({ costUsd: '99999999999' }); // past numeric(20, 10)
      await expect(insertRequestLogs(getDb(), [makeRequestLog(), tooBig])).rejects.toThrow();
      await expect(listRequestLogs(getDb())).resolves.toEqual({ items: [], nextCursor: null });
      await expect(rollups()).resolves.toEqual([]);
      await expect(insertRequestLogs(getDb(), [])).resolves.toBeUndefined();
    });

    it('sums cost per user, key and provider over a time range', async () => {
      await insertRequestLogs(getDb(), [
        makeRequestLog({ createdAt: at('09:10:00'), costUsd: '0.5' }),
        makeRequestLog({ createdAt: at('10:10:00'), costUsd: '0.25', keyId: 'key-2', providerId: 'provider-2' }),
        makeRequestLog({ createdAt: at('11:10:00'), costUsd: '0.125' }),
      ]);
      const range = { from: new Date('2026-11-22T09:00:00Z'), to: HOUR_11 };
      await expect(sumCost(getDb(), { dimension: 'user', id: 'user-1', ...range })).resolves.toBe('0.75');
      await expect(sumCost(getDb(), { dimension: 'key', id: 'key-1', ...range })).resolves.toBe('0.5');
      await expect(sumCost(getDb(), { dimension: 'provider', id: 'provider-2', ...range })).resolves.toBe('0.25');
      await expect(sumCost(getDb(), { dimension: 'user', id: 'nobody', ...range })).resolves.toBe('0');
    });
  });

  describe('request log listing', () => {
    const seed = () =>
      insertRequestLogs(getDb(), [
        makeRequestLog({ createdAt: at('08:00:00'), userId: 'u-a', statusCode: 200 }),
        makeRequestLog({ createdAt: at('09:00:00'), userId: 'u-b', keyId: 'k-b', statusCode: 429 }),
        makeRequestLog({ createdAt: at('10:00:00'), providerId: 'p-c', statusCode: 503, sessionId: 's-c' }),
        makeRequestLog({
          createdAt: at('11:00:00'),
          requestedModel: 'gpt-5',
          upstreamModel: 'gpt-5-2025',
          statusCode: 201,
        }),
        makeRequestLog({ createdAt: at('12:00:00'), upstreamModel: 'mapped-model', statusCode: 400 }),
      ]);
    const times = async (filters: RequestLogFilters) =>
      (await listRequestLogs(getDb(), filters)).items.map((log) => log.createdAt.toISOString().slice(11, 13));

    it('filters by time range, user, key, provider, model, status and session', async () => {
      await seed();
      expect(await times({})).toEqual(['12', '11', '10', '09', '08']);
      expect(await times({ from: at('09:00:00'), to: at('11:00:00') })).toEqual(['10', '09']);
      expect(await times({ userId: 'u-a' })).toEqual(['08']);
      expect(await times({ keyId: 'k-b' })).toEqual(['09']);
      expect(await times({ providerId: 'p-c' })).toEqual(['10']);
      expect(await times({ model: 'gpt-5' })).toEqual(['11']);
      expect(await times({ model: 'mapped-model' })).toEqual(['12']);
      expect(await times({ statusClass: 2 })).toEqual(['11', '08']);
      expect(await times({ statusClass: 4 })).toEqual(['12', '09']);
      expect(await times({ status: 503 })).toEqual(['10']);
      expect(await times({ sessionId: 's-c' })).toEqual(['10']);
      expect(await times({ statusClass: 4, userId: 'u-b' })).toEqual(['09']);
    });

    it('pages by descending id with a cursor', async () => {
      await insertRequestLogs(
        getDb(),
        Array.from({ length: 4 }, (_, i) => makeRequestLog({ requestId: `r${i}` })),
      );
      await insertRequestLogs(
        getDb(),
        Array.from({ length: 3 }, (_, i) => makeRequestLog({ requestId: `r${i + 4}` })),
      );
      const seen: string[] = [];
      let cursor: number | null = null;
      let pages = 0;
      do {
        const page = await listRequestLogs(getDb(), { limit: 3, cursor });
        seen.push(...page.items.map((log) => log.requestId));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null);
      expect(pages).toBe(3);
      expect(seen).toEqual(['r6', 'r5', 'r4', 'r3', 'r2', 'r1', 'r0']);
    });
  });
}
