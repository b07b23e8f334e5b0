import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrMessage } from '../../ir/ir-content.js';
import { emptyIrRequest, type IrRequest } from '../../ir/ir-request.js';
import { KITCHEN_SINK_REQUEST } from '../../ir/testing/index.js';
import { anthropicRequestToIr } from '../anthropic/request-to-ir.js';
import { chatModelTraits } from './model-traits.js';
import { openAiChatRequestFromIr } from './request-from-ir.js';

const hi: IrMessage = { role: 'user', content: [{ type: 'text', text: 'hi' }] };
const bodyOf = (fields: Partial<IrRequest>, model = 'gpt-4.1') =>
  openAiChatRequestFromIr({ ...emptyIrRequest(model, [hi]), ...fields }).body;
const lsTool = { name: 'ls', parameters: { type: 'object', properties: {} } };

/** A Claude client's request read by the Anthropic converter, as the gateway does. */
const fromClaude = (body: Record<string, unknown>, model = 'gpt-4.1') =>
  openAiChatRequestFromIr({ ...anthropicRequestToIr(body, { model: 'claude-sonnet-4-6', stream: true }), model }).body;
const claude = (fields: Record<string, unknown>) => ({
  model: 'claude-sonnet-4-6',
  max_tokens: 4096,
  messages: [{ role: 'user', content: 'hi' }],
  ...fields,
});

