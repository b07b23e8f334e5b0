import type { ErrorRuleTestInput, ErrorRuleTestResult } from '@cch/contract';
import {
  decideOnError,
  type ErrorDecision,
  matchErrorRule,
  NATIVE_PROTOCOL,
  PROTOCOL_IDS,
  PROTOCOLS,
  type UpstreamErrorReading,
} from '@cch/core';
import { failureFromStatus, isClientError } from '../upstream/classify-failure.js';
import type { Runtime } from '../runtime.js';

function readSample(body: string, protocols: readonly (keyof typeof PROTOCOLS)[]): UpstreamErrorReading | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  for (const protocol of protocols) {
    const reading = PROTOCOLS[protocol].readErrorBody(json);
    if (reading) return reading;
  }
  return null;
}

const EXPLAIN: Record<ErrorDecision['action'], string> = {
  answer_now: 'The client gets this error at once; no other provider is tried.',
  fail_over: 'The next provider is tried; the client sees this error only if every provider fails.',
  rectify_signature:
    'Thinking blocks are stripped from the history and the request is retried once on the same provider.',
};

/** "Test a sample error": which rule matches the sample and what the gateway would do with it. */
export function testErrorSample(
  runtime: Runtime,
  input: Required<Pick<ErrorRuleTestInput, 'status'>> & ErrorRuleTestInput,
) {
  const snapshot = runtime.cache.current();
  const provider = input.providerId ? snapshot.providerById.get(input.providerId) : undefined;
  const protocols = provider ? [NATIVE_PROTOCOL[provider.type]] : PROTOCOL_IDS;
  const body = input.body ?? '';
  const reading = readSample(body, protocols);
  const status = input.status;
  const message = reading?.message ?? (body.trim() || (status === null ? 'network error' : `HTTP ${status}`));
  const sample = {
    status,
    errorType: reading?.type ?? null,
    message,
    body,
    providerId: input.providerId ?? null,
    model: input.model ?? null,
  };
  const clientError = status !== null && isClientError(status);
  const countsForBreaker =
    status === null
      ? (provider?.circuitBreaker.countNetworkErrors ?? true)
      : failureFromStatus(status, null, '').countsForBreaker;
  const matched = matchErrorRule(snapshot.errorMatcher, sample);
  const decision = decideOnError(matched?.rule ?? null, {
    clientError,
    countsForBreaker: !clientError && countsForBreaker,
  });
  const upstreamStatus = status !== null && status >= 400 ? status : 502;
  const keepsStatus = decision.action === 'answer_now' || decision.override.status !== null;
  const result: ErrorRuleTestResult = {
    errorType: sample.errorType,
    message,
    rule: matched ? { id: matched.rule.id, name: matched.rule.name } : null,
    decision: {
      action: matched ? decision.action : 'default',
      countsForBreaker: decision.countsForBreaker,
      clientStatus: keepsStatus ? (decision.override.status ?? upstreamStatus) : null,
      clientMessage: decision.override.message ?? (decision.action === 'answer_now' ? message : null),
      explanation: `${matched ? '' : 'No rule matches: the usual handling applies. '}${EXPLAIN[decision.action]}`,
    },
  };
  return result;
}
