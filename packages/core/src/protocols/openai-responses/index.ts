import type { ProtocolAdapter } from '../protocol-adapter.js';
import { FORWARDED_HEADERS } from './headers.js';
import { renderOpenAiModel, renderOpenAiModelList } from '../shared/openai-models.js';
import { OPENAI_RESPONSES_ENDPOINTS } from './endpoints.js';
import {
  isOpenAiResponsesErrorAnswer,
  readOpenAiResponsesErrorBody,
  renderOpenAiResponsesError,
  renderOpenAiResponsesStreamError,
} from './errors.js';
import { openAiResponsesProbe } from './probe.js';
import { readOpenAiResponsesRoutingFields } from './routing-fields.js';
import { openAiResponsesSessionId } from './session-id.js';
import { classifyOpenAiResponsesFrame } from './stream-head.js';
import { stripForeignReasoning } from './strip-foreign-reasoning.js';
import { openAiResponsesTranslator } from './translator.js';
import { openAiResponsesUsage } from './usage.js';

/** OpenAI Responses (Codex CLI). */
export const openAiResponsesProtocol: ProtocolAdapter = {
  id: 'openai-responses',
  endpoints: Object.values(OPENAI_RESPONSES_ENDPOINTS),
  readRoutingFields: readOpenAiResponsesRoutingFields,
  sessionId: openAiResponsesSessionId,
  openingBytes: (body) => body.firstElementBytes('input'),
  usage: openAiResponsesUsage,
  renderError: renderOpenAiResponsesError,
  renderStreamError: renderOpenAiResponsesStreamError,
  renderModelList: renderOpenAiModelList,
  renderModel: renderOpenAiModel,
  classifyStreamFrame: classifyOpenAiResponsesFrame,
  isErrorAnswer: isOpenAiResponsesErrorAnswer,
  readErrorBody: readOpenAiResponsesErrorBody,
  probe: openAiResponsesProbe,
  forwardedHeaders: FORWARDED_HEADERS,
  maxRequestBytes: 50 * 1024 * 1024, // images and files inline
  priceFamilies: ['openai'],
  translator: openAiResponsesTranslator,
  stripForeignReasoning,
};
