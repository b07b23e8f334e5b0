import type { UpstreamErrorReading } from '@cch/core';

const MAX_TEXT = 500;

/**
 * A failed upstream answer as one readable line for logs and the breaker's reason:
 * `HTTP 529 overloaded_error: Overloaded`, read by the provider's protocol, else the start of the
 * body as sent.
 */
export function upstreamErrorText(
  status: number,
  body: Buffer,
  readErrorBody: (json: unknown) => UpstreamErrorReading | null,
): string {
  const raw = body
    .subarray(0, 64 * 1024)
    .toString()
    .trim();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // not JSON: the body as sent
  }
  const reading = parsed === null ? null : readErrorBody(parsed);
  if (reading) return `HTTP ${status} ${reading.type ? `${reading.type}: ` : ''}${reading.message}`.slice(0, MAX_TEXT);
  return raw === '' ? `HTTP ${status}` : `HTTP ${status}: ${raw}`.slice(0, MAX_TEXT);
}

/** The error type the upstream's body names (`overloaded_error`, `RESOURCE_EXHAUSTED` …), or null. */
export function upstreamErrorType(
  body: Buffer,
  readErrorBody: (json: unknown) => UpstreamErrorReading | null,
): string | null {
  try {
    return readErrorBody(JSON.parse(body.subarray(0, 64 * 1024).toString()))?.type ?? null;
  } catch {
    return null;
  }
}
