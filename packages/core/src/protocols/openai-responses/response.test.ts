import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrResponse } from '../../ir/ir-response.js';
import { emptyUsage } from '../../usage/usage.js';
import { openAiResponsesResponseFromIr } from './response-from-ir.js';
import { openAiResponsesResponseToIr } from './response-to-ir.js';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const context = { requestedModel: 'gpt-5-codex', clientPath: '/v1/responses' };

describe('openai responses answers', () => {
  it("reads a provider's Response: reasoning with its id, function call, usage with cache and reasoning", () => {
    const ir = openAiResponsesResponseToIr(readJson('response.json'));
    expect(ir.model).toBe('gpt-5-codex');
    expect(ir.content).toEqual([
      {
        type: 'thinking',
        text: '',
        signature: {
          protocol: 'openai-responses',
          value: 'gAAAAABor0Aw...',
          itemId: 'rs_68af4030baa48193b0b43b4c2a176a1a05438e46b5f69a3b',
        },
      },
      { type: 'tool_call', id: 'call_Xyz', name: 'shell', arguments: '{"command":["bash","-lc","pnpm test"]}' },
    ]);
    expect(ir.stopReason).toBe('tool_use');
    expect(ir.usage).toEqual({
      inputTokens: 2294,
      outputTokens: 1830,
      cacheReadTokens: 22_016,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      reasoningTokens: 1472,
    });
  });

  it('maps incomplete and content-filtered answers', () => {
    const answer = (status: string, reason?: string) =>
      openAiResponsesResponseToIr({
        id: 'resp_1',
        model: 'gpt-5',
        status,
        incomplete_details: reason ? { reason } : null,
        output: [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hi' }] }],
      }).stopReason;
    expect([
      answer('completed'),
      answer('incomplete', 'max_output_tokens'),
      answer('incomplete', 'content_filter'),
    ]).toEqual(['end_turn', 'max_tokens', 'content_filter']);
  });

  it("writes a Claude answer as a Response: text before the call kept, the client's model, usage totals", () => {
    const ir: IrResponse = {
      id: 'msg_01XYZ',
      model: 'claude-sonnet-4-5-20250929',
      content: [
        { type: 'thinking', text: 'Check first.', signature: { protocol: 'anthropic', value: 'EqQB' } },
        { type: 'text', text: 'Let me check.' },
        { type: 'tool_call', id: 'toolu_1', name: 'exec_command', arguments: '{"cmd":"ls"}' },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage: { ...emptyUsage(), inputTokens: 10, cacheReadTokens: 100, cacheWrite5mTokens: 20, outputTokens: 7 },
    };
    const response = openAiResponsesResponseFromIr(ir, context);
    expect(response).toMatchObject({
      id: 'resp_msg_01XYZ',
      object: 'response',
      status: 'completed',
      model: 'gpt-5-codex',
      store: false,
      usage: {
        input_tokens: 130,
        input_tokens_details: { cached_tokens: 100 },
        output_tokens: 7,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: 137,
      },
    });
    const output = response['output'] as Record<string, unknown>[];
    expect(output.map((item) => item['type'])).toEqual(['reasoning', 'message', 'function_call']);
    expect(output[0]?.['encrypted_content']).toMatch(/^cch\.anthropic\./);
    expect(output[1]).toMatchObject({ content: [{ type: 'output_text', text: 'Let me check.' }] });
    expect(output[2]).toMatchObject({ call_id: 'toolu_1', name: 'exec_command', arguments: '{"cmd":"ls"}' });
    // And back: the signature is Anthropic's again, for an Anthropic provider only.
    expect(openAiResponsesResponseToIr(response).content[0]).toEqual(ir.content[0]);
  });

  it('writes max_tokens as an incomplete response', () => {
    const ir: IrResponse = {
      id: 'msg_1',
      model: 'x',
      content: [{ type: 'text', text: 'Cut' }],
      stopReason: 'max_tokens',
      stopSequence: null,
      usage: emptyUsage(),
    };
    expect(openAiResponsesResponseFromIr(ir, context)).toMatchObject({
      status: 'incomplete',
      incomplete_details: { reason: 'max_output_tokens' },
    });
  });
});
