import { fixedEndpoint } from '../endpoint.js';

export const OPENAI_CHAT_ENDPOINTS = {
  completions: fixedEndpoint({
    id: 'openai-chat.completions',
    protocol: 'openai-chat',
    kind: 'generate',
    method: 'POST',
    url: '/v1/chat/completions',
    includeStreamUsage: true,
  }),
};
