import type { ConnectionProbe } from '../protocol-adapter.js';

export const openAiResponsesProbe: ConnectionProbe = {
  defaultModel: 'gpt-5-mini',
  path: () => '/v1/responses',
  body: (model) => ({ model, input: 'ping', max_output_tokens: 16 }),
};
