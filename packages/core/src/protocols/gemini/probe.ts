import type { ConnectionProbe } from '../protocol-adapter.js';
import { geminiModelPath } from './model-path.js';

export const geminiProbe: ConnectionProbe = {
  defaultModel: 'gemini-2.5-flash',
  path: (model) => geminiModelPath('/v1beta', model, 'generateContent'),
  body: () => ({ contents: [{ role: 'user', parts: [{ text: 'ping' }] }], generationConfig: { maxOutputTokens: 1 } }),
};
