import type { Kysely, SelectQueryBuilder } from 'kysely';
import { normalizeDecimal } from '../decimal-string.js';
import type { Database } from '../schema.js';
import { type JsonRowsColumn, jsonRowsInsert } from './json-rows-insert.js';
import type { NewRequestLog, RequestLogRecord, RequestLogSummary } from './new-request-log.js';
import { cleanJsonText, sanitizeRequestLog } from './sanitize-request-log.js';
import { clampPageSize, toPage, type Page } from './to-page.js';
import { aggregateUsageRollups, upsertUsageRollups } from './usage-rollup.js';

export interface RequestLogFilters {
  /** Inclusive lower bound on `createdAt`. */
  from?: Date;
  /** Exclusive upper bound on `createdAt`. */
  to?: Date;
  userId?: string;
  keyId?: string;
  providerId?: string;
  /** Matches the requested or the upstream model. */
  model?: string;
  /** A status family: 2 = 2xx, 4 = 4xx, 5 = 5xx. */
  statusClass?: 1 | 2 | 3 | 4 | 5;
  status?: number;
  sessionId?: string;
  /** Default 50, at most 500. */
  limit?: number;
  /** Only rows past this id in the page order (the previous page's `nextCursor`). */
  cursor?: number | null;
  /** Newest first (default) or oldest first, by id. */
  order?: 'asc' | 'desc';
  /** Only rows with an id above this one: what a live view has not seen yet. */
  after?: number;
}

// ~40 bind parameters per row: stay well under PostgreSQL's 65,535 per statement.
const INSERT_CHUNK_ROWS = 1000;

const SUMMARY_COLUMNS = [
  'id',
  'createdAt',
  'requestId',
  'userId',
  'keyId',
  'providerId',
  'sessionId',
  'protocol',
  'endpoint',
  'method',
  'requestedModel',
  'upstreamModel',
  'billedModel',
  'statusCode',
  'errorClass',
  'errorMessage',
  'durationMs',
  'ttfbMs',
  'isStream',
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'reasoningTokens',
  'costUsd',
  'costBreakdown',
  'costMultiplier',
  'decisionChain',
  'candidateCounts',
  'userAgent',
  'clientIp',
] as const satisfies readonly (keyof RequestLogSummary)[];

/** The insert's columns (all but the generated id), with how a sanitised log gives each. */
const LOG_COLUMNS: readonly JsonRowsColumn<NewRequestLog>[] = [
  ['created_at', (log) => log.createdAt],
  ['request_id', (log) => log.requestId],
  ['user_id', (log) => log.userId],
  ['key_id', (log) => log.keyId],
  ['provider_id', (log) => log.providerId],
  ['session_id', (log) => log.sessionId],
  ['protocol', (log) => log.protocol],
  ['endpoint', (log) => log.endpoint],
  ['method', (log) => log.method],
  ['requested_model', (log) => log.requestedModel],
  ['upstream_model', (log) => log.upstreamModel],
  ['billed_model', (log) => log.billedModel],
  ['status_code', (log) => log.statusCode],
  ['error_class', (log) => log.errorClass],
  ['error_message', (log) => log.errorMessage],
  ['duration_ms', (log) => log.durationMs],
  ['ttfb_ms', (log) => log.ttfbMs],
  ['is_stream', (log) => log.isStream],
  ['input_tokens', (log) => log.inputTokens],
  ['output_tokens', (log) => log.outputTokens],
  ['cache_read_tokens', (log) => log.cacheReadTokens],
  ['cache_write_5m_tokens', (log) => log.cacheWrite5mTokens],
  ['cache_write_1h_tokens', (log) => log.cacheWrite1hTokens],
  ['reasoning_tokens', (log) => log.reasoningTokens],
  ['cost_usd', (log) => log.costUsd],
  ['cost_breakdown', (log) => cleanJsonText(log.costBreakdown), true],
  ['cost_multiplier', (log) => log.costMultiplier],
  ['decision_chain', (log) => cleanJsonText(log.decisionChain), true],
  ['candidate_counts', (log) => cleanJsonText(log.candidateCounts), true],
  ['user_agent', (log) => log.userAgent],
  ['client_ip', (log) => log.clientIp],
  ['request_body', (log) => log.requestBody],
  ['response_body', (log) => log.responseBody],
];

