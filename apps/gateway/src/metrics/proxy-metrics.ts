import type { Usage } from '@cch/core';
import type { ProxyContext } from '../proxy/context.js';
import { Counter, Histogram } from './prometheus.js';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

const TOKEN_KINDS = [
  ['input', 'inputTokens'],
  ['output', 'outputTokens'],
  ['cache_read', 'cacheReadTokens'],
  ['cache_write_5m', 'cacheWrite5mTokens'],
  ['cache_write_1h', 'cacheWrite1hTokens'],
  ['reasoning', 'reasoningTokens'],
] as const satisfies readonly (readonly [string, keyof Usage])[];

function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

/** What the proxy records per request, once it is settled (off the response path). */
export function createProxyMetrics() {
  const requests = new Counter('cch_requests_total', 'Proxied requests by protocol, endpoint and status class.');
  const duration = new Histogram(
    'cch_request_duration_seconds',
    'Total request duration, from arrival to the last byte.',
    SECONDS,
  );
  const ttfb = new Histogram(
    'cch_upstream_ttfb_seconds',
    'Time to the first upstream byte of the answered attempt.',
    SECONDS,
  );
  const attempts = new Counter(
    'cch_upstream_attempts_total',
    'Upstream attempts by provider and outcome (ok or an error class).',
  );
  const tokens = new Counter('cch_tokens_total', 'Tokens billed, by kind.');
  const ruleHits = new Counter(
    'cch_governance_rule_hits_total',
    'Error rules and rectifiers that touched a request, by kind, rule id, action and provider.',
  );
  const cost = new Counter('cch_cost_usd_total', 'Cost billed in USD.');

  function record(ctx: ProxyContext, costUsd: number, durationMs: number): void {
    const protocol = ctx.endpoint.protocol;
    const status = ctx.outcome?.status ?? ctx.error?.status ?? 200;
    requests.inc({ protocol, endpoint: ctx.endpoint.id, status: statusClass(status) });
    duration.observe({ protocol }, durationMs / 1000);
    const ttfbMs = ctx.outcome?.ttfbMs;
    if (typeof ttfbMs === 'number') ttfb.observe({ protocol }, ttfbMs / 1000);
    for (const attempt of ctx.attempts)
      attempts.inc({ provider: attempt.providerName, outcome: attempt.errorClass ?? 'ok' });
    for (const hit of ctx.ruleHits) {
      ruleHits.inc({ kind: hit.kind, rule: hit.ruleId, action: hit.action, provider: hit.providerId ?? '' });
    }
    const usage = ctx.outcome?.usage;
    if (usage) {
      for (const [kind, field] of TOKEN_KINDS) if (usage[field] > 0) tokens.inc({ kind }, usage[field]);
    }
    if (costUsd > 0) cost.inc({}, costUsd);
  }

  return {
    record,
    render: (): string =>
      [requests, duration, ttfb, attempts, tokens, cost, ruleHits].map((metric) => metric.render()).join('\n'),
  };
}

export type ProxyMetrics = ReturnType<typeof createProxyMetrics>;
