import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrRequest } from '../../ir/ir-request.js';
import { openAiChatRequestToIr } from './request-to-ir.js';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const toIr = (body: Record<string, unknown>) => openAiChatRequestToIr(body, { model: 'gpt-4.1', stream: false });
const hi = { role: 'user', content: 'hi' };

describe('openai chat request → IR', () => {
  it('reads system prompts, history, parallel calls, tool results, media and every setting', () => {
    const ir = openAiChatRequestToIr(fixture('convert/request.json'), { model: 'gpt-4.1', stream: true });
    const expected: IrRequest = {
      model: 'gpt-4.1',
      system: [
        { type: 'text', text: 'You are a careful assistant.' },
        { type: 'text', text: 'Use tools when useful.' },
      ],
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
              content: [{ type: 'text', text: '# Hello' }],
              isError: false,
            },
          ],
        },
        // A system message inside the conversation stays a system message, in place.
        { role: 'system', content: [{ type: 'text', text: 'Answer in one sentence.' }] },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture?' },
            { type: 'image', source: { kind: 'base64', mediaType: 'image/png', data: 'iVBORw0KGgo=' }, detail: 'low' },
            { type: 'image', source: { kind: 'url', url: 'https://example.test/cat.jpg' } },
            {
              type: 'document',
              source: { kind: 'base64', mediaType: 'application/pdf', data: 'JVBERi0=' },
              filename: 'a.pdf',
            },
          ],
        },
      ],
      tools: [
        {
          name: 'ls',
          description: 'List a directory',
          parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
        },
        { name: 'cat', parameters: { type: 'object', properties: { path: { type: 'string' } } }, strict: true },
      ],
      toolChoice: { type: 'tool', name: 'cat' },
      parallelToolCalls: false,
      maxOutputTokens: 1024, // max_completion_tokens wins over max_tokens
      temperature: 0.5,
      topP: 0.9,
      topK: null,
      stopSequences: ['\n\nHuman:'],
      stream: true,
      reasoning: { type: 'effort', effort: 'low' },
      includeReasoning: true,
      responseFormat: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true },
      user: 'user-123',
      promptCacheKey: 'conv-9',
    };
    expect(ir).toEqual(expected);
  });

  it('reads tool_choice strings, json_object, max_tokens alone, stop lists and reasoning_effort none', () => {
    const ir = toIr({
      messages: [hi],
      tools: [{ type: 'function', function: { name: 'ls' } }],
      tool_choice: 'required',
      response_format: { type: 'json_object' },
      max_tokens: 50,
      stop: ['a', 'b'],
      reasoning_effort: 'none',
      safety_identifier: 'safe-1',
      user: 'old-user',
    });
    expect(ir).toMatchObject({
      tools: [{ name: 'ls', parameters: { type: 'object', properties: {} } }],
      toolChoice: { type: 'required' },
      responseFormat: { type: 'json_object' },
      maxOutputTokens: 50,
      stopSequences: ['a', 'b'],
      reasoning: { type: 'disabled' },
      includeReasoning: false,
      user: 'safe-1',
    });
    expect(toIr({ messages: [hi], tool_choice: 'none' }).toolChoice).toEqual({ type: 'none' });
    expect(toIr({ messages: [hi], reasoning_effort: 'xhigh' }).reasoning).toEqual({ type: 'effort', effort: 'high' });
  });

  it('reads an earlier answer’s reasoning_content and refusal', () => {
    const ir = toIr({
      messages: [hi, { role: 'assistant', content: null, reasoning_content: 'hmm', refusal: 'I cannot.' }, hi],
    });
    expect(ir.messages[1]).toEqual({
      role: 'assistant',
      content: [
        { type: 'thinking', text: 'hmm' },
        { type: 'refusal', text: 'I cannot.' },
      ],
    });
  });

  it('refuses what no other protocol can answer, naming it', () => {
    const refused: [Record<string, unknown>, string][] = [
      [{ messages: [hi], n: 2 }, 'Several choices (n > 1)'],
      [{ messages: [hi], logprobs: true }, 'Log probabilities (logprobs)'],
      [{ messages: [hi], modalities: ['text', 'audio'] }, 'Audio output (modalities)'],
      [{ messages: [hi], web_search_options: {} }, 'Web search (web_search_options)'],
      [{ messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: {} }] }] }, 'Audio input'],
      [{ messages: [hi], tools: [{ type: 'custom', custom: { name: 'x' } }] }, 'A custom tool'],
      [{ messages: [hi], functions: [{ name: 'f' }] }, 'Legacy function calling (functions)'],
      [{ messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-1' } }] }] }, 'file_id'],
    ];
    for (const [body, feature] of refused) {
      const error = (() => {
        try {
          toIr(body);
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error, feature).toBeInstanceOf(UnsupportedFeatureError);
      expect((error as UnsupportedFeatureError).feature).toContain(feature);
    }
    // …and still accepts harmless settings (n: 1, logprobs: false).
    expect(() => toIr({ messages: [hi], n: 1, logprobs: false, seed: 3 })).not.toThrow();
  });

  it('names what is malformed', () => {
    expect(() => toIr({ messages: [] })).toThrow(InvalidIrRequestError);
    expect(() => toIr({ messages: [{ role: 'tool', content: 'x' }] })).toThrow(/messages\.0\.tool_call_id/);
    expect(() => toIr({ messages: [{ role: 'system', content: [{ type: 'image_url' }] }] })).toThrow(
      /messages\.0\.content\.0: only text parts/,
    );
  });
});
