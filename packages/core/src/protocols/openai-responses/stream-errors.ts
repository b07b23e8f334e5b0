import type { ErrorKind } from '../../errors.js';

/** OpenAI error codes (of `error` events and failed responses) → the gateway's error kinds. */
const KIND_OF_CODE: Readonly<Record<string, { kind: ErrorKind; status: number }>> = {
  rate_limit_exceeded: { kind: 'rate_limit', status: 429 },
  insufficient_quota: { kind: 'billing', status: 402 },
  usage_limit_reached: { kind: 'billing', status: 402 },
  context_length_exceeded: { kind: 'invalid_request', status: 400 },
  invalid_prompt: { kind: 'invalid_request', status: 400 },
  invalid_request_error: { kind: 'invalid_request', status: 400 },
  server_is_overloaded: { kind: 'overloaded', status: 503 },
  slow_down: { kind: 'overloaded', status: 503 },
  server_error: { kind: 'api_error', status: 500 },
};

export function errorKindOfCode(code: string | null | undefined): { kind: ErrorKind; status: number } {
  return (code && KIND_OF_CODE[code]) || { kind: 'api_error', status: 502 };
}

/** The gateway's error kinds → the `code` a Responses client reads in an `error` event or a failed response. */
const CODE_OF_KIND: Readonly<Record<ErrorKind, string>> = {
  authentication: 'invalid_api_key',
  permission: 'permission_denied',
  invalid_request: 'invalid_request_error',
  not_found: 'not_found',
  too_large: 'context_length_exceeded',
  rate_limit: 'rate_limit_exceeded',
  billing: 'insufficient_quota',
  overloaded: 'server_is_overloaded',
  api_error: 'server_error',
  timeout: 'server_error',
};

export function codeOfErrorKind(kind: string): string {
  const codes: Readonly<Record<string, string>> = CODE_OF_KIND;
  return codes[kind] ?? 'server_error';
}
