import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrRequest } from '../../ir/ir-request.js';
import { stableCallId } from '../../ir/stable-call-id.js';
import { geminiRequestToIr } from './request-to-ir.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/convert/request.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>; // a JSON object
const context = { model: 'gemini-2.5-pro', stream: true };
const toIr = (body: Record<string, unknown>) => geminiRequestToIr(body, context);
const ask = (extra: Record<string, unknown>) =>
  toIr({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], ...extra });

describe('gemini request → IR', () => {
  it('reads a Gemini CLI-shaped request: system, thoughts, signed calls without ids, results by name, media', () => {
    const lsId = stableCallId('list_directory', '{"path":"."}', 0);
    const catId = stableCallId('read_file', '{"absolute_path":"/w/README.md"}', 1);
    const expected: IrRequest = {
      model: 'gemini-2.5-pro',
      system: [
        { type: 'text', text: 'You are an interactive CLI agent.' },
        { type: 'text', text: 'Be brief.' },
      ],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'List the files, then read README.md.' }] },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', text: 'Planning the listing.' },
            { type: 'text', text: 'I will list them first.' },
            { type: 'thinking', text: '', signature: { protocol: 'gemini', value: 'CiQBsig1==' } },
            { type: 'tool_call', id: lsId, name: 'list_directory', arguments: '{"path":"."}' },
            { type: 'tool_call', id: catId, name: 'read_file', arguments: '{"absolute_path":"/w/README.md"}' },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              callId: catId,
              name: 'read_file',
              content: [{ type: 'text', text: 'File not found: /w/README.md' }],
              isError: true,
            },
            {
              type: 'tool_result',
              callId: lsId,
              name: 'list_directory',
              content: [{ type: 'text', text: 'README.md\nsrc' }],
              isError: false,
            },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture?' },
            { type: 'image', source: { kind: 'base64', mediaType: 'image/png', data: 'iVBORw0KGgo=' } },
            {
              type: 'document',
              source: { kind: 'url', url: 'https://example.test/spec.pdf', mediaType: 'application/pdf' },
            },
          ],
        },
      ],
      tools: [
        {
          name: 'list_directory',
          description: 'Lists a directory.',
          parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
        },
        {
          name: 'read_file',
          description: 'Reads a file.',
          parameters: {
            type: 'object',
            properties: {
              absolute_path: { type: 'string', description: 'Absolute path.' },
              limit: { type: ['integer', 'null'] },
            },
            required: ['absolute_path'],
          },
        },
      ],
      toolChoice: { type: 'auto' },
      parallelToolCalls: null,
      maxOutputTokens: 8192,
      temperature: 0,
      topP: 1,
      topK: 40,
      stopSequences: ['END'],
      stream: true,
      reasoning: { type: 'budget', budgetTokens: 8192 },
      includeReasoning: true,
      responseFormat: null,
      user: null,
      promptCacheKey: null,
    };
    expect(toIr(fixture)).toEqual(expected);
  });

  it('matches function responses by id first, and keeps the ids Gemini gave', () => {
    const ir = toIr({
      contents: [
        { role: 'user', parts: [{ text: 'go' }] },
        {
          role: 'model',
          parts: [
            { functionCall: { id: 'a', name: 'f', args: {} } },
            { functionCall: { id: 'b', name: 'f', args: {} } },
          ],
        },
        {
          role: 'user',
          parts: [
            { functionResponse: { id: 'b', name: 'f', response: { x: 1 } } },
            { functionResponse: { name: 'f', response: {} } },
          ],
        },
      ],
    });
    expect(ir.messages[2]?.content).toEqual([
      { type: 'tool_result', callId: 'b', name: 'f', content: [{ type: 'text', text: '{"x":1}' }], isError: false },
      { type: 'tool_result', callId: 'a', name: 'f', content: [], isError: false },
    ]);
  });

  it('gives a response the id of the call it answers (the Gemini CLI makes up ids for id-less calls)', () => {
    const ir = toIr({
      contents: [
        { role: 'user', parts: [{ text: 'go' }] },
        { role: 'model', parts: [{ functionCall: { name: 'ls', args: {} } }] },
        { role: 'user', parts: [{ functionResponse: { id: 'ls-1733-x', name: 'ls', response: { output: 'a' } } }] },
      ],
    });
    const callId = stableCallId('ls', '{}', 0);
    expect(ir.messages[1]?.content).toEqual([{ type: 'tool_call', id: callId, name: 'ls', arguments: '{}' }]);
    expect(ir.messages[2]?.content).toMatchObject([{ type: 'tool_result', callId }]);
  });

  it('refuses a function response that answers no call, naming where it is', () => {
    const body = {
      contents: [{ role: 'user', parts: [{ functionResponse: { name: 'f', response: { output: 'x' } } }] }],
    };
    expect(() => toIr(body)).toThrow(InvalidIrRequestError);
    expect(() => toIr(body)).toThrow(/contents\.0\.parts\.0/);
  });

  it('reads tool_choice: ANY with one name is that tool, ANY with several keeps only those, NONE is none', () => {
    const tools = [{ functionDeclarations: ['a', 'b', 'c'].map((name) => ({ name })) }];
    const any = (names?: string[]) =>
      ask({ tools, toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: names } } });
    expect(any(['b']).toolChoice).toEqual({ type: 'tool', name: 'b' });
    expect(any(['a', 'c'])).toMatchObject({ toolChoice: { type: 'required' }, tools: [{ name: 'a' }, { name: 'c' }] });
    expect(any().tools).toHaveLength(3);
    expect(ask({ tools, toolConfig: { functionCallingConfig: { mode: 'NONE' } } }).toolChoice).toEqual({
      type: 'none',
    });
    expect(ask({ tools }).toolChoice).toBeNull();
  });

  it('reads thinking: budget 0 off, −1 dynamic, a level as an effort, includeThoughts alone adaptive', () => {
    const thinking = (thinkingConfig: Record<string, unknown>) => ask({ generationConfig: { thinkingConfig } });
    expect(thinking({ thinkingBudget: 0, includeThoughts: true })).toMatchObject({
      reasoning: { type: 'disabled' },
      includeReasoning: false,
    });
    expect(thinking({ thinkingBudget: -1 }).reasoning).toEqual({ type: 'adaptive' });
    expect(thinking({ thinkingLevel: 'HIGH' }).reasoning).toEqual({ type: 'effort', effort: 'high' });
    expect(thinking({ includeThoughts: true })).toMatchObject({
      reasoning: { type: 'adaptive' },
      includeReasoning: true,
    });
    expect(ask({}).reasoning).toBeNull();
  });

  it('reads JSON mode with a schema of either form, and without one', () => {
    const schema = { type: 'OBJECT', properties: { title: { type: 'STRING' } } };
    expect(
      ask({ generationConfig: { responseMimeType: 'application/json', responseSchema: schema } }).responseFormat,
    ).toEqual({
      type: 'json_schema',
      name: 'response',
      schema: { type: 'object', properties: { title: { type: 'string' } } },
    });
    const jsonSchema = { type: 'object', properties: { n: { type: 'number' } } };
    expect(
      ask({ generationConfig: { responseMimeType: 'application/json', responseJsonSchema: jsonSchema } })
        .responseFormat,
    ).toMatchObject({ type: 'json_schema', schema: jsonSchema });
    expect(ask({ generationConfig: { responseMimeType: 'application/json' } }).responseFormat).toEqual({
      type: 'json_object',
    });
  });

  it('reads a countTokens body that wraps the request', () => {
    const ir = toIr({ generateContentRequest: { model: 'models/x', contents: [{ parts: [{ text: 'count me' }] }] } });
    expect(ir.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'count me' }] }]);
  });

  it.each([
    [{ tools: [{ googleSearch: {} }] }, /Google Search tool/],
    [{ tools: [{ codeExecution: {} }] }, /code execution tool/],
    [{ cachedContent: 'cachedContents/abc' }, /cachedContent/],
    [{ generationConfig: { candidateCount: 2 } }, /candidateCount/],
    [{ generationConfig: { responseModalities: ['TEXT', 'IMAGE'] } }, /IMAGE answer/],
    [{ generationConfig: { responseMimeType: 'text/x.enum' } }, /text\/x\.enum/],
    [{ contents: [{ parts: [{ inlineData: { mimeType: 'audio/wav', data: 'UklGRg==' } }] }] }, /audio input/],
    [{ contents: [{ role: 'model', parts: [{ executableCode: { code: 'print(1)' } }] }] }, /executableCode/],
  ])('refuses what no other provider can do: %j', (extra, message) => {
    expect(() => ask(extra)).toThrow(UnsupportedFeatureError);
    expect(() => ask(extra)).toThrow(message);
  });

  it('drops advisory fields (safety settings, penalties, seed)', () => {
    const ir = ask({
      safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }],
      generationConfig: { presencePenalty: 0.5, frequencyPenalty: 0.5, seed: 7 },
    });
    expect(ir.messages).toHaveLength(1);
  });
});
