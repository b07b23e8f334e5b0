import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrMessage } from '../../ir/ir-content.js';
import type { IrRequest } from '../../ir/ir-request.js';
import { KITCHEN_SINK_REQUEST } from '../../ir/testing/index.js';
import { geminiRequestFromIr, geminiRequestBodyFromIr } from './request-from-ir.js';
import { geminiRequestToIr } from './request-to-ir.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/convert/request.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>; // a JSON object

describe('gemini round trips', () => {
  it('toIr(fromIr(kitchen sink)) keeps everything Gemini can say', () => {
    const call = geminiRequestFromIr(KITCHEN_SINK_REQUEST);
    const back = geminiRequestToIr(call.body, { model: 'test-model', stream: true });
    const [ask, calls, results, system, picture] = KITCHEN_SINK_REQUEST.messages;
    const expected: IrRequest = {
      ...KITCHEN_SINK_REQUEST,
      // No mid-conversation instructions in Gemini: folded into systemInstruction; the user turns merge.
      system: [...KITCHEN_SINK_REQUEST.system, ...(system?.role === 'system' ? system.content : [])],
      messages: [
        ask!,
        calls!,
        {
          role: 'user',
          content: [
            ...(results?.role === 'user' ? results.content : []),
            ...(picture?.role === 'user' ? picture.content : []).map((part) =>
              // fileData must name a type: the URL's extension gives it
              part.type === 'image' && part.source.kind === 'url'
                ? { ...part, source: { ...part.source, mediaType: 'image/jpeg' } }
                : part,
            ),
          ],
        },
      ],
      // No parallel switch and no end-user field in Gemini.
      parallelToolCalls: null,
      user: null,
    };
    expect(back).toEqual(expected);
  });

  it('a Gemini request survives toIr then fromIr up to advisory fields and written ids', () => {
    const ir = geminiRequestToIr(fixture, { model: 'gemini-2.5-pro', stream: true });
    const written = geminiRequestBodyFromIr(ir);
    const again = geminiRequestToIr(written, { model: 'gemini-2.5-pro', stream: true });
    // Thought text without a signature is the model's earlier reasoning: not sent back.
    const [ask, answer, results, picture] = ir.messages;
    const userParts = (message: IrMessage | undefined) => (message?.role === 'user' ? message.content : []);
    const withoutUnsignedThoughts = {
      ...ir,
      messages: [
        ask,
        answer?.role === 'assistant'
          ? { ...answer, content: answer.content.filter((part) => part.type !== 'thinking' || part.signature) }
          : answer,
        // consecutive user turns are merged
        { role: 'user', content: [...userParts(results), ...userParts(picture)] },
      ],
      // Gemini-shaped parameters went out as Gemini's schema and came back as JSON Schema.
      tools: again.tools,
    };
    expect(again).toEqual(withoutUnsignedThoughts);
    expect(again.tools[1]?.parameters).toEqual(ir.tools[1]?.parameters);
  });
});
