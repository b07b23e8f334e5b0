import type { ProtocolId } from '../domain/protocol.js';
import { anthropicProtocol } from './anthropic/index.js';
import { geminiCliProtocol } from './gemini-cli/index.js';
import { geminiProtocol } from './gemini/index.js';
import { openAiChatProtocol } from './openai-chat/index.js';
import { openAiResponsesProtocol } from './openai-responses/index.js';
import type { ProtocolAdapter } from './protocol-adapter.js';

/** Every protocol's adapter; a new protocol does not compile until it has one. */
export const PROTOCOLS = {
  anthropic: anthropicProtocol,
  'openai-chat': openAiChatProtocol,
  'openai-responses': openAiResponsesProtocol,
  gemini: geminiProtocol,
  'gemini-cli': geminiCliProtocol,
} as const satisfies Record<ProtocolId, ProtocolAdapter>;

export function protocolAdapter(id: ProtocolId): ProtocolAdapter {
  return PROTOCOLS[id];
}
