import { SIGNED_CALLS_HIT, signUnsignedGeminiCalls } from './sign-unsigned-calls.js';
import type { ProtocolAdapter } from '../protocol-adapter.js';
import { FORWARDED_HEADERS } from './headers.js';
import { GEMINI_ENDPOINTS } from './endpoints.js';
import { isGeminiErrorAnswer, readGeminiErrorBody, renderGeminiError, renderGeminiStreamError } from './errors.js';
import { renderGeminiModel, renderGeminiModelList } from './model-list.js';
import { geminiProbe } from './probe.js';
import { readGeminiRoutingFields } from './routing-fields.js';
import { geminiSessionId } from './session-id.js';
import { geminiStreamContentType } from './stream-content-type.js';
import { classifyGeminiFrame } from './stream-head.js';
import { geminiTranslator } from './translator.js';
import { geminiUsage } from './usage.js';

/** The Gemini API (`@google/genai`, Gemini CLI with an API key). */
export const geminiProtocol: ProtocolAdapter = {
  id: 'gemini',
  endpoints: Object.values(GEMINI_ENDPOINTS),
  readRoutingFields: readGeminiRoutingFields,
  sessionId: geminiSessionId,
  openingBytes: (body) => body.firstElementBytes('contents'),
  usage: geminiUsage,
  renderError: renderGeminiError,
  renderStreamError: renderGeminiStreamError,
  renderModelList: renderGeminiModelList,
  renderModel: renderGeminiModel,
  classifyStreamFrame: classifyGeminiFrame,
  streamContentType: geminiStreamContentType,
  isErrorAnswer: isGeminiErrorAnswer,
  readErrorBody: readGeminiErrorBody,
  probe: geminiProbe,
  forwardedHeaders: FORWARDED_HEADERS,
  maxRequestBytes: 20 * 1024 * 1024, // the inline request limit of the Gemini API
  priceFamilies: ['gemini', 'vertex_ai-language-models'],
  stripForeignReasoning: signUnsignedGeminiCalls,
  foreignReasoningHit: SIGNED_CALLS_HIT,
  translator: geminiTranslator,
};
