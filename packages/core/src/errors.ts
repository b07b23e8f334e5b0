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
  client_outdated: { status: 403, kind: 'permission', message: 'This client version is not allowed; please update.' },
  content_refused: {
    status: 400,
    kind: 'invalid_request',
    message: 'The request contains content this gateway does not forward.',
  },
  invalid_request: { status: 400, kind: 'invalid_request', message: 'The request body is not valid.' },
  not_found: { status: 404, kind: 'not_found', message: 'Unknown endpoint.' },
  request_too_large: { status: 413, kind: 'too_large', message: 'The request body is too large.' },
  headers_too_large: { status: 431, kind: 'invalid_request', message: 'The request headers are too large.' },
  rate_limited: { status: 429, kind: 'rate_limit', message: 'Rate limit exceeded.' },
  concurrency_limited: { status: 429, kind: 'rate_limit', message: 'Too many concurrent sessions.' },
  spend_limited: { status: 402, kind: 'billing', message: 'Spending limit reached.' },
  no_route: { status: 400, kind: 'invalid_request', message: 'No provider is configured to serve this request.' },
  no_provider: { status: 503, kind: 'overloaded', message: 'No provider is available for this request right now.' },
  upstream_error: { status: 502, kind: 'api_error', message: 'The upstream refused the request.' },
  upstream_failed: { status: 502, kind: 'api_error', message: 'Every provider attempt failed.' },
  upstream_timeout: { status: 504, kind: 'timeout', message: 'The upstream did not answer in time.' },
  stream_interrupted: { status: 502, kind: 'api_error', message: 'The upstream stream was interrupted.' },
  shutting_down: {
    status: 503,
    kind: 'overloaded',
    message: 'The gateway is restarting and stopped this request; send it again.',
  },
  internal: { status: 500, kind: 'api_error', message: 'Internal gateway error.' },
} as const satisfies Record<string, { status: number; kind: ErrorKind; message: string }>;

export type ErrorKind =
  | 'authentication'
  | 'permission'
  | 'invalid_request'
  | 'not_found'
  | 'too_large'
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
  /** Clients should stop rather than retry (see the protocols' error rendering). */
  readonly final: boolean;

  constructor(
    code: GatewayErrorCode,
    options: {
      message?: string;
      headers?: Record<string, string>;
      status?: number;
      kind?: ErrorKind;
      /** Retrying within a client's patience cannot help (a spent quota, an outage of many minutes). */
      final?: boolean;
    } = {},
  ) {
    const entry = ERROR_CATALOGUE[code];
    super(options.message ?? entry.message);
    this.name = 'GatewayError';
    this.code = code;
    this.status = options.status ?? entry.status;
    this.kind = options.kind ?? entry.kind;
    this.headers = options.headers ?? {};
    this.final = options.final ?? this.kind === 'billing';
  }
}
