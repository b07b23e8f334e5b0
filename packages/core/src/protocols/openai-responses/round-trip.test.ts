import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrRequest } from '../../ir/ir-request.js';
import { KITCHEN_SINK_REQUEST } from '../../ir/testing/index.js';
import { openAiResponsesRequestFromIr } from './request-from-ir.js';
import { openAiResponsesRequestToIr } from './request-to-ir.js';

const readJson = (name: string): Record<string, unknown> => {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, unknown>; // the fixtures are JSON objects
};

describe('openai responses round trips', () => {
  it('toIr(fromIr(kitchen sink)) keeps everything Responses can say', () => {
    const sink: IrRequest = { ...KITCHEN_SINK_REQUEST, stopSequences: [] }; // refused: see request-from-ir.test
    const call = openAiResponsesRequestFromIr(sink);
    const back = openAiResponsesRequestToIr(call.body, { model: 'test-model', stream: true });
    const messages = structuredClone(sink.messages);
    const results = messages[2];
    if (results?.role !== 'user') throw new Error('the kitchen sink changed');
    // Responses has no error flag: the failed call says so in its output.
    results.content[1] = {
      type: 'tool_result',
      callId: 'call_cat_2',
      name: 'cat',
      content: [{ type: 'text', text: 'Error: no such file' }],
      isError: false,
    };
    const expected: IrRequest = {
      ...sink,
      messages,
      tools: sink.tools.map((tool) => ({ ...tool, strict: false })), // Responses' default made explicit
      reasoning: { type: 'effort', effort: 'minimal' }, // a 2,048-token budget is the minimal effort
    };
    expect(back).toEqual(expected);
  });

  it('a Responses request survives toIr then fromIr up to advisory and dropped fields', () => {
    const original = readJson('convert/request.json');
    const ir = openAiResponsesRequestToIr(original, { model: 'gpt-5-codex', stream: true });
    const written = openAiResponsesRequestFromIr({ ...ir, model: 'gpt-4.1' });
    const again = openAiResponsesRequestToIr(written.body, { model: 'gpt-5-codex', stream: true });
    expect(again).toEqual(ir);
    expect(written.body).toMatchObject({
      store: false,
      include: ['reasoning.encrypted_content'],
      tool_choice: 'required',
    });
  });
});
