import { type ErrorKind, explainNoCandidate, type FilterStep, GatewayError } from '@cch/core';
import type { Failure } from '../../upstream/classify-failure.js';
import type { AttemptStop } from './attempt-allowance.js';
import { ruleAnswer } from './judge-outcome.js';

/** When nothing says how long to wait (cooldowns, provider limits). */
const RETRY_LATER_S = 30;
/** Longer than this, waiting is not worth a client's retries: the error is final. */
const LONGEST_WORTH_RETRYING_S = 60;

/**
 * No provider was tried. A request the configuration does not route (group, API, model, client)
 * gets a 400 that says why, which clients do not retry; one that only has to wait (open circuits,
 * cooldowns, limits) a 503 with Retry-After — final (shown at once, not retried) when the first
 * circuit to recover stays open longer than a client would sensibly keep retrying.
 */
export function noProviderError(firstRound: readonly FilterStep[], recoversInMs: number | null): GatewayError {
  const { transient, summary } = explainNoCandidate(firstRound);
  if (!transient) return new GatewayError('no_route', { message: `No provider serves this request; ${summary}` });
  const waitS = recoversInMs === null ? RETRY_LATER_S : Math.max(1, Math.ceil(recoversInMs / 1000));
  const final = waitS > LONGEST_WORTH_RETRYING_S;
  const when = final ? ` The first may take requests again in ${waitS} s.` : '';
  return new GatewayError('no_provider', {
    message: `No provider can take this request right now; ${summary}${when}`,
    headers: { 'retry-after': String(waitS) },
    final,
  });
}

function statusAndKind(failure: Failure): { status: number; kind: ErrorKind } {
  if (failure.errorClass.endsWith('timeout')) return { status: 504, kind: 'timeout' };
  if (failure.status === 429) return { status: 429, kind: 'rate_limit' };
  if (failure.status === 529 || failure.status === 503) return { status: failure.status, kind: 'overloaded' };
  if (failure.status !== null && failure.status >= 500) return { status: failure.status, kind: 'api_error' };
  // upstream auth failures, fake 2xx, resets: the provider's fault, never the caller's
  return { status: 502, kind: 'api_error' };
}

const STOPS: Record<AttemptStop, string> = {
  attempt_cap: 'the attempt limit per request was reached',
  retry_budget: "the gateway's retry budget is spent while many requests fail",
};

/** Every attempt failed: the last upstream failure's class and message, in the caller's shape. */
export function allFailedError(lastFailure: Failure, attempts: number, stop: AttemptStop | null): GatewayError {
  const view = lastFailure.clientView;
  if (view) {
    const failed = statusAndKind(lastFailure);
    return ruleAnswer(view.status ?? failed.status, view.message ?? lastFailure.message);
  }
  const { status, kind } = statusAndKind(lastFailure);
  const stopped = stop ? ` (stopped early: ${STOPS[stop]})` : '';
  const counted = `${attempts} upstream attempt${attempts === 1 ? '' : 's'}`;
  const message = `${counted} failed${stopped}; last: ${lastFailure.message}`;
  const headers: Record<string, string> = {};
  if (lastFailure.cooldownMs !== null) headers['retry-after'] = String(Math.ceil(lastFailure.cooldownMs / 1000));
  const code = kind === 'timeout' ? 'upstream_timeout' : 'upstream_failed';
  return new GatewayError(code, { message, status, kind, headers });
}
