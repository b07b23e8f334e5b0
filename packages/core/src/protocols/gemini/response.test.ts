import { describe, expect, it } from 'vitest';
import type { IrResponse } from '../../ir/ir-response.js';
import { geminiResponseFromIr } from './response-from-ir.js';
import { geminiResponseToIr } from './response-to-ir.js';
import { answerCallId } from './answer-call-id.js';

const context = { requestedModel: 'gemini-2.5-flash', clientPath: '/v1beta/models/gemini-2.5-flash:generateContent' };

describe('gemini responses', () => {
  it('reads an answer: thoughts, signed text, calls without ids, tool_use not end_turn, usage', () => {
    const ir = geminiResponseToIr({
      candidates: [
        {
          content: {
            role: 'model',
            parts: [
              { text: 'Thinking it over', thought: true },
              { text: 'Reading.', thoughtSignature: 'CiQBsig==' },
              { functionCall: { name: 'cat', args: { path: 'a' } } },
              { functionCall: { name: 'cat', args: { path: 'b' } } },
            ],
          },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: {
        promptTokenCount: 1200,
        cachedContentTokenCount: 1000,
        candidatesTokenCount: 40,
        thoughtsTokenCount: 8,
      },
      modelVersion: 'gemini-2.5-pro',
      responseId: 'resp-1',
    });
    expect(ir).toEqual({
      id: 'resp-1',
      model: 'gemini-2.5-pro',
      content: [
        { type: 'thinking', text: 'Thinking it over' },
        { type: 'thinking', text: '', signature: { protocol: 'gemini', value: 'CiQBsig==' } },
        { type: 'text', text: 'Reading.' },
        {
          type: 'tool_call',
          id: answerCallId('resp-1', 'cat', '{"path":"a"}', 0),
          name: 'cat',
          arguments: '{"path":"a"}',
        },
        {
          type: 'tool_call',
          id: answerCallId('resp-1', 'cat', '{"path":"b"}', 1),
          name: 'cat',
          arguments: '{"path":"b"}',
        },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage: {
        inputTokens: 200,
        outputTokens: 48,
        cacheReadTokens: 1000,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        reasoningTokens: 8,
      },
    });
    // Two answers making the same call do not share an id.
    expect(answerCallId('resp-2', 'cat', '{"path":"a"}', 0)).not.toBe(answerCallId('resp-1', 'cat', '{"path":"a"}', 0));
  });

  it.each([
    ['MAX_TOKENS', 'max_tokens'],
    ['SAFETY', 'content_filter'],
    ['RECITATION', 'content_filter'],
    ['MALFORMED_FUNCTION_CALL', 'error'],
    ['OTHER', 'end_turn'],
  ])('maps finishReason %s to %s', (finishReason, stopReason) => {
    const ir = geminiResponseToIr({ candidates: [{ content: { parts: [{ text: 'x' }] }, finishReason }] });
    expect(ir.stopReason).toBe(stopReason);
  });

  it('reads a blocked prompt as an empty filtered answer', () => {
    const ir = geminiResponseToIr({ promptFeedback: { blockReason: 'SAFETY' }, responseId: 'r' });
    expect(ir).toMatchObject({ content: [], stopReason: 'content_filter' });
  });

  it('writes an answer for a Gemini client: the model asked for, thought parts, ids, usage with cache', () => {
    const response: IrResponse = {
      id: 'msg_1',
      model: 'claude-sonnet-4-6',
      content: [
        { type: 'thinking', text: 'plan', signature: { protocol: 'anthropic', value: 'EqQBsig==' } },
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_call', id: 'toolu_1', name: 'cat', arguments: '{"path":"a"}' },
        { type: 'tool_call', id: 'toolu_2', name: 'cat', arguments: '{"path":"b"}' },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage: {
        inputTokens: 120,
        outputTokens: 48,
        cacheReadTokens: 1000,
        cacheWrite5mTokens: 300,
        cacheWrite1hTokens: 200,
        reasoningTokens: 0,
      },
    };
    const answer = geminiResponseFromIr(response, context);
    expect(answer).toEqual({
      candidates: [
        {
          content: {
            role: 'model',
            parts: [
              { text: 'plan', thought: true },
              { text: 'Reading both.' },
              { functionCall: { id: 'toolu_1', name: 'cat', args: { path: 'a' } } },
              { functionCall: { id: 'toolu_2', name: 'cat', args: { path: 'b' } } },
            ],
          },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: {
        promptTokenCount: 1620,
        cachedContentTokenCount: 1000,
        candidatesTokenCount: 48,
        totalTokenCount: 1668,
      },
      modelVersion: 'gemini-2.5-flash',
      responseId: 'msg_1',
    });
    expect(JSON.stringify(answer)).not.toContain('EqQBsig');
  });

  it('writes a Gemini signature back on its part, and reads it back the same', () => {
    const content: IrResponse['content'] = [
      { type: 'thinking', text: '', signature: { protocol: 'gemini', value: 'S1' } },
      { type: 'tool_call', id: 'call_1', name: 'ls', arguments: '{}' },
    ];
    const response: IrResponse = {
      id: 'r',
      model: 'm',
      content,
      stopReason: 'tool_use',
      stopSequence: null,
      usage: {
        inputTokens: 1,
        outputTokens: 1,
        cacheReadTokens: 0,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        reasoningTokens: 0,
      },
    };
    const answer = geminiResponseFromIr(response, context);
    expect(answer['candidates']).toMatchObject([
      { content: { parts: [{ functionCall: { id: 'call_1', name: 'ls', args: {} }, thoughtSignature: 'S1' }] } },
    ]);
    expect(geminiResponseToIr(answer).content).toEqual(content);
  });
});
