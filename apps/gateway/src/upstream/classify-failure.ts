/** Why an attempt failed, and what the failover loop should do about it. */
export interface Failure {
  errorClass: string;
  message: string;
  status: number | null;
  /** Transport errors may be retried on the same provider (bounded by its retry budget). */
  transport: boolean;
  /** Whether it counts against the provider's circuit breaker. */
  countsForBreaker: boolean;
  /** Upstream asked us to wait (429 retry-after): cool the provider down that long. */
  cooldownMs: number | null;
  /** The upstream's error as sent, for the error rules: the type it named and the start of its body. */
  upstream?: { errorType: string | null; body: string };
  /** Set by an error rule: what the client sees if this stays the last failure. */
  clientView?: { status: number | null; message: string | null };
}

const CLIENT_ERROR_STATUSES = new Set([400, 413, 414, 422, 431]);

/** 400 invalid request, 413/414/431 too large, 422: the caller's fault; returned unretried and never counted. */
export function isClientError(status: number): boolean {
  return CLIENT_ERROR_STATUSES.has(status);
}

export function parseRetryAfter(value: string | string[] | undefined, now: number): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function failureFromStatus(status: number, retryAfterMs: number | null, message: string): Failure {
  if (status === 429) {
    return {
      errorClass: 'rate_limited',
      message,
      status,
      transport: false,
      countsForBreaker: false,
      cooldownMs: retryAfterMs ?? 60_000,
    };
  }
  const errorClass =
    status >= 500
      ? status === 529
        ? 'overloaded'
        : 'upstream_5xx'
      : status === 401 || status === 403
        ? 'upstream_auth'
        : 'upstream_4xx';
  return { errorClass, message, status, transport: false, countsForBreaker: status !== 404, cooldownMs: null };
}

export function fake2xx(
  errorClass: 'empty_response' | 'html_response' | 'error_body' | 'stream_error_event' | 'empty_stream',
  message: string,
): Failure {
  return { errorClass, message, status: 200, transport: false, countsForBreaker: true, cooldownMs: null };
}

const TIMEOUT_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect_timeout',
  UND_ERR_HEADERS_TIMEOUT: 'first_byte_timeout',
  UND_ERR_BODY_TIMEOUT: 'stream_idle_timeout',
  FIRST_BYTE_TIMEOUT: 'first_byte_timeout',
  TOTAL_TIMEOUT: 'total_timeout',
};

/** Network and timeout errors; messages name the class, never the upstream URL. */
export function failureFromError(error: unknown, countNetworkErrors: boolean): Failure {
  const code = errorCode(error);
  const timeout = TIMEOUT_CODES[code];
  if (timeout) {
    return {
      errorClass: timeout,
      message: `Upstream ${timeout.replaceAll('_', ' ')}`,
      status: null,
      transport: timeout === 'connect_timeout',
      countsForBreaker: countNetworkErrors,
      cooldownMs: null,
    };
  }
  return {
    errorClass: 'network_error',
    message: `Upstream connection failed (${code || 'unknown'})`,
    status: null,
    transport: true,
    countsForBreaker: countNetworkErrors,
    cooldownMs: null,
  };
}

export function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown }).cause;
  return cause && cause !== error ? errorCode(cause) : '';
}
