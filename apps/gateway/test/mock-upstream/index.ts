/**
 * Mock upstream for the gateway's integration tests and benchmarks: a loopback HTTP server that
 * imitates the Anthropic, OpenAI (Chat Completions and Responses) and Gemini (incl. Code Assist)
 * APIs, records every request and injects faults on demand.
 */
export { startMockUpstream } from './server.js';
export type { MockUpstream, MockUpstreamOptions, RecordedRequest } from './server.js';
export type { Fault, FaultKind } from './faults.js';
export { MOCK_USAGE, baseInputTokens } from './common.js';
export { ANTHROPIC_MODELS } from './anthropic.js';
export { OPENAI_MODELS } from './openai-chat.js';
export { GEMINI_MODELS } from './gemini.js';
