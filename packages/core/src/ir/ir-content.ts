import type { ProtocolId } from '../domain/protocol.js';

/**
 * The intermediate representation every protocol converts to and from (hub and spoke: four
 * protocols, eight converters). It is rich enough for all four; a part a target cannot express
 * makes the converter fail with `UnsupportedFeatureError`, never drop it silently.
 */

/** Where a prompt-cache breakpoint sits (Anthropic `cache_control`); other protocols cache on their own. */
export interface IrCacheHint {
  ttl: '5m' | '1h';
}

/** Binary or remote media. */
export type IrMediaSource =
  | { kind: 'base64'; mediaType: string; data: string }
  | { kind: 'url'; url: string; mediaType?: string };

export interface IrText {
  type: 'text';
  text: string;
  cache?: IrCacheHint;
}

export interface IrImage {
  type: 'image';
  source: IrMediaSource;
  /** OpenAI's `detail` (low / high / auto), kept when the target has it. */
  detail?: string;
  cache?: IrCacheHint;
}

/** A document (PDF or plain text) given to the model whole. */
export interface IrDocument {
  type: 'document';
  source: IrMediaSource | { kind: 'text'; text: string };
  title?: string;
  /** File name, where the protocol carries one (OpenAI `file.filename`). */
  filename?: string;
  cache?: IrCacheHint;
}

/** A call the model made to a client-side function (tool). */
export interface IrToolCall {
  type: 'tool_call';
  /** The call id; Gemini calls without one get a stable generated id (see `stableCallId`). */
  id: string;
  name: string;
  /** The arguments as the JSON text of an object (exactly as streamed, when it was streamed). */
  arguments: string;
}

/** The result of a tool call, sent back by the client. */
export interface IrToolResult {
  type: 'tool_result';
  callId: string;
  /** The function's name when the protocol carries it (Gemini needs it; others may not send it). */
  name?: string;
  content: (IrText | IrImage)[];
  isError: boolean;
  cache?: IrCacheHint;
}

/**
 * Reasoning the model showed (Claude thinking, Responses reasoning summaries, Chat
 * `reasoning_content`, Gemini thought parts). `signature` (or encrypted content) is opaque and only
 * valid for the kind of provider that produced it: converters send it back to that protocol only.
 */
export interface IrThinking {
  type: 'thinking';
  text: string;
  signature?: IrSignature;
  /** Claude's `redacted_thinking` (encrypted, no text) or a Responses item with encrypted content only. */
  redacted?: boolean;
}

/** An opaque reasoning token and the protocol whose providers issued it. */
export interface IrSignature {
  protocol: ProtocolId;
  value: string;
  /** Responses reasoning items carry their own id, which must go back with the encrypted content. */
  itemId?: string;
}

/** A model refusal (OpenAI `refusal`), kept apart from text where the target distinguishes it. */
export interface IrRefusal {
  type: 'refusal';
  text: string;
}

export type IrUserPart = IrText | IrImage | IrDocument | IrToolResult;
export type IrAssistantPart = IrText | IrToolCall | IrThinking | IrRefusal;
export type IrPart = IrUserPart | IrAssistantPart;

export type IrMessage =
  | { role: 'user'; content: IrUserPart[] }
  | { role: 'assistant'; content: IrAssistantPart[] }
  /**
   * A system or developer instruction inside the conversation (Claude Code sends `role: "system"`
   * messages mid-list; Responses has `developer` items). Never turned into an assistant turn.
   */
  | { role: 'system'; content: IrText[] };
