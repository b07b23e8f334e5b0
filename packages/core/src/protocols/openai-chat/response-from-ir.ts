import type { IrResponse } from '../../ir/ir-response.js';
import type { AnswerContext } from '../../ir/translator.js';
import { finishReasonFromIr } from './finish-reason.js';
import { TEXT_BLOCK_SEPARATOR } from './stream-encoder.js';
import { chatUsageFromIr } from './usage-from-ir.js';

/**
 * A complete answer as a `chat.completion`, naming the model the client asked for. Text blocks
 * are joined into `content` (by a blank line, as the stream encoder writes them); reasoning goes
 * in `reasoning_content` (as DeepSeek and vLLM write it; the official SDKs keep unknown fields)
 * and its signature, which a Chat client cannot send back, is left out.
 */
export function openAiChatResponseFromIr(response: IrResponse, context: AnswerContext): Record<string, unknown> {
  const texts = response.content.flatMap((part) => (part.type === 'text' ? [part.text] : []));
  const refusals = response.content.flatMap((part) => (part.type === 'refusal' ? [part.text] : []));
  const reasoning = response.content.flatMap((part) => (part.type === 'thinking' && part.text ? [part.text] : []));
  const calls = response.content.flatMap((part) =>
    part.type === 'tool_call'
      ? [{ id: part.id, type: 'function', function: { name: part.name, arguments: part.arguments } }]
      : [],
  );
  const message = {
    role: 'assistant',
    content: texts.length > 0 ? texts.join(TEXT_BLOCK_SEPARATOR) : null,
    refusal: refusals.length > 0 ? refusals.join('') : null,
    ...(reasoning.length > 0 ? { reasoning_content: reasoning.join('\n\n') } : {}),
    ...(calls.length > 0 ? { tool_calls: calls } : {}),
  };
  return {
    id: response.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: context.requestedModel,
    choices: [
      { index: 0, message, logprobs: null, finish_reason: finishReasonFromIr(response.stopReason, calls.length > 0) },
    ],
    usage: chatUsageFromIr(response.usage),
  };
}
