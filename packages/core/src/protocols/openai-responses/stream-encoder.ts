import { randomUUID } from 'node:crypto';
import type { IrSignature } from '../../ir/ir-content.js';
import type { IrBlockStart, IrDelta, IrStreamEvent } from '../../ir/ir-stream.js';
import type { AnswerContext, StreamEncoder } from '../../ir/translator.js';
import type { Usage } from '../../usage/usage.js';
import {
  functionCallItem,
  itemId,
  messageItem,
  reasoningItem,
  refusalPart,
  responseIdOf,
  textPart,
  type WireOutputItem,
} from './output-from-ir.js';
import { type ResponseFields, responseObject } from './response-object.js';
import { statusFromIr } from './status.js';
import { codeOfErrorKind } from './stream-errors.js';
import { usageFromIr } from './usage-from-ir.js';

interface Block {
  kind: IrBlockStart['type'];
  output: number;
  id: string;
  text: string;
  call?: { id: string; name: string };
  signature?: IrSignature;
  redacted?: boolean;
}

const STOP_WITHOUT_FINISH = 'The answer ended before it was complete.';

/**
 * IR events → the Responses event stream Codex and the `openai` SDK read, every event with its
 * `sequence_number`: `response.created` and `response.in_progress`; per block an output item —
 * text as a message (`output_item.added`, `content_part.added`, `output_text.delta`,
 * `output_text.done`, `content_part.done`, `output_item.done`), a refusal likewise with
 * `refusal.delta`, thinking as a reasoning item with one summary part
 * (`reasoning_summary_part.added`, `reasoning_summary_text.delta`/`.done`) and its signature as
 * `encrypted_content` in `output_item.done`, a tool call as a function call
 * (`function_call_arguments.delta`/`.done`); then `response.completed` (or `response.incomplete`
 * at the token cap) with the whole output and usage. Each event is written as it arrives; the
 * finished items are kept only to be repeated in the final response, as the API does. An IR
 * error is an `error` event followed by `response.failed` (Codex reads the latter); an end
 * without a finish is such an error too.
 */
