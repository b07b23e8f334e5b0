import { toJson } from '../to-json.js';

/**
 * The listed keys of `input` whose value is not undefined. Update patches are built from an
 * explicit allow-list so an unexpected property (an `id`, say) can never reach the SET clause.
 */
export function pickDefined<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    if (input[key] !== undefined) picked[key] = input[key];
  }
  return picked;
}

/** Like {@link pickDefined}, with every value encoded for a jsonb column. */
export function pickDefinedAsJson<T extends object, K extends keyof T>(
  input: T,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) {
    if (input[key] !== undefined) picked[key] = toJson(input[key]);
  }
  return picked;
}
