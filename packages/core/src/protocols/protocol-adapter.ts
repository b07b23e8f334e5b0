import type { ProtocolId } from '../domain/protocol.js';
import type { JsonBody } from '../json/json-body.js';
import type { ErrorKind } from '../errors.js';
import type { ProtocolTranslator } from '../ir/translator.js';
import type { SessionId } from '../sessions/session-id.js';
import type { SseFrame } from '../sse/sse-frame.js';
import type { HeaderAllowList } from '../upstreams/forwarded-headers.js';
import type { UsageExtractor } from '../usage/usage-extractor.js';
import type { Endpoint } from './endpoint.js';

type Headers = Record<string, string | string[] | undefined>;

/** What routing needs from a request body, read once by the protocol that owns it. */
export interface RoutingFields {
  model: string | null;
  stream: boolean;
  /** The protocol's own cap on output (`max_tokens`, `max_output_tokens`, `maxOutputTokens` …); null when absent. */
  maxOutputTokens: number | null;
}

/** A body the protocol refuses before anything else happens: answered locally with a 400 naming the field. */
export interface RoutingRefusal {
  invalid: string;
}

/** An error the gateway writes in the caller's protocol. */
export interface ProtocolErrorInput {
  status: number;
  kind: ErrorKind;
  code: string;
  message: string;
  requestId: string;
  /** When asking again may succeed (a limit resets, a provider recovers); null when not known. */
  retryAfterSeconds?: number | null;
  /** The same moment as Unix seconds, for clients that show a time. */
  resetsAt?: number | null;
  /** Retrying within a client's patience cannot help: render it so the client stops and shows it. */
  final?: boolean;
}

/** An error as the caller's clients expect it: status, body and the headers that steer their retries. */
export interface RenderedError {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/** An upstream's error body, read as the kind it names and its message. */
export interface UpstreamErrorReading {
  /** `overloaded_error`, `rate_limit_exceeded`, `RESOURCE_EXHAUSTED` …; null when the body names none. */
  type: string | null;
  message: string;
}

/**
 * How the first SSE frames of a stream read, before anything is relayed: `keep-alive` (ping,
 * comment), `preamble` (opens the answer but carries no content yet: `message_start`,
 * `response.created`, a role-only chat chunk), `error` (an error event: still a failure that may
 * fail over) or `content` (the answer has begun: from here it is relayed).
 */
export type StreamHeadVerdict = 'keep-alive' | 'preamble' | 'error' | 'content';

/** The smallest real request a provider of this protocol answers: the connection test. */
export interface ConnectionProbe {
  defaultModel: string;
  path(model: string): string;
  body(model: string): unknown;
}

/** A complete answer the gateway gives itself (Claude Code's warm-up probe). */
export interface LocalAnswer {
  status: number;
  contentType: string;
  body: string;
  /** Why the gateway answered locally, recorded in the log row. */
  reason: string;
}

/**
 * Everything the gateway knows about one wire protocol, behind one interface: its endpoints,
 * the routing fields of a body, the session id, usage, errors, model lists, how a stream's head
 * reads, and how to probe a provider that speaks it. Generic pipeline steps call this and know no
 * protocol themselves.
 */
export interface ProtocolAdapter {
  readonly id: ProtocolId;
  /** Client-facing endpoints of this protocol (generate, count tokens, auxiliary). */
  readonly endpoints: readonly Endpoint[];
  /**
   * Model, stream flag and max output of a body (`path` for protocols with the model in the URL).
   * The body is read lazily: only the fields read are parsed.
   */
  readRoutingFields(body: JsonBody, endpoint: Endpoint, path: string): RoutingFields | RoutingRefusal;
  /** The client's own conversation id, when it sends one. */
  sessionId(headers: Headers, body: JsonBody | null): SessionId | null;
  /** The raw bytes of the conversation's first message, for the content-hash session fallback. */
  openingBytes(body: JsonBody): Uint8Array | null;
  readonly usage: UsageExtractor;
  /**
   * An error in this protocol's shape, with the status its clients treat right: e.g. a spent quota
   * is final for each CLI (no retries for hours), a rate limit is retried after its delay.
   */
  renderError(error: ProtocolErrorInput): RenderedError;
  /** An error as the stream event(s) this protocol's clients recognise, for failures after bytes went out. */
  renderStreamError(error: ProtocolErrorInput): string;
  /**
   * Whether a failed stream must also be cut (no clean end of the response), because this
   * protocol's clients read an error event as just another chunk and would take a cut answer as
   * complete (the Gemini CLI's Code Assist reader).
   */
  readonly cutStreamAfterError?: boolean;
  renderModelList(models: readonly string[]): unknown;
  renderModel(model: string): unknown;
  classifyStreamFrame(frame: SseFrame): StreamHeadVerdict;
  /** A 2xx JSON body that is really an error (a relay's fake success). */
  isErrorAnswer(json: unknown): boolean;
  /** An upstream error body (any status) read as kind and message; null when it has neither. */
  readErrorBody(json: unknown): UpstreamErrorReading | null;
  readonly probe: ConnectionProbe;
  /** Client headers forwarded to a provider of this protocol (everything else stays behind). */
  readonly forwardedHeaders: HeaderAllowList;
  /** Largest request body this protocol's APIs accept; larger ones are answered 413 before being read. */
  readonly maxRequestBytes: number;
  /** Price-table families (LiteLLM `litellm_provider`) whose models this protocol lists. */
  readonly priceFamilies: readonly string[];
  /**
   * Conversion to and from the IR, so clients of other protocols can be served by this protocol's
   * providers and this protocol's clients by theirs.
   */
  readonly translator?: ProtocolTranslator;
  /**
   * The changes that make a history partly answered by other provider types acceptable to this
   * protocol's providers, for a body going natively to them (to `upstreamModel`): their reasoning
   * tokens (`cch.`-wrapped, left by converted turns) taken out, or, for Gemini, the signature its
   * newer models require put on calls that came without one; null when nothing needs changing.
   */
  stripForeignReasoning?(body: JsonBody, upstreamModel: string | null): Record<string, unknown> | null;
  /** How the decision chain names what `stripForeignReasoning` did (default: stripped reasoning). */
  readonly foreignReasoningHit?: { action: string; detail: string };
  /** The content type of this protocol's streams for a client path (default: text/event-stream). */
  streamContentType?(clientPath: string): string;
  /** A request the gateway answers itself instead of forwarding (Claude Code's warm-up). */
  localAnswer?(input: { body: JsonBody; fields: RoutingFields; requestId: string }): LocalAnswer | null;
}
