import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrResponse } from '../../ir/ir-response.js';
import { openAiChatResponseFromIr } from './response-from-ir.js';
import { openAiChatResponseToIr } from './response-to-ir.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const context = { requestedModel: 'claude-sonnet-4-6', clientPath: '/v1/chat/completions' };

const completion = (message: Record<string, unknown>, finishReason: string) => ({
  id: 'chatcmpl-9',
  object: 'chat.completion',
  created: 1,
  model: 'gpt-4.1-2025-04-14',
  choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: finishReason }],
  usage: { prompt_tokens: 1200, completion_tokens: 30, prompt_tokens_details: { cached_tokens: 1000 } },
});

describe('openai chat responses', () => {
  it('reads reasoning, text and parallel tool calls; cached tokens are cache reads', () => {
    const ir = openAiChatResponseToIr(
      completion(
        {
          content: 'Reading both.',
          reasoning_content: 'plan',
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'cat', arguments: '{"path":"a"}' } },
            { id: 'call_2', type: 'function', function: { name: 'cat', arguments: '' } },
          ],
        },
        'tool_calls',
      ),
    );
    expect(ir).toEqual({
      id: 'chatcmpl-9',
      model: 'gpt-4.1-2025-04-14',
      content: [
        { type: 'thinking', text: 'plan' },
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_call', id: 'call_1', name: 'cat', arguments: '{"path":"a"}' },
        { type: 'tool_call', id: 'call_2', name: 'cat', arguments: '{}' },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage: {
        inputTokens: 200,
        outputTokens: 30,
        cacheReadTokens: 1000,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        reasoningTokens: 0,
      },
    });
  });

  it('maps finish reasons and reads the recorded completion', () => {
    const reason = (finish: string) => openAiChatResponseToIr(completion({ content: 'x' }, finish)).stopReason;
    expect(['stop', 'length', 'tool_calls', 'content_filter', 'function_call'].map(reason)).toEqual([
      'end_turn',
      'max_tokens',
      'tool_use',
      'content_filter',
      'tool_use',
    ]);
    expect(openAiChatResponseToIr(completion({ content: null, refusal: 'No.' }, 'stop')).content).toEqual([
      { type: 'refusal', text: 'No.' },
    ]);
    expect(openAiChatResponseToIr(fixture('completion.json'))).toMatchObject({
      model: 'o4-mini-2025-04-16',
      usage: { inputTokens: 86, cacheReadTokens: 1920, outputTokens: 1500, reasoningTokens: 1216 },
    });
    expect(() => openAiChatResponseToIr({ id: 'x', model: 'm', choices: [] })).toThrow(/not a chat completion/);
  });

  it('writes an answer as a chat.completion naming the requested model, usage in chat shape', () => {
    const response: IrResponse = {
      id: 'msg_1',
      model: 'claude-sonnet-4-5-20250929',
      content: [
        { type: 'thinking', text: 'think', signature: { protocol: 'anthropic', value: 'SIG' } },
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_call', id: 'toolu_1', name: 'cat', arguments: '{"path":"a"}' },
      ],
      stopReason: 'end_turn',
      stopSequence: null,
      usage: {
        inputTokens: 120,
        outputTokens: 48,
        cacheReadTokens: 1000,
        cacheWrite5mTokens: 300,
        cacheWrite1hTokens: 200,
        reasoningTokens: 0,
      },
    };
    const written = openAiChatResponseFromIr(response, context);
    expect(written).toMatchObject({
      id: 'msg_1',
      object: 'chat.completion',
      model: 'claude-sonnet-4-6',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'Reading both.',
            refusal: null,
            reasoning_content: 'think',
            tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'cat', arguments: '{"path":"a"}' } }],
          },
          finish_reason: 'tool_calls', // end_turn next to a tool call is still a tool call
        },
      ],
      usage: {
        prompt_tokens: 1620,
        completion_tokens: 48,
        total_tokens: 1668,
        prompt_tokens_details: { cached_tokens: 1000 },
      },
    });
    expect(JSON.stringify(written)).not.toContain('SIG');
    const refused = openAiChatResponseFromIr({ ...response, content: [], stopReason: 'refusal' }, context);
    expect(refused).toMatchObject({ choices: [{ message: { content: null }, finish_reason: 'content_filter' }] });
    const cut = openAiChatResponseFromIr({ ...response, content: [], stopReason: 'max_tokens' }, context);
    expect(cut).toMatchObject({ choices: [{ finish_reason: 'length' }] });
  });
});
