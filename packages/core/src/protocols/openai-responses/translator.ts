import type { ProtocolTranslator } from '../../ir/translator.js';
import { openAiResponsesRequestFromIr } from './request-from-ir.js';
import { openAiResponsesRequestToIr } from './request-to-ir.js';
import { openAiResponsesResponseFromIr } from './response-from-ir.js';
import { openAiResponsesResponseToIr } from './response-to-ir.js';
import { createOpenAiResponsesStreamDecoder } from './stream-decoder.js';
import { createOpenAiResponsesStreamEncoder } from './stream-encoder.js';

/** OpenAI Responses ⇄ IR: requests, answers, streams, and `input_tokens` answers. */
export const openAiResponsesTranslator: ProtocolTranslator = {
  request: {
    toIr: openAiResponsesRequestToIr,
    fromIr: openAiResponsesRequestFromIr,
  },
  response: {
    toIr: openAiResponsesResponseToIr,
    fromIr: openAiResponsesResponseFromIr,
  },
  createStreamDecoder: createOpenAiResponsesStreamDecoder,
  createStreamEncoder: createOpenAiResponsesStreamEncoder,
  renderTokenCount: (tokens) => ({ object: 'response.input_tokens', input_tokens: tokens }),
};
