import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrResponse } from '../../ir/ir-response.js';
import { decodeAtEverySplit, KITCHEN_SINK_REQUEST, KITCHEN_SINK_STREAM } from '../../ir/testing/index.js';
import { createSseParser } from '../../sse/create-sse-parser.js';
import { canConvert } from '../can-convert.js';
import { protocolAdapter } from '../registry.js';

const translator = protocolAdapter('gemini-cli').translator!;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const context = { requestedModel: 'gemini-2.5-pro', clientPath: '/v1internal:streamGenerateContent?alt=sse' };

describe('gemini-cli translator (the Code Assist envelope around the Gemini one)', () => {
  it('is registered, converts with Anthropic, and renders countTokens answers', () => {
    expect(canConvert('gemini-cli', 'anthropic')).toBe(true);
    expect(canConvert('anthropic', 'gemini-cli')).toBe(true);
    expect(translator.renderTokenCount(7)).toEqual({ totalTokens: 7 });
  });

  it('reads the request inside {model, project, request} and writes one for a Code Assist provider', () => {
    const body = {
      model: 'gemini-2.5-pro',
      project: 'my-project',
      user_prompt_id: 'p1',
      request: {
        contents: [{ role: 'user', parts: [{ text: 'hi' }] }],
        systemInstruction: { parts: [{ text: 'Be brief.' }] },
        generationConfig: { temperature: 0, thinkingConfig: { includeThoughts: true, thinkingBudget: 8192 } },
        session_id: 's1',
      },
    };
    const ir = translator.request.toIr(body, { model: 'gemini-2.5-pro', stream: true });
    expect(ir).toMatchObject({
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
      temperature: 0,
      reasoning: { type: 'budget', budgetTokens: 8192 },
      includeReasoning: true,
      stream: true,
    });
    const call = translator.request.fromIr({ ...KITCHEN_SINK_REQUEST, model: 'gemini-2.5-flash' });
    expect(call.path).toBe('/v1internal:streamGenerateContent?alt=sse');
    expect(call.body).toMatchObject({ model: 'gemini-2.5-flash', request: { contents: expect.any(Array) } });
    expect(translator.request.fromIr({ ...KITCHEN_SINK_REQUEST, stream: false }).path).toBe(
      '/v1internal:generateContent',
    );
  });

  it('reads a wrapped answer and wraps the answers it writes', () => {
    const ir = translator.response.toIr(JSON.parse(fixture('response.json')));
    expect(ir).toMatchObject({ usage: { inputTokens: 1056, cacheReadTokens: 8064, reasoningTokens: 493 } });
    const response: IrResponse = { ...ir, content: [{ type: 'text', text: 'hello' }], stopReason: 'end_turn' };
    expect(translator.response.fromIr(response, context)).toMatchObject({
      response: {
        candidates: [{ content: { role: 'model', parts: [{ text: 'hello' }] }, finishReason: 'STOP' }],
        modelVersion: 'gemini-2.5-pro',
      },
    });
  });

  it('decodes the recorded Code Assist stream at every split, with its usage', () => {
    const events = decodeAtEverySplit(fixture('stream.sse'), translator.createStreamDecoder);
    expect(events.at(-2)).toMatchObject({
      type: 'finish',
      usage: { inputTokens: 1056, outputTokens: 703, cacheReadTokens: 8064, reasoningTokens: 493 },
    });
    expect(events.at(-1)).toEqual({ type: 'end' });
  });

  it('writes each stream chunk wrapped as {response}, errors bare as the Gemini CLI reads them', () => {
    const encoder = translator.createStreamEncoder(context);
    const text = KITCHEN_SINK_STREAM.map((event) => encoder.push(event)).join('') + encoder.end();
    const chunks = createSseParser()
      .push(new TextEncoder().encode(text))
      .map((frame) => JSON.parse(frame.data) as Record<string, unknown>); // our own JSON
    expect(chunks.every((chunk) => chunk['response'] !== undefined)).toBe(true);
    expect(chunks.at(-1)).toMatchObject({ response: { candidates: [{ finishReason: 'STOP' }] } });
    const failing = translator.createStreamEncoder(context);
    const error = failing.push({ type: 'error', status: 429, kind: 'rate_limit', message: 'Slow down' });
    expect(error).toBe(
      `data: ${JSON.stringify({ error: { code: 429, message: 'Slow down', status: 'RESOURCE_EXHAUSTED' } })}\r\n\r\n`,
    );
  });
});
