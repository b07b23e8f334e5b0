import type { ProtocolAdapter } from '../protocol-adapter.js';
import { FORWARDED_HEADERS } from './headers.js';
import { ANTHROPIC_ENDPOINTS } from './endpoints.js';
import {
  isAnthropicErrorAnswer,
  readAnthropicErrorBody,
  renderAnthropicError,
  renderAnthropicStreamError,
} from './errors.js';
import { renderAnthropicModel, renderAnthropicModelList } from './model-list.js';
import { anthropicProbe } from './probe.js';
import { readAnthropicRoutingFields } from './routing-fields.js';
import { anthropicSessionId } from './session-id.js';
import { classifyAnthropicFrame } from './stream-head.js';
import { stripForeignThinking } from './strip-foreign-thinking.js';
import { anthropicTranslator } from './translator.js';
import { anthropicUsage } from './usage.js';
import { answerWarmup } from './warmup.js';

/** Anthropic Messages (Claude Code, the Anthropic SDKs). */
export const anthropicProtocol: ProtocolAdapter = {
  id: 'anthropic',
  endpoints: Object.values(ANTHROPIC_ENDPOINTS),
  readRoutingFields: readAnthropicRoutingFields,
  sessionId: anthropicSessionId,
  openingBytes: (body) => body.firstElementBytes('messages'),
  usage: anthropicUsage,
  renderError: renderAnthropicError,
  renderStreamError: renderAnthropicStreamError,
  renderModelList: renderAnthropicModelList,
  renderModel: renderAnthropicModel,
  classifyStreamFrame: classifyAnthropicFrame,
  isErrorAnswer: isAnthropicErrorAnswer,
  readErrorBody: readAnthropicErrorBody,
  probe: anthropicProbe,
  forwardedHeaders: FORWARDED_HEADERS,
  maxRequestBytes: 32 * 1024 * 1024, // the Messages API limit
  priceFamilies: ['anthropic'],
  localAnswer: answerWarmup,
  translator: anthropicTranslator,
  stripForeignReasoning: stripForeignThinking,
};
