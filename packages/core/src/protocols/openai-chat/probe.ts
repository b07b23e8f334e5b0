import type { ConnectionProbe } from '../protocol-adapter.js';

export const openAiChatProbe: ConnectionProbe = {
  defaultModel: 'gpt-4o-mini',
  path: () => '/v1/chat/completions',
  body: (model) => ({ model, max_tokens: 1, messages: [{ role: 'user', content: 'ping' }] }),
};
