import type { ProtocolTranslator } from '../../ir/translator.js';
import { anthropicRequestFromIr } from './request-from-ir.js';
import { anthropicRequestToIr } from './request-to-ir.js';
import { anthropicResponseFromIr } from './response-from-ir.js';
import { anthropicResponseToIr } from './response-to-ir.js';
import { createAnthropicStreamDecoder } from './stream-decoder.js';
import { createAnthropicStreamEncoder } from './stream-encoder.js';

/** Anthropic Messages ⇄ IR: requests, answers, streams, and `count_tokens` answers. */
export const anthropicTranslator: ProtocolTranslator = {
  request: {
    toIr: anthropicRequestToIr,
    fromIr: (request) => anthropicRequestFromIr(request),
  },
  response: {
    toIr: anthropicResponseToIr,
    fromIr: anthropicResponseFromIr,
  },
  createStreamDecoder: createAnthropicStreamDecoder,
  createStreamEncoder: createAnthropicStreamEncoder,
  renderTokenCount: (tokens) => ({ input_tokens: tokens }),
};
