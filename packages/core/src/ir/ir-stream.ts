import type { Usage } from '../usage/usage.js';
import type { IrSignature } from './ir-content.js';
import type { IrStopReason } from './ir-response.js';

/** What kind of content block a stream opens. */
export type IrBlockStart =
  | { type: 'text' }
  | { type: 'tool_call'; id: string; name: string }
  | { type: 'thinking'; redacted?: boolean }
  | { type: 'refusal' };

export type IrDelta =
  | { type: 'text'; text: string }
  /** A piece of a tool call's JSON arguments. */
  | { type: 'arguments'; json: string }
  | { type: 'thinking'; text: string }
  /** A thinking block's signature (or encrypted reasoning), complete. */
  | { type: 'signature'; signature: IrSignature };

/**
 * A stream in one vocabulary, modelled on the richest (Claude's): one `start`, blocks opened,
 * filled and closed by index (indexes count up from 0 in order of opening; blocks may overlap,
 * as parallel tool calls do), then `finish` with the stop reason and the final usage, then `end`.
 * Decoders emit it from a protocol's frames; encoders write it as another protocol's frames.
 */
export type IrStreamEvent =
  | { type: 'start'; id: string; model: string; usage?: Partial<Usage> }
  | { type: 'block_start'; index: number; block: IrBlockStart }
  | { type: 'block_delta'; index: number; delta: IrDelta }
  | { type: 'block_stop'; index: number }
  /** Usage known so far (cumulative); the last one wins. */
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; stopReason: IrStopReason; stopSequence: string | null; usage: Usage | null }
  | { type: 'end' }
  /** The upstream failed mid-stream; the encoder writes the protocol's error event. */
  | { type: 'error'; status: number; kind: string; message: string }
  /** Nothing but liveness (Claude `ping`). Encoders may forward or drop it. */
  | { type: 'keep_alive' };
