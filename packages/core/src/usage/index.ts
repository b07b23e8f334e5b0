export { emptyUsage, totalInputTokens, type Usage } from './usage.js';
export type { StreamUsageReader, UsageExtractor, UsageReading } from './usage-extractor.js';
export { normalizeAnthropicUsage, anthropicUsage } from './anthropic-usage.js';
export { normalizeOpenAiChatUsage, openAiChatUsage } from './openai-chat-usage.js';
export { normalizeOpenAiResponsesUsage, openAiResponsesUsage } from './openai-responses-usage.js';
export { normalizeGeminiUsage, geminiUsage } from './gemini-usage.js';
export { geminiCliUsage } from './gemini-cli-usage.js';
export { USAGE_EXTRACTORS } from './usage-extractors.js';
export {
  createUsageTap,
  DEFAULT_MAX_JSON_BYTES,
  type UsageTap,
  type UsageTapMode,
  type UsageTapOptions,
} from './create-usage-tap.js';
