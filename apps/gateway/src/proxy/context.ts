import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type {
  ApiKey,
  IrRequest,
  JsonBody,
  Attempt,
  Endpoint,
  FilterStep,
  GatewayError,
  LocalAnswer,
  Provider,
  RoutingFields,
  RuleHit,
  SessionId,
  Usage,
  User,
} from '@cch/core';
import type { BodyCapture } from '../bodies/body-capture.js';
import type { RoutingState } from './forward/routing-state.js';
import type { Admission } from '../limits/limit-service.js';
import type { CostResult } from '../pricing/price-book.js';

/** What the route hands the pipeline: the client's request, untouched. */
export interface InboundRequest {
  method: string;
  /** Path with query, as received. */
  url: string;
  /** Path without the query. */
  path: string;
  headers: IncomingHttpHeaders;
  query: Record<string, string | undefined>;
  /** The body, not yet read (the key is checked first); null for GET and HEAD. */
  bodyStream: Readable | null;
  /** The declared `content-length`, when there is one. */
  contentLength: number | null;
  clientIp: string;
  userAgent: string;
}

/** The body, read lazily, and the fields routing reads from it (by the caller's protocol). */
export interface RoutingBody extends RoutingFields {
  doc: JsonBody;
}

/** The routing state of `providers`, requested before admission so both share one store round trip. */
export interface PrefetchedRouting {
  providers: readonly Provider[];
  state: Promise<RoutingState>;
}

export interface Identity {
  user: User;
  key: ApiKey;
  /** Routing group: key's, else user's, else `default`. */
  group: string;
}

export interface UpstreamOutcome {
  provider: Provider | null;
  upstreamModel: string | null;
  status: number;
  errorClass: string | null;
  errorMessage: string | null;
  usage: Usage | null;
  /** ms from receipt to the first byte sent to the client. */
  ttfbMs: number | null;
  /** Whether bytes reached the client (a later failure could not be retried). */
  committed: boolean;
}

/**
 * Per-request state. Each slot is written by exactly one step: rawBody → read-body, body → parse-body,
 * identity → authenticate, local → answer-locally, session → resolve-session, admission → admit,
 * outcome/attempts/rounds → the terminal, cost → meter, bodyCapture → record (filled by the terminal).
 */
export interface ProxyContext {
  readonly requestId: string;
  readonly receivedAt: number;
  readonly endpoint: Endpoint;
  readonly request: InboundRequest;
  /** The whole request body, read by read-body once the caller is known; empty before that. */
  rawBody: Buffer;
  body: RoutingBody | null;
  /** The request in the IR, read when a provider of another protocol is tried first (convert/request-ir). */
  ir: IrRequest | null;
  identity: Identity | null;
  local: LocalAnswer | null;
  session: SessionId | null;
  /** Breakers, cooldowns and the session binding, read by prefetch-routing alongside admit (one round trip). */
  routing?: PrefetchedRouting;
  /** Written by admit; absent or null when no user or key limit applied. */
  admission?: Admission | null;
  attempts: Attempt[];
  rounds: FilterStep[][];
  /**
   * Every governance rule that touched the request, in order: client version and sensitive words
   * (steps), overrides, request filters and rectifiers (per provider tried), error rules.
   */
  ruleHits: RuleHit[];
  outcome: UpstreamOutcome | null;
  cost: CostResult | null;
  /** A gateway error that ended the request before (or instead of) an upstream answer. */
  error: GatewayError | null;
  /** What the client is sent, kept when body storage is on; null (and never touched) when it is off. */
  bodyCapture: BodyCapture | null;
  /** Cleanups to run when the response is over (slot releases …). */
  finalizers: (() => void | Promise<void>)[];
}

export type StepResult =
  | { action: 'continue' }
  | { action: 'reply'; error: GatewayError }
  | { action: 'answer'; answer: LocalAnswer };

export const CONTINUE: StepResult = Object.freeze({ action: 'continue' });

/**
 * One proxy filter (Envoy-style). The request phase continues, replies with an error or answers
 * locally; the response phase runs once the response is over, off the response path, in reverse
 * order, for every step whose request phase ran.
 */
export interface ProxyStep {
  readonly name: string;
  onRequest?(ctx: ProxyContext): StepResult | Promise<StepResult>;
  onComplete?(ctx: ProxyContext): void;
}
