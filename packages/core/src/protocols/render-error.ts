import type { ProtocolId } from '../domain/protocol.js';
import type { ErrorKind } from '../errors.js';

const ANTHROPIC_TYPES: Record<ErrorKind, string> = {
  authentication: 'authentication_error',
  permission: 'permission_error',
  invalid_request: 'invalid_request_error',
  not_found: 'not_found_error',
  rate_limit: 'rate_limit_error',
  billing: 'billing_error',
  overloaded: 'overloaded_error',
  api_error: 'api_error',
  timeout: 'timeout_error',
};

const OPENAI_TYPES: Record<ErrorKind, string> = {
  authentication: 'invalid_request_error',
  permission: 'permission_error',
  invalid_request: 'invalid_request_error',
  not_found: 'not_found_error',
  rate_limit: 'rate_limit_exceeded',
  billing: 'insufficient_quota',
  overloaded: 'server_error',
  api_error: 'server_error',
  timeout: 'timeout',
};

const GOOGLE_STATUS: Record<ErrorKind, string> = {
  authentication: 'UNAUTHENTICATED',
  permission: 'PERMISSION_DENIED',
  invalid_request: 'INVALID_ARGUMENT',
  not_found: 'NOT_FOUND',
  rate_limit: 'RESOURCE_EXHAUSTED',
  billing: 'RESOURCE_EXHAUSTED',
  overloaded: 'UNAVAILABLE',
  api_error: 'INTERNAL',
  timeout: 'DEADLINE_EXCEEDED',
};

export interface ProtocolErrorInput {
  status: number;
  kind: ErrorKind;
  code: string;
  message: string;
  requestId: string;
}

/** A gateway error as the caller's protocol writes errors, so each CLI shows it properly. */
export function renderProtocolError(protocol: ProtocolId, error: ProtocolErrorInput): Record<string, unknown> {
  const message = `${error.message} (request id: ${error.requestId})`;
  switch (protocol) {
    case 'anthropic':
      return { type: 'error', error: { type: ANTHROPIC_TYPES[error.kind], message }, request_id: error.requestId };
    case 'openai-chat':
    case 'openai-responses':
      return { error: { message, type: OPENAI_TYPES[error.kind], code: error.code, param: null } };
    case 'gemini':
    case 'gemini-cli':
      return { error: { code: error.status, message, status: GOOGLE_STATUS[error.kind] } };
  }
}

/** The error as a stream event, for failures after bytes already reached the client. */
export function renderProtocolStreamError(protocol: ProtocolId, error: ProtocolErrorInput): string {
  const body = JSON.stringify(renderProtocolError(protocol, error));
  switch (protocol) {
    case 'anthropic':
      return `event: error\ndata: ${body}\n\n`;
    case 'openai-responses':
      return `event: error\ndata: ${JSON.stringify({ type: 'error', code: error.code, message: error.message, sequence_number: 0 })}\n\n`;
    default:
      return `data: ${body}\n\n`;
  }
}
