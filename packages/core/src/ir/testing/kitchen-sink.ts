import type { IrRequest } from '../ir-request.js';
import type { IrStreamEvent } from '../ir-stream.js';

/**
 * Test support: a request with one of everything the IR can say, and an answer stream with
 * thinking, text and two parallel tool calls. Each protocol's converters are checked against them:
 * what the protocol can express must survive `fromIr` then `toIr` unchanged.
 */
export const KITCHEN_SINK_REQUEST: IrRequest = {
  model: 'test-model',
  system: [{ type: 'text', text: 'You are a careful assistant.' }],
  messages: [
    { role: 'user', content: [{ type: 'text', text: 'List the files, then read README.md.' }] },
    {
      role: 'assistant',
      content: [
        { type: 'text', text: 'I will list them first.' },
        { type: 'tool_call', id: 'call_ls_1', name: 'ls', arguments: '{"path":"."}' },
        { type: 'tool_call', id: 'call_cat_2', name: 'cat', arguments: '{"path":"README.md"}' },
      ],
    },
    {
      role: 'user',
      content: [
        {
          type: 'tool_result',
          callId: 'call_ls_1',
          name: 'ls',
          content: [{ type: 'text', text: 'README.md\nsrc' }],
          isError: false,
        },
        {
          type: 'tool_result',
          callId: 'call_cat_2',
          name: 'cat',
          content: [{ type: 'text', text: 'no such file' }],
          isError: true,
        },
      ],
    },
    { role: 'system', content: [{ type: 'text', text: 'Answer in one sentence.' }] },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is in this picture?' },
        { type: 'image', source: { kind: 'base64', mediaType: 'image/png', data: 'iVBORw0KGgo=' } },
        { type: 'image', source: { kind: 'url', url: 'https://example.test/cat.jpg' } },
      ],
    },
  ],
  tools: [
    {
      name: 'ls',
      description: 'List a directory',
      parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    },
    {
      name: 'cat',
      description: 'Read a file',
      parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    },
  ],
  toolChoice: { type: 'auto' },
  parallelToolCalls: true,
  maxOutputTokens: 1024,
  temperature: 0.5,
  topP: 0.9,
  topK: null,
  stopSequences: ['\n\nHuman:'],
  stream: true,
  reasoning: { type: 'budget', budgetTokens: 2048 },
  includeReasoning: true,
  responseFormat: null,
  user: 'user-123',
  promptCacheKey: null,
};

/** An answer stream: thinking, text, two parallel tool calls, stop for tool use, usage. */
export const KITCHEN_SINK_STREAM: IrStreamEvent[] = [
  { type: 'start', id: 'msg_1', model: 'test-model' },
  { type: 'block_start', index: 0, block: { type: 'thinking' } },
  { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'The user wants files.' } },
  { type: 'block_stop', index: 0 },
  { type: 'block_start', index: 1, block: { type: 'text' } },
  { type: 'block_delta', index: 1, delta: { type: 'text', text: 'Listing ' } },
  { type: 'block_delta', index: 1, delta: { type: 'text', text: 'now.' } },
  { type: 'block_stop', index: 1 },
  { type: 'block_start', index: 2, block: { type: 'tool_call', id: 'call_ls_1', name: 'ls' } },
  { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '{"path":' } },
  { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '"."}' } },
  { type: 'block_stop', index: 2 },
  { type: 'block_start', index: 3, block: { type: 'tool_call', id: 'call_cat_2', name: 'cat' } },
  { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '{"path":"README.md"}' } },
  { type: 'block_stop', index: 3 },
  {
    type: 'finish',
    stopReason: 'tool_use',
    stopSequence: null,
    usage: {
      inputTokens: 120,
      outputTokens: 48,
      cacheReadTokens: 1000,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      reasoningTokens: 0,
    },
  },
  { type: 'end' },
];
