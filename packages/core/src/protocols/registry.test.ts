import { describe, expect, it } from 'vitest';
import { PROTOCOL_IDS, type ProtocolId } from '../domain/protocol.js';
import { type JsonBody, readJsonBody } from '../json/json-body.js';
import type { Endpoint } from './endpoint.js';
import { PROTOCOLS } from './registry.js';

const generate = (protocol: ProtocolId): Endpoint =>
  PROTOCOLS[protocol].endpoints.find((endpoint) => endpoint.kind === 'generate')!;

const json = (value: unknown): JsonBody => readJsonBody(Buffer.from(JSON.stringify(value)))!;

const GEMINI_PATH = '/v1beta/models/gemini-2.5-flash:generateContent';

/** A minimal valid body per protocol, with its max-output field set to 321. */
const BODIES: Record<ProtocolId, Record<string, unknown>> = {
  anthropic: { model: 'claude-sonnet-4-5', max_tokens: 321, stream: true, messages: [] },
  'openai-chat': { model: 'gpt-5', max_completion_tokens: 321, stream: true, messages: [] },
  'openai-responses': { model: 'gpt-5-codex', max_output_tokens: 321, stream: true, input: 'hi' },
  gemini: { contents: [], generationConfig: { maxOutputTokens: 321 } },
  'gemini-cli': { model: 'gemini-2.5-flash', request: { contents: [], generationConfig: { maxOutputTokens: 321 } } },
};

describe('every protocol adapter', () => {
  it.each(PROTOCOL_IDS)('%s reads model, stream and its own max-output field', (protocol) => {
    const fields = PROTOCOLS[protocol].readRoutingFields(json(BODIES[protocol]), generate(protocol), GEMINI_PATH);
    expect(fields).toMatchObject({ maxOutputTokens: 321 });
    expect(fields).toHaveProperty('model', expect.stringMatching(/\S/));
  });

  it.each(['anthropic', 'openai-chat', 'openai-responses', 'gemini-cli'] as const)(
    '%s refuses a missing, non-string or control-character model, and an ill-typed stream or limit',
    (protocol) => {
      const read = (body: Record<string, unknown>) =>
        PROTOCOLS[protocol].readRoutingFields(json(body), generate(protocol), '/');
      const { model: _, ...withoutModel } = BODIES[protocol];
      expect(read(withoutModel)).toEqual({ invalid: 'model is required.' });
      expect(read({ ...BODIES[protocol], model: 123 })).toEqual({ invalid: 'model must be a non-empty string.' });
      expect(read({ ...BODIES[protocol], model: 'claude\u0000x' })).toEqual({
        invalid: 'model contains control characters.',
      });
      if (protocol !== 'gemini-cli') {
        expect(read({ ...BODIES[protocol], stream: 'yes' })).toEqual({ invalid: 'stream must be a boolean.' });
      }
    },
  );

  it('gemini takes the model from the path and refuses one that is not a model id', () => {
    const read = (path: string) => PROTOCOLS.gemini.readRoutingFields(json({}), generate('gemini'), path);
    expect(read(GEMINI_PATH)).toEqual({ model: 'gemini-2.5-flash', stream: false, maxOutputTokens: null });
    expect(read('/v1beta/models/..%2f..%2fx:generateContent')).toHaveProperty('invalid');
  });

  it('openai-chat prefers max_completion_tokens over the older max_tokens', () => {
    const fields = PROTOCOLS['openai-chat'].readRoutingFields(
      json({ model: 'gpt-4o', max_tokens: 10, max_completion_tokens: 20 }),
      generate('openai-chat'),
      '/',
    );
    expect(fields).toMatchObject({ maxOutputTokens: 20 });
  });

  it.each(PROTOCOL_IDS)('%s renders errors that carry the request id, and its stream error', (protocol) => {
    const error = { status: 402, kind: 'billing' as const, code: 'spend_limited', message: 'Limit', requestId: 'r1' };
    expect(JSON.stringify(PROTOCOLS[protocol].renderError(error))).toContain('r1');
    // Gemini's stream error is a bare JSON object: @google/genai raises exactly that as an ApiError
    const frame = protocol === 'gemini' ? /^\{"error":\{.*\}\}$/s : /^(event: \w+\n)?data: \{.*\}\n\n$/s;
    expect(PROTOCOLS[protocol].renderStreamError(error)).toMatch(frame);
  });
});

describe('stream heads', () => {
  const frame = (data: unknown, event: string | null = null) => ({
    event,
    data: typeof data === 'string' ? data : JSON.stringify(data),
  });

  it('anthropic: message_start is a preamble, an error after it is still an error, deltas are content', () => {
    const classify = PROTOCOLS.anthropic.classifyStreamFrame;
    expect(classify(frame({ type: 'message_start', message: {} }, 'message_start'))).toBe('preamble');
    expect(classify(frame({ type: 'ping' }, 'ping'))).toBe('keep-alive');
    expect(classify(frame({ type: 'error', error: { type: 'overloaded_error' } }, 'error'))).toBe('error');
    expect(classify(frame({ type: 'content_block_start', index: 0 }, 'content_block_start'))).toBe('content');
  });

  it('openai-responses: created and in_progress are preambles; failed is an error', () => {
    const classify = PROTOCOLS['openai-responses'].classifyStreamFrame;
    expect(classify(frame({ type: 'response.created' }, 'response.created'))).toBe('preamble');
    expect(classify(frame({ type: 'response.in_progress' }, 'response.in_progress'))).toBe('preamble');
    expect(classify(frame({ type: 'response.failed' }, 'response.failed'))).toBe('error');
    expect(classify(frame({ type: 'response.output_item.added' }, 'response.output_item.added'))).toBe('content');
  });

  it('openai-chat: a role-only chunk is a preamble; an error chunk is an error; text is content', () => {
    const classify = PROTOCOLS['openai-chat'].classifyStreamFrame;
    const role = { choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] };
    expect(classify(frame(role))).toBe('preamble');
    expect(classify(frame({ error: { message: 'overloaded' } }))).toBe('error');
    const text = { choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }] };
    expect(classify(frame(text))).toBe('content');
    const tool = { choices: [{ index: 0, delta: { tool_calls: [{ index: 0 }] } }] };
    expect(classify(frame(tool))).toBe('content');
  });

  it('gemini: text, calls and finish reasons are content; empty first chunks are preambles', () => {
    const classify = PROTOCOLS.gemini.classifyStreamFrame;
    const chunk = (parts: unknown[], extra = {}) => frame({ candidates: [{ content: { parts }, ...extra }] });
    expect(classify(chunk([{ text: 'hi' }]))).toBe('content');
    expect(classify(chunk([{ functionCall: { name: 'ls', args: {} } }]))).toBe('content');
    expect(classify(chunk([], { finishReason: 'SAFETY' }))).toBe('content');
    expect(classify(frame({ promptFeedback: { blockReason: 'SAFETY' } }))).toBe('content');
    expect(classify(chunk([{ text: '' }]))).toBe('preamble');
    expect(classify(frame({ usageMetadata: { promptTokenCount: 3 } }))).toBe('preamble');
    expect(classify(frame({ error: { code: 500, message: 'x', status: 'INTERNAL' } }))).toBe('error');
    const cli = PROTOCOLS['gemini-cli'].classifyStreamFrame;
    expect(cli(frame({ response: { candidates: [{ content: { parts: [{ text: 'x' }] } }] } }))).toBe('content');
    expect(cli(frame({ response: { candidates: [{ content: { parts: [{ text: '' }] } }] } }))).toBe('preamble');
  });
});
