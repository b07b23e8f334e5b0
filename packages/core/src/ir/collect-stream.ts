import { emptyUsage, type Usage } from '../usage/usage.js';
import type { IrAssistantPart } from './ir-content.js';
import type { IrResponse } from './ir-response.js';
import type { IrStreamEvent } from './ir-stream.js';

/** A stream folded back into one answer: the answer, whether the stream finished, its error if any. */
export interface CollectedStream {
  response: IrResponse;
  /** The stream reached its `finish` (a cut or capped stream did not). */
  finished: boolean;
  error: string | null;
}

export interface IrStreamCollector {
  push(event: IrStreamEvent): void;
  /** The answer so far; blocks still open are included as they stand. */
  result(): CollectedStream;
}

/**
 * Folds IR stream events back into a complete answer (the inverse of a stream encoder's view):
 * blocks by index in order of opening, text and thinking concatenated, tool arguments joined as
 * streamed, the stop reason and the last usage reported. Any protocol's decoder feeds it.
 */
export function createIrStreamCollector(): IrStreamCollector {
  const blocks = new Map<number, IrAssistantPart>();
  let id = '';
  let model = '';
  let usage: Usage = emptyUsage();
  let stopReason: IrResponse['stopReason'] = 'end_turn';
  let stopSequence: string | null = null;
  let finished = false;
  let error: string | null = null;

  function delta(part: IrAssistantPart, event: Extract<IrStreamEvent, { type: 'block_delta' }>['delta']): void {
    if (event.type === 'arguments') {
      if (part.type === 'tool_call') part.arguments += event.json;
    } else if (event.type === 'signature') {
      if (part.type === 'thinking') part.signature = event.signature;
    } else if (part.type === 'text' || part.type === 'thinking' || part.type === 'refusal') {
      part.text += event.text;
    }
  }

  return {
    push(event) {
      switch (event.type) {
        case 'start':
          id = event.id;
          model = event.model;
          if (event.usage) usage = { ...usage, ...event.usage };
          break;
        case 'block_start': {
          const { block } = event;
          if (block.type === 'tool_call') {
            blocks.set(event.index, { type: 'tool_call', id: block.id, name: block.name, arguments: '' });
          } else if (block.type === 'thinking') {
            blocks.set(event.index, { type: 'thinking', text: '', ...(block.redacted && { redacted: true }) });
          } else {
            blocks.set(event.index, { type: block.type, text: '' });
          }
          break;
        }
        case 'block_delta': {
          const part = blocks.get(event.index);
          if (part) delta(part, event.delta);
          break;
        }
        case 'usage':
          usage = event.usage;
          break;
        case 'finish':
          finished = true;
          stopReason = event.stopReason;
          stopSequence = event.stopSequence;
          if (event.usage) usage = event.usage;
          break;
        case 'error':
          error ??= event.message;
          break;
        default:
          break;
      }
    },
    result() {
      const content = [...blocks.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
      return { response: { id, model, content, stopReason, stopSequence, usage }, finished, error };
    },
  };
}
