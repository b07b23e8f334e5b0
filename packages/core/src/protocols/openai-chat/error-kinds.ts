import type { ErrorKind } from '../../errors.js';

/**
 * OpenAI error `type` / `code` ⇄ the gateway's error kinds, for errors that travel inside a
 * stream (a `{"error": …}` chunk has no HTTP status of its own).
 */
const KIND_OF_TYPE: Readonly<Record<string, ErrorKind>> = {
  invalid_request_error: 'invalid_request',
  authentication_error: 'authentication',
  invalid_api_key: 'authentication',
  permission_error: 'permission',
  not_found_error: 'not_found',
  rate_limit_exceeded: 'rate_limit',
  rate_limit_error: 'rate_limit',
  tokens: 'rate_limit',
  requests: 'rate_limit',
  insufficient_quota: 'billing',
  server_error: 'api_error',
  api_error: 'api_error',
  overloaded_error: 'overloaded',
  timeout: 'timeout',
};

const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  authentication: 401,
  permission: 403,
  invalid_request: 400,
  not_found: 404,
  too_large: 413,
  rate_limit: 429,
  billing: 429,
  overloaded: 503,
  api_error: 500,
  timeout: 504,
};

const TYPE_OF_KIND: Readonly<Record<ErrorKind, string>> = {
  authentication: 'invalid_request_error',
  permission: 'permission_error',
  invalid_request: 'invalid_request_error',
  not_found: 'not_found_error',
  too_large: 'invalid_request_error',
  rate_limit: 'rate_limit_exceeded',
  billing: 'insufficient_quota',
  overloaded: 'server_error',
  api_error: 'server_error',
  timeout: 'timeout',
};

/** The kind and status an in-stream error names by its `code` or `type` (`api_error` / 500 when neither is known). */
export function errorKindOfOpenAi(code: string | null, type: string | null): { kind: ErrorKind; status: number } {
  const kind = (code && KIND_OF_TYPE[code]) || (type && KIND_OF_TYPE[type]) || 'api_error';
  return { kind, status: STATUS_OF_KIND[kind] };
}

function isErrorKind(kind: string): kind is ErrorKind {
  return Object.hasOwn(TYPE_OF_KIND, kind);
}

/** OpenAI's `error.type` for an IR error kind. */
export function openAiErrorTypeOf(kind: string): string {
  return isErrorKind(kind) ? TYPE_OF_KIND[kind] : 'server_error';
}
