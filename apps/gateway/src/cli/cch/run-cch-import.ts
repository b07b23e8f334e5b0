import { createDatabase, type Database, insertAuditLog, type SecretBox } from '@cch/core';
import type { Kysely } from 'kysely';
import { applyImport } from '../../admin/data-transfer/apply-import.js';
import { type ImportPlan, planImport } from '../../admin/data-transfer/plan-import.js';
import { mapCchRows, type MappedRecords, sealWith } from './map-cch-rows.js';
import { readCchTables } from './read-cch-tables.js';

export interface CchImportOptions {
  /** postgres:// URL of the original Claude Code Hub database (only read). */
  from: string;
  /** Write the plan; otherwise only preview it. */
  apply: boolean;
  /** Our database and secret box. */
  db: Kysely<Database>;
  box: SecretBox;
  now: Date;
}

export interface CchImportOutcome {
  plan: ImportPlan;
  skipped: MappedRecords['skipped'];
  applied: boolean;
}

/** The source as the audit log may name it: host and database, never the password. */
export function describeSource(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgres';
  }
}

async function readSource(url: string) {
  const source = await createDatabase({ databaseUrl: url, dataDir: '/unused' });
  try {
    return await readCchTables(source.db);
  } finally {
    await source.close();
  }
}

/**
 * Reads providers, users, keys and model prices from an original Claude Code Hub database and
 * plans them into ours like an import file (provider keys sealed with our ENCRYPTION_KEY, user
 * keys hashed); `apply` writes the plan in one transaction and audits it.
 */
export async function runCchImport(options: CchImportOptions): Promise<CchImportOutcome> {
  const tables = await readSource(options.from);
  const sealed = await options.db.selectFrom('providers').select(['id', 'apiKeyEncrypted']).execute();
  const seal = sealWith(options.box, new Map(sealed.map((row) => [row.id, row.apiKeyEncrypted])));
  const mapped = mapCchRows(tables, seal, options.now);
  const header = {
    type: 'header' as const,
    format: 'cch-export' as const,
    version: 1 as const,
    source: describeSource(options.from),
    exportedAt: options.now.toISOString(),
    includesLogs: false,
  };
  const plan = await planImport(options.db, options.box, { header, records: mapped.records });
  if (!options.apply) return { plan, skipped: mapped.skipped, applied: false };
  await applyImport(options.db, plan);
  await insertAuditLog(options.db, {
    actor: 'cli:import-cch',
    action: 'data.import-cch',
    targetType: 'data',
    targetId: header.source,
    after: { kinds: plan.kinds, conflicts: plan.conflicts.length, skipped: mapped.skipped.length },
    ip: null,
  });
  return { plan, skipped: mapped.skipped, applied: true };
}
