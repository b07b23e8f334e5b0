import type { ErrorKind } from '../../errors.js';
import type { ProtocolErrorInput, RenderedError, UpstreamErrorReading } from '../protocol-adapter.js';
import { isFinal, NO_RETRY } from './no-retry.js';
import { readErrorObject } from './read-error-object.js';

const ERROR_TYPES: Record<ErrorKind, string> = {
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

/** The inside of `{"error":{"message","type","code","param"}}`. */
export function openAiErrorDetail(error: ProtocolErrorInput): Record<string, unknown> {
  const message = `${error.message} (request id: ${error.requestId})`;
  const code = error.kind === 'billing' ? 'insufficient_quota' : error.code;
  return { message, type: ERROR_TYPES[error.kind], code, param: null };
}

/** `{"error":{"message","type","code","param"}}` as the OpenAI APIs write errors. */
export function openAiErrorBody(error: ProtocolErrorInput): Record<string, unknown> {
  return { error: openAiErrorDetail(error) };
}

/**
 * OpenAI reports a spent quota as 429 `insufficient_quota`, which its SDKs and Codex treat as
 * final; with `x-should-retry: false` the SDKs do not retry it (or any other final error) at all.
 */
export function renderOpenAiError(error: ProtocolErrorInput): RenderedError {
  if (!isFinal(error)) return { status: error.status, body: openAiErrorBody(error), headers: {} };
  const status = error.kind === 'billing' ? 429 : error.status;
  return { status, body: openAiErrorBody(error), headers: { ...NO_RETRY } };
}

export function readOpenAiErrorBody(json: unknown): UpstreamErrorReading | null {
  return readErrorObject(json, ['type', 'code']);
}
