import { fixedEndpoint } from '../endpoint.js';

export const OPENAI_RESPONSES_ENDPOINTS = {
  create: fixedEndpoint({
    id: 'openai-responses.create',
    protocol: 'openai-responses',
    kind: 'generate',
    method: 'POST',
    url: '/v1/responses',
  }),
  compact: fixedEndpoint({
    id: 'openai-responses.compact',
    protocol: 'openai-responses',
    kind: 'generate',
    method: 'POST',
    url: '/v1/responses/compact',
    nativeOnly: true,
  }),
  inputTokens: fixedEndpoint({
    id: 'openai-responses.input_tokens',
    protocol: 'openai-responses',
    kind: 'count_tokens',
    method: 'POST',
    url: '/v1/responses/input_tokens',
  }),
};
