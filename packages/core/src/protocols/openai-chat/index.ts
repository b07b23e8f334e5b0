import type { ProtocolAdapter } from '../protocol-adapter.js';
import { FORWARDED_HEADERS } from './headers.js';
import { renderOpenAiModel, renderOpenAiModelList } from '../shared/openai-models.js';
import { OPENAI_CHAT_ENDPOINTS } from './endpoints.js';
import {
  isOpenAiChatErrorAnswer,
  readOpenAiChatErrorBody,
  renderOpenAiChatError,
  renderOpenAiChatStreamError,
} from './errors.js';
import { openAiChatProbe } from './probe.js';
import { readOpenAiChatRoutingFields } from './routing-fields.js';
import { openAiChatSessionId } from './session-id.js';
import { classifyOpenAiChatFrame } from './stream-head.js';
import { openAiChatTranslator } from './translator.js';
import { openAiChatUsage } from './usage.js';

/** OpenAI Chat Completions (any OpenAI-compatible client). */
export const openAiChatProtocol: ProtocolAdapter = {
  id: 'openai-chat',
  endpoints: Object.values(OPENAI_CHAT_ENDPOINTS),
  readRoutingFields: readOpenAiChatRoutingFields,
  sessionId: openAiChatSessionId,
  openingBytes: (body) => body.firstElementBytes('messages'),
  usage: openAiChatUsage,
  renderError: renderOpenAiChatError,
  renderStreamError: renderOpenAiChatStreamError,
  renderModelList: renderOpenAiModelList,
  renderModel: renderOpenAiModel,
  classifyStreamFrame: classifyOpenAiChatFrame,
  isErrorAnswer: isOpenAiChatErrorAnswer,
  readErrorBody: readOpenAiChatErrorBody,
  probe: openAiChatProbe,
  forwardedHeaders: FORWARDED_HEADERS,
  maxRequestBytes: 50 * 1024 * 1024, // images inline
  priceFamilies: ['openai'],
  translator: openAiChatTranslator,
};
