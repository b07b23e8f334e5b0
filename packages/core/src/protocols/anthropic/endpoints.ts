import { fixedEndpoint } from '../endpoint.js';

export const ANTHROPIC_ENDPOINTS = {
  messages: fixedEndpoint({
    id: 'anthropic.messages',
    protocol: 'anthropic',
    kind: 'generate',
    method: 'POST',
    url: '/v1/messages',
  }),
  countTokens: fixedEndpoint({
    id: 'anthropic.count_tokens',
    protocol: 'anthropic',
    kind: 'count_tokens',
    method: 'POST',
    url: '/v1/messages/count_tokens',
  }),
};
