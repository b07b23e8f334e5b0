import { DATA_KINDS, type DataKind, type ImportConflict, type ImportKindCounts } from '@cch/contract';
import type { Database, NewRequestLog, SecretBox } from '@cch/core';
import type { Kysely } from 'kysely';
import { KIND_SPECS, type KindSpec, keyOf, type TableKind, VOLATILE_COLUMNS } from './data-kinds.js';
import { type LooseRow, loose, plainRow } from './loose-db.js';
import type { ImportFile } from './read-import-file.js';

export interface RowWrite {
  kind: TableKind;
  op: 'create' | 'update';
  row: LooseRow;
}

/** What an import would do; a dry run reports it, a real import writes `writes` and `logs`. */
export interface ImportPlan {
  kinds: ImportKindCounts[];
  conflicts: ImportConflict[];
  writes: RowWrite[];
  logs: NewRequestLog[];
}

/** JSON with sorted object keys, so jsonb's reordering never reads as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function comparable(row: LooseRow): string {
  return canonical(Object.fromEntries(Object.entries(row).filter(([column]) => !VOLATILE_COLUMNS.has(column))));
}

function label(spec: KindSpec, row: LooseRow): string {
  const key = keyOf(spec, row);
  return spec.nameColumn ? `${String(row[spec.nameColumn])} (${key})` : key;
}

function opens(box: SecretBox, sealed: unknown): boolean {
  if (typeof sealed !== 'string') return true;
  try {
    box.decrypt(sealed);
    return true;
  } catch {
    return false;
  }
}

interface KindState {
  byKey: Map<string, LooseRow>;
  byName: Map<string, string>;
  byUnique: Map<string, string>;
}

async function loadKind(db: Kysely<Database>, spec: KindSpec): Promise<KindState> {
  const rows = (await loose(db).selectFrom(spec.table).selectAll().execute()).map(plainRow);
  const state: KindState = { byKey: new Map(), byName: new Map(), byUnique: new Map() };
  for (const row of rows) {
    const key = keyOf(spec, row);
    state.byKey.set(key, row);
    if (spec.nameColumn) state.byName.set(String(row[spec.nameColumn]), key);
    if (spec.uniqueColumn) state.byUnique.set(String(row[spec.uniqueColumn]), key);
  }
  return state;
}

/** Why a record cannot be imported, or null when it can. */
function conflictOf(
  spec: KindSpec,
  row: LooseRow,
  state: KindState,
  present: ReadonlyMap<TableKind, ReadonlySet<string>>,
  box: SecretBox,
): string | null {
  const key = keyOf(spec, row);
  for (const column of spec.sealedColumns)
    if (!opens(box, row[column])) return `${column} was encrypted with another ENCRYPTION_KEY`;
  if (spec.parent) {
    const parentKey = String(row[spec.parent.column] ?? '');
    const allowed = spec.parent.allowEmpty && parentKey === '';
    if (!allowed && !present.get(spec.parent.kind)?.has(parentKey))
      return `its ${spec.parent.kind} ${parentKey} is neither in the file nor in this installation`;
  }
  if (spec.nameColumn) {
    const holder = state.byName.get(String(row[spec.nameColumn]));
    if (holder !== undefined && holder !== key) return `the name is already used by ${holder}`;
  }
  if (spec.uniqueColumn) {
    const holder = state.byUnique.get(String(row[spec.uniqueColumn]));
    if (holder !== undefined && holder !== key) return `the same ${spec.uniqueColumn} already belongs to ${holder}`;
  }
  return null;
}

const LOG_LOOKUP_CHUNK = 500;

/**
 * The file's request logs this installation lacks (by request id). Each lookup is bounded by the
 * chunk's time range, so it walks the created_at index instead of the whole table.
 */
async function planRequestLogs(db: Kysely<Database>, rows: readonly LooseRow[], counts: ImportKindCounts) {
  const logs = rows.map((row) => ({
    ...(row as unknown as NewRequestLog),
    createdAt: new Date(String(row.createdAt)),
  }));
  const fresh: NewRequestLog[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < logs.length; start += LOG_LOOKUP_CHUNK) {
    const chunk = logs.slice(start, start + LOG_LOOKUP_CHUNK);
    const times = chunk.map((log) => log.createdAt.getTime());
    const found = await db
      .selectFrom('requestLogs')
      .select('requestId')
      .where('createdAt', '>=', new Date(Math.min(...times)))
      .where('createdAt', '<=', new Date(Math.max(...times)))
      .where(
        'requestId',
        'in',
        chunk.map((log) => log.requestId),
      )
      .execute();
    for (const row of found) seen.add(row.requestId);
    for (const log of chunk) {
      if (seen.has(log.requestId)) counts.unchanged += 1;
      else {
        counts.create += 1;
        seen.add(log.requestId);
        fresh.push(log);
      }
    }
  }
  return fresh;
}

/**
 * Compares every record of the file with this installation: create (new key), update (same key,
 * different content), unchanged, or conflict (name or key hash held by another record, a secret
 * sealed with another key, a missing parent). Reads only.
 */
export async function planImport(db: Kysely<Database>, box: SecretBox, file: ImportFile): Promise<ImportPlan> {
  const byKind = new Map<DataKind, LooseRow[]>();
  for (const record of file.records) {
    const list = byKind.get(record.type) ?? [];
    list.push(record.data as LooseRow);
    byKind.set(record.type, list);
  }
  const plan: ImportPlan = { kinds: [], conflicts: [], writes: [], logs: [] };
  const present = new Map<TableKind, Set<string>>();
  for (const kind of DATA_KINDS) {
    const counts: ImportKindCounts = { kind, create: 0, update: 0, unchanged: 0, conflicts: 0 };
    plan.kinds.push(counts);
    const rows = byKind.get(kind) ?? [];
    if (kind === 'requestLog') {
      plan.logs = await planRequestLogs(db, rows, counts);
      continue;
    }
    const spec = KIND_SPECS[kind];
    const state = await loadKind(db, spec);
    const keys = new Set(state.byKey.keys());
    present.set(kind, keys);
    const seen = new Set<string>();
    for (const row of rows) {
      const key = keyOf(spec, row);
      const reason = seen.has(key) ? 'appears twice in the file' : conflictOf(spec, row, state, present, box);
      seen.add(key);
      if (reason) {
        counts.conflicts += 1;
        plan.conflicts.push({ kind, key: label(spec, row), reason });
        continue;
      }
      const existing = state.byKey.get(key);
      if (existing && comparable(existing) === comparable({ ...existing, ...row })) {
        counts.unchanged += 1;
        continue;
      }
      counts[existing ? 'update' : 'create'] += 1;
      plan.writes.push({ kind, op: existing ? 'update' : 'create', row });
      keys.add(key);
      // later records of the file see this one's name and unique value as taken
      if (spec.nameColumn) state.byName.set(String(row[spec.nameColumn]), key);
      if (spec.uniqueColumn) state.byUnique.set(String(row[spec.uniqueColumn]), key);
    }
  }
  return plan;
}
