import type { ConnectionProbe } from '../protocol-adapter.js';

export const anthropicProbe: ConnectionProbe = {
  defaultModel: 'claude-haiku-4-5',
  path: () => '/v1/messages',
  body: (model) => ({ model, max_tokens: 1, messages: [{ role: 'user', content: 'ping' }] }),
};
