/** Errors of a socket that never reached, or lost, the database server. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** What node-postgres says when a connection could not be made or broke. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is closed',
  'PGlite is closed',
];

/**
 * SQLSTATEs of a server that is there but cannot serve: 08 connection exception, 53 insufficient
 * resources (too many connections, out of memory), 57P01–57P03 shutting down or starting up.
 */
function isUnavailableState(code: string): boolean {
  return code.startsWith('08') || code.startsWith('53') || ['57P01', '57P02', '57P03'].includes(code);
}

/**
 * True when an error means the database cannot be reached or cannot serve right now (the caller
 * answers 503 and may retry later), as opposed to a bug or bad input.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
  if (code !== null && (NETWORK_CODES.has(code) || ('severity' in error && isUnavailableState(code)))) return true;
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  const message = error instanceof Error ? error.message : '';
  return DRIVER_MESSAGES.some((text) => message.includes(text));
}
