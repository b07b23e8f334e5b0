import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrRequest } from '../../ir/ir-request.js';
import { KITCHEN_SINK_REQUEST } from '../../ir/testing/index.js';
import { openAiChatRequestFromIr } from './request-from-ir.js';
import { openAiChatRequestToIr } from './request-to-ir.js';

describe('openai chat round trips', () => {
  it('toIr(fromIr(kitchen sink)) keeps everything Chat can say', () => {
    const call = openAiChatRequestFromIr({ ...KITCHEN_SINK_REQUEST, model: 'gpt-4.1' });
    const back = openAiChatRequestToIr(call.body, { model: 'test-model', stream: true });
    const messages = structuredClone(KITCHEN_SINK_REQUEST.messages);
    const results = messages[2];
    if (results?.role !== 'user') throw new Error('the kitchen sink changed');
    // Chat has no error flag: a failed result says so in its text.
    results.content[1] = {
      type: 'tool_result',
      callId: 'call_cat_2',
      name: 'cat',
      content: [{ type: 'text', text: 'Error: no such file' }],
      isError: false,
    };
    const expected: IrRequest = {
      ...KITCHEN_SINK_REQUEST,
      messages,
      // gpt-4.1 does not reason: no reasoning_effort is sent, so none comes back.
      reasoning: null,
      includeReasoning: false,
    };
    expect(back).toEqual(expected);
  });

  it('a Chat request survives toIr then fromIr up to advisory fields', () => {
    const original = JSON.parse(
      readFileSync(new URL('./fixtures/convert/request.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>; // a JSON object
    const ir = openAiChatRequestToIr(original, { model: 'gpt-5.5', stream: true });
    const written = openAiChatRequestFromIr(ir).body;
    const expected = structuredClone(original) as Record<string, unknown> & { messages: Record<string, unknown>[] };
    // The leading system and developer messages become one system prompt; strings stay strings.
    expected.messages.splice(0, 2, {
      role: 'system',
      content: 'You are a careful assistant.\n\nUse tools when useful.',
    });
    expected.messages[4]!['content'] = '# Hello';
    delete expected['seed']; // advisory (request-fields.ts)
    delete expected['max_tokens']; // max_completion_tokens wins, and gpt-5.5 takes only that
    delete expected['temperature']; // gpt-5.5 refuses sampling settings
    delete expected['top_p'];
    expected['model'] = 'gpt-5.5';
    expected['stop'] = ['\n\nHuman:'];
    expect(written).toEqual(expected);
  });
});
