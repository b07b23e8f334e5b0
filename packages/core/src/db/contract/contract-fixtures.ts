import { sql, type Kysely } from 'kysely';
import { createSecretBox } from '../../crypto/secret-box.js';
import type { NewRequestLog } from '../queries/new-request-log.js';
import type { Database } from '../schema.js';

/** What the contract suites receive: the database of the backend under test, once it is open. */
export type GetDb = () => Kysely<Database>;

export const contractSecretBox = createSecretBox('storage-contract-encryption-key');

const TABLES = [
  'spend_resets',
  'audit_log',
  'settings',
  'usage_hourly',
  'request_logs',
  'request_bodies',
  'model_prices',
  'api_keys',
  'users',
  'providers',
];

export async function truncateAll(db: Kysely<Database>): Promise<void> {
  await sql`truncate table ${sql.join(TABLES.map((table) => sql.table(table)))} restart identity cascade`.execute(db);
}

export function makeRequestLog(overrides: Partial<NewRequestLog> = {}): NewRequestLog {
  return {
    createdAt: new Date('2026-11-22T10:15:00.000Z'),
    requestId: `req_${Math.random().toString(36).slice(2)}`,
    userId: 'user-1',
    keyId: 'key-1',
    providerId: 'provider-1',
    sessionId: 'session-1',
    protocol: 'anthropic',
    endpoint: '/v1/messages',
    method: 'POST',
    requestedModel: 'claude-sonnet-4-5',
    upstreamModel: 'claude-sonnet-4-5-20250929',
    billedModel: 'claude-sonnet-4-5',
    statusCode: 200,
    errorClass: null,
    errorMessage: null,
    durationMs: 1200,
    ttfbMs: 300,
    isStream: true,
    inputTokens: 100,
    outputTokens: 50,
    cacheReadTokens: 1000,
    cacheWrite5mTokens: 10,
    cacheWrite1hTokens: 20,
    reasoningTokens: 5,
    costUsd: '0.1',
    costBreakdown: { input: '0.0003', output: '0.00075' },
    costMultiplier: '1',
    decisionChain: [{ providerId: 'provider-1', reason: 'weighted_random', status: 200 }],
    candidateCounts: { group: 3, protocol: 2, model: 2 },
    userAgent: 'claude-cli/2.0.0',
    clientIp: '10.0.0.1',
    requestBody: null,
    responseBody: null,
    ...overrides,
  };
}

/** A value's runtime kind, to compare what each backend hands back. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return 'Date';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function kindsOf(record: object): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, kindOf(value)]));
}
