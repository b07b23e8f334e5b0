import type { IncomingHttpHeaders } from 'node:http';
import type { ApiKey, Attempt, FilterStep, GatewayError, Provider, SessionId, Usage, User } from '@cch/core';
import type { Admission } from '../limits/limit-service.js';
import type { Endpoint } from './endpoints.js';

/** What the route hands the pipeline: the client's request, untouched. */
export interface InboundRequest {
  method: string;
  /** Path with query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  query: Record<string, string | undefined>;
  rawBody: Buffer;
  clientIp: string;
  userAgent: string;
}

/** The parts of the body routing needs. */
export interface RoutingBody {
  json: Record<string, unknown>;
  model: string | null;
  stream: boolean;
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
 * Per-request state. Each slot is written by exactly one step:
 * body → parse, identity → authenticate, session → resolve-session, admission → admit, outcome → forward.
 */
export interface ProxyContext {
  readonly requestId: string;
  readonly receivedAt: number;
  readonly endpoint: Endpoint;
  readonly request: InboundRequest;
  body: RoutingBody | null;
  identity: Identity | null;
  session: SessionId | null;
  /** Written by admit; absent or null when no user or key limit applied. */
  admission?: Admission | null;
  attempts: Attempt[];
  rounds: FilterStep[][];
  outcome: UpstreamOutcome | null;
  /** A gateway error that ended the request before (or instead of) an upstream answer. */
  error: GatewayError | null;
  /** Cleanups to run when the response is over (slot releases …). */
  finalizers: (() => void | Promise<void>)[];
}

/** A complete answer produced by the gateway itself (e.g. Claude Code's warm-up probe). */
export interface LocalAnswer {
  status: number;
  contentType: string;
  body: string;
  /** Why the gateway answered locally, recorded in the log row. */
  reason: string;
}

export type StepResult =
  | { action: 'continue' }
  | { action: 'reply'; error: GatewayError }
  | { action: 'answer'; answer: LocalAnswer };

export const CONTINUE: StepResult = Object.freeze({ action: 'continue' });

/** One request phase (Envoy-style filter): continue, or answer locally with an error. */
export interface ProxyStep {
  readonly name: string;
  onRequest(ctx: ProxyContext): StepResult | Promise<StepResult>;
}
