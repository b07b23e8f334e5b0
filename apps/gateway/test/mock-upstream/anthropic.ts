/** Anthropic Messages API: /v1/messages (JSON and SSE), /v1/messages/count_tokens, /v1/models. */
import {
  MOCK_USAGE,
  answerText,
  baseInputTokens,
  lastUserText,
  splitText,
  str,
  type MockContext,
  type MockRequest,
  type MockResponse,
} from './common.js';
import { overloaded } from './errors.js';
import { SSE_CONTENT_TYPE, sseEvent } from './sse-writer.js';
import { anthropicToolCall, anthropicToolCallAnswer } from './tool-calls.js';

const DEFAULT_MODEL = 'claude-sonnet-4-6';

export const ANTHROPIC_MODELS = [
  { id: 'claude-opus-4-7', display_name: 'Claude Opus 4.7', created_at: '2026-04-01T00:00:00Z' },
  { id: 'claude-sonnet-4-6', display_name: 'Claude Sonnet 4.6', created_at: '2026-02-01T00:00:00Z' },
  { id: 'claude-haiku-4-5-20251001', display_name: 'Claude Haiku 4.5', created_at: '2025-10-01T00:00:00Z' },
];

function usage(req: MockRequest, outputTokens: number, ctx: MockContext): Record<string, unknown> {
  const split = {
    ephemeral_5m_input_tokens: MOCK_USAGE.cacheCreation5m,
    ephemeral_1h_input_tokens: MOCK_USAGE.cacheCreation1h,
  };
  return {
    input_tokens: baseInputTokens(req.bodyBytes),
    cache_creation_input_tokens: MOCK_USAGE.cacheCreation,
    cache_read_input_tokens: MOCK_USAGE.cacheRead,
    ...(!ctx.omitCacheTtlSplit && { cache_creation: split }),
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

export function anthropicMessages(req: MockRequest, ctx: MockContext): MockResponse {
  const body = req.body ?? {};
  const call = anthropicToolCall(body);
  if (call) return anthropicToolCallAnswer(req, ctx, call);
  const model = str(body.model, DEFAULT_MODEL);
  const pieces = splitText(answerText(ctx.name, lastUserText(body.messages, 'content')), ctx.tokensPerStream);
  const id = ctx.nextId('msg_');
  const outputTokens = pieces.length;

  if (body.stream !== true) {
    return {
      type: 'json',
      status: 200,
      body: {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: [{ type: 'text', text: pieces.join('') }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: usage(req, outputTokens, ctx),
      },
    };
  }

  const frames: string[] = [
    sseEvent('message_start', {
      type: 'message_start',
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: usage(req, 1, ctx),
      },
    }),
    sseEvent('content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    }),
    sseEvent('ping', { type: 'ping' }),
  ];
  for (const text of pieces) {
    frames.push(
      sseEvent('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }),
    );
  }
  frames.push(
    sseEvent('content_block_stop', { type: 'content_block_stop', index: 0 }),
    sseEvent('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: {
        input_tokens: baseInputTokens(req.bodyBytes),
        cache_creation_input_tokens: MOCK_USAGE.cacheCreation,
        cache_read_input_tokens: MOCK_USAGE.cacheRead,
        output_tokens: outputTokens,
      },
    }),
    sseEvent('message_stop', { type: 'message_stop' }),
  );
  return {
    type: 'stream',
    contentType: SSE_CONTENT_TYPE,
    frames,
    errorFrames: (variant) => [
      ...(variant === 'after-preamble' ? [frames[0]!, sseEvent('ping', { type: 'ping' })] : []),
      sseEvent('error', overloaded('anthropic')),
    ],
  };
}

export function anthropicCountTokens(req: MockRequest): MockResponse {
  return { type: 'json', status: 200, body: { input_tokens: baseInputTokens(req.bodyBytes) } };
}

export function anthropicModels(): MockResponse {
  const data = ANTHROPIC_MODELS.map((m) => ({ type: 'model', ...m }));
  return {
    type: 'json',
    status: 200,
    body: { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null },
  };
}
