/** OpenAI Responses API (Codex CLI): /v1/responses (JSON and SSE) and /v1/responses/compact. */
import {
  MOCK_USAGE,
  answerText,
  baseInputTokens,
  isObject,
  lastUserText,
  nowSeconds,
  splitText,
  str,
  type JsonObject,
  type ErrorEventVariant,
  type MockContext,
  type MockRequest,
  type MockResponse,
} from './common.js';
import { SSE_CONTENT_TYPE, sseEvent } from './sse-writer.js';

const DEFAULT_MODEL = 'gpt-5-codex';

export function responsesUsage(req: MockRequest, outputTokens: number): Record<string, unknown> {
  const input = baseInputTokens(req.bodyBytes) + MOCK_USAGE.cacheRead;
  const output = outputTokens + MOCK_USAGE.reasoning;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: MOCK_USAGE.cacheRead },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: MOCK_USAGE.reasoning },
    total_tokens: input + output,
  };
}

function responseObject(body: JsonObject, id: string, createdAt: number): JsonObject {
  const reasoning = isObject(body.reasoning) ? body.reasoning : {};
  return {
    id,
    object: 'response',
    created_at: createdAt,
    status: 'in_progress',
    background: false,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: str(body.model, DEFAULT_MODEL),
    output: [],
    parallel_tool_calls: true,
    previous_response_id: body.previous_response_id ?? null,
    prompt_cache_key: body.prompt_cache_key ?? null,
    reasoning: { effort: reasoning.effort ?? null, summary: null },
    service_tier: 'default',
    store: body.store ?? true,
    temperature: 1,
    text: { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    truncation: 'disabled',
    usage: null,
    user: null,
    metadata: {},
  };
}

function wantsEncryptedReasoning(body: JsonObject): boolean {
  return Array.isArray(body.include) && body.include.includes('reasoning.encrypted_content');
}

export function responsesCreate(req: MockRequest, ctx: MockContext): MockResponse {
  const body = req.body ?? {};
  const pieces = splitText(answerText(ctx.name, lastUserText(body.input, 'content')), ctx.tokensPerStream);
  const text = pieces.join('');
  const responseId = ctx.nextId('resp_');
  const messageId = ctx.nextId('msg_');
  const createdAt = nowSeconds();
  const base = responseObject(body, responseId, createdAt);

  // A reasoning item first when the request configures reasoning (as Codex does).
  const reasoningItem: JsonObject | null = isObject(body.reasoning)
    ? {
        id: ctx.nextId('rs_'),
        type: 'reasoning',
        summary: [],
        ...(wantsEncryptedReasoning(body) ? { encrypted_content: `gAAAAmock-${ctx.name}-reasoning` } : {}),
      }
    : null;
  const part = { type: 'output_text', text, annotations: [], logprobs: [] };
  const message = { id: messageId, type: 'message', status: 'completed', role: 'assistant', content: [part] };
  const output = reasoningItem ? [reasoningItem, message] : [message];
  const completed = {
    ...base,
    status: 'completed',
    completed_at: createdAt,
    output,
    usage: responsesUsage(req, pieces.length),
  };

  if (body.stream !== true) return { type: 'json', status: 200, body: completed };

  let seq = 0;
  const ev = (type: string, fields: JsonObject): string => sseEvent(type, { type, sequence_number: seq++, ...fields });
  const frames = [ev('response.created', { response: base }), ev('response.in_progress', { response: base })];
  let index = 0;
  if (reasoningItem) {
    frames.push(
      ev('response.output_item.added', { output_index: 0, item: { ...reasoningItem } }),
      ev('response.output_item.done', { output_index: 0, item: reasoningItem }),
    );
    index = 1;
  }
  const at = { item_id: messageId, output_index: index, content_index: 0 };
  frames.push(
    ev('response.output_item.added', {
      output_index: index,
      item: { id: messageId, type: 'message', status: 'in_progress', role: 'assistant', content: [] },
    }),
    ev('response.content_part.added', { ...at, part: { ...part, text: '' } }),
  );
  for (const delta of pieces) frames.push(ev('response.output_text.delta', { ...at, delta, logprobs: [] }));
  frames.push(
    ev('response.output_text.done', { ...at, text, logprobs: [] }),
    ev('response.content_part.done', { ...at, part }),
    ev('response.output_item.done', { output_index: index, item: message }),
    ev('response.completed', { response: completed }),
  );

  const errorFrames = (variant?: ErrorEventVariant): string[] => {
    const errorMessage = 'The server had an error while processing your request. Sorry about that!';
    const preamble = variant === 'after-preamble' ? frames.slice(0, 2) : [];
    if (variant === 'error') {
      const data = { type: 'error', sequence_number: 0, code: 'server_error', message: errorMessage, param: null };
      return [sseEvent('error', data)];
    }
    const failed = { ...base, status: 'failed', error: { code: 'server_error', message: errorMessage } };
    return [
      ...preamble,
      sseEvent('response.failed', { type: 'response.failed', sequence_number: 0, response: failed }),
    ];
  };
  return { type: 'stream', contentType: SSE_CONTENT_TYPE, frames, errorFrames };
}

export function responsesCompact(req: MockRequest, ctx: MockContext): MockResponse {
  const body = req.body ?? {};
  const userText = lastUserText(body.input, 'content');
  const output: JsonObject[] = [];
  if (userText) {
    output.push({
      id: ctx.nextId('msg_'),
      type: 'message',
      status: 'completed',
      role: 'user',
      content: [{ type: 'input_text', text: userText }],
    });
  }
  output.push({ id: ctx.nextId('cmp_'), type: 'compaction', encrypted_content: `gAAAAmock-${ctx.name}-compaction` });
  return {
    type: 'json',
    status: 200,
    body: {
      id: ctx.nextId('resp_'),
      object: 'response.compaction',
      created_at: nowSeconds(),
      output,
      usage: responsesUsage(req, 1),
    },
  };
}

/** `POST /v1/responses/input_tokens`: the prompt's token count, as the Responses API reports it. */
export function responsesInputTokens(req: MockRequest): MockResponse {
  return {
    type: 'json',
    status: 200,
    body: { object: 'response.input_tokens', input_tokens: baseInputTokens(req.bodyBytes) },
  };
}
