import type { ServerResponse } from 'node:http';
import {
  type Attempt,
  type BreakerState,
  createSseParser,
  type Provider,
  redactSecrets,
  renderProtocolStreamError,
  type StateStore,
  USAGE_EXTRACTORS,
} from '@cch/core';
import type { ProxyContext } from '../context.js';
import type { AttemptOutcome } from '../upstream/attempt-upstream.js';
import { reportFailure, reportSuccess } from '../upstream/breaker-feedback.js';
import { failureFromError } from '../upstream/classify-failure.js';
import { relayBuffer, relayStream } from '../upstream/relay-response.js';

export interface DeliverInput {
  ctx: ProxyContext;
  res: ServerResponse;
  provider: Provider;
  upstreamModel: string | null;
  outcome: Exclude<AttemptOutcome, { kind: 'failed' }>;
  attempt: Attempt;
  startedAt: number;
  now: () => number;
  breaker: BreakerState | null;
  store: StateStore;
}

/** Sends a successful (or client-error) upstream answer to the client and records what happened. */
export async function deliverOutcome(input: DeliverInput): Promise<void> {
  const { ctx, res, provider, outcome, attempt, now } = input;
  const base = { provider, upstreamModel: input.upstreamModel, status: outcome.status, committed: true };
  const ttfb = () => now() - ctx.receivedAt;

  if (outcome.kind === 'client-error') {
    const body = Buffer.from(redactSecrets(outcome.buffer.toString(), provider.apiKey));
    relayBuffer(res, outcome.status, outcome.headers, body, ctx.requestId);
    const message = body.subarray(0, 300).toString();
    Object.assign(attempt, { errorClass: 'client_error', errorMessage: message, durationMs: now() - input.startedAt });
    ctx.outcome = { ...base, errorClass: 'client_error', errorMessage: message, usage: null, ttfbMs: ttfb() };
    return;
  }

  const extractor = USAGE_EXTRACTORS[ctx.endpoint.protocol];
  if (outcome.kind === 'json') {
    const reading = extractor.readJson(outcome.json);
    relayBuffer(res, outcome.status, outcome.headers, outcome.buffer, ctx.requestId);
    attempt.durationMs = now() - input.startedAt;
    ctx.outcome = { ...base, errorClass: null, errorMessage: null, usage: reading.usage, ttfbMs: ttfb() };
    reportSuccess(input.store, provider, input.breaker, now());
    return;
  }

  const parser = createSseParser();
  const reader = extractor.createStreamReader();
  let ttfbMs: number | null = null;
  const result = await relayStream({
    res, status: outcome.status, upstreamHeaders: outcome.headers, head: outcome.head, body: outcome.body, requestId: ctx.requestId,
    tap: { push: (chunk) => { for (const frame of parser.push(chunk)) reader.push(frame); } },
    onFirstByte: () => (ttfbMs = ttfb()),
  });
  for (const frame of parser.end()) reader.push(frame);
  const usage = reader.result().usage;
  attempt.durationMs = now() - input.startedAt;
  if (result.completed) {
    res.end();
    ctx.outcome = { ...base, errorClass: null, errorMessage: null, usage, ttfbMs };
    reportSuccess(input.store, provider, input.breaker, now());
    return;
  }
  outcome.cancel();
  if (result.clientGone) {
    ctx.outcome = { ...base, status: 499, errorClass: 'client_closed', errorMessage: 'The client closed the connection mid-stream.', usage, ttfbMs };
    return;
  }
  const failure = failureFromError(result.error, true);
  const message = `The upstream stream was interrupted (${failure.errorClass}).`;
  res.end(renderProtocolStreamError(ctx.endpoint.protocol, { status: 502, kind: 'api_error', code: 'stream_interrupted', message, requestId: ctx.requestId }));
  Object.assign(attempt, { errorClass: 'stream_interrupted', errorMessage: message });
  ctx.outcome = { ...base, errorClass: 'stream_interrupted', errorMessage: message, usage, ttfbMs };
  reportFailure(input.store, provider, { ...failure, countsForBreaker: true }, now());
}
