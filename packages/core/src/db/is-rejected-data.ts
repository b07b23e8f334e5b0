/**
 * SQLSTATE classes that mean "these values are bad", not "the database is away": 22 data
 * exception (invalid byte sequence, out of range …), 23 integrity constraint violation, 54
 * program limit exceeded (a value too large to store). Retrying such a batch fails forever.
 */
const REJECTED_DATA_CLASSES: ReadonlySet<string> = new Set(['22', '23', '54']);

function sqlState(error: object): string | null {
  // pg's DatabaseError and PGlite's error both carry the server's SQLSTATE as `code` and a `severity`.
  if (!('severity' in error) || !('code' in error)) return null;
  const code = error.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/**
 * True when the database refused a statement because of the values in it (a data error from the
 * server, or a value the driver could not even serialise), so splitting the batch isolates the
 * culprit. False for everything that says the database is unreachable or busy — connection
 * refused or reset, timeouts, shutdown, serialization failures, resource limits — which are
 * retried as they are.
 */
export function isRejectedData(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = sqlState(error);
  if (code !== null) return REJECTED_DATA_CLASSES.has(code.slice(0, 2));
  // thrown while encoding parameters, before anything reached the server (e.g. JSON.stringify on a BigInt)
  return error instanceof TypeError || error instanceof RangeError;
}
