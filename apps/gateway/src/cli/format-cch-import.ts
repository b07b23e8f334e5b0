import type { CchImportOutcome } from './cch/run-cch-import.js';

/** The importer's report: one row per kind that has records, then every conflict and skipped row. */
export function formatCchImport(outcome: CchImportOutcome): string {
  const lines = [outcome.applied ? 'Applied:' : 'Dry run (nothing written; add --apply to import):'];
  lines.push(`${'kind'.padEnd(12)} ${'create'.padStart(7)} ${'update'.padStart(7)} ${'same'.padStart(7)} conflicts`);
  for (const kind of outcome.plan.kinds) {
    if (kind.create + kind.update + kind.unchanged + kind.conflicts === 0) continue;
    const cells = [kind.create, kind.update, kind.unchanged].map((n) => String(n).padStart(7)).join(' ');
    lines.push(`${kind.kind.padEnd(12)} ${cells} ${kind.conflicts}`);
  }
  for (const conflict of outcome.plan.conflicts)
    lines.push(`conflict  ${conflict.kind} ${conflict.key}: ${conflict.reason}`);
  for (const row of outcome.skipped) lines.push(`skipped   ${row.kind} ${row.key}: ${row.reason}`);
  return `${lines.join('\n')}\n`;
}
