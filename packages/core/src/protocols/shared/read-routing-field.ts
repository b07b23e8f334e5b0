import type { RoutingRefusal } from '../protocol-adapter.js';

const MAX_MODEL_LENGTH = 256;
/** C0 controls and DEL: never part of a model name, and NUL is refused by PostgreSQL text columns. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function isRoutingRefusal(value: unknown): value is RoutingRefusal {
  return typeof value === 'object' && value !== null && 'invalid' in value;
}

/** A model name as routing, billing and the ledger can use it; `required` for model calls. */
export function readModel(value: unknown, field: string, required: boolean): string | null | RoutingRefusal {
  if (value === undefined || value === null) return required ? { invalid: `${field} is required.` } : null;
  if (typeof value !== 'string' || value.length === 0) return { invalid: `${field} must be a non-empty string.` };
  if (value.length > MAX_MODEL_LENGTH) return { invalid: `${field} is longer than ${MAX_MODEL_LENGTH} characters.` };
  if (hasControlCharacter(value)) return { invalid: `${field} contains control characters.` };
  return value;
}

/** An optional boolean flag (`stream`). */
export function readFlag(value: unknown, field: string): boolean | RoutingRefusal {
  if (value === undefined || value === null) return false;
  return typeof value === 'boolean' ? value : { invalid: `${field} must be a boolean.` };
}

/** An optional positive token count (`max_tokens` and its cousins). */
export function readTokenLimit(value: unknown, field: string): number | null | RoutingRefusal {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    return { invalid: `${field} must be a positive integer.` };
  }
  return value;
}
