import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../json/json-body.js';
import { assignGeminiCallIds } from './assign-gemini-call-ids.js';
import { correctThinkingBudget } from './correct-thinking-budget.js';
import { createSseRepair } from './repair-sse-stream.js';

const BROKEN =
  'data: {"type":"message_start","message":{"id":"m",\r\n\r\n' +
  'data: "usage":{"input_tokens":3}}}\r\n\r\n' +
  'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"}}\r\n\r\n';

describe('createSseRepair', () => {
  it('gives the same repaired stream however the bytes are split', () => {
    const whole = createSseRepair('anthropic');
    const expected = whole.push(Buffer.from(BROKEN)) + whole.end();
    expect(expected).toBe(
      'event: message_start\ndata: {"type":"message_start","message":{"id":"m","usage":{"input_tokens":3}}}\n\n' +
        'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,' +
        '"delta":{"type":"text_delta","text":"hi"}}\n\n' +
        'event: message_stop\ndata: {"type":"message_stop"}\n\n',
    );
    for (let cut = 1; cut < BROKEN.length; cut += 7) {
      const repair = createSseRepair('anthropic');
      const out =
        repair.push(Buffer.from(BROKEN.slice(0, cut))) + repair.push(Buffer.from(BROKEN.slice(cut))) + repair.end();
      expect(out).toBe(expected);
    }
  });

  it('emits each complete frame at once (streamed, not buffered)', () => {
    const repair = createSseRepair('openai-chat');
    expect(repair.push(Buffer.from('data: {"id":"1"}\r\n\r\ndata: {"id"'))).toBe('data: {"id":"1"}\n\n');
    expect(repair.end()).toBe('data: {"id"\n\ndata: [DONE]\n\n');
  });
});

describe('correctThinkingBudget', () => {
  const body = (json: object) => readJsonBody(Buffer.from(JSON.stringify(json)))!;

  it('leaves a valid budget alone and fixes impossible ones', () => {
    expect(
      correctThinkingBudget(body({ max_tokens: 8000, thinking: { type: 'enabled', budget_tokens: 2000 } })),
    ).toBeNull();
    expect(
      correctThinkingBudget(body({ max_tokens: 8000, thinking: { type: 'enabled', budget_tokens: 100 } }))?.changes,
    ).toEqual({ thinking: { type: 'enabled', budget_tokens: 1024 } });
    expect(
      correctThinkingBudget(body({ max_tokens: 900, thinking: { type: 'enabled', budget_tokens: 2000 } }))?.changes,
    ).toEqual({ thinking: { type: 'disabled' } });
  });
});

describe('assignGeminiCallIds', () => {
  it('gives calls stable ids and their results the id of their call', () => {
    const json = {
      contents: [
        { role: 'model', parts: [{ functionCall: { name: 'read', args: { path: 'a' } } }] },
        { role: 'user', parts: [{ functionResponse: { name: 'read', response: { ok: true } } }] },
      ],
    };
    const first = assignGeminiCallIds(readJsonBody(Buffer.from(JSON.stringify(json)))!);
    const again = assignGeminiCallIds(readJsonBody(Buffer.from(JSON.stringify(json)))!);
    const contents = first?.changes['contents'] as { parts: Record<string, { id: string }>[] }[];
    const callId = contents[0]!.parts[0]!['functionCall']!.id;
    expect(callId).toMatch(/^call_/);
    expect(contents[1]!.parts[0]!['functionResponse']!.id).toBe(callId);
    expect(again?.changes).toEqual(first?.changes);
  });
});
