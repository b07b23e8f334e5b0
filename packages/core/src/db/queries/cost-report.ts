import { type Kysely, sql } from 'kysely';
import { normalizeDecimal } from '../decimal-string.js';
import type { Database } from '../schema.js';

export const COST_REPORT_DIMENSIONS = ['user', 'key', 'provider', 'model'] as const;
export type CostReportDimension = (typeof COST_REPORT_DIMENSIONS)[number];

const COLUMN = {
  user: 'userId',
  key: 'keyId',
  provider: 'providerId',
  model: 'model',
} as const satisfies Record<CostReportDimension, string>;

export interface CostReportQuery {
  /** The grouping, in order (e.g. user then model); at least one dimension. */
  by: readonly CostReportDimension[];
  /** Inclusive, rounded down to its hour (the rollups are hourly). */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Groups read per query (default 2,000). */
  pageRows?: number;
}

export interface CostReportRow {
  /** One value per dimension of `by`, in the same order ('' for requests without one). */
  keys: string[];
  requests: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  reasoningTokens: number;
  costUsd: string;
}

const DEFAULT_PAGE_ROWS = 2_000;

type Measure = keyof Omit<CostReportRow, 'keys'>;
/** A column's sum as text: bigint and numeric sums arrive exact, whatever the driver. */
const sumText = (column: Measure) => sql<string>`sum(${sql.ref(column)})::text`.as(column);

/**
 * The cost report from the hourly rollups, grouped by the asked dimensions, in pages: a page is
 * read only when the previous one was consumed (keyset on the group keys), so a report over
 * millions of rollup rows never sits in memory whole.
 */
export async function* costReportRows(db: Kysely<Database>, query: CostReportQuery): AsyncGenerator<CostReportRow> {
  const columns = query.by.map((dimension) => COLUMN[dimension]);
  const pageRows = query.pageRows ?? DEFAULT_PAGE_ROWS;
  let after: string[] | null = null;
  for (;;) {
    let select = db
      .selectFrom('usageHourly')
      .select(columns)
      .select([
        sumText('requests'),
        sumText('errors'),
        sumText('inputTokens'),
        sumText('outputTokens'),
        sumText('cacheReadTokens'),
        sumText('cacheWrite5mTokens'),
        sumText('cacheWrite1hTokens'),
        sumText('reasoningTokens'),
        sumText('costUsd'),
      ])
      .where('hour', '>=', query.from)
      .where('hour', '<', query.to);
    if (after !== null) {
      const keyset = sql<boolean>`(${sql.join(columns.map((column) => sql.ref(column)))}) > (${sql.join(after)})`;
      select = select.where(keyset);
    }
    const rows = await select
      .groupBy(columns)
      .orderBy(columns.map((column) => sql.ref(column)))
      .limit(pageRows)
      .execute();
    for (const row of rows) {
      const record = row as Record<string, string>;
      yield {
        keys: columns.map((column) => record[column] ?? ''),
        requests: Number(record.requests),
        errors: Number(record.errors),
        inputTokens: Number(record.inputTokens),
        outputTokens: Number(record.outputTokens),
        cacheReadTokens: Number(record.cacheReadTokens),
        cacheWrite5mTokens: Number(record.cacheWrite5mTokens),
        cacheWrite1hTokens: Number(record.cacheWrite1hTokens),
        reasoningTokens: Number(record.reasoningTokens),
        costUsd: normalizeDecimal(record.costUsd ?? '0'),
      };
    }
    if (rows.length < pageRows) return;
    const last = rows[rows.length - 1] as Record<string, string>;
    after = columns.map((column) => last[column] ?? '');
  }
}
