/**
 * The catalogue of errors the gateway produces itself. Each has a stable code, an HTTP
 * status and a public message; the proxy renders them in the caller's protocol, the admin
 * API as problem+json. Messages never contain secrets or upstream URLs.
 */
export const ERROR_CATALOGUE = {
  missing_api_key: { status: 401, kind: 'authentication', message: 'No API key was provided.' },
  conflicting_api_keys: { status: 401, kind: 'authentication', message: 'The request carries two different API keys.' },
  invalid_api_key: { status: 401, kind: 'authentication', message: 'The API key is not valid.' },
  disabled_api_key: { status: 401, kind: 'authentication', message: 'The API key is disabled.' },
  expired_api_key: { status: 401, kind: 'authentication', message: 'The API key has expired.' },
  disabled_user: { status: 401, kind: 'authentication', message: 'The user is disabled.' },
  expired_user: { status: 401, kind: 'authentication', message: 'The user has expired.' },
  model_not_allowed: { status: 403, kind: 'permission', message: 'This key may not use the requested model.' },
  client_not_allowed: { status: 403, kind: 'permission', message: 'This client is not allowed.' },
  invalid_request: { status: 400, kind: 'invalid_request', message: 'The request body is not valid.' },
  not_found: { status: 404, kind: 'not_found', message: 'Unknown endpoint.' },
  rate_limited: { status: 429, kind: 'rate_limit', message: 'Rate limit exceeded.' },
  concurrency_limited: { status: 429, kind: 'rate_limit', message: 'Too many concurrent sessions.' },
  spend_limited: { status: 402, kind: 'billing', message: 'Spending limit reached.' },
  no_provider: { status: 503, kind: 'overloaded', message: 'No provider is available for this request.' },
  upstream_failed: { status: 502, kind: 'api_error', message: 'Every provider attempt failed.' },
  upstream_timeout: { status: 504, kind: 'timeout', message: 'The upstream did not answer in time.' },
  stream_interrupted: { status: 502, kind: 'api_error', message: 'The upstream stream was interrupted.' },
  internal: { status: 500, kind: 'api_error', message: 'Internal gateway error.' },
} as const satisfies Record<string, { status: number; kind: ErrorKind; message: string }>;

export type ErrorKind =
  | 'authentication'
  | 'permission'
  | 'invalid_request'
  | 'not_found'
  | 'rate_limit'
  | 'billing'
  | 'overloaded'
  | 'api_error'
  | 'timeout';

export type GatewayErrorCode = keyof typeof ERROR_CATALOGUE;

export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly status: number;
  readonly kind: ErrorKind;
  /** Extra response headers (Retry-After, X-RateLimit-*). */
  readonly headers: Record<string, string>;

  constructor(code: GatewayErrorCode, options: { message?: string; headers?: Record<string, string> } = {}) {
    const entry = ERROR_CATALOGUE[code];
    super(options.message ?? entry.message);
    this.name = 'GatewayError';
    this.code = code;
    this.status = entry.status;
    this.kind = entry.kind;
    this.headers = options.headers ?? {};
  }
}
