import type { ServerResponse } from 'node:http';
import type { Attempt, BreakerState, Provider, StateStore } from '@cch/core';
import type { AttemptOutcome } from '../../upstream/attempt-upstream.js';
import { type BreakerListener, reportFailure, reportSuccess } from '../../upstream/breaker-feedback.js';
import { failureFromError } from '../../upstream/classify-failure.js';
import type { ProxyContext } from '../context.js';
import type { BodyCapture } from '../../bodies/body-capture.js';
import type { AnswerShaper, ShapedAnswer, ShapedStream } from './answer-shaper.js';
import { isShutdownCut } from '../../lifecycle/in-flight-requests.js';
import { endStreamAfterRelayedError, endStreamWithError } from './end-stream-with-error.js';
import { relayStream } from './relay-response.js';
import type { ProviderHealthCache } from '../../upstream/provider-health-cache.js';

export interface DeliverInput {
  ctx: ProxyContext;
  res: ServerResponse;
  provider: Provider;
  upstreamModel: string | null;
  outcome: Exclude<AttemptOutcome, { kind: 'failed' }>;
  shaper: AnswerShaper;
  attempt: Attempt;
  startedAt: number;
  now: () => number;
  breaker: BreakerState | null;
  store: StateStore;
  providerHealth: ProviderHealthCache;
  clientSignal: AbortSignal;
  onBreakerChange?: BreakerListener | undefined;
}

function send(res: ServerResponse, answer: ShapedAnswer): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/**
 * The stream as the client gets it, each piece also handed to the body capture. Without a capture
 * (body storage off) the stream is returned untouched: the relay pays nothing.
 */
function capturing(shaped: ShapedStream, capture: BodyCapture | null): ShapedStream {
  if (capture === null) return shaped;
  return {
    ...shaped,
    onChunk(chunk) {
      const out = shaped.onChunk(chunk);
      capture.chunk(out);
      return out;
    },
    finish() {
      const tail = shaped.finish();
      capture.chunk(tail);
      return tail;
    },
  };
}

/** Sends a successful (or client-error) upstream answer to the client and records what happened. */
export async function deliverOutcome(input: DeliverInput): Promise<void> {
  const { ctx, res, provider, outcome, attempt, now, shaper } = input;
  const base = { provider, upstreamModel: input.upstreamModel, status: outcome.status, committed: true };
  const ttfb = () => now() - ctx.receivedAt;

  if (outcome.kind === 'client-error') {
    const answer = shaper.clientError(outcome.status, outcome.headers, outcome.buffer);
    send(res, answer);
    ctx.bodyCapture?.whole(answer.body);
    const message = outcome.buffer.subarray(0, 300).toString();
    Object.assign(attempt, { errorClass: 'client_error', errorMessage: message, durationMs: now() - input.startedAt });
    ctx.outcome = { ...base, errorClass: 'client_error', errorMessage: message, usage: null, ttfbMs: ttfb() };
    return;
  }

  if (outcome.kind === 'json') {
    const answer = shaper.json(outcome.status, outcome.headers, outcome.buffer, outcome.json);
    send(res, answer);
    ctx.bodyCapture?.whole(answer.body);
    attempt.durationMs = now() - input.startedAt;
    ctx.outcome = { ...base, errorClass: null, errorMessage: null, usage: answer.usage, ttfbMs: ttfb() };
    reportSuccess(input, provider, input.breaker, now());
    return;
  }

  const shaped = capturing(shaper.stream(outcome.status, outcome.headers), ctx.bodyCapture);
  let ttfbMs: number | null = null;
  const result = await relayStream({
    res,
    status: outcome.status,
    headers: shaped.headers,
    head: outcome.head,
    body: outcome.body,
    onChunk: shaped.onChunk,
    onFirstByte: () => (ttfbMs = ttfb()),
  });
  attempt.durationMs = now() - input.startedAt;
  if (result.completed) {
    const tail = shaped.finish();
    const relayedError = shaped.relayedError?.() ?? null;
    if (relayedError !== null) {
      endStreamAfterRelayedError(res, ctx.endpoint.protocol, tail);
      const message = `The upstream stream ended with an error: ${relayedError}`.slice(0, 500);
      Object.assign(attempt, { errorClass: 'stream_error_event', errorMessage: message });
      ctx.outcome = { ...base, errorClass: 'stream_error_event', errorMessage: message, usage: shaped.usage(), ttfbMs };
      return;
    }
    res.end(tail);
    ctx.outcome = { ...base, errorClass: null, errorMessage: null, usage: shaped.usage(), ttfbMs };
    reportSuccess(input, provider, input.breaker, now());
    return;
  }
  outcome.cancel();
  const usage = shaped.usage();
  if (result.clientGone) {
    const message = 'The client closed the connection mid-stream.';
    ctx.outcome = { ...base, status: 499, errorClass: 'client_closed', errorMessage: message, usage, ttfbMs };
    return;
  }
  if (isShutdownCut(input.clientSignal)) {
    const message = 'The gateway is restarting and cut this stream; send the request again.';
    const error = {
      status: 503,
      kind: 'overloaded' as const,
      code: 'shutting_down',
      message,
      requestId: ctx.requestId,
    };
    endStreamWithError(res, ctx.endpoint.protocol, error);
    Object.assign(attempt, { errorClass: 'shutting_down', errorMessage: message });
    ctx.outcome = { ...base, errorClass: 'shutting_down', errorMessage: message, usage, ttfbMs };
    return;
  }
  const failure = failureFromError(result.error, true);
  const message = `The upstream stream was interrupted (${failure.errorClass}).`;
  const error = {
    status: 502,
    kind: 'api_error' as const,
    code: 'stream_interrupted',
    message,
    requestId: ctx.requestId,
  };
  endStreamWithError(res, ctx.endpoint.protocol, error);
  Object.assign(attempt, { errorClass: 'stream_interrupted', errorMessage: message });
  ctx.outcome = { ...base, errorClass: 'stream_interrupted', errorMessage: message, usage, ttfbMs };
  reportFailure(input, provider, { ...failure, countsForBreaker: true }, now());
}
