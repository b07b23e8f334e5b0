import { isApiError } from '../../api/api-error';

/** Where a server field path lands in the form (nested settings are flat there). */
function formPath(serverField: string): string {
  const [head, ...rest] = serverField.split('.');
  if ((head === 'timeouts' || head === 'circuitBreaker' || head === 'limits') && rest.length > 0) return rest.join('.');
  if (head === 'activeHours') return rest[0] === 'end' ? 'activeEnd' : 'activeStart';
  return serverField;
}

/** A failed save: the problem's summary, and its per-field messages keyed by form path. */
export function serverErrors(error: unknown): { summary: string; fields: Partial<Record<string, string>> } | null {
  if (!error) return null;
  if (!isApiError(error)) return { summary: error instanceof Error ? error.message : String(error), fields: {} };
  const fields: Partial<Record<string, string>> = {};
  const items: unknown = error.problem?.errors;
  if (Array.isArray(items)) {
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const { field, message } = item as Record<string, unknown>; // Safe: checked to be a non-null object.
      if (typeof field === 'string' && typeof message === 'string') fields[formPath(field)] ??= message;
    }
  }
  return { summary: error.detail ?? error.title, fields };
}
