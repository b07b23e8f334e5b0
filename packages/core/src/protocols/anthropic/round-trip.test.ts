import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrMessage } from '../../ir/ir-content.js';
import type { IrRequest } from '../../ir/ir-request.js';
import { KITCHEN_SINK_REQUEST } from '../../ir/testing/index.js';
import { anthropicRequestFromIr } from './request-from-ir.js';
import { anthropicRequestToIr } from './request-to-ir.js';

const readJson = (name: string): Record<string, unknown> => {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, unknown>; // the fixtures are JSON objects
};

describe('anthropic round trips', () => {
  it('toIr(fromIr(kitchen sink)) keeps everything Claude can say', () => {
    const call = anthropicRequestFromIr(KITCHEN_SINK_REQUEST);
    const back = anthropicRequestToIr(call.body, { model: 'test-model', stream: true });
    const [ask, calls, results, system, picture] = KITCHEN_SINK_REQUEST.messages;
    const userParts = (message: IrMessage | undefined) => (message?.role === 'user' ? message.content : []);
    const expected: IrRequest = {
      ...KITCHEN_SINK_REQUEST,
      // The mid-conversation system message is folded into the top-level system (no beta for
      // converted requests), so the two user turns around it become one.
      system: [...KITCHEN_SINK_REQUEST.system, ...(system?.role === 'system' ? system.content : [])],
      messages: [ask!, calls!, { role: 'user', content: [...userParts(results), ...userParts(picture)] }],
      // A 2,048-token budget does not fit a 1,024-token cap (Anthropic needs budget < max_tokens),
      // and the conversation is in a tool loop without a signed thinking block: thinking is off.
      reasoning: { type: 'disabled' },
      includeReasoning: false,
      // Current Claude models refuse temperature and top_p together: temperature is kept.
      topP: null,
    };
    expect(back).toEqual(expected);
  });

  it('a Messages request survives toIr then fromIr (in-place system messages) up to advisory fields', () => {
    const original = readJson('convert/request.json');
    const ir = anthropicRequestToIr(original, { model: String(original['model']), stream: true });
    const written = anthropicRequestFromIr(ir, { systemMessages: 'inline' });
    const expected = structuredClone(original) as { messages: { content: unknown }[] } & Record<string, unknown>;
    delete expected['context_management']; // advisory (request-fields.ts)
    delete expected['service_tier'];
    // String content is written as text blocks.
    const [, , results, system, last] = expected.messages;
    (results!.content as { content: unknown }[])[0]!.content = [{ type: 'text', text: 'README.md\nsrc' }];
    system!.content = [{ type: 'text', text: 'Answer in one sentence.' }];
    last!.content = [{ type: 'text', text: 'What now?' }];
    expect(written).toEqual({ path: '/v1/messages', body: expected });
  });
});
