import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrRequest } from '../../ir/ir-request.js';
import { anthropicRequestToIr } from './request-to-ir.js';

const readJson = (name: string): Record<string, unknown> => {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, unknown>; // the fixtures are JSON objects
};

const toIr = (body: Record<string, unknown>): IrRequest =>
  anthropicRequestToIr({ max_tokens: 100, ...body }, { model: 'claude-sonnet-4-5', stream: false });
const userSays = (text: string) => [{ role: 'user', content: text }];

describe('anthropic request → IR', () => {
  it('reads every block, parameter and cache hint of a Messages request', () => {
    const body = readJson('convert/request.json');
    expect(anthropicRequestToIr(body, { model: 'claude-sonnet-4-5-20250929', stream: true })).toEqual(
      readJson('convert/request.ir.json'),
    );
  });

  it("reads Claude Code 2.1's recorded request: system blocks, adaptive effort, trailing system message", () => {
    const body = readJson('claude-code-request.json');
    const ir = anthropicRequestToIr(body, { model: 'claude-opus-4-8', stream: true });
    expect(ir.system).toHaveLength(3);
    expect(ir.system[0]).toEqual({ type: 'text', text: expect.stringContaining('x-anthropic-billing-header') });
    expect(ir.system[1]?.cache).toEqual({ ttl: '5m' });
    expect(ir.messages.map((m) => m.role)).toEqual(['user', 'system']);
    expect(ir.messages[1]?.content[0]).toEqual({
      type: 'text',
      text: expect.stringContaining('Available agent types'),
    });
    expect(ir.messages[0]?.content[1]).toMatchObject({ type: 'text', cache: { ttl: '5m' } });
    expect(ir.reasoning).toEqual({ type: 'effort', effort: 'high' });
    expect(ir.includeReasoning).toBe(true);
    expect(ir.tools).toHaveLength(24);
    expect(ir.tools[0]).toMatchObject({ name: 'Agent', parameters: { type: 'object' } });
    expect(ir.user).toMatch(/^\{"device_id":"1b75.*"session_id":"5751b74f-[0-9a-f-]+"\}$/); // kept whole
    expect(ir.maxOutputTokens).toBe(64_000);
  });

  it('reads a string system prompt and string message content as text parts', () => {
    const ir = toIr({ system: 'Be brief.', messages: userSays('hi') });
    expect(ir.system).toEqual([{ type: 'text', text: 'Be brief.' }]);
    expect(ir.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]);
  });

  it.each([
    [{ type: 'enabled', budget_tokens: 4096 }, undefined, { type: 'budget', budgetTokens: 4096 }, true],
    [
      { type: 'enabled', budget_tokens: 4096, display: 'omitted' },
      'low',
      { type: 'budget', budgetTokens: 4096, effort: 'low' },
      false,
    ],
    [{ type: 'adaptive' }, undefined, { type: 'adaptive' }, true],
    [{ type: 'adaptive' }, 'max', { type: 'effort', effort: 'high' }, true],
    [{ type: 'adaptive' }, 'xhigh', { type: 'effort', effort: 'high' }, true],
    [{ type: 'between_tools' }, undefined, { type: 'adaptive' }, true],
    [{ type: 'disabled' }, 'low', { type: 'disabled' }, false],
    [undefined, 'medium', { type: 'effort', effort: 'medium' }, true],
    [undefined, undefined, null, false],
  ])('reads thinking %j with effort %s', (thinking, effort, reasoning, includeReasoning) => {
    const ir = toIr({ messages: userSays('hi'), thinking, ...(effort ? { output_config: { effort } } : {}) });
    expect(ir.reasoning).toEqual(reasoning);
    expect(ir.includeReasoning).toBe(includeReasoning);
  });

  it.each([
    [{ type: 'auto' }, { type: 'auto' }, null],
    [{ type: 'any', disable_parallel_tool_use: true }, { type: 'required' }, false],
    [{ type: 'tool', name: 'Read', disable_parallel_tool_use: false }, { type: 'tool', name: 'Read' }, true],
    [{ type: 'none' }, { type: 'none' }, null],
  ])('reads tool_choice %j', (tool_choice, toolChoice, parallelToolCalls) => {
    const tools = [{ name: 'Read', input_schema: { type: 'object' } }];
    expect(toIr({ messages: userSays('hi'), tools, tool_choice })).toMatchObject({ toolChoice, parallelToolCalls });
  });

  it("reads the beta's output_format, sampling parameters and a plain-text content document", () => {
    const schema = { type: 'object', properties: {} };
    const ir = toIr({
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'document',
              source: {
                type: 'content',
                content: [
                  { type: 'text', text: 'part 1' },
                  { type: 'text', text: 'part 2' },
                ],
              },
            },
          ],
        },
      ],
      output_format: { type: 'json_schema', schema },
      temperature: 0.2,
      top_p: 0.8,
    });
    expect(ir.responseFormat).toEqual({ type: 'json_schema', name: 'response', schema, strict: true });
    expect(ir).toMatchObject({ temperature: 0.2, topP: 0.8, topK: null });
    expect(ir.messages[0]?.content[0]).toEqual({
      type: 'document',
      source: { kind: 'text', text: 'part 1\n\npart 2' },
    });
  });

  it('drops advisory fields without complaint', () => {
    const ir = toIr({
      messages: userSays('hi'),
      context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] },
      cache_control: { type: 'ephemeral' },
      service_tier: 'standard_only',
      speed: 'fast',
      inference_geo: 'us',
    });
    expect(ir.messages).toHaveLength(1);
  });

  const refusals: [string, Record<string, unknown>, string][] = [
    ['a server tool', { tools: [{ type: 'web_search_20250305', name: 'web_search' }] }, 'web_search_20250305'],
    ['an Anthropic-defined tool', { tools: [{ type: 'bash_20250124', name: 'bash' }] }, 'bash_20250124'],
    ['a container', { container: 'container_1' }, 'container'],
    ['MCP servers', { mcp_servers: [{ type: 'url', url: 'https://mcp.test', name: 'x' }] }, 'mcp_servers'],
    [
      'a server tool block',
      {
        messages: [
          { role: 'user', content: 'search' },
          {
            role: 'assistant',
            content: [{ type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: {} }],
          },
        ],
      },
      'server_tool_use',
    ],
    [
      'a web search result',
      { messages: [{ role: 'user', content: [{ type: 'web_search_tool_result', tool_use_id: 'x', content: [] }] }] },
      'web_search_tool_result',
    ],
    [
      'a Files API image',
      { messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'file', file_id: 'file_1' } }] }] },
      'file_id',
    ],
    [
      'a document context note',
      {
        messages: [
          { role: 'user', content: [{ type: 'document', context: 'from HR', source: { type: 'text', data: 'x' } }] },
        ],
      },
      'context',
    ],
    [
      'a document inside a tool result',
      {
        messages: [
          {
            role: 'user',
            content: [
              {
                type: 'tool_result',
                tool_use_id: 't',
                content: [{ type: 'document', source: { type: 'text', data: 'x' } }],
              },
            ],
          },
        ],
      },
      'tool result',
    ],
    [
      'a tool call made by code execution',
      {
        messages: [
          { role: 'user', content: 'go' },
          {
            role: 'assistant',
            content: [{ type: 'tool_use', id: 't', name: 'f', input: {}, caller: { type: 'code_execution_20250825' } }],
          },
        ],
      },
      'programmatic',
    ],
  ];
  it.each(refusals)('refuses %s with UnsupportedFeatureError naming it', (_, fields, named) => {
    const run = () => toIr({ messages: userSays('hi'), ...fields });
    expect(run).toThrow(UnsupportedFeatureError);
    expect(run).toThrow(named);
  });

  it('answers malformed content with InvalidIrRequestError naming where it is', () => {
    const bad = { messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64' } }] }] };
    expect(() => toIr(bad)).toThrow(InvalidIrRequestError);
    expect(() => toIr(bad)).toThrow('messages.0.content.0');
    const misplaced = { messages: [{ role: 'user', content: [{ type: 'tool_use', id: 't', name: 'f', input: {} }] }] };
    expect(() => toIr(misplaced)).toThrow('a user message cannot hold a tool_use block');
  });
});
