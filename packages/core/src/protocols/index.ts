export * from './protocol-adapter.js';
export * from './endpoint.js';
export * from './registry.js';
export * from './route-table.js';
export { isWarmupProbe } from './anthropic/warmup.js';
export { sessionFromClaudeUserId } from './anthropic/session-id.js';
export { normalizeAnthropicUsage } from './anthropic/usage.js';
export { normalizeOpenAiChatUsage } from './openai-chat/usage.js';
export { normalizeOpenAiResponsesUsage } from './openai-responses/usage.js';
export { normalizeGeminiUsage } from './gemini/usage.js';
export { isValidGeminiModelId, parseGeminiModelPath } from './gemini/model-path.js';
export { isRoutingRefusal } from './shared/read-routing-field.js';
export * from './can-convert.js';
export {
  LOAD_CODE_ASSIST_BODY,
  LOAD_CODE_ASSIST_PATH,
  readCodeAssistProject,
  withCodeAssistProject,
} from './gemini-cli/code-assist-project.js';
export * from './reassemble-stream.js';
