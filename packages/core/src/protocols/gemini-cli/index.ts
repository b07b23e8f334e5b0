import { isGeminiErrorAnswer, readGeminiErrorBody } from '../gemini/errors.js';
import { FORWARDED_HEADERS } from '../gemini/headers.js';
import { renderGeminiModel, renderGeminiModelList } from '../gemini/model-list.js';
import { SIGNED_CALLS_HIT, signUnsignedCodeAssistCalls } from '../gemini/sign-unsigned-calls.js';
import type { ProtocolAdapter } from '../protocol-adapter.js';
import { GEMINI_CLI_ENDPOINTS } from './endpoints.js';
import { renderGeminiCliError, renderGeminiCliStreamError } from './errors.js';
import { geminiCliProbe } from './probe.js';
import { readGeminiCliRoutingFields } from './routing-fields.js';
import { geminiCliSessionId } from './session-id.js';
import { classifyGeminiCliFrame } from './stream-head.js';
import { geminiCliTranslator } from './translator.js';
import { geminiCliUsage } from './usage.js';

/** Gemini CLI's internal Code Assist API: Gemini requests and answers, wrapped; errors and lists as Gemini's. */
export const geminiCliProtocol: ProtocolAdapter = {
  id: 'gemini-cli',
  endpoints: Object.values(GEMINI_CLI_ENDPOINTS),
  readRoutingFields: readGeminiCliRoutingFields,
  sessionId: geminiCliSessionId,
  openingBytes: (body) => body.field('request')?.firstElementBytes('contents') ?? null,
  usage: geminiCliUsage,
  renderError: renderGeminiCliError,
  renderStreamError: renderGeminiCliStreamError,
  cutStreamAfterError: true,
  renderModelList: renderGeminiModelList,
  renderModel: renderGeminiModel,
  classifyStreamFrame: classifyGeminiCliFrame,
  isErrorAnswer: isGeminiErrorAnswer,
  readErrorBody: readGeminiErrorBody,
  probe: geminiCliProbe,
  forwardedHeaders: FORWARDED_HEADERS,
  maxRequestBytes: 20 * 1024 * 1024, // as the Gemini API
  priceFamilies: ['gemini', 'vertex_ai-language-models'],
  stripForeignReasoning: signUnsignedCodeAssistCalls,
  foreignReasoningHit: SIGNED_CALLS_HIT,
  translator: geminiCliTranslator,
};
