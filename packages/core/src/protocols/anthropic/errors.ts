import type { ErrorKind } from '../../errors.js';
import type { ProtocolErrorInput, RenderedError, UpstreamErrorReading } from '../protocol-adapter.js';
import { isFinal, NO_RETRY } from '../shared/no-retry.js';
import { isErrorWithout, readErrorObject } from '../shared/read-error-object.js';

const ERROR_TYPES: Record<ErrorKind, string> = {
  authentication: 'authentication_error',
  permission: 'permission_error',
  invalid_request: 'invalid_request_error',
  not_found: 'not_found_error',
  too_large: 'request_too_large',
  rate_limit: 'rate_limit_error',
  billing: 'billing_error',
  overloaded: 'overloaded_error',
  api_error: 'api_error',
  timeout: 'timeout_error',
};

const STATUS_OF_KIND: Record<ErrorKind, number> = {
  authentication: 401,
  permission: 403,
  invalid_request: 400,
  not_found: 404,
  too_large: 413,
  rate_limit: 429,
  billing: 402,
  overloaded: 529,
  api_error: 500,
  timeout: 504,
};

function isErrorKind(kind: string): kind is ErrorKind {
  return Object.hasOwn(ERROR_TYPES, kind);
}

/** Anthropic's `error.type` for an error kind (`api_error` for a kind it does not know). */
export function anthropicErrorType(kind: string): string {
  return isErrorKind(kind) ? ERROR_TYPES[kind] : 'api_error';
}

/** The kind and status of an Anthropic `error.type` (an in-stream `error` event has no status of its own). */
export function errorKindOfAnthropicType(type: string): { kind: ErrorKind; status: number } {
  const kinds = Object.keys(ERROR_TYPES) as ErrorKind[]; // the keys of a Record<ErrorKind, …>
  const kind = kinds.find((k) => ERROR_TYPES[k] === type) ?? 'api_error';
  return { kind, status: STATUS_OF_KIND[kind] };
}

function errorBody(error: ProtocolErrorInput): Record<string, unknown> {
  const message = `${error.message} (request id: ${error.requestId})`;
  return { type: 'error', error: { type: ERROR_TYPES[error.kind], message }, request_id: error.requestId };
}

/**
 * `{"type":"error","error":{"type":…,"message":…},"request_id":…}` as the Messages API writes it;
 * Claude Code prints the message. A spent quota says `x-should-retry: false` so it stops at once.
 */
export function renderAnthropicError(error: ProtocolErrorInput): RenderedError {
  return { status: error.status, body: errorBody(error), headers: isFinal(error) ? { ...NO_RETRY } : {} };
}

/** The same error as an `event: error` frame, which Claude Code and the SDKs raise mid-stream. */
export function renderAnthropicStreamError(error: ProtocolErrorInput): string {
  return `event: error\ndata: ${JSON.stringify(errorBody(error))}\n\n`;
}

export function readAnthropicErrorBody(json: unknown): UpstreamErrorReading | null {
  return readErrorObject(json, ['type']);
}

/** A Messages answer always has `content`. */
export function isAnthropicErrorAnswer(json: unknown): boolean {
  return isErrorWithout(json, ['content']);
}
