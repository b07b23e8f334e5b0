import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrMessage } from '../../ir/ir-content.js';
import { emptyIrRequest, type IrRequest } from '../../ir/ir-request.js';
import { KITCHEN_SINK_REQUEST } from '../../ir/testing/index.js';
import { anthropicRequestFromIr } from './request-from-ir.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

const hi: IrMessage = { role: 'user', content: [{ type: 'text', text: 'hi' }] };
const request = (fields: Partial<IrRequest>): IrRequest => ({
  ...emptyIrRequest('claude-sonnet-4-5', [hi]),
  ...fields,
});
const bodyOf = (fields: Partial<IrRequest>) => anthropicRequestFromIr(request(fields)).body;

const lsTool = { name: 'ls', parameters: { type: 'object', properties: {} } };

describe('IR → anthropic request', () => {
  it('writes the kitchen sink as a Messages request', () => {
    expect(anthropicRequestFromIr(KITCHEN_SINK_REQUEST)).toEqual(fixture('convert/kitchen-sink.request.json'));
  });

  it('folds system messages into the top-level system by default, and puts them back in place when asked', () => {
    const messages: IrMessage[] = [hi, { role: 'system', content: [{ type: 'text', text: 'Be terse.' }] }];
    const ir = request({ system: [{ type: 'text', text: 'Base.', cache: { ttl: '1h' } }], messages });
    expect(anthropicRequestFromIr(ir).body).toMatchObject({
      system: [
        { type: 'text', text: 'Base.', cache_control: { type: 'ephemeral', ttl: '1h' } },
        { type: 'text', text: 'Be terse.' },
      ],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
    });
    expect(anthropicRequestFromIr(ir, { systemMessages: 'inline' }).body['messages']).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'hi' }] },
      { role: 'system', content: [{ type: 'text', text: 'Be terse.' }] },
    ]);
  });

  it('sends thinking signatures only back to Anthropic and drops foreign or unsigned thinking', () => {
    const messages: IrMessage[] = [
      hi,
      {
        role: 'assistant',
        content: [
          { type: 'thinking', text: 'mine', signature: { protocol: 'anthropic', value: 'sigA' } },
          { type: 'thinking', text: '', redacted: true, signature: { protocol: 'anthropic', value: 'dataA' } },
          {
            type: 'thinking',
            text: 'theirs',
            signature: { protocol: 'openai-responses', value: 'enc', itemId: 'rs_1' },
          },
          { type: 'thinking', text: 'gemini', signature: { protocol: 'gemini', value: 'thoughtSig' } },
          { type: 'thinking', text: 'chat reasoning_content' },
          { type: 'text', text: 'done' },
        ],
      },
      {
        role: 'assistant',
        content: [{ type: 'thinking', text: 'only foreign', signature: { protocol: 'gemini', value: 'g' } }],
      },
      { role: 'user', content: [{ type: 'text', text: 'next' }] },
    ];
    expect(bodyOf({ messages })['messages']).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'hi' }] },
      {
        role: 'assistant',
        content: [
          { type: 'thinking', thinking: 'mine', signature: 'sigA' },
          { type: 'redacted_thinking', data: 'dataA' },
          { type: 'text', text: 'done' },
        ],
      },
      { role: 'user', content: [{ type: 'text', text: 'next' }] },
    ]);
  });

  it('merges consecutive turns of one role and puts tool results first in their user turn', () => {
    const messages: IrMessage[] = [
      hi,
      { role: 'assistant', content: [{ type: 'text', text: 'Calling.' }] },
      { role: 'assistant', content: [{ type: 'tool_call', id: 'c1', name: 'ls', arguments: '' }] },
      { role: 'user', content: [{ type: 'text', text: 'also this' }] },
      {
        role: 'user',
        content: [{ type: 'tool_result', callId: 'c1', content: [{ type: 'text', text: 'ok' }], isError: false }],
      },
    ];
    expect(bodyOf({ messages, tools: [lsTool] })['messages']).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'hi' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Calling.' },
          { type: 'tool_use', id: 'c1', name: 'ls', input: {} },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'c1', content: [{ type: 'text', text: 'ok' }] },
          { type: 'text', text: 'also this' },
        ],
      },
    ]);
  });

  it('maps tool_choice exactly', () => {
    const choice = (fields: Partial<IrRequest>) => bodyOf({ tools: [lsTool], ...fields })['tool_choice'];
    expect(choice({ toolChoice: { type: 'required' } })).toEqual({ type: 'any' });
    expect(choice({ toolChoice: { type: 'none' }, parallelToolCalls: false })).toEqual({ type: 'none' });
    expect(choice({ toolChoice: { type: 'tool', name: 'ls' }, parallelToolCalls: false })).toEqual({
      type: 'tool',
      name: 'ls',
      disable_parallel_tool_use: true,
    });
    expect(choice({ parallelToolCalls: false })).toEqual({ type: 'auto', disable_parallel_tool_use: true });
    expect(choice({})).toBeUndefined();
    expect(bodyOf({ toolChoice: { type: 'required' } })['tool_choice']).toBeUndefined(); // no tools, no choice
    expect(bodyOf({ tools: [{ name: 'now', parameters: {} }] })['tools']).toEqual([
      { name: 'now', input_schema: { type: 'object' } },
    ]);
  });

  it('writes structured output, stop sequences, the user and documents', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const messages: IrMessage[] = [
      {
        role: 'user',
        content: [
          {
            type: 'document',
            source: { kind: 'base64', mediaType: 'text/plain', data: 'aGVsbG8=' },
            filename: 'a.txt',
          },
          { type: 'document', source: { kind: 'url', url: 'https://x.test/a.pdf' }, title: 'A' },
        ],
      },
    ];
    const body = bodyOf({
      responseFormat: { type: 'json_schema', name: 'x', schema },
      stopSequences: ['END'],
      user: 'u1',
      messages,
    });
    expect(body).toMatchObject({
      output_config: { format: { type: 'json_schema', schema } },
      stop_sequences: ['END'],
      metadata: { user_id: 'u1' },
      messages: [
        {
          role: 'user',
          content: [
            { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'hello' }, title: 'a.txt' },
            { type: 'document', source: { type: 'url', url: 'https://x.test/a.pdf' }, title: 'A' },
          ],
        },
      ],
    });
  });

  it.each([
    ['JSON mode without a schema', { responseFormat: { type: 'json_object' } }],
    [
      'a Word document',
      {
        messages: [
          {
            role: 'user',
            content: [{ type: 'document', source: { kind: 'base64', mediaType: 'application/msword', data: 'x' } }],
          },
        ],
      },
    ],
    [
      'a TIFF image',
      {
        messages: [
          {
            role: 'user',
            content: [{ type: 'image', source: { kind: 'base64', mediaType: 'image/tiff', data: 'x' } }],
          },
        ],
      },
    ],
  ] as [string, Partial<IrRequest>][])('refuses %s', (_, fields) => {
    expect(() => bodyOf(fields)).toThrow(UnsupportedFeatureError);
  });
});
