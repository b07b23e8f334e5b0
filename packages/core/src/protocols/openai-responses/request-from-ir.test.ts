import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnsupportedFeatureError } from '../../ir/errors.js';
import { emptyIrRequest, type IrRequest } from '../../ir/ir-request.js';
import { anthropicRequestToIr } from '../anthropic/request-to-ir.js';
import { openAiResponsesRequestFromIr } from './request-from-ir.js';

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>; // JSON objects

const ask = (text: string) => ({ role: 'user' as const, content: [{ type: 'text' as const, text }] });
const fromIr = (fields: Partial<IrRequest>) =>
  openAiResponsesRequestFromIr({ ...emptyIrRequest('gpt-5-codex', [ask('hi')]), ...fields }).body;

describe('IR → openai responses request', () => {
  it('writes a Claude Code turn for a Responses provider: instructions, developer message, stateless', () => {
    const claudeCode = readJson('../anthropic/fixtures/claude-code-request.json');
    const ir = anthropicRequestToIr(claudeCode, { model: 'claude-opus-4-8', stream: true });
    const { path, body } = openAiResponsesRequestFromIr({ ...ir, model: 'gpt-5-codex' });
    expect(path).toBe('/v1/responses');
    expect(body['instructions']).toEqual(expect.stringContaining('x-anthropic-billing-header'));
    const input = body['input'] as Record<string, unknown>[];
    expect(input.map((item) => item['role'])).toEqual(['user', 'developer']); // never an assistant turn
    expect(body['tools']).toHaveLength(24);
    expect((body['tools'] as Record<string, unknown>[])[0]).toMatchObject({
      type: 'function',
      name: 'Agent',
      strict: false,
    });
    expect(body['reasoning']).toEqual({ effort: 'high', summary: 'auto' });
    expect(body['include']).toEqual(['reasoning.encrypted_content']);
    expect(body['max_output_tokens']).toBe(64_000);
    expect(body['store']).toBe(false);
    expect(body['stream']).toBe(true);
    // Claude Code's user_id is a JSON string longer than OpenAI's 64 characters: hashed, stable.
    const userId = String(ir.user);
    expect(body['safety_identifier']).toBe(createHash('sha256').update(userId).digest('hex'));
    expect(JSON.stringify(body)).not.toContain('cache_control');
  });

  it('keeps text before a function call, in order, and OpenAI reasoning with its item id', () => {
    const body = fromIr({
      messages: [
        ask('go'),
        {
          role: 'assistant',
          content: [
            {
              type: 'thinking',
              text: 'plan',
              signature: { protocol: 'openai-responses', value: 'gAAA1', itemId: 'rs_7' },
            },
            { type: 'thinking', text: 'claude plan', signature: { protocol: 'anthropic', value: 'EqQB' } },
            { type: 'thinking', text: 'unsigned' },
            { type: 'text', text: 'Let me look.' },
            { type: 'tool_call', id: 'toolu_1', name: 'Read', arguments: '{"file":"a"}' },
            { type: 'text', text: 'And another.' },
            { type: 'tool_call', id: 'toolu_2', name: 'Read', arguments: '{"file":"b"}' },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', callId: 'toolu_1', content: [{ type: 'text', text: 'A' }], isError: false },
            {
              type: 'tool_result',
              callId: 'toolu_2',
              content: [{ type: 'text', text: 'no such file' }],
              isError: true,
            },
            { type: 'text', text: 'thanks' },
          ],
        },
      ],
    });
    expect(body['input']).toEqual([
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'go' }] },
      // Anthropic-signed and unsigned thinking are never sent to OpenAI.
      { type: 'reasoning', id: 'rs_7', summary: [{ type: 'summary_text', text: 'plan' }], encrypted_content: 'gAAA1' },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Let me look.', annotations: [] }] },
      { type: 'function_call', call_id: 'toolu_1', name: 'Read', arguments: '{"file":"a"}' },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'And another.', annotations: [] }] },
      { type: 'function_call', call_id: 'toolu_2', name: 'Read', arguments: '{"file":"b"}' },
      { type: 'function_call_output', call_id: 'toolu_1', output: 'A' },
      { type: 'function_call_output', call_id: 'toolu_2', output: 'Error: no such file' },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'thanks' }] },
    ]);
  });

  it('maps tool_choice, parallel calls and structured output', () => {
    const tools = [{ name: 'ls', parameters: { type: 'object' } }];
    expect(fromIr({ tools, toolChoice: { type: 'required' } })['tool_choice']).toBe('required');
    expect(fromIr({ tools, toolChoice: { type: 'none' } })['tool_choice']).toBe('none');
    expect(fromIr({ tools, toolChoice: { type: 'tool', name: 'ls' } })['tool_choice']).toEqual({
      type: 'function',
      name: 'ls',
    });
    expect(fromIr({ tools, parallelToolCalls: false })['parallel_tool_calls']).toBe(false);
    expect(fromIr({ toolChoice: { type: 'auto' } })['tool_choice']).toBeUndefined(); // no tools, no choice
    const schema = { type: 'object', properties: { title: { type: 'string' } } };
    expect(fromIr({ responseFormat: { type: 'json_schema', name: 'response', schema, strict: true } })['text']).toEqual(
      {
        format: { type: 'json_schema', name: 'response', schema, strict: true },
      },
    );
    expect(fromIr({ responseFormat: { type: 'json_object' } })['text']).toEqual({ format: { type: 'json_object' } });
  });

  it('turns a thinking budget into an effort and leaves sampling to reasoning models', () => {
    const budget = (budgetTokens: number) =>
      (fromIr({ reasoning: { type: 'budget', budgetTokens } })['reasoning'] as Record<string, unknown>)['effort'];
    expect([budget(1024), budget(4096), budget(16_000), budget(32_000)]).toEqual(['minimal', 'low', 'medium', 'high']);
    expect(fromIr({ reasoning: { type: 'adaptive' } })['reasoning']).toEqual({ effort: 'medium' });
    expect(fromIr({ reasoning: { type: 'disabled' } })['reasoning']).toBeUndefined();
    expect(fromIr({ temperature: 0.3, topP: 0.5 })).not.toHaveProperty('temperature');
    const chatModel = openAiResponsesRequestFromIr({ ...emptyIrRequest('gpt-4.1', [ask('x')]), temperature: 0.3 });
    expect(chatModel.body['temperature']).toBe(0.3);
  });

  it('raises a token cap below what OpenAI accepts to its minimum', () => {
    expect(fromIr({ maxOutputTokens: 1 })['max_output_tokens']).toBe(16);
    expect(fromIr({ maxOutputTokens: 700 })['max_output_tokens']).toBe(700);
    expect(fromIr({})).not.toHaveProperty('max_output_tokens');
  });

  it('refuses stop sequences, which Responses cannot express', () => {
    expect(() => fromIr({ stopSequences: ['END'] })).toThrow(UnsupportedFeatureError);
    expect(() => fromIr({ stopSequences: ['END'] })).toThrow(/Stop sequences/);
  });

  it('writes images and documents as input parts', () => {
    const body = fromIr({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image', source: { kind: 'base64', mediaType: 'image/jpeg', data: '/9j/' } },
            { type: 'document', source: { kind: 'base64', mediaType: 'application/pdf', data: 'JVBE' }, title: 'Spec' },
            { type: 'document', source: { kind: 'url', url: 'https://example.test/a.pdf' } },
            { type: 'document', source: { kind: 'text', text: 'plain' }, title: 'Notes' },
          ],
        },
      ],
    });
    expect(body['input']).toEqual([
      {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_image', image_url: 'data:image/jpeg;base64,/9j/', detail: 'auto' },
          { type: 'input_file', filename: 'Spec', file_data: 'data:application/pdf;base64,JVBE' },
          { type: 'input_file', file_url: 'https://example.test/a.pdf' },
          { type: 'input_text', text: 'Notes\n\nplain' },
        ],
      },
    ]);
  });
});
