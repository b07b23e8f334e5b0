import type { ProtocolTranslator } from '../../ir/translator.js';
import { geminiRequestFromIr } from './request-from-ir.js';
import { geminiRequestToIr } from './request-to-ir.js';
import { geminiResponseFromIr } from './response-from-ir.js';
import { geminiResponseToIr } from './response-to-ir.js';
import { createGeminiStreamDecoder } from './stream-decoder.js';
import { createGeminiStreamEncoder } from './stream-encoder.js';

/** Gemini API ⇄ IR: requests, answers, streams (SSE or JSON array), and `countTokens` answers. */
export const geminiTranslator: ProtocolTranslator = {
  request: { toIr: geminiRequestToIr, fromIr: geminiRequestFromIr },
  response: { toIr: geminiResponseToIr, fromIr: geminiResponseFromIr },
  createStreamDecoder: () => createGeminiStreamDecoder(),
  createStreamEncoder: (context) => createGeminiStreamEncoder(context),
  renderTokenCount: (tokens) => ({ totalTokens: tokens }),
};