describe('IR → openai chat request', () => {
  it('writes the kitchen sink as a Chat Completions request', () => {
    expect(openAiChatRequestFromIr({ ...KITCHEN_SINK_REQUEST, model: 'gpt-4.1' })).toEqual({
      path: '/v1/chat/completions',
      body: {
        model: 'gpt-4.1',
        messages: [
          { role: 'system', content: 'You are a careful assistant.' },
          { role: 'user', content: 'List the files, then read README.md.' },
          {
            role: 'assistant',
            content: 'I will list them first.',
            tool_calls: [
              { id: 'call_ls_1', type: 'function', function: { name: 'ls', arguments: '{"path":"."}' } },
              { id: 'call_cat_2', type: 'function', function: { name: 'cat', arguments: '{"path":"README.md"}' } },
            ],
          },
          { role: 'tool', tool_call_id: 'call_ls_1', content: 'README.md\nsrc' },
          { role: 'tool', tool_call_id: 'call_cat_2', content: 'Error: no such file' },
          { role: 'system', content: 'Answer in one sentence.' },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is in this picture?' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              { type: 'image_url', image_url: { url: 'https://example.test/cat.jpg' } },
            ],
          },
        ],
        tools: [
          {
            type: 'function',
            function: {
              name: 'ls',
              description: 'List a directory',
              parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
            },
          },
          {
            type: 'function',
            function: {
              name: 'cat',
              description: 'Read a file',
              parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
            },
          },
        ],
        tool_choice: 'auto',
        parallel_tool_calls: true,
        max_tokens: 1024,
        temperature: 0.5,
        top_p: 0.9,
        stop: ['\n\nHuman:'],
        user: 'user-123',
        stream: true,
        stream_options: { include_usage: true },
      },
    });
  });

  it('keeps Claude system prompts and mid-list system messages as system messages, never assistant turns', () => {
    const body = fromClaude(
      claude({
        system: [
          { type: 'text', text: 'You are Claude Code.', cache_control: { type: 'ephemeral' } },
          { type: 'text', text: 'Be brief.' },
        ],
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'system', content: 'Available agent types: …' },
          { role: 'user', content: 'go' },
        ],
      }),
    );
    expect(body['messages']).toEqual([
      { role: 'system', content: 'You are Claude Code.\n\nBe brief.' },
      { role: 'user', content: 'hi' },
      { role: 'system', content: 'Available agent types: …' },
      { role: 'user', content: 'go' },
    ]);
  });

  it('maps tool_choice any → required, none → none, a named tool → a function, and disable_parallel_tool_use', () => {
    const tools = [{ name: 'ls', input_schema: { type: 'object' } }];
    const choice = (toolChoice: Record<string, unknown>) => fromClaude(claude({ tools, tool_choice: toolChoice }));
    expect(choice({ type: 'any' })).toMatchObject({ tool_choice: 'required' });
    expect(choice({ type: 'none' })).toMatchObject({ tool_choice: 'none' });
    expect(choice({ type: 'auto' })).toMatchObject({ tool_choice: 'auto' });
    expect(choice({ type: 'tool', name: 'ls', disable_parallel_tool_use: true })).toMatchObject({
      tool_choice: { type: 'function', function: { name: 'ls' } },
      parallel_tool_calls: false,
    });
    expect(bodyOf({ tools: [lsTool], toolChoice: { type: 'required' }, parallelToolCalls: true })).toMatchObject({
      tool_choice: 'required',
      parallel_tool_calls: true,
    });
    // OpenAI refuses tool_choice and parallel_tool_calls without tools.
    expect(bodyOf({ toolChoice: { type: 'auto' }, parallelToolCalls: false })).not.toHaveProperty('tool_choice');
    expect(bodyOf({ toolChoice: { type: 'auto' }, parallelToolCalls: false })).not.toHaveProperty(
      'parallel_tool_calls',
    );
  });

  it('sends tool results with array content as text and keeps is_error; result images follow as a user turn', () => {
    const body = fromClaude(
      claude({
        messages: [
          { role: 'user', content: 'read both' },
          {
            role: 'assistant',
            content: [
              { type: 'text', text: 'Reading.' },
              { type: 'tool_use', id: 'toolu_1', name: 'Read', input: { path: 'a.png' } },
              { type: 'tool_use', id: 'toolu_2', name: 'Read', input: { path: 'b.md' } },
            ],
          },
          {
            role: 'user',
            content: [
              {
                type: 'tool_result',
                tool_use_id: 'toolu_1',
                content: [
                  { type: 'text', text: 'a picture', cache_control: { type: 'ephemeral' } },
                  { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } },
                ],
              },
              {
                type: 'tool_result',
                tool_use_id: 'toolu_2',
                is_error: true,
                content: [
                  { type: 'text', text: 'line 1' },
                  { type: 'text', text: 'line 2' },
                ],
              },
              { type: 'text', text: 'now summarise' },
            ],
          },
        ],
      }),
    );
    expect(body['messages']).toEqual([
      { role: 'user', content: 'read both' },
      {
        role: 'assistant',
        content: 'Reading.',
        tool_calls: [
          { id: 'toolu_1', type: 'function', function: { name: 'Read', arguments: '{"path":"a.png"}' } },
          { id: 'toolu_2', type: 'function', function: { name: 'Read', arguments: '{"path":"b.md"}' } },
        ],
      },
      {
        role: 'tool',
        tool_call_id: 'toolu_1',
        content: 'a picture\n\n(The result includes the image in the next message.)',
      },
      { role: 'tool', tool_call_id: 'toolu_2', content: 'Error: line 1\n\nline 2' },
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
          { type: 'text', text: 'now summarise' },
        ],
      },
    ]);
  });

  it('never sends thinking or signatures to a chat provider', () => {
    const body = fromClaude(
      claude({
        messages: [
          { role: 'user', content: 'hi' },
          {
            role: 'assistant',
            content: [
              { type: 'thinking', thinking: 'secret plan', signature: 'EqQBsig==' },
              { type: 'redacted_thinking', data: 'EmwK' },
              { type: 'text', text: 'Hello.' },
            ],
          },
          { role: 'user', content: 'again' },
        ],
      }),
    );
    expect(body['messages']).toEqual([
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'Hello.' },
      { role: 'user', content: 'again' },
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toContain('EqQBsig');
    expect(text).not.toContain('secret plan');
  });

  it('turns Claude thinking into reasoning_effort for models that take it', () => {
    const thinking = (budget: number, model: string) =>
      fromClaude(claude({ thinking: { type: 'enabled', budget_tokens: budget } }), model)['reasoning_effort'];
    expect(thinking(1024, 'o4-mini')).toBe('low');
    expect(thinking(4096, 'gpt-5')).toBe('low');
    expect(thinking(16_000, 'o3')).toBe('medium');
    expect(thinking(32_000, 'gpt-5.4-mini')).toBe('high');
    expect(thinking(32_000, 'gemini-2.5-pro')).toBe('high');
    expect(thinking(32_000, 'gpt-4.1')).toBeUndefined(); // refuses reasoning_effort
    expect(thinking(32_000, 'deepseek-chat')).toBeUndefined();
    // Claude Code: adaptive + output_config.effort
    const adaptive = claude({ thinking: { type: 'adaptive' }, output_config: { effort: 'high' } });
    expect(fromClaude(adaptive, 'gpt-5')['reasoning_effort']).toBe('high');
    expect(fromClaude(claude({ thinking: { type: 'adaptive' } }), 'gpt-5')['reasoning_effort']).toBe('medium');
    expect(fromClaude(claude({ thinking: { type: 'disabled' } }), 'gpt-5')).not.toHaveProperty('reasoning_effort');
    // gpt-5 takes minimal when a client asked for it by name
    expect(bodyOf({ reasoning: { type: 'effort', effort: 'minimal' } }, 'gpt-5')['reasoning_effort']).toBe('minimal');
    expect(bodyOf({ reasoning: { type: 'effort', effort: 'minimal' } }, 'o3')['reasoning_effort']).toBe('low');
  });

  it('writes max_completion_tokens (and no sampling) for OpenAI reasoning models, max_tokens for the rest', () => {
    const settings = { maxOutputTokens: 500, temperature: 0.2, topP: 0.5 };
    for (const model of [
      'o1',
      'o3-mini',
      'o4-mini-2025-04-16',
      'gpt-5',
      'gpt-5.5',
      'openai/gpt-5-mini',
      'codex-mini',
    ]) {
      const body = bodyOf(settings, model);
      expect(body, model).toMatchObject({ max_completion_tokens: 500 });
      expect(body, model).not.toHaveProperty('max_tokens');
      expect(body, model).not.toHaveProperty('temperature');
    }
    for (const model of ['gpt-4o', 'gpt-4.1-mini', 'gpt-5-chat-latest', 'deepseek-chat', 'qwen3-coder', 'o-mini-x']) {
      expect(bodyOf(settings, model), model).toMatchObject({ max_tokens: 500, temperature: 0.2, top_p: 0.5 });
    }
    expect(chatModelTraits('gpt-5.1-chat-latest').maxCompletionTokens).toBe(false);
  });

  it('lowers a cap above the model’s output limit to that limit (Claude Code asks for 64,000)', () => {
    const cap = (model: string) => {
      const body = bodyOf({ maxOutputTokens: 64_000 }, model);
      return body['max_tokens'] ?? body['max_completion_tokens'];
    };
    expect(cap('gpt-4o-mini')).toBe(16_384);
    expect(cap('gpt-4.1-mini')).toBe(32_768);
    expect(cap('deepseek-chat')).toBe(8192);
    expect(cap('gpt-5')).toBe(64_000);
    expect(cap('o3')).toBe(64_000);
    expect(cap('some-local-model')).toBe(64_000);
    expect(bodyOf({ maxOutputTokens: 500 }, 'gpt-4o')['max_tokens']).toBe(500);
  });

  it('refuses stop sequences for the OpenAI reasoning models that refuse `stop` (before gpt-5.5)', () => {
    for (const model of ['o3', 'o4-mini', 'gpt-5', 'gpt-5.4-mini'])
      expect(() => bodyOf({ stopSequences: ['END'] }, model), model).toThrow(UnsupportedFeatureError);
    for (const model of ['gpt-5.5', 'gpt-4.1', 'deepseek-chat'])
      expect(bodyOf({ stopSequences: ['END'] }, model), model).toMatchObject({ stop: ['END'] });
  });

  it('carries stop_sequences, metadata.user_id, output_config.format and never leaks cache_control', () => {
    const body = fromClaude(
      claude({
        stop_sequences: ['END'],
        metadata: { user_id: 'user_abc' },
        output_config: { format: { type: 'json_schema', schema: { type: 'object', properties: {} } } },
        system: [{ type: 'text', text: 'sys', cache_control: { type: 'ephemeral', ttl: '1h' } }],
        tools: [{ name: 'ls', input_schema: { type: 'object' }, cache_control: { type: 'ephemeral' } }],
        messages: [{ role: 'user', content: [{ type: 'text', text: 'hi', cache_control: { type: 'ephemeral' } }] }],
        top_k: 5,
      }),
    );
    expect(body).toMatchObject({
      stop: ['END'],
      user: 'user_abc',
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'response', schema: { type: 'object', properties: {} }, strict: true },
      },
    });
    expect(JSON.stringify(body)).not.toContain('cache_control');
    expect(body).not.toHaveProperty('top_k');
    // Claude Code's user id is a JSON string longer than OpenAI's 64 characters: a stable digest goes instead.
    const long = JSON.stringify({ device_id: 'd'.repeat(64), account_uuid: '', session_id: 's'.repeat(36) });
    const digest = fromClaude(claude({ metadata: { user_id: long } }))['user'];
    expect(digest).toMatch(/^[\w-]{43}$/);
    expect(fromClaude(claude({ metadata: { user_id: long } }))['user']).toBe(digest);
    expect(bodyOf({ responseFormat: { type: 'json_object' } })['response_format']).toEqual({ type: 'json_object' });
  });

  it('always asks a streaming provider for the usage chunk', () => {
    expect(bodyOf({ stream: true })).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(bodyOf({ stream: false })).not.toHaveProperty('stream_options');
  });

  it('writes documents as file parts or text, and refuses a document URL', () => {
    const messages: IrMessage[] = [
      {
        role: 'user',
        content: [
          {
            type: 'document',
            source: { kind: 'base64', mediaType: 'application/pdf', data: 'JVBERi0=' },
            title: 'Spec',
          },
          { type: 'document', source: { kind: 'text', text: 'plain notes' }, title: 'Notes' },
        ],
      },
    ];
    expect(bodyOf({ messages })['messages']).toEqual([
      {
        role: 'user',
        content: [
          { type: 'file', file: { filename: 'Spec', file_data: 'data:application/pdf;base64,JVBERi0=' } },
          { type: 'text', text: 'Notes\n\nplain notes' },
        ],
      },
    ]);
    const url: IrMessage = {
      role: 'user',
      content: [{ type: 'document', source: { kind: 'url', url: 'https://example.test/a.pdf' } }],
    };
    expect(() => bodyOf({ messages: [url] })).toThrow(UnsupportedFeatureError);
  });

  it('converts the recorded Claude Code request: system kept, no assistant turn invented, effort high', () => {
    const recorded = JSON.parse(
      readFileSync(new URL('../anthropic/fixtures/claude-code-request.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>; // a recorded JSON object
    const body = fromClaude(recorded, 'gpt-5');
    const messages = body['messages'] as { role: string }[];
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'system']);
    expect(body).toMatchObject({ reasoning_effort: 'high', max_completion_tokens: recorded['max_tokens'] });
    expect((body['tools'] as unknown[]).length).toBe((recorded['tools'] as unknown[]).length);
    expect(JSON.stringify(body)).not.toContain('cache_control');
  });
});
