import type { IrBlockStart, IrDelta, IrStreamEvent } from '../../ir/ir-stream.js';
import type { AnswerContext, StreamEncoder } from '../../ir/translator.js';
import type { Usage } from '../../usage/usage.js';
import { openAiErrorTypeOf } from './error-kinds.js';
import { finishReasonFromIr } from './finish-reason.js';
import { chatUsageFromIr } from './usage-from-ir.js';

const STOP_WITHOUT_FINISH = 'The answer ended before it was complete.';
/** Between two text blocks of one answer, as the complete answer joins them. */
export const TEXT_BLOCK_SEPARATOR = '\n\n';

type Block = { kind: IrBlockStart['type']; toolIndex?: number };

function data(json: Record<string, unknown>): string {
  return `data: ${JSON.stringify(json)}\n\n`;
}

/**
 * IR events → `chat.completion.chunk`s as the OpenAI SDKs read them: a role chunk first, then a
 * chunk per delta (`content`, `reasoning_content`, `refusal`, `tool_calls` pieces with their
 * `index` counted over the answer's calls, the id and name in the first piece), then a chunk with
 * the `finish_reason`, a usage chunk with empty `choices` (the gateway always asks native Chat
 * providers for it too), and `data: [DONE]`. Signatures have no place in Chat and are dropped. An
 * IR error becomes an `{"error": …}` chunk and ends the stream; an end without a finish is such an
 * error too.
 */
export function createOpenAiChatStreamEncoder(context: AnswerContext): StreamEncoder {
  const blocks = new Map<number, Block>();
  let id = '';
  const created = Math.floor(Date.now() / 1000);
  let started = false;
  let finished = false;
  let stopped = false;
  let toolCount = 0;
  let wroteText = false;
  let latestUsage: Usage | null = null;

  function chunk(delta: Record<string, unknown>, finishReason: string | null = null): string {
    const choice = { index: 0, delta, logprobs: null, finish_reason: finishReason };
    return data({ id, object: 'chat.completion.chunk', created, model: context.requestedModel, choices: [choice] });
  }

  function start(startId: string): string {
    if (started) return '';
    started = true;
    id = startId;
    return chunk({ role: 'assistant', content: '' });
  }

  function blockStart(index: number, block: IrBlockStart): string {
    if (block.type !== 'tool_call') {
      blocks.set(index, { kind: block.type });
      if (block.type !== 'text' || !wroteText) return '';
      return chunk({ content: TEXT_BLOCK_SEPARATOR });
    }
    const toolIndex = toolCount++;
    blocks.set(index, { kind: 'tool_call', toolIndex });
    const call = { index: toolIndex, id: block.id, type: 'function', function: { name: block.name, arguments: '' } };
    return chunk({ tool_calls: [call] });
  }

  function blockDelta(index: number, delta: IrDelta): string {
    const block = blocks.get(index);
    if (!block) return '';
    if (delta.type === 'arguments' && block.toolIndex !== undefined)
      return chunk({ tool_calls: [{ index: block.toolIndex, function: { arguments: delta.json } }] });
    if (delta.type === 'thinking') return chunk({ reasoning_content: delta.text });
    if (delta.type !== 'text') return '';
    if (block.kind === 'refusal') return chunk({ refusal: delta.text });
    wroteText = true;
    return chunk({ content: delta.text });
  }

  function finish(event: Extract<IrStreamEvent, { type: 'finish' }>): string {
    finished = true;
    const reason = finishReasonFromIr(event.stopReason, toolCount > 0);
    const usage = chatUsageFromIr(event.usage ?? latestUsage ?? {});
    const usageChunk = {
      id,
      object: 'chat.completion.chunk',
      created,
      model: context.requestedModel,
      choices: [],
      usage,
    };
    return chunk({}, reason) + data(usageChunk);
  }

  function error(kind: string, message: string): string {
    stopped = true;
    return data({ error: { message, type: openAiErrorTypeOf(kind), code: null, param: null } });
  }

  function write(event: IrStreamEvent): string {
    switch (event.type) {
      case 'start':
        return start(event.id);
      case 'block_start':
        return start(`chatcmpl-${Date.now()}`) + blockStart(event.index, event.block);
      case 'block_delta':
        return blockDelta(event.index, event.delta);
      case 'block_stop':
        blocks.delete(event.index);
        return '';
      case 'usage':
        latestUsage = event.usage;
        return '';
      case 'finish':
        return finished ? '' : start(`chatcmpl-${Date.now()}`) + finish(event);
      case 'end':
        if (!finished) return error('api_error', STOP_WITHOUT_FINISH);
        stopped = true;
        return 'data: [DONE]\n\n';
      case 'error':
        return error(event.kind, event.message);
      case 'keep_alive':
        return '';
    }
  }

  return {
    push: (event) => (stopped ? '' : write(event)),
    end() {
      if (stopped || !finished) return '';
      stopped = true;
      return 'data: [DONE]\n\n';
    },
  };
}
