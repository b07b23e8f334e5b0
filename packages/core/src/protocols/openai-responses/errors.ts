import type { ProtocolErrorInput, RenderedError } from '../protocol-adapter.js';
import { isFinal } from '../shared/no-retry.js';
import { openAiErrorDetail, readOpenAiErrorBody, renderOpenAiError } from '../shared/openai-errors.js';
import { isErrorWithout } from '../shared/read-error-object.js';

export { readOpenAiErrorBody as readOpenAiResponsesErrorBody };

/**
 * As the other OpenAI APIs, except for final errors, which Codex (it ignores `x-should-retry`)
 * would retry for as long as Retry-After says: a spent quota is `usage_limit_reached`, shown as
 * "You've hit your usage limit … try again at <time>" (the message and `code: insufficient_quota`
 * are there for other Responses clients); any other final error is a 400, which Codex shows with
 * its message and does not retry.
 */
export function renderOpenAiResponsesError(error: ProtocolErrorInput): RenderedError {
  const rendered = renderOpenAiError(error);
  if (!isFinal(error)) return rendered;
  if (error.kind !== 'billing') return { ...rendered, status: 400 };
  const detail = { ...openAiErrorDetail(error), type: 'usage_limit_reached', plan_type: 'team' };
  const resetsAt = error.resetsAt ?? null;
  return { ...rendered, body: { error: { ...detail, ...(resetsAt !== null && { resets_at: resetsAt }) } } };
}

/** A response object always has `output` (its `error` is null when it succeeded). */
export function isOpenAiResponsesErrorAnswer(json: unknown): boolean {
  return isErrorWithout(json, ['output']);
}

/** An `error` event, as the Responses API streams failures. */
export function renderOpenAiResponsesStreamError(error: ProtocolErrorInput): string {
  const event = { type: 'error', code: error.code, message: error.message, param: null, sequence_number: 0 };
  return `event: error\ndata: ${JSON.stringify(event)}\n\n`;
}
