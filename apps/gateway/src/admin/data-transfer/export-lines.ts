import { hostname } from 'node:os';
import { DATA_KINDS, EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader } from '@cch/contract';
import type { Database } from '@cch/core';
import type { Kysely } from 'kysely';
import { KIND_SPECS } from './data-kinds.js';
import { loose, plainRow } from './loose-db.js';

export interface ExportOptions {
  now: Date;
  /** Request logs to include; null leaves them out. */
  logs: { from?: Date | undefined; to?: Date | undefined } | null;
  /** Rows per request-log page: only one page is held in memory at a time. */
  logPageSize?: number;
}

const LOG_PAGE = 1_000;

/** Every line of an export (JSON Lines, each with its newline): header, records in kind order, end. */
export async function* exportLines(db: Kysely<Database>, options: ExportOptions): AsyncGenerator<string> {
  const header: ExportHeader = {
    type: 'header',
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    source: `claude-code-hub@${hostname()}`,
    exportedAt: options.now.toISOString(),
    includesLogs: options.logs !== null,
  };
  yield `${JSON.stringify(header)}\n`;
  let records = 0;
  const rows = loose(db);
  for (const kind of DATA_KINDS) {
    if (kind === 'requestLog') continue;
    const spec = KIND_SPECS[kind];
    let query = rows.selectFrom(spec.table).selectAll();
    for (const column of spec.keyColumns) query = query.orderBy(column);
    for (const row of await query.execute()) {
      records += 1;
      yield `${JSON.stringify({ type: kind, data: plainRow(row) })}\n`;
    }
  }
  if (options.logs) {
    for await (const page of logPages(db, options.logs, options.logPageSize ?? LOG_PAGE)) {
      records += page.length;
      yield page.map((row) => `${JSON.stringify({ type: 'requestLog', data: row })}\n`).join('');
    }
  }
  yield `${JSON.stringify({ type: 'end', records })}\n`;
}

/** Request logs oldest first by id, one page per query (keyset pagination, never OFFSET). */
async function* logPages(
  db: Kysely<Database>,
  range: { from?: Date | undefined; to?: Date | undefined },
  pageSize: number,
): AsyncGenerator<Record<string, unknown>[]> {
  let after = 0;
  for (;;) {
    let query = db.selectFrom('requestLogs').selectAll().where('id', '>', after);
    if (range.from) query = query.where('createdAt', '>=', range.from);
    if (range.to) query = query.where('createdAt', '<', range.to);
    const page = await query.orderBy('id').limit(pageSize).execute();
    if (page.length === 0) return;
    after = page[page.length - 1]?.id ?? after;
    yield page.map(({ id: _id, ...row }) => plainRow(row));
    if (page.length < pageSize) return;
  }
}
