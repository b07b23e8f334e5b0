import type { ProtocolId } from '../domain/protocol.js';
import { anthropicUsage } from './anthropic-usage.js';
import { geminiCliUsage } from './gemini-cli-usage.js';
import { geminiUsage } from './gemini-usage.js';
import { openAiChatUsage } from './openai-chat-usage.js';
import { openAiResponsesUsage } from './openai-responses-usage.js';
import type { UsageExtractor } from './usage-extractor.js';

/** One usage extractor per protocol; a new protocol does not compile until it has one. */
export const USAGE_EXTRACTORS = {
  anthropic: anthropicUsage,
  'openai-chat': openAiChatUsage,
  'openai-responses': openAiResponsesUsage,
  gemini: geminiUsage,
  'gemini-cli': geminiCliUsage,
} as const satisfies Record<ProtocolId, UsageExtractor>;
