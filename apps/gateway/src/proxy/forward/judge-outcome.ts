import {
  type CompiledErrorRule,
  decideOnError,
  type ErrorDecision,
  type ErrorKind,
  type ErrorSample,
  GatewayError,
  matchErrorRule,
  NATIVE_PROTOCOL,
  PROTOCOLS,
  type Provider,
  redactSecrets,
  type RuleHit,
} from '@cch/core';
import type { AttemptOutcome } from '../../upstream/attempt-upstream.js';
import type { Failure } from '../../upstream/classify-failure.js';
import { upstreamErrorText, upstreamErrorType } from '../../upstream/upstream-error-text.js';

/**
 * What the error rules make of an attempt's outcome:
 * - `pass`: as the gateway does without rules (deliver the answer, or fail over on a failure);
 * - `fail_over`: try the next provider with this failure (also for a 4xx a rule sends on);
 * - `answer`: stop trying and send this error to the client now;
 * - `rectify`: the thinking-signature rectifier may retry; else `fallback` applies.
 */
export type Judgement =
  | { kind: 'pass' }
  | { kind: 'fail_over'; failure: Failure; hit: RuleHit }
  | { kind: 'answer'; failure: Failure; error: GatewayError | null; hit: RuleHit }
  | { kind: 'rectify'; failure: Failure; hit: RuleHit; fallback: 'pass' | 'fail_over' };

const KIND_BY_STATUS: Record<number, ErrorKind> = {
  400: 'invalid_request',
  401: 'authentication',
  403: 'permission',
  404: 'not_found',
  413: 'too_large',
  429: 'rate_limit',
  503: 'overloaded',
  504: 'timeout',
  529: 'overloaded',
};

/** The error a rule answers with, in the caller's protocol (rendered by the pipeline). */
export function ruleAnswer(status: number, message: string): GatewayError {
  const kind = KIND_BY_STATUS[status] ?? (status >= 500 ? 'api_error' : 'invalid_request');
  return new GatewayError('upstream_error', { status, kind, message });
}

interface Sampled {
  sample: ErrorSample;
  failure: Failure;
  clientError: boolean;
}

function sampleOf(outcome: AttemptOutcome, provider: Provider, model: string | null): Sampled | null {
  if (outcome.kind === 'failed') {
    const { failure } = outcome;
    const upstream = failure.upstream;
    const sample = {
      status: failure.status,
      errorType: upstream?.errorType ?? null,
      message: failure.message,
      body: upstream?.body ?? '',
      providerId: provider.id,
      model,
    };
    return { sample, failure, clientError: false };
  }
  if (outcome.kind !== 'client-error') return null;
  const protocol = PROTOCOLS[NATIVE_PROTOCOL[provider.type]];
  const message = redactSecrets(
    upstreamErrorText(outcome.status, outcome.buffer, protocol.readErrorBody),
    provider.apiKey,
  );
  const body = redactSecrets(outcome.buffer.subarray(0, 8192).toString(), provider.apiKey);
  const errorType = upstreamErrorType(outcome.buffer, protocol.readErrorBody);
  const failure: Failure = {
    errorClass: 'client_error',
    message,
    status: outcome.status,
    transport: false,
    countsForBreaker: false,
    cooldownMs: null,
    upstream: { errorType, body },
  };
  return {
    sample: { status: outcome.status, errorType, message, body, providerId: provider.id, model },
    failure,
    clientError: true,
  };
}

function hitOf(decision: ErrorDecision & { rule: NonNullable<ErrorDecision['rule']> }, provider: Provider): RuleHit {
  const override = decision.override;
  const replaced = override.status !== null || override.message !== null;
  return {
    kind: 'error_rule',
    ruleId: decision.rule.id,
    action: decision.action,
    providerId: provider.id,
    detail: `${decision.rule.name}${replaced ? "; client sees the rule's status/message" : ''}`,
  };
}

/** Runs an attempt's failure (or client error) through the error rules, cached with the config. */
export function judgeOutcome(
  rules: readonly CompiledErrorRule[],
  outcome: AttemptOutcome,
  provider: Provider,
  model: string | null,
): Judgement {
  if (rules.length === 0) return { kind: 'pass' };
  const sampled = sampleOf(outcome, provider, model);
  if (!sampled) return { kind: 'pass' };
  const { sample, clientError } = sampled;
  const matched = matchErrorRule(rules, sample);
  if (!matched) return { kind: 'pass' };
  const decision = decideOnError(matched.rule, { clientError, countsForBreaker: sampled.failure.countsForBreaker });
  const rule = matched.rule;
  const hit = hitOf({ ...decision, rule }, provider);
  const { override } = decision;
  const failure: Failure = {
    ...sampled.failure,
    countsForBreaker: decision.countsForBreaker,
    ...((override.status !== null || override.message !== null) && { clientView: override }),
  };
  switch (decision.action) {
    case 'fail_over':
      return { kind: 'fail_over', failure, hit };
    case 'rectify_signature':
      return { kind: 'rectify', failure, hit, fallback: clientError ? 'pass' : 'fail_over' };
    case 'answer_now': {
      const keepsUpstreamAnswer = clientError && override.status === null && override.message === null;
      const upstreamStatus = sample.status !== null && sample.status >= 400 ? sample.status : 502;
      const status = override.status ?? upstreamStatus;
      const error = keepsUpstreamAnswer ? null : ruleAnswer(status, override.message ?? sample.message);
      return { kind: 'answer', failure, error, hit };
    }
  }
}
