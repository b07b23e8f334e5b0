import { type Database, toJson, writeRequestLogs } from '@cch/core';
import type { Kysely } from 'kysely';
import { KIND_SPECS, type KindSpec } from './data-kinds.js';
import { type LooseRow, loose } from './loose-db.js';
import type { ImportPlan } from './plan-import.js';

/** A record as its table takes it: jsonb columns as JSON text (or NULL where the column allows). */
function writable(spec: KindSpec, row: LooseRow): LooseRow {
  const out: LooseRow = { ...row };
  for (const column of spec.jsonColumns) {
    if (!(column in out)) continue;
    const value = out[column];
    out[column] = value === null && spec.nullableJsonColumns?.includes(column) ? null : toJson(value);
  }
  return out;
}

/** Writes a plan in one transaction: every record or none. */
export async function applyImport(db: Kysely<Database>, plan: ImportPlan): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const rows = loose(trx);
    for (const write of plan.writes) {
      const spec = KIND_SPECS[write.kind];
      const values = writable(spec, write.row);
      if (write.op === 'create') {
        await rows.insertInto(spec.table).values(values).execute();
        continue;
      }
      let update = rows
        .updateTable(spec.table)
        .set(Object.fromEntries(Object.entries(values).filter(([column]) => !spec.keyColumns.includes(column))));
      for (const column of spec.keyColumns) update = update.where(column, '=', write.row[column]);
      await update.execute();
    }
    await writeRequestLogs(trx, plan.logs);
  });
}
