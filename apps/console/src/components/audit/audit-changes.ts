/** One field that an audited change touched. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

const shown = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * The fields that differ between the recorded states, in name order: a creation lists what was
 * set, a deletion what was removed. Timestamps that change on every write are left out.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before) ?? {};
  const now = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((field) => field !== 'updatedAt');
  return fields
    .sort()
    .map((field) => ({ field, before: shown(old[field]), after: shown(now[field]) }))
    .filter((change) => change.before !== change.after);
}
