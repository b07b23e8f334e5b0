import type { Usage } from '../usage/usage.js';
import type { IrAssistantPart } from './ir-content.js';

/** Why the model stopped, in one vocabulary (each protocol maps its own to and from it). */
export type IrStopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'refusal'
  /** Claude `pause_turn` (a long server-side turn paused). */
  | 'pause'
  /** Stopped for a safety or policy reason (Gemini SAFETY / RECITATION, OpenAI content_filter). */
  | 'content_filter'
  | 'error';

/** A complete (non-streamed) answer. */
export interface IrResponse {
  id: string;
  /** The model that answered (the provider's name for it; the gateway shows the client the one it asked for). */
  model: string;
  content: IrAssistantPart[];
  stopReason: IrStopReason;
  stopSequence: string | null;
  usage: Usage;
}
