/** OpenAI Chat Completions: /v1/chat/completions (JSON and SSE) and the OpenAI-shaped /v1/models. */
import {
  MOCK_USAGE,
  answerText,
  baseInputTokens,
  isObject,
  lastUserText,
  nowSeconds,
  splitText,
  str,
  type ErrorEventVariant,
  type MockContext,
  type MockRequest,
  type MockResponse,
} from './common.js';
import { overloaded } from './errors.js';
import { SSE_CONTENT_TYPE, SSE_DONE, sseData } from './sse-writer.js';
import { chatToolCall, chatToolCallAnswer } from './tool-calls.js';

const DEFAULT_MODEL = 'gpt-4.1-mini';

export const OPENAI_MODELS = ['gpt-5.5', 'gpt-5.4-mini', 'gpt-5-codex', 'gpt-4.1-mini'];

/** Usage in Chat Completions shape: prompt includes the cached tokens, completion includes reasoning. */
export function chatUsage(req: MockRequest, outputTokens: number): Record<string, unknown> {
  const prompt = baseInputTokens(req.bodyBytes) + MOCK_USAGE.cacheRead;
  const completion = outputTokens + MOCK_USAGE.reasoning;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: MOCK_USAGE.cacheRead, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: MOCK_USAGE.reasoning,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

export function chatCompletions(req: MockRequest, ctx: MockContext): MockResponse {
  const body = req.body ?? {};
  const call = chatToolCall(body);
  if (call) return chatToolCallAnswer(req, ctx, call);
  const model = str(body.model, DEFAULT_MODEL);
  const pieces = splitText(answerText(ctx.name, lastUserText(body.messages, 'content')), ctx.tokensPerStream);
  const id = ctx.nextId('chatcmpl-');
  const created = nowSeconds();
  const base = { id, created, model, service_tier: 'default', system_fingerprint: 'fp_mock' };

  if (body.stream !== true) {
    return {
      type: 'json',
      status: 200,
      body: {
        ...base,
        object: 'chat.completion',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: pieces.join(''), refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: 'stop',
          },
        ],
        usage: chatUsage(req, pieces.length),
      },
    };
  }

  const includeUsage = isObject(body.stream_options) && body.stream_options.include_usage === true;
  const extra = includeUsage ? { usage: null } : {};
  const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
    sseData({
      ...base,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...extra,
    });

  const frames = [chunk({ role: 'assistant', content: '', refusal: null }, null)];
  for (const text of pieces) frames.push(chunk({ content: text }, null));
  frames.push(chunk({}, 'stop'));
  if (includeUsage) {
    const usage = chatUsage(req, pieces.length);
    frames.push(sseData({ ...base, object: 'chat.completion.chunk', choices: [], usage }));
  }
  frames.push(SSE_DONE);
  const errorFrames = (variant?: ErrorEventVariant) => [
    ...(variant === 'after-preamble' ? [frames[0]!] : []),
    sseData(overloaded('openai')),
  ];
  return { type: 'stream', contentType: SSE_CONTENT_TYPE, frames, errorFrames };
}

export function openaiModels(): MockResponse {
  const data = OPENAI_MODELS.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'openai' }));
  return { type: 'json', status: 200, body: { object: 'list', data } };
}
