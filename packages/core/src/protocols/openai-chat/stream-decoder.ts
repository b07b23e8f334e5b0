import { randomUUID } from 'node:crypto';
import type { IrBlockStart, IrStreamEvent } from '../../ir/ir-stream.js';
import { stableCallId } from '../../ir/stable-call-id.js';
import type { StreamDecoder } from '../../ir/translator.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import type { SseFrame } from '../../sse/sse-frame.js';
import type { Usage } from '../../usage/usage.js';
import { errorKindOfOpenAi } from './error-kinds.js';
import { finishReasonToIr } from './finish-reason.js';
import { openAiChatUsage } from './usage.js';
import { chunkSchema, type WireChunk, type WireToolCallPiece } from './wire-response.js';

type Kind = 'text' | 'thinking' | 'refusal' | 'tool';
type Delta = NonNullable<NonNullable<WireChunk['choices']>[number]['delta']>;

function failure(message: string): IrStreamEvent {
  return { type: 'error', status: 502, kind: 'api_error', message };
}

const CUT_SHORT = failure("The provider's stream ended before the answer was complete.");

function streamError(error: unknown): IrStreamEvent {
  const detail = asRecord(error);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const message = text(detail?.['message']) ?? text(error) ?? 'The provider reported an error mid-stream.';
  return { type: 'error', ...errorKindOfOpenAi(text(detail?.['code']), text(detail?.['type'])), message };
}

/**
 * An OpenAI-chat provider's SSE chunks → IR events. The first chunk opens the answer (`start`);
 * reasoning (`reasoning_content` or `reasoning`), text, refusal and each tool call become blocks
 * in the order they appear, one open at a time (a new kind or a new call closes the previous).
 * Tool-call pieces are matched by their `index` (by `id` when a provider omits it); their
 * arguments stream as they come. `finish_reason` closes the open block; `finish` waits for
 * `[DONE]` because the usage chunk (`stream_options.include_usage`) comes after it. An
 * `{"error": …}` chunk is an error event; a stream cut before any `finish_reason` is an error too,
 * never an empty success.
 */
export function createOpenAiChatStreamDecoder(): StreamDecoder {
  let started = false;
  let done = false;
  let nextIndex = 0;
  let open: { index: number; kind: Kind; key?: string } | null = null;
  const tools = new Map<string, number>();
  let lastToolKey: string | null = null;
  let finishReason: string | null = null;
  let usage: Usage | null = null;

  function close(): IrStreamEvent[] {
    if (!open) return [];
    const index = open.index;
    open = null;
    return [{ type: 'block_stop', index }];
  }

  function ensure(kind: Exclude<Kind, 'tool'>, events: IrStreamEvent[]): number {
    if (open?.kind === kind) return open.index;
    events.push(...close());
    open = { index: nextIndex++, kind };
    const block: IrBlockStart = { type: kind };
    events.push({ type: 'block_start', index: open.index, block });
    return open.index;
  }

  function toolKey(piece: WireToolCallPiece): string {
    if (piece.index !== undefined) return `index:${piece.index}`;
    if (piece.id && !tools.has(`id:${piece.id}`)) return `id:${piece.id}`;
    return lastToolKey ?? 'index:0';
  }

  function toolPiece(piece: WireToolCallPiece, events: IrStreamEvent[]): void {
    const key = toolKey(piece);
    lastToolKey = key;
    const args = piece.function?.arguments ?? '';
    const known = tools.get(key);
    if (known === undefined) {
      events.push(...close());
      const index = nextIndex++;
      const name = piece.function?.name ?? '';
      tools.set(key, index);
      open = { index, kind: 'tool', key };
      const id = piece.id || stableCallId(name, '', tools.size - 1);
      events.push({ type: 'block_start', index, block: { type: 'tool_call', id, name } });
    } else if (open?.key !== key) {
      if (args !== '') events.push(failure('The provider interleaved the arguments of parallel tool calls.'));
      return;
    }
    if (args !== '') events.push({ type: 'block_delta', index: open!.index, delta: { type: 'arguments', json: args } });
  }

  function onDelta(delta: Delta, events: IrStreamEvent[]): void {
    const reasoning = delta.reasoning_content ?? delta.reasoning;
    if (reasoning) {
      const index = ensure('thinking', events);
      events.push({ type: 'block_delta', index, delta: { type: 'thinking', text: reasoning } });
    }
    if (delta.content) {
      const index = ensure('text', events);
      events.push({ type: 'block_delta', index, delta: { type: 'text', text: delta.content } });
    }
    if (delta.refusal) {
      const index = ensure('refusal', events);
      events.push({ type: 'block_delta', index, delta: { type: 'text', text: delta.refusal } });
    }
    for (const piece of delta.tool_calls ?? []) toolPiece(piece, events);
  }

  function finish(): IrStreamEvent[] {
    done = true;
    const stopReason = finishReasonToIr(finishReason);
    return [...close(), { type: 'finish', stopReason, stopSequence: null, usage }, { type: 'end' }];
  }

  function onChunk(frame: SseFrame): IrStreamEvent[] {
    const data = frame.data.trim();
    if (data === '') return [];
    if (data === '[DONE]') return finish();
    const json = parseJsonSafely(data);
    const parsed = chunkSchema.safeParse(json);
    if (!parsed.success) return [failure('The provider sent a malformed chat.completion.chunk.')];
    const chunk = parsed.data;
    if (chunk.error !== undefined && chunk.error !== null) return [streamError(chunk.error)];
    const events: IrStreamEvent[] = [];
    if (!started) {
      started = true;
      events.push({ type: 'start', id: chunk.id ?? `chatcmpl-${randomUUID()}`, model: chunk.model ?? '' });
    }
    const choice = chunk.choices?.[0];
    if (choice?.delta) onDelta(choice.delta, events);
    if (choice?.finish_reason) {
      finishReason = choice.finish_reason;
      events.push(...close());
    }
    if (asRecord(json)?.['usage']) {
      usage = openAiChatUsage.readJson(json).usage;
      if (usage) events.push({ type: 'usage', usage });
    }
    return events;
  }

  return {
    push(frame) {
      if (done) return [];
      const events = onChunk(frame);
      if (events.some((event) => event.type === 'error')) done = true;
      return events;
    },
    end() {
      if (done) return [];
      if (finishReason !== null) return finish();
      done = true;
      return [CUT_SHORT];
    },
  };
}