const insertLogs = jsonRowsInsert('request_logs', LOG_COLUMNS);

function normalize<T extends { costUsd: string }>(row: T): T {
  return { ...row, costUsd: normalizeDecimal(row.costUsd) };
}

/**
 * Writes a batch of log rows and adds them to the hourly rollups, atomically: one multi-row
 * insert (split only past 1,000 rows) and one upsert per rollup key, in one transaction. Rows are
 * sanitised first (see {@link sanitizeRequestLog}); a row the database still refuses fails the
 * whole batch, rollups included, so a caller can split it and retry the rest.
 */
export async function insertRequestLogs(db: Kysely<Database>, logs: readonly NewRequestLog[]): Promise<void> {
  if (logs.length === 0) return;
  await db.transaction().execute((trx) => writeRequestLogs(trx, logs));
}

/**
 * {@link insertRequestLogs} inside a transaction the caller holds (e.g. a data import that must
 * land whole or not at all).
 */
export async function writeRequestLogs(trx: Kysely<Database>, logs: readonly NewRequestLog[]): Promise<void> {
  if (logs.length === 0) return;
  const clean = logs.map(sanitizeRequestLog);
  const rollups = aggregateUsageRollups(clean);
  for (let start = 0; start < clean.length; start += INSERT_CHUNK_ROWS) {
    await trx.executeQuery(insertLogs.compile(clean.slice(start, start + INSERT_CHUNK_ROWS)));
  }
  for (let start = 0; start < rollups.length; start += INSERT_CHUNK_ROWS) {
    await upsertUsageRollups(trx, rollups.slice(start, start + INSERT_CHUNK_ROWS));
  }
}

function applyFilters<O>(
  query: SelectQueryBuilder<Database, 'requestLogs', O>,
  filters: RequestLogFilters,
): SelectQueryBuilder<Database, 'requestLogs', O> {
  let q = query;
  if (filters.from) q = q.where('createdAt', '>=', filters.from);
  if (filters.to) q = q.where('createdAt', '<', filters.to);
  if (filters.userId !== undefined) q = q.where('userId', '=', filters.userId);
  if (filters.keyId !== undefined) q = q.where('keyId', '=', filters.keyId);
  if (filters.providerId !== undefined) q = q.where('providerId', '=', filters.providerId);
  if (filters.sessionId !== undefined) q = q.where('sessionId', '=', filters.sessionId);
  if (filters.status !== undefined) q = q.where('statusCode', '=', filters.status);
  if (filters.statusClass !== undefined) {
    const floor = filters.statusClass * 100;
    q = q.where('statusCode', '>=', floor).where('statusCode', '<', floor + 100);
  }
  const model = filters.model;
  if (model !== undefined) {
    q = q.where((eb) => eb.or([eb('requestedModel', '=', model), eb('upstreamModel', '=', model)]));
  }
  if (filters.cursor != null) q = q.where('id', filters.order === 'asc' ? '>' : '<', filters.cursor);
  if (filters.after !== undefined) q = q.where('id', '>', filters.after);
  return q;
}

/** Newest first by id (or oldest first with `order: 'asc'`), without the bodies; page with `nextCursor`. */
export async function listRequestLogs(
  db: Kysely<Database>,
  filters: RequestLogFilters = {},
): Promise<Page<RequestLogSummary>> {
  const limit = clampPageSize(filters.limit);
  const base = db.selectFrom('requestLogs').select(SUMMARY_COLUMNS);
  const rows = await applyFilters(base, filters)
    .orderBy('id', filters.order ?? 'desc')
    .limit(limit + 1)
    .execute();
  return toPage(rows.map(normalize), limit);
}

export async function getRequestLog(db: Kysely<Database>, id: number): Promise<RequestLogRecord | undefined> {
  const row = await db.selectFrom('requestLogs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && normalize(row);
}
