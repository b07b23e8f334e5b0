import type { ErrorKind } from '../../errors.js';
import type { ProtocolErrorInput, RenderedError, UpstreamErrorReading } from '../protocol-adapter.js';
import { isErrorWithout, readErrorObject } from '../shared/read-error-object.js';

const GOOGLE_STATUS: Record<ErrorKind, string> = {
  authentication: 'UNAUTHENTICATED',
  permission: 'PERMISSION_DENIED',
  invalid_request: 'INVALID_ARGUMENT',
  not_found: 'NOT_FOUND',
  too_large: 'INVALID_ARGUMENT',
  rate_limit: 'RESOURCE_EXHAUSTED',
  billing: 'RESOURCE_EXHAUSTED',
  overloaded: 'UNAVAILABLE',
  api_error: 'INTERNAL',
  timeout: 'DEADLINE_EXCEEDED',
};

/** The Google status of an error kind (a converted stream's error names any kind); unknown kinds are INTERNAL. */
export function googleStatusOf(kind: string): string {
  return Object.entries(GOOGLE_STATUS).find(([known]) => known === kind)?.[1] ?? 'INTERNAL';
}

const KIND_OF_STATUS: Readonly<Record<string, ErrorKind>> = {
  UNAUTHENTICATED: 'authentication',
  PERMISSION_DENIED: 'permission',
  INVALID_ARGUMENT: 'invalid_request',
  FAILED_PRECONDITION: 'invalid_request',
  NOT_FOUND: 'not_found',
  RESOURCE_EXHAUSTED: 'rate_limit',
  UNAVAILABLE: 'overloaded',
  DEADLINE_EXCEEDED: 'timeout',
};

/** A Google error's `status` (`RESOURCE_EXHAUSTED` …) as an error kind; unknown ones are API errors. */
export function errorKindOfGoogleStatus(status: string | undefined): ErrorKind {
  return (status !== undefined && KIND_OF_STATUS[status]) || 'api_error';
}

const RETRY_INFO = 'type.googleapis.com/google.rpc.RetryInfo';

function errorObject(error: ProtocolErrorInput, status: number): Record<string, unknown> {
  const message = `${error.message} (request id: ${error.requestId})`;
  const wait = error.retryAfterSeconds;
  const details = wait !== null && wait !== undefined ? [{ '@type': RETRY_INFO, retryDelay: `${wait}s` }] : [];
  return { code: status, message, status: GOOGLE_STATUS[error.kind], ...(details.length > 0 && { details }) };
}

/**
 * `{"error":{"code","message","status","details"}}` as Google APIs write errors. Limits and spent
 * quotas are 429 RESOURCE_EXHAUSTED with a RetryInfo delay: the Gemini CLI waits out a short one
 * and stops with the message on a long one (a spent daily or monthly budget).
 */
export function renderGeminiError(error: ProtocolErrorInput): RenderedError {
  const status = error.kind === 'billing' ? 429 : error.status;
  return { status, body: { error: errorObject(error, status) }, headers: {} };
}

/**
 * The error as a bare JSON object, not an SSE frame: `@google/genai` raises a chunk that is
 * exactly `{"error":{…}}` as an ApiError, and a stream that ends on anything unframed as an
 * incomplete one, so a cut stream never passes for a short answer.
 */
export function renderGeminiStreamError(error: ProtocolErrorInput): string {
  return JSON.stringify({ error: errorObject(error, error.status) });
}

export function readGeminiErrorBody(json: unknown): UpstreamErrorReading | null {
  return readErrorObject(json, ['status']);
}

/** An answer has `candidates` (or `promptFeedback` when the prompt was refused); Code Assist wraps it in `response`. */
export function isGeminiErrorAnswer(json: unknown): boolean {
  return isErrorWithout(json, ['candidates', 'promptFeedback', 'response']);
}
