import { randomUUID } from 'node:crypto';
import type { IrSignature } from '../../ir/ir-content.js';
import type { IrBlockStart, IrStreamEvent } from '../../ir/ir-stream.js';
import type { StreamDecoder } from '../../ir/translator.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import { emptyUsage, type Usage } from '../../usage/usage.js';
import { answerCallId } from './answer-call-id.js';
import { errorKindOfGoogleStatus } from './errors.js';
import { finishReasonToIr } from './finish-reason.js';
import { modelPartToIr } from './model-part-to-ir.js';
import { readGenerateContent } from './usage.js';
import { generateContentResponseSchema, streamErrorSchema } from './wire-response.js';

const CUT_SHORT: IrStreamEvent = {
  type: 'error',
  status: 502,
  kind: 'api_error',
  message: "The provider's stream ended before the answer was complete.",
};

const MALFORMED: IrStreamEvent = {
  type: 'error',
  status: 502,
  kind: 'api_error',
  message: 'The provider sent a malformed stream chunk.',
};

/** Reads the GenerateContentResponse out of a chunk (Code Assist wraps it as `{response}`). */
export type ChunkUnwrapper = (json: Record<string, unknown>) => unknown;

/**
 * A Gemini provider's stream chunks (`alt=sse`) → IR events. Gemini sends whole parts: text and
 * thoughts continue the open text or thinking block, a function call is a block of its own
 * (opened, its arguments in one piece, closed), a `thoughtSignature` goes to the open thinking
 * block or a new empty one before its part. The chunk with `finishReason` (or a blocked prompt)
 * finishes with the usage known then; an `{error}` chunk is an error event; a stream that ends
 * unfinished is an error, never a quiet success.
 */
export function createGeminiStreamDecoder(unwrap: ChunkUnwrapper = (json) => json): StreamDecoder {
  let started = false;
  let finished = false;
  let done = false;
  let responseId = '';
  let next = 0;
  let calls = 0;
  let calledTools = false;
  let open: { index: number; kind: 'text' | 'thinking' } | null = null;
  let usage: Usage | null = null;

  const close = (): IrStreamEvent[] => {
    if (!open) return [];
    const index = open.index;
    open = null;
    return [{ type: 'block_stop', index }];
  };
  const openBlock = (block: IrBlockStart): { index: number; events: IrStreamEvent[] } => {
    const events = close();
    const index = next++;
    events.push({ type: 'block_start', index, block });
    return { index, events };
  };
  const nameCall = (name: string, args: string, id: string | undefined) =>
    id ?? answerCallId(responseId, name, args, calls++);

  function openTextual(kind: 'text' | 'thinking'): { index: number; events: IrStreamEvent[] } {
    if (open?.kind === kind) return { index: open.index, events: [] };
    const opened = openBlock({ type: kind });
    open = { index: opened.index, kind };
    return opened;
  }

  function signatureEvents(signature: IrSignature): IrStreamEvent[] {
    const { index, events } = openTextual('thinking');
    events.push({ type: 'block_delta', index, delta: { type: 'signature', signature } });
    return [...events, ...close()];
  }

  function textEvents(kind: 'text' | 'thinking', text: string): IrStreamEvent[] {
    const { index, events } = openTextual(kind);
    events.push({ type: 'block_delta', index, delta: { type: kind, text } });
    return events;
  }

  function partEvents(part: Parameters<typeof modelPartToIr>[0]): IrStreamEvent[] {
    const events: IrStreamEvent[] = [];
    for (const ir of modelPartToIr(part, nameCall) ?? []) {
      if (ir.type === 'thinking') {
        if (ir.text !== '') events.push(...textEvents('thinking', ir.text));
        if (ir.signature) events.push(...signatureEvents(ir.signature));
      } else if (ir.type === 'text') {
        events.push(...textEvents('text', ir.text));
      } else if (ir.type === 'tool_call') {
        calledTools = true;
        const { index, events: opening } = openBlock({ type: 'tool_call', id: ir.id, name: ir.name });
        events.push(...opening);
        events.push({ type: 'block_delta', index, delta: { type: 'arguments', json: ir.arguments } });
        events.push({ type: 'block_stop', index });
      }
    }
    return events;
  }

  function onChunk(json: Record<string, unknown>): IrStreamEvent[] {
    const error = streamErrorSchema.safeParse(json);
    if (error.success) {
      const { code, message, status } = error.data.error;
      const kind = errorKindOfGoogleStatus(status);
      return [{ type: 'error', status: code ?? 502, kind, message: message ?? status ?? 'The provider failed.' }];
    }
    const payload = unwrap(json);
    const chunk = generateContentResponseSchema.safeParse(payload);
    if (!chunk.success) return [MALFORMED];
    usage = readGenerateContent(payload).usage ?? usage;
    const events: IrStreamEvent[] = [];
    if (!started) {
      started = true;
      responseId = chunk.data.responseId ?? `gemini-${randomUUID()}`;
      events.push({ type: 'start', id: responseId, model: chunk.data.modelVersion ?? '', ...startUsage(usage) });
    }
    if (finished) return usage ? [{ type: 'usage', usage }] : [];
    const candidate = chunk.data.candidates?.[0];
    for (const part of candidate?.content?.parts ?? []) events.push(...partEvents(part));
    const blocked = !candidate && chunk.data.promptFeedback?.blockReason;
    if (candidate?.finishReason || blocked) {
      finished = true;
      const stopReason = blocked ? 'content_filter' : finishReasonToIr(candidate?.finishReason, calledTools);
      events.push(...close(), { type: 'finish', stopReason, stopSequence: null, usage: usage ?? emptyUsage() });
    }
    return events;
  }

  return {
    push(frame) {
      if (done) return [];
      const text = frame.data.trim();
      if (text === '' || text === '[DONE]') return [];
      const json = asRecord(parseJsonSafely(text));
      const events = json ? onChunk(json) : [MALFORMED];
      if (events.some((event) => event.type === 'error')) done = true;
      return events;
    },
    end() {
      if (done) return [];
      done = true;
      return finished ? [{ type: 'end' }] : [...close(), CUT_SHORT];
    },
  };
}

function startUsage(usage: Usage | null): { usage?: Partial<Usage> } {
  return usage ? { usage: { inputTokens: usage.inputTokens, cacheReadTokens: usage.cacheReadTokens } } : {};
}
