import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnsupportedFeatureError } from '../../ir/errors.js';
import { emptyIrRequest, type IrRequest } from '../../ir/ir-request.js';
import { KITCHEN_SINK_REQUEST } from '../../ir/testing/index.js';
import { anthropicRequestToIr } from '../anthropic/request-to-ir.js';
import { SKIP_SIGNATURE } from './content-from-ir.js';
import { geminiRequestFromIr } from './request-from-ir.js';

const claudeCode = JSON.parse(
  readFileSync(new URL('../anthropic/fixtures/claude-code-request.json', import.meta.url), 'utf8'),
) as Record<string, unknown>; // a recorded JSON object

const request = (fields: Partial<IrRequest>): IrRequest => ({
  ...emptyIrRequest('gemini-2.5-flash', [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]),
  ...fields,
});

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, keys);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      keysOf(inner, keys);
    }
  return keys;
}

describe('IR → gemini request', () => {
  it('writes the kitchen sink: system folded, roles user/model, calls with ids, results as responses', () => {
    const call = geminiRequestFromIr({ ...KITCHEN_SINK_REQUEST, model: 'gemini-2.5-flash' });
    expect(call.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    expect(call.body).toEqual({
      contents: [
        { role: 'user', parts: [{ text: 'List the files, then read README.md.' }] },
        {
          role: 'model',
          parts: [
            { text: 'I will list them first.' },
            { functionCall: { id: 'call_ls_1', name: 'ls', args: { path: '.' } } },
            { functionCall: { id: 'call_cat_2', name: 'cat', args: { path: 'README.md' } } },
          ],
        },
        {
          role: 'user',
          parts: [
            { functionResponse: { id: 'call_ls_1', name: 'ls', response: { output: 'README.md\nsrc' } } },
            { functionResponse: { id: 'call_cat_2', name: 'cat', response: { error: 'no such file' } } },
            { text: 'What is in this picture?' },
            { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } },
            { fileData: { mimeType: 'image/jpeg', fileUri: 'https://example.test/cat.jpg' } },
          ],
        },
      ],
      systemInstruction: { parts: [{ text: 'You are a careful assistant.' }, { text: 'Answer in one sentence.' }] },
      tools: [
        {
          functionDeclarations: [
            {
              name: 'ls',
              description: 'List a directory',
              parameters: { type: 'OBJECT', properties: { path: { type: 'STRING' } }, required: ['path'] },
            },
            {
              name: 'cat',
              description: 'Read a file',
              parameters: { type: 'OBJECT', properties: { path: { type: 'STRING' } }, required: ['path'] },
            },
          ],
        },
      ],
      toolConfig: { functionCallingConfig: { mode: 'AUTO' } },
      generationConfig: {
        maxOutputTokens: 1024,
        temperature: 0.5,
        topP: 0.9,
        stopSequences: ['\n\nHuman:'],
        thinkingConfig: { thinkingBudget: 2048, includeThoughts: true },
      },
    });
  });

  it("reduces Claude Code's 24 tool schemas to Gemini's subset", () => {
    const ir = anthropicRequestToIr(claudeCode, { model: 'claude-opus-4-8', stream: true });
    const body = geminiRequestFromIr({ ...ir, model: 'gemini-2.5-pro' }).body;
    const tools = body['tools'] as { functionDeclarations: Record<string, unknown>[] }[];
    expect(tools[0]?.functionDeclarations).toHaveLength(ir.tools.length);
    const keys = keysOf(tools[0]?.functionDeclarations.map((declaration) => declaration['parameters']));
    for (const banned of ['$schema', 'additionalProperties', 'exclusiveMinimum', 'propertyNames', 'const', 'oneOf'])
      expect(keys.has(banned), banned).toBe(false);
    const bash = tools[0]?.functionDeclarations.find((declaration) => declaration['name'] === 'Bash');
    expect(bash?.['parameters']).toMatchObject({ type: 'OBJECT', required: ['command'] });
    // Claude Code's adaptive thinking with effort high: the high budget, thoughts shown.
    expect(body['generationConfig']).toMatchObject({
      maxOutputTokens: 64_000,
      thinkingConfig: { thinkingBudget: 24_576, includeThoughts: true },
    });
  });

  it('reduces a schema: refs inlined, type lists nullable, const as enum, required limited', () => {
    const parameters = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      $defs: { point: { type: 'object', properties: { x: { type: 'number', exclusiveMinimum: 0 } } } },
      properties: {
        at: { $ref: '#/$defs/point' },
        when: { type: 'string', format: 'date-time' },
        url: { type: 'string', format: 'uri' },
        mode: { const: 'fast' },
        note: { type: ['string', 'null'] },
        either: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        maybe: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
      },
      required: ['at', 'ghost'],
    };
    const body = geminiRequestFromIr(request({ tools: [{ name: 'f', parameters }] })).body;
    const [tool] = (body['tools'] as { functionDeclarations: Record<string, unknown>[] }[])[0]!.functionDeclarations;
    expect(tool?.['parameters']).toEqual({
      type: 'OBJECT',
      properties: {
        at: { type: 'OBJECT', properties: { x: { type: 'NUMBER' } } },
        when: { type: 'STRING', format: 'date-time' },
        url: { type: 'STRING' },
        mode: { type: 'STRING', enum: ['fast'] },
        note: { type: 'STRING', nullable: true },
        either: { anyOf: [{ type: 'STRING' }, { type: 'INTEGER' }] },
        maybe: { type: 'STRING', nullable: true },
        tags: { type: 'ARRAY', items: { type: 'STRING' } },
      },
      required: ['at'],
    });
  });

  it('leaves out parameters of a tool that takes none (Gemini refuses an empty OBJECT)', () => {
    const body = geminiRequestFromIr(
      request({ tools: [{ name: 'now', parameters: { type: 'object', properties: {} } }] }),
    ).body;
    expect(body['tools']).toEqual([{ functionDeclarations: [{ name: 'now' }] }]);
  });

  it('writes tool_choice: required = ANY, a tool = ANY with its name, none = NONE', () => {
    const tools = [{ name: 'f', parameters: { type: 'object', properties: { a: { type: 'string' } } } }];
    const choice = (toolChoice: IrRequest['toolChoice']) =>
      geminiRequestFromIr(request({ tools, toolChoice })).body['toolConfig'];
    expect(choice({ type: 'required' })).toEqual({ functionCallingConfig: { mode: 'ANY' } });
    expect(choice({ type: 'tool', name: 'f' })).toEqual({
      functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['f'] },
    });
    expect(choice({ type: 'none' })).toEqual({ functionCallingConfig: { mode: 'NONE' } });
    expect(choice(null)).toBeUndefined();
  });

  it('writes thinking per model: budgets within range, off where possible, levels for Gemini 3', () => {
    const thinking = (model: string, reasoning: IrRequest['reasoning']) =>
      (
        geminiRequestFromIr(request({ model, reasoning, includeReasoning: true })).body['generationConfig'] as
          | Record<string, unknown>
          | undefined
      )?.['thinkingConfig'];
    expect(thinking('gemini-2.5-flash', { type: 'disabled' })).toEqual({ thinkingBudget: 0 });
    expect(thinking('gemini-2.5-pro', { type: 'disabled' })).toEqual({ thinkingBudget: 128 });
    expect(thinking('gemini-2.5-flash', { type: 'adaptive' })).toEqual({ thinkingBudget: -1, includeThoughts: true });
    expect(thinking('gemini-2.5-flash', { type: 'budget', budgetTokens: 100_000 })).toMatchObject({
      thinkingBudget: 24_576,
    });
    expect(thinking('gemini-2.5-pro', { type: 'effort', effort: 'low' })).toMatchObject({ thinkingBudget: 4096 });
    expect(thinking('gemini-3-pro-preview', { type: 'effort', effort: 'high' })).toEqual({
      thinkingLevel: 'high',
      includeThoughts: true,
    });
    expect(thinking('gemini-3-flash', { type: 'disabled' })).toEqual({ thinkingLevel: 'low' });
    expect(thinking('gemini-2.5-flash', null)).toBeUndefined();
  });

  it('writes JSON mode: a schema as responseSchema (reduced), no schema as plain JSON', () => {
    const config = (responseFormat: IrRequest['responseFormat']) =>
      geminiRequestFromIr(request({ responseFormat })).body['generationConfig'];
    expect(
      config({
        type: 'json_schema',
        name: 'title',
        schema: { type: 'object', properties: { title: { type: 'string' } }, additionalProperties: false },
      }),
    ).toEqual({
      responseMimeType: 'application/json',
      responseSchema: { type: 'OBJECT', properties: { title: { type: 'STRING' } } },
    });
    expect(config({ type: 'json_object' })).toEqual({ responseMimeType: 'application/json' });
  });

  it('thinking goes back only with a Gemini signature; an Anthropic signature never becomes a thoughtSignature', () => {
    const body = geminiRequestFromIr(
      request({
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'go' }] },
          {
            role: 'assistant',
            content: [
              { type: 'thinking', text: 'claude thoughts', signature: { protocol: 'anthropic', value: 'EqQBsig==' } },
              { type: 'thinking', text: 'gemini thoughts', signature: { protocol: 'gemini', value: 'G1' } },
              { type: 'thinking', text: '', signature: { protocol: 'gemini', value: 'G2' } },
              { type: 'tool_call', id: 'c1', name: 'f', arguments: '{}' },
              { type: 'thinking', text: '', signature: { protocol: 'gemini', value: 'G3' } },
            ],
          },
        ],
      }),
    ).body;
    expect((body['contents'] as unknown[])[1]).toEqual({
      role: 'model',
      parts: [
        { text: 'gemini thoughts', thought: true, thoughtSignature: 'G1' },
        { functionCall: { id: 'c1', name: 'f', args: {} }, thoughtSignature: 'G2' },
        { text: '', thoughtSignature: 'G3' },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('EqQBsig');
  });

  it('gives Gemini 3 the documented validator-skip signature on foreign calls, never a foreign signature', () => {
    const messages: IrRequest['messages'] = [
      { role: 'user', content: [{ type: 'text', text: 'go' }] },
      {
        role: 'assistant',
        content: [
          { type: 'thinking', text: 'x', signature: { protocol: 'anthropic', value: 'EqQBsig==' } },
          { type: 'tool_call', id: 'toolu_1', name: 'f', arguments: '{"a":1}' },
          { type: 'tool_call', id: 'toolu_2', name: 'f', arguments: '{"a":2}' },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', callId: 'toolu_1', content: [{ type: 'text', text: 'one' }], isError: false },
          { type: 'tool_result', callId: 'toolu_2', content: [{ type: 'text', text: 'two' }], isError: false },
        ],
      },
    ];
    const contents = (model: string) => geminiRequestFromIr(request({ model, messages })).body['contents'];
    expect((contents('gemini-3-pro-preview') as { parts: unknown[] }[])[1]?.parts).toEqual([
      { functionCall: { id: 'toolu_1', name: 'f', args: { a: 1 } }, thoughtSignature: SKIP_SIGNATURE },
      { functionCall: { id: 'toolu_2', name: 'f', args: { a: 2 } } },
    ]);
    expect(JSON.stringify(contents('gemini-2.5-flash'))).not.toContain('thoughtSignature');
    // Tool results without a name find it from the call.
    expect((contents('gemini-2.5-flash') as { parts: unknown[] }[])[2]?.parts[1]).toEqual({
      functionResponse: { id: 'toolu_2', name: 'f', response: { output: 'two' } },
    });
  });

  it('writes a non-streamed call to generateContent, and refuses more than five stop sequences', () => {
    expect(geminiRequestFromIr(request({})).path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(() => geminiRequestFromIr(request({ stopSequences: ['a', 'b', 'c', 'd', 'e', 'f'] }))).toThrow(
      UnsupportedFeatureError,
    );
  });
});
