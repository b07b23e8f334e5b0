/** The value as a plain JSON object, or null for anything else (arrays, primitives, null). */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>) // checked: a non-null, non-array object
    : null;
}
