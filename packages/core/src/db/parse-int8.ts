/** PostgreSQL's type OID for int8 / bigint / bigserial (and `count(*)`). */
export const INT8_OID = 20;

/**
 * Both backends read int8 through this parser so counts and ids are plain JS numbers.
 * A value past 2^53 cannot be a number without silently losing digits, so it fails loudly
 * instead; sums that may grow that large are computed as numeric (a decimal string).
 */
export function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new RangeError(`int8 value ${value} is outside the safe integer range; cast it to numeric in the query.`);
  }
  return parsed;
}
