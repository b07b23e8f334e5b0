/**
 * The mock's tool calls. A prompt containing `[[call <Tool> <JSON arguments>]]` makes the answer a
 * call of that tool, when the request offers it and its last turn is not already a tool result
 * (that turn is answered with the usual echo, so a client's tool loop ends). The arguments stream
 * in two pieces. Chat Completions and Anthropic Messages answer so; a Messages request with
 * thinking on gets a signed thinking block before the call, as Claude models answer.
 */
import {
  baseInputTokens,
  isObject,
  lastUserText,
  MOCK_USAGE,
  nowSeconds,
  type JsonObject,
  type MockContext,
  type MockRequest,
  type MockResponse,
} from './common.js';
import { overloaded } from './errors.js';
import { chatUsage } from './openai-chat.js';
import { SSE_CONTENT_TYPE, SSE_DONE, sseData, sseEvent } from './sse-writer.js';

export interface RequestedCall {
  name: string;
  arguments: string;
}

const TRIGGER = /\[\[call (\S+) (\{[\s\S]*?\})\]\]/;

function toolNames(tools: unknown, read: (tool: JsonObject) => unknown): string[] {
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool) => {
    const name = isObject(tool) ? read(tool) : null;
    return typeof name === 'string' ? [name] : [];
  });
}

function requested(body: JsonObject, offered: string[], answered: boolean): RequestedCall | null {
  if (answered) return null;
  const match = TRIGGER.exec(lastUserText(body.messages, 'content'));
  if (!match?.[1] || !match[2] || !offered.includes(match[1])) return null;
  return { name: match[1], arguments: match[2] };
}

function halves(text: string): [string, string] {
  const middle = Math.floor(text.length / 2);
  return [text.slice(0, middle), text.slice(middle)];
}

function lastMessage(body: JsonObject): JsonObject | null {
  const messages = body.messages;
  const last: unknown = Array.isArray(messages) ? messages.at(-1) : null;
  return isObject(last) ? last : null;
}

/** A Chat Completions request asking for a call (`tools[].function.name`; a `tool` message last answers it). */
export function chatToolCall(body: JsonObject): RequestedCall | null {
  const offered = toolNames(body.tools, (tool) => (isObject(tool.function) ? tool.function.name : null));
  return requested(body, offered, lastMessage(body)?.role === 'tool');
}

export function chatToolCallAnswer(req: MockRequest, ctx: MockContext, call: RequestedCall): MockResponse {
  const body = req.body ?? {};
  const id = ctx.nextId('chatcmpl-');
  const callId = ctx.nextId('call_');
  const base = { id, created: nowSeconds(), model: typeof body.model === 'string' ? body.model : 'gpt-4.1-mini' };
  const toolCall = { id: callId, type: 'function', function: { name: call.name, arguments: call.arguments } };
  if (body.stream !== true) {
    const message = { role: 'assistant', content: null, refusal: null, tool_calls: [toolCall] };
    const choices = [{ index: 0, message, logprobs: null, finish_reason: 'tool_calls' }];
    return {
      type: 'json',
      status: 200,
      body: { ...base, object: 'chat.completion', choices, usage: chatUsage(req, 2) },
    };
  }
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    sseData({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] });
  const [first, second] = halves(call.arguments);
  const frames = [
    chunk({ role: 'assistant', content: null }),
    chunk({ tool_calls: [{ index: 0, ...toolCall, function: { name: call.name, arguments: '' } }] }),
    chunk({ tool_calls: [{ index: 0, function: { arguments: first } }] }),
    chunk({ tool_calls: [{ index: 0, function: { arguments: second } }] }),
    chunk({}, 'tool_calls'),
  ];
  const includeUsage = isObject(body.stream_options) && body.stream_options.include_usage === true;
  if (includeUsage)
    frames.push(sseData({ ...base, object: 'chat.completion.chunk', choices: [], usage: chatUsage(req, 2) }));
  frames.push(SSE_DONE);
  return { type: 'stream', contentType: SSE_CONTENT_TYPE, frames, errorFrames: () => [sseData(overloaded('openai'))] };
}

/** A Messages request asking for a call (`tools[].name`; a user turn of `tool_result`s last answers it). */
export function anthropicToolCall(body: JsonObject): RequestedCall | null {
  const offered = toolNames(body.tools, (tool) => tool.name);
  const content = lastMessage(body)?.content;
  const answered = Array.isArray(content) && content.some((block) => isObject(block) && block.type === 'tool_result');
  return requested(body, offered, answered);
}

/** The signature of the mock's thinking blocks (an Anthropic signature is opaque base64). */
export const MOCK_THINKING_SIGNATURE = 'EqMockSignatureOnlyAnthropicAccepts==';
const THINKING = `I will call the tool the user asked for.`;

function thinkingOn(body: JsonObject): boolean {
  return isObject(body.thinking) && (body.thinking.type === 'enabled' || body.thinking.type === 'adaptive');
}

function thinkingFrames(): string[] {
  const event = (type: string, data: Record<string, unknown>) => sseEvent(type, { type, index: 0, ...data });
  return [
    event('content_block_start', { content_block: { type: 'thinking', thinking: '', signature: '' } }),
    event('content_block_delta', { delta: { type: 'thinking_delta', thinking: THINKING } }),
    event('content_block_delta', { delta: { type: 'signature_delta', signature: MOCK_THINKING_SIGNATURE } }),
    event('content_block_stop', {}),
  ];
}

export function anthropicToolCallAnswer(req: MockRequest, ctx: MockContext, call: RequestedCall): MockResponse {
  const body = req.body ?? {};
  const id = ctx.nextId('msg_');
  const callId = ctx.nextId('toolu_');
  const model = typeof body.model === 'string' ? body.model : 'claude-sonnet-4-6';
  const usage = {
    input_tokens: baseInputTokens(req.bodyBytes),
    cache_creation_input_tokens: MOCK_USAGE.cacheCreation,
    cache_read_input_tokens: MOCK_USAGE.cacheRead,
    output_tokens: 2,
  };
  const message = { id, type: 'message', role: 'assistant', model, stop_sequence: null };
  const thinks = thinkingOn(body);
  const toolIndex = thinks ? 1 : 0;
  if (body.stream !== true) {
    const input: unknown = JSON.parse(call.arguments);
    const thinking = { type: 'thinking', thinking: THINKING, signature: MOCK_THINKING_SIGNATURE };
    const content = [...(thinks ? [thinking] : []), { type: 'tool_use', id: callId, name: call.name, input }];
    return { type: 'json', status: 200, body: { ...message, content, stop_reason: 'tool_use', usage } };
  }
  const [first, second] = halves(call.arguments);
  const delta = (partial: string) =>
    sseEvent('content_block_delta', {
      type: 'content_block_delta',
      index: toolIndex,
      delta: { type: 'input_json_delta', partial_json: partial },
    });
  const frames = [
    sseEvent('message_start', {
      type: 'message_start',
      message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
    }),
    ...(thinks ? thinkingFrames() : []),
    sseEvent('content_block_start', {
      type: 'content_block_start',
      index: toolIndex,
      content_block: { type: 'tool_use', id: callId, name: call.name, input: {} },
    }),
    delta(first),
    delta(second),
    sseEvent('content_block_stop', { type: 'content_block_stop', index: toolIndex }),
    sseEvent('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'tool_use', stop_sequence: null },
      usage,
    }),
    sseEvent('message_stop', { type: 'message_stop' }),
  ];
  return {
    type: 'stream',
    contentType: SSE_CONTENT_TYPE,
    frames,
    errorFrames: () => [sseEvent('error', overloaded('anthropic'))],
  };
}
