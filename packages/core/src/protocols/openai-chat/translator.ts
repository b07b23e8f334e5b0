import type { ProtocolTranslator } from '../../ir/translator.js';
import { openAiChatRequestFromIr } from './request-from-ir.js';
import { openAiChatRequestToIr } from './request-to-ir.js';
import { openAiChatResponseFromIr } from './response-from-ir.js';
import { openAiChatResponseToIr } from './response-to-ir.js';
import { createOpenAiChatStreamDecoder } from './stream-decoder.js';
import { createOpenAiChatStreamEncoder } from './stream-encoder.js';

/**
 * OpenAI Chat Completions ⇄ IR: requests, answers and streams. Chat has no count-tokens endpoint;
 * a local count is rendered as `{input_tokens}` like OpenAI's Responses input-token count.
 */
export const openAiChatTranslator: ProtocolTranslator = {
  request: { toIr: openAiChatRequestToIr, fromIr: openAiChatRequestFromIr },
  response: { toIr: openAiChatResponseToIr, fromIr: openAiChatResponseFromIr },
  createStreamDecoder: createOpenAiChatStreamDecoder,
  createStreamEncoder: createOpenAiChatStreamEncoder,
  renderTokenCount: (tokens) => ({ object: 'response.input_tokens', input_tokens: tokens }),
};
