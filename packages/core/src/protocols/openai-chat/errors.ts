import type { ProtocolErrorInput } from '../protocol-adapter.js';
import { openAiErrorBody, readOpenAiErrorBody, renderOpenAiError } from '../shared/openai-errors.js';
import { isErrorWithout } from '../shared/read-error-object.js';

export { readOpenAiErrorBody as readOpenAiChatErrorBody, renderOpenAiError as renderOpenAiChatError };

/** A completion always has `choices`. */
export function isOpenAiChatErrorAnswer(json: unknown): boolean {
  return isErrorWithout(json, ['choices']);
}

/** A chunk carrying `error`: what the OpenAI SDKs raise when it arrives inside a stream. */
export function renderOpenAiChatStreamError(error: ProtocolErrorInput): string {
  return `data: ${JSON.stringify(openAiErrorBody(error))}\n\n`;
}
