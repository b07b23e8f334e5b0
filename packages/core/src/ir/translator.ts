import type { SseFrame } from '../sse/sse-frame.js';
import type { IrRequest } from './ir-request.js';
import type { IrResponse } from './ir-response.js';
import type { IrStreamEvent } from './ir-stream.js';

/** A request body for a provider, and the path (with query) it is sent to. */
export interface UpstreamCall {
  path: string;
  body: Record<string, unknown>;
}

/** What a request converter needs besides the body. */
export interface RequestContext {
  /** The model (from the body, or the Gemini path). */
  model: string;
  /** Whether the client asked for a stream (body flag, or the Gemini method). */
  stream: boolean;
}

export interface RequestTranslator {
  /** Reads a client's request of this protocol. Throws `UnsupportedFeatureError` / `InvalidIrRequestError`. */
  toIr(body: Record<string, unknown>, context: RequestContext): IrRequest;
  /** Writes the request for a provider of this protocol (`request.model` is already the provider's model). */
  fromIr(request: IrRequest): UpstreamCall;
}

/** What a response converter needs to answer the client as it expects. */
export interface AnswerContext {
  /** The model the client asked for: answers name it, not the provider's. */
  requestedModel: string;
  /** The client's path with query (Gemini streams are SSE only with `alt=sse`, else a JSON array). */
  clientPath: string;
}

export interface ResponseTranslator {
  /** Reads a provider's complete answer of this protocol. */
  toIr(json: unknown): IrResponse;
  /** Writes a complete answer for a client of this protocol. */
  fromIr(response: IrResponse, context: AnswerContext): unknown;
}

/** Provider frames → IR events, keeping state across frames (never buffers the stream). */
export interface StreamDecoder {
  push(frame: SseFrame): IrStreamEvent[];
  end(): IrStreamEvent[];
}

/** IR events → the client's wire text, keeping state across events. */
export interface StreamEncoder {
  push(event: IrStreamEvent): string;
  /** Anything still owed when the stream ends (closing events, `[DONE]`, the end of a JSON array). */
  end(): string;
}

/** Conversion to and from one protocol: requests, answers and streams. */
export interface ProtocolTranslator {
  request: RequestTranslator;
  response: ResponseTranslator;
  createStreamDecoder(): StreamDecoder;
  createStreamEncoder(context: AnswerContext): StreamEncoder;
  /** A local token count in this protocol's shape (for count-tokens calls no converted provider answers). */
  renderTokenCount(tokens: number): unknown;
}