export function createOpenAiResponsesStreamEncoder(context: AnswerContext): StreamEncoder {
  const blocks = new Map<number, Block>();
  const output: WireOutputItem[] = [];
  const createdAt = Math.floor(Date.now() / 1000);
  let responseId = '';
  let sequence = 0;
  let started = false;
  let finished = false;
  let stopped = false;
  let latestUsage: Usage | null = null;

  function sse(type: string, data: Record<string, unknown>): string {
    return `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`;
  }

  const snapshot = (status: string, extra: Partial<ResponseFields>) =>
    responseObject({
      id: responseId,
      model: context.requestedModel,
      createdAt,
      status,
      output: [],
      usage: null,
      ...extra,
    });

  function responseStart(id: string): string {
    started = true;
    responseId = responseIdOf(id);
    const response = snapshot('in_progress', {});
    return sse('response.created', { response }) + sse('response.in_progress', { response });
  }
  const ensureStarted = () => (started ? '' : responseStart(randomUUID().replaceAll('-', '')));

  function blockStart(index: number, start: IrBlockStart): string {
    const outputIndex = output.length;
    output.push({});
    const prefix = start.type === 'tool_call' ? 'fc' : start.type === 'thinking' ? 'rs' : 'msg';
    const block: Block = {
      kind: start.type,
      output: outputIndex,
      id: itemId(prefix, responseId, outputIndex),
      text: '',
    };
    if (start.type === 'thinking' && start.redacted) block.redacted = true;
    blocks.set(index, block);
    const at = { output_index: outputIndex };
    if (start.type === 'tool_call') {
      block.call = { id: start.id, name: start.name };
      const item = functionCallItem(block.id, { ...block.call, arguments: '' }, 'in_progress');
      return sse('response.output_item.added', { ...at, item });
    }
    if (start.type === 'thinking')
      return sse('response.output_item.added', { ...at, item: { id: block.id, type: 'reasoning', summary: [] } });
    const part = start.type === 'refusal' ? refusalPart('') : textPart('');
    return (
      sse('response.output_item.added', { ...at, item: messageItem(block.id, [], 'in_progress') }) +
      sse('response.content_part.added', { item_id: block.id, ...at, content_index: 0, part })
    );
  }

  function blockDelta(index: number, delta: IrDelta): string {
    const block = blocks.get(index);
    if (!block) return '';
    const at = { item_id: block.id, output_index: block.output };
    if (delta.type === 'signature') {
      if (block.kind === 'thinking') block.signature = delta.signature;
      return '';
    }
    const text = delta.type === 'arguments' ? delta.json : delta.text;
    if (text === '') return '';
    if (block.kind === 'tool_call' && delta.type === 'arguments') {
      block.text += text;
      return sse('response.function_call_arguments.delta', { ...at, delta: text });
    }
    if (block.kind === 'thinking' && delta.type === 'thinking') {
      const opening = block.text === '' ? summaryPartEvent('added', block, '') : '';
      block.text += text;
      return opening + sse('response.reasoning_summary_text.delta', { ...at, summary_index: 0, delta: text });
    }
    if ((block.kind === 'text' || block.kind === 'refusal') && delta.type === 'text') {
      block.text += text;
      const type = block.kind === 'text' ? 'response.output_text.delta' : 'response.refusal.delta';
      const logprobs = block.kind === 'text' ? { logprobs: [] } : {};
      return sse(type, { ...at, content_index: 0, delta: text, ...logprobs });
    }
    return '';
  }

  function summaryPartEvent(state: 'added' | 'done', block: Block, text: string): string {
    const part = { type: 'summary_text', text };
    return sse(`response.reasoning_summary_part.${state}`, {
      item_id: block.id,
      output_index: block.output,
      summary_index: 0,
      part,
    });
  }

  function blockStop(index: number): string {
    const block = blocks.get(index);
    if (!block) return '';
    blocks.delete(index);
    const at = { item_id: block.id, output_index: block.output };
    let events = '';
    let item: WireOutputItem;
    if (block.kind === 'tool_call' && block.call) {
      const args = block.text === '' ? '{}' : block.text;
      events += sse('response.function_call_arguments.done', { ...at, name: block.call.name, arguments: args });
      item = functionCallItem(block.id, { ...block.call, arguments: args }, 'completed');
    } else if (block.kind === 'thinking') {
      if (block.text !== '')
        events +=
          sse('response.reasoning_summary_text.done', { ...at, summary_index: 0, text: block.text }) +
          summaryPartEvent('done', block, block.text);
      const thinking = {
        type: 'thinking' as const,
        text: block.text,
        ...(block.signature ? { signature: block.signature } : {}),
        ...(block.redacted ? { redacted: true } : {}),
      };
      item = reasoningItem(block.id, thinking);
    } else {
      const part = block.kind === 'refusal' ? refusalPart(block.text) : textPart(block.text);
      events +=
        block.kind === 'refusal'
          ? sse('response.refusal.done', { ...at, content_index: 0, refusal: block.text })
          : sse('response.output_text.done', { ...at, content_index: 0, text: block.text, logprobs: [] });
      events += sse('response.content_part.done', { ...at, content_index: 0, part });
      item = messageItem(block.id, [part], 'completed');
    }
    output[block.output] = item;
    return events + sse('response.output_item.done', { output_index: block.output, item });
  }

  function finish(event: Extract<IrStreamEvent, { type: 'finish' }>): string {
    const closing = [...blocks.keys()].map(blockStop).join('');
    finished = true;
    const { status, incompleteDetails } = statusFromIr(event.stopReason);
    const usage = usageFromIr(event.usage ?? latestUsage ?? {});
    if (status === 'failed') return closing + error('api_error', 'The provider failed to answer.');
    const response = snapshot(status, { output, usage, incompleteDetails });
    const type = status === 'incomplete' ? 'response.incomplete' : 'response.completed';
    stopped = true;
    return closing + sse(type, { response });
  }

  function error(kind: string, message: string): string {
    stopped = true;
    const code = codeOfErrorKind(kind);
    const failed = snapshot('failed', { output: output.filter((item) => 'type' in item), error: { code, message } });
    return sse('error', { code, message, param: null }) + sse('response.failed', { response: failed });
  }

  function write(event: IrStreamEvent): string {
    switch (event.type) {
      case 'start':
        return started ? '' : responseStart(event.id);
      case 'block_start':
        return ensureStarted() + blockStart(event.index, event.block);
      case 'block_delta':
        return blockDelta(event.index, event.delta);
      case 'block_stop':
        return blockStop(event.index);
      case 'usage':
        latestUsage = event.usage;
        return '';
      case 'finish':
        return finished ? '' : ensureStarted() + finish(event);
      case 'end':
        return finished ? '' : ensureStarted() + error('api_error', STOP_WITHOUT_FINISH);
      case 'error':
        return ensureStarted() + error(event.kind, event.message);
      case 'keep_alive':
        return '';
    }
  }

  return {
    push: (event) => (stopped ? '' : write(event)),
    end: () => '',
  };
}
