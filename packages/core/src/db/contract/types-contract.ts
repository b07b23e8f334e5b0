import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createProvider } from '../queries/providers.js';
import { getRequestLog, insertRequestLogs, listRequestLogs } from '../queries/request-logs.js';
import { contractSecretBox, kindsOf, makeRequestLog, type GetDb } from './contract-fixtures.js';

// The same literal expectations run against every backend, so passing on all of them proves
// they hand back identical JS types: int/int8 → number, numeric → string, timestamptz → Date.
const REQUEST_LOG_KINDS = {
  id: 'number',
  createdAt: 'Date',
  requestId: 'string',
  userId: 'string',
  keyId: 'string',
  providerId: 'string',
  sessionId: 'null',
  protocol: 'string',
  endpoint: 'string',
  method: 'string',
  requestedModel: 'string',
  upstreamModel: 'string',
  billedModel: 'null',
  statusCode: 'number',
  errorClass: 'null',
  errorMessage: 'string',
  durationMs: 'number',
  ttfbMs: 'number',
  isStream: 'boolean',
  inputTokens: 'number',
  outputTokens: 'number',
  cacheReadTokens: 'number',
  cacheWrite5mTokens: 'number',
  cacheWrite1hTokens: 'number',
  reasoningTokens: 'number',
  costUsd: 'string',
  costBreakdown: 'object',
  costMultiplier: 'string',
  decisionChain: 'array',
  candidateCounts: 'object',
  userAgent: 'string',
  clientIp: 'null',
  requestBody: 'string',
  responseBody: 'null',
};

const ROLLUP_KINDS = {
  hour: 'Date',
  userId: 'string',
  keyId: 'string',
  providerId: 'string',
  model: 'string',
  requests: 'number',
  errors: 'number',
  inputTokens: 'number',
  outputTokens: 'number',
  cacheReadTokens: 'number',
  cacheWrite5mTokens: 'number',
  cacheWrite1hTokens: 'number',
  reasoningTokens: 'number',
  costUsd: 'string',
  durationMsSum: 'number',
  ttfbMsSum: 'number',
  ttfbCount: 'number',
};

export function describeTypesContract(getDb: GetDb): void {
  describe('JS types', () => {
    it('are the same for request logs and rollups on every backend', async () => {
      await insertRequestLogs(getDb(), [
        makeRequestLog({ sessionId: null, billedModel: null, errorMessage: 'x', clientIp: null, requestBody: 'b' }),
      ]);
      const [summary] = (await listRequestLogs(getDb())).items;
      const log = await getRequestLog(getDb(), summary?.id ?? -1);
      expect(kindsOf(log ?? {})).toEqual(REQUEST_LOG_KINDS);
      const rollup = await getDb().selectFrom('usageHourly').selectAll().executeTakeFirstOrThrow();
      expect(kindsOf(rollup)).toEqual(ROLLUP_KINDS);
    });

    it('are the same for providers', async () => {
      const provider = await createProvider(getDb(), contractSecretBox, {
        name: 'p',
        type: 'gemini',
        baseUrl: 'https://g',
        apiKey: 'k',
        costMultiplier: '1.50',
      });
      expect(kindsOf(provider)).toMatchObject({
        weight: 'number',
        priority: 'number',
        costMultiplier: 'string',
        createdAt: 'Date',
        timeouts: 'object',
        groups: 'array',
        activeHours: 'null',
        concurrencyLimit: 'null',
        enabled: 'boolean',
      });
      expect(provider.costMultiplier).toBe('1.50');
    });

    it('read int8 aggregates as numbers and numeric as exact strings', async () => {
      const result = await sql<{ count: unknown; big: unknown; money: unknown }>`
        select (select count(*) from users) as count, 9007199254740991::int8 as big,
          0.1::numeric + 0.2::numeric as money`.execute(getDb());
      expect(result.rows).toEqual([{ count: 0, big: Number.MAX_SAFE_INTEGER, money: '0.3' }]);
    });

    it('refuse an int8 that a JS number cannot hold', async () => {
      await expect(sql`select 9007199254740993::int8 as big`.execute(getDb())).rejects.toThrow(/safe integer range/);
    });
  });
}
