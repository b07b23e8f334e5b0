/** Gemini API (/v1beta/models/...) and the Gemini CLI Code Assist API (/v1internal:...). */
import {
  MOCK_USAGE,
  answerText,
  baseInputTokens,
  isObject,
  lastUserText,
  splitText,
  str,
  type JsonObject,
  type MockContext,
  type MockRequest,
  type MockResponse,
} from './common.js';
import { errorBody, overloaded } from './errors.js';
import { SSE_CONTENT_TYPE, sseData } from './sse-writer.js';

export const GEMINI_MODELS = ['gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-3.5-flash'];

function modelInfo(id: string): JsonObject {
  const display = id.replace(/^gemini-/, 'Gemini ').replace(/-/g, ' ');
  return {
    name: `models/${id}`,
    version: '001',
    displayName: display,
    description: `Mock ${display}`,
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: ['generateContent', 'countTokens', 'createCachedContent', 'batchGenerateContent'],
    temperature: 1,
    topP: 0.95,
    topK: 64,
    maxTemperature: 2,
    thinking: true,
  };
}

export function geminiModels(): MockResponse {
  return { type: 'json', status: 200, body: { models: GEMINI_MODELS.map(modelInfo) } };
}

export function geminiModel(id: string): MockResponse {
  if (!GEMINI_MODELS.includes(id)) {
    const message = `models/${id} is not found for API version v1beta, or is not supported for generateContent.`;
    return { type: 'json', status: 404, body: errorBody('google', { status: 404, message }) };
  }
  return { type: 'json', status: 200, body: modelInfo(id) };
}

function usageMetadata(req: MockRequest, candidates: number): JsonObject {
  const prompt = baseInputTokens(req.bodyBytes) + MOCK_USAGE.cacheRead;
  return {
    promptTokenCount: prompt,
    candidatesTokenCount: candidates,
    totalTokenCount: prompt + candidates + MOCK_USAGE.reasoning,
    cachedContentTokenCount: MOCK_USAGE.cacheRead,
    thoughtsTokenCount: MOCK_USAGE.reasoning,
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: prompt }],
    cacheTokensDetails: [{ modality: 'TEXT', tokenCount: MOCK_USAGE.cacheRead }],
  };
}

export type GeminiMethod = 'generateContent' | 'streamGenerateContent' | 'countTokens';

export interface GeminiCall {
  method: GeminiMethod;
  model: string;
  /** The GenerateContentRequest (for /v1internal, the inner `request`). */
  request: JsonObject;
  /** /v1internal wraps each answer as `{ response: ... }`. */
  wrap: boolean;
}

export function geminiCall(req: MockRequest, ctx: MockContext, call: GeminiCall): MockResponse {
  const { request, model, wrap } = call;
  if (call.method === 'countTokens') {
    const total = baseInputTokens(req.bodyBytes);
    const details = { promptTokensDetails: [{ modality: 'TEXT', tokenCount: total }] };
    const body = wrap ? { totalTokens: total } : { totalTokens: total, ...details };
    return { type: 'json', status: 200, body };
  }
  const pieces = splitText(answerText(ctx.name, lastUserText(request.contents, 'parts')), ctx.tokensPerStream);
  const responseId = ctx.nextId('');
  const pack = (r: JsonObject): JsonObject => (wrap ? { response: r } : r);

  if (call.method === 'generateContent') {
    return {
      type: 'json',
      status: 200,
      body: pack({
        candidates: [
          { content: { parts: [{ text: pieces.join('') }], role: 'model' }, finishReason: 'STOP', index: 0 },
        ],
        usageMetadata: usageMetadata(req, pieces.length),
        modelVersion: model,
        responseId,
      }),
    };
  }

  const chunks = pieces.map((text, i) => {
    const last = i === pieces.length - 1;
    return pack({
      candidates: [
        { content: { parts: [{ text }], role: 'model' }, ...(last ? { finishReason: 'STOP' } : {}), index: 0 },
      ],
      usageMetadata: usageMetadata(req, i + 1),
      modelVersion: model,
      responseId,
    });
  });
  if (req.query.get('alt') === 'sse') {
    return {
      type: 'stream',
      contentType: SSE_CONTENT_TYPE,
      frames: chunks.map(sseData),
      errorFrames: (variant) => [
        ...(variant === 'after-preamble'
          ? [sseData(pack({ candidates: [EMPTY_CANDIDATE], modelVersion: model }))]
          : []),
        sseData(overloaded('google')),
      ],
    };
  }
  // Without alt=sse the API streams one JSON array, element by element.
  const frames = chunks.map((c, i) => `${i === 0 ? '[' : '\n,\r\n'}${JSON.stringify(c)}`);
  frames.push('\n]');
  return {
    type: 'stream',
    contentType: 'application/json; charset=UTF-8',
    frames,
    errorFrames: () => [`[${JSON.stringify(overloaded('google'))}]`],
  };
}

/** A first chunk that opens the answer with no text in it yet. */
const EMPTY_CANDIDATE = { content: { parts: [{ text: '' }], role: 'model' }, index: 0 };

/** `/v1beta/models/{model}:{method}` → call, or null when the method is unknown. */
export function parseGeminiPath(rest: string, body: JsonObject): GeminiCall | null {
  const colon = rest.lastIndexOf(':');
  if (colon < 0) return null;
  const method = rest.slice(colon + 1);
  if (method !== 'generateContent' && method !== 'streamGenerateContent' && method !== 'countTokens') return null;
  return { method, model: decodeURIComponent(rest.slice(0, colon)), request: body, wrap: false };
}

/** Answers `/v1internal:{method}` (Gemini CLI with Code Assist login). */
export function codeAssist(req: MockRequest, ctx: MockContext, method: string): MockResponse {
  const body = req.body ?? {};
  if (method === 'generateContent' || method === 'streamGenerateContent' || method === 'countTokens') {
    const request = isObject(body.request) ? body.request : {};
    const model = str(body.model, str(request.model, 'gemini-2.5-pro')).replace(/^models\//, '');
    return geminiCall(req, ctx, { method, model, request, wrap: true });
  }
  if (method === 'loadCodeAssist') {
    const tier = {
      id: 'standard-tier',
      name: 'Gemini Code Assist',
      description: 'Unlimited coding assistant with the most powerful Gemini models',
      userDefinedCloudaicompanionProject: true,
    };
    return {
      type: 'json',
      status: 200,
      body: {
        currentTier: tier,
        allowedTiers: [{ ...tier, isDefault: true }],
        cloudaicompanionProject: `mock-project-${ctx.name}`,
        gcpManaged: false,
      },
    };
  }
  if (method === 'onboardUser') {
    const project = { id: `mock-project-${ctx.name}`, name: `mock-project-${ctx.name}` };
    const body = { name: 'operations/mock', done: true, response: { cloudaicompanionProject: project } };
    return { type: 'json', status: 200, body };
  }
  // listExperiments, retrieveUserQuota, recordCodeAssistMetrics, …: an empty success.
  return { type: 'json', status: 200, body: {} };
}
