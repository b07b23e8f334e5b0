import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrResponse, IrStopReason } from '../../ir/ir-response.js';
import { anthropicResponseFromIr } from './response-from-ir.js';
import { anthropicResponseToIr } from './response-to-ir.js';
import { decodeSignature } from './signature-codec.js';
import { stopReasonFromIr, stopReasonToIr } from './stop-reason.js';
import { normalizeAnthropicUsage } from './usage.js';
import { usageFromIr } from './usage-from-ir.js';

const message = JSON.parse(readFileSync(new URL('./fixtures/message.json', import.meta.url), 'utf8')) as unknown;
const context = { requestedModel: 'claude-sonnet-4-6', clientPath: '/v1/messages' };
const usage = {
  inputTokens: 1200,
  outputTokens: 800,
  cacheReadTokens: 45_000,
  cacheWrite5mTokens: 3000,
  cacheWrite1hTokens: 2000,
  reasoningTokens: 0,
};

describe('anthropic answers', () => {
  it('reads a Messages answer: thinking with its signature, text, tool call, stop reason, usage', () => {
    expect(anthropicResponseToIr(message)).toEqual({
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      model: 'claude-sonnet-4-5-20250929',
      content: [
        {
          type: 'thinking',
          text: 'The user wants the entry point. I should read it.',
          signature: { protocol: 'anthropic', value: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds' },
        },
        { type: 'text', text: "I'll read the file first." },
        {
          type: 'tool_call',
          id: 'toolu_01A09q90qw90lq917835lq9',
          name: 'Read',
          arguments: '{"file_path":"/repo/src/index.ts"}',
        },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage,
    } satisfies IrResponse);
  });

  it('writes an answer for a Claude client under the model it asked for, and reads back the same', () => {
    const ir = anthropicResponseToIr(message);
    const written = anthropicResponseFromIr(ir, context);
    expect(written).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-6',
      stop_reason: 'tool_use',
    });
    expect(written['usage']).toEqual({
      input_tokens: 1200,
      cache_creation_input_tokens: 5000,
      cache_read_input_tokens: 45_000,
      cache_creation: { ephemeral_5m_input_tokens: 3000, ephemeral_1h_input_tokens: 2000 },
      output_tokens: 800,
    });
    expect(anthropicResponseToIr(written)).toEqual({ ...ir, model: 'claude-sonnet-4-6' });
  });

  it("keeps another protocol's thinking with a wrapped signature, and says tool_use next to tool calls", () => {
    const answer: IrResponse = {
      id: 'resp_1',
      model: 'gpt-5',
      content: [
        { type: 'thinking', text: 'plan', signature: { protocol: 'gemini', value: 'thoughtSig==' } },
        { type: 'thinking', text: 'unsigned' },
        { type: 'refusal', text: 'I cannot help with that part.' },
        { type: 'tool_call', id: 'call_1', name: 'ls', arguments: '{"path":"."}' },
        { type: 'tool_call', id: 'call_2', name: 'cat', arguments: '{"path": "a' },
      ],
      stopReason: 'end_turn',
      stopSequence: null,
      usage,
    };
    const written = anthropicResponseFromIr(answer, context);
    const content = written['content'] as Record<string, unknown>[]; // written by response-from-ir as blocks
    expect(decodeSignature(String(content[0]?.['signature']))).toEqual({ protocol: 'gemini', value: 'thoughtSig==' });
    expect(content.slice(1)).toEqual([
      { type: 'thinking', thinking: 'unsigned', signature: '' },
      { type: 'text', text: 'I cannot help with that part.' },
      { type: 'tool_use', id: 'call_1', name: 'ls', input: { path: '.' } },
      { type: 'tool_use', id: 'call_2', name: 'cat', input: '{"path": "a' }, // not JSON: passed on as text
    ]);
    expect(written['stop_reason']).toBe('tool_use');
  });

  it.each([
    ['end_turn', 'end_turn', 'end_turn'],
    ['max_tokens', 'max_tokens', 'max_tokens'],
    ['model_context_window_exceeded', 'max_tokens', 'max_tokens'],
    ['stop_sequence', 'stop_sequence', 'stop_sequence'],
    ['tool_use', 'tool_use', 'tool_use'],
    ['pause_turn', 'pause', 'pause_turn'],
    ['refusal', 'refusal', 'refusal'],
  ])('maps stop reason %s → %s → %s', (wire, ir, back) => {
    expect(stopReasonToIr(wire)).toBe(ir);
    expect(stopReasonFromIr(ir as IrStopReason, false)).toBe(back);
  });

  it('writes the IR-only stop reasons as their nearest Claude reasons', () => {
    expect(stopReasonFromIr('content_filter', false)).toBe('refusal');
    expect(stopReasonFromIr('error', false)).toBe('end_turn');
    expect(stopReasonToIr(null)).toBe('end_turn');
  });

  it('writes usage as the inverse of the protocol normalisation', () => {
    const wire = usageFromIr(usage);
    expect(normalizeAnthropicUsage(wire)).toEqual(usage);
  });

  it('refuses a body that is not a Messages answer', () => {
    expect(() => anthropicResponseToIr({ type: 'error', error: { type: 'api_error' } })).toThrow(
      'not a Messages response',
    );
  });
});
