/**
 * Encodes a value for a jsonb column. node-postgres would send a JS array as a PostgreSQL
 * array literal, so JSON is always written as text; `undefined` becomes JSON null.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Like {@link toJson}, but SQL NULL for a nullable column. */
export function toNullableJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
