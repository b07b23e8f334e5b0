import type { ConnectionProbe } from '../protocol-adapter.js';

export const geminiCliProbe: ConnectionProbe = {
  defaultModel: 'gemini-2.5-flash',
  path: () => '/v1internal:generateContent',
  body: (model) => ({ model, request: { contents: [{ role: 'user', parts: [{ text: 'ping' }] }] } }),
};
