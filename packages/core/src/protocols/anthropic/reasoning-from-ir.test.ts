import { describe, expect, it } from 'vitest';
import type { IrMessage } from '../../ir/ir-content.js';
import { emptyIrRequest, type IrRequest } from '../../ir/ir-request.js';
import { anthropicRequestFromIr } from './request-from-ir.js';

const hi: IrMessage = { role: 'user', content: [{ type: 'text', text: 'hi' }] };
const request = (fields: Partial<IrRequest>): IrRequest => ({
  ...emptyIrRequest('claude-sonnet-4-5', [hi]),
  ...fields,
});
const bodyOf = (fields: Partial<IrRequest>) => anthropicRequestFromIr(request(fields)).body;

const call = { type: 'tool_call' as const, id: 'call_1', name: 'ls', arguments: '{}' };
const toolLoop: IrMessage[] = [
  hi,
  { role: 'assistant', content: [call] },
  { role: 'user', content: [{ type: 'tool_result', callId: 'call_1', content: [], isError: false }] },
];
const lsTool = { name: 'ls', parameters: { type: 'object', properties: {} } };

describe('IR → anthropic max_tokens, thinking and sampling, per model', () => {
  it.each([
    ['claude-3-5-haiku-20241022', 8192],
    ['claude-opus-4-1-20250805', 32_000],
    ['claude-sonnet-4-5-20250929', 64_000],
    ['claude-opus-4-6', 128_000],
    ['glm-4.6', 8192],
  ])('defaults max_tokens for %s to %i', (model, maxTokens) => {
    expect(anthropicRequestFromIr(request({ model })).body['max_tokens']).toBe(maxTokens);
  });

  it.each([
    [
      'a budget as it is',
      'claude-sonnet-4-5',
      20_000,
      { type: 'budget', budgetTokens: 8000 },
      { type: 'enabled', budget_tokens: 8000 },
    ],
    [
      'a budget below max_tokens',
      'claude-sonnet-4-5',
      4000,
      { type: 'budget', budgetTokens: 8000 },
      { type: 'enabled', budget_tokens: 3999 },
    ],
    [
      'a budget raised to 1024',
      'claude-sonnet-4-5',
      4000,
      { type: 'budget', budgetTokens: 100 },
      { type: 'enabled', budget_tokens: 1024 },
    ],
    ['no thinking under a 1024 cap', 'claude-sonnet-4-5', 1024, { type: 'budget', budgetTokens: 2048 }, undefined],
    [
      'adaptive as medium budget',
      'claude-haiku-4-5',
      64_000,
      { type: 'adaptive' },
      { type: 'enabled', budget_tokens: 10_000 },
    ],
    [
      'an effort as its budget',
      'claude-sonnet-4-5',
      64_000,
      { type: 'effort', effort: 'high' },
      { type: 'enabled', budget_tokens: 32_000 },
    ],
    ['adaptive as adaptive', 'claude-opus-4-6', null, { type: 'adaptive' }, { type: 'adaptive' }],
    ['disabled', 'claude-sonnet-4-6', null, { type: 'disabled' }, { type: 'disabled' }],
    ['disabled as absent on Opus 4.7', 'claude-opus-4-7', null, { type: 'disabled' }, undefined],
    ['nothing to Claude 3.5', 'claude-3-5-sonnet-20241022', null, { type: 'effort', effort: 'high' }, undefined],
  ] as const)('writes %s', (_, model, maxOutputTokens, reasoning, thinking) => {
    const body = anthropicRequestFromIr(request({ model, maxOutputTokens, reasoning })).body;
    expect(body['thinking']).toEqual(thinking);
  });

  it('writes efforts as adaptive + output_config.effort where the model has them', () => {
    const body = bodyOf({ model: 'claude-opus-4-6', reasoning: { type: 'effort', effort: 'minimal' } });
    expect(body).toMatchObject({ thinking: { type: 'adaptive' }, output_config: { effort: 'low' } });
    const opus47 = bodyOf({
      model: 'claude-opus-4-7',
      reasoning: { type: 'budget', budgetTokens: 12_000 },
      includeReasoning: true,
    });
    expect(opus47).toMatchObject({
      thinking: { type: 'adaptive', display: 'summarized' },
      output_config: { effort: 'medium' },
    });
  });

  it('keeps thinking off when a tool is forced, or when the tool loop has no signed thinking to resume', () => {
    const thinkingWith = (fields: Partial<IrRequest>) =>
      bodyOf({ reasoning: { type: 'budget', budgetTokens: 4000 }, tools: [lsTool], ...fields })['thinking'];
    expect(thinkingWith({ toolChoice: { type: 'required' } })).toEqual({ type: 'disabled' });
    expect(thinkingWith({ toolChoice: { type: 'tool', name: 'ls' } })).toEqual({ type: 'disabled' });
    expect(thinkingWith({ messages: toolLoop })).toEqual({ type: 'disabled' });
    const signedThinking = {
      type: 'thinking' as const,
      text: 't',
      signature: { protocol: 'anthropic' as const, value: 's' },
    };
    const signed: IrMessage[] = [hi, { role: 'assistant', content: [signedThinking, call] }, toolLoop[2]!];
    expect(thinkingWith({ messages: signed })).toEqual({ type: 'enabled', budget_tokens: 4000 });
  });

  it('writes sampling parameters within what the model accepts', () => {
    const sampled = { temperature: 0.3, topP: 0.9, topK: 20 };
    expect(bodyOf(sampled)).toMatchObject({ temperature: 0.3, top_k: 20 });
    expect(bodyOf(sampled)['top_p']).toBeUndefined();
    expect(bodyOf({ topP: 0.9 })).toMatchObject({ top_p: 0.9 });
    const thinking = bodyOf({ ...sampled, maxOutputTokens: 8000, reasoning: { type: 'budget', budgetTokens: 4000 } });
    expect(['temperature', 'top_p', 'top_k'].filter((key) => key in thinking)).toEqual([]);
    expect(bodyOf({ topP: 0.97, reasoning: { type: 'adaptive' }, model: 'claude-opus-4-6' })).toMatchObject({
      top_p: 0.97,
    });
    const opus47 = bodyOf({ ...sampled, model: 'claude-opus-4-7' });
    expect(['temperature', 'top_p', 'top_k'].filter((key) => key in opus47)).toEqual([]);
  });
});
