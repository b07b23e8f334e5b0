import type { LogSummary } from '../../api/logs';

/** A successful streamed request as the list API returns it. */
export function logSummary(overrides: Partial<LogSummary> = {}): LogSummary {
  return {
    id: 42,
    createdAt: '2026-01-05T10:15:00.000Z',
    requestId: 'req_abc',
    userId: 'u1',
    keyId: 'k1',
    providerId: 'p1',
    sessionId: 'sess_1',
    protocol: 'anthropic',
    endpoint: 'messages',
    method: 'POST',
    requestedModel: 'claude-sonnet-4-5',
    upstreamModel: 'claude-sonnet-4-5-20250929',
    billedModel: 'claude-sonnet-4-5',
    statusCode: 200,
    errorClass: null,
    errorMessage: null,
    durationMs: 2350,
    ttfbMs: 480,
    isStream: true,
    inputTokens: 1200,
    outputTokens: 340,
    cacheReadTokens: 5000,
    cacheWrite5mTokens: 800,
    cacheWrite1hTokens: 0,
    reasoningTokens: 120,
    costUsd: '0.0421',
    costMultiplier: '1.5',
    decision: {
      attempts: 2,
      providers: ['anthropic-backup', 'anthropic-main'],
      candidates: 3,
      filtered: [{ reason: 'disabled', count: 1 }],
      price: 'exact',
      estimatedFrom: null,
    },
    userAgent: 'claude-cli/2.0.1',
    clientIp: '10.0.0.7',
    ...overrides,
  };
}

/** The detail of `logSummary()` after a failover: the first provider failed with a 529, the second answered. */
export function logDetail(overrides: Partial<LogSummary> = {}) {
  return {
    ...logSummary(overrides),
    costBreakdown: {
      inputUsd: '0.0054',
      outputUsd: '0.0153',
      cacheReadUsd: '0.00225',
      cacheWrite5mUsd: '0.0045',
      cacheWrite1hUsd: '0',
      requestUsd: '0.01495',
    },
    decisionChain: {
      attempts: [
        {
          providerId: 'p0',
          providerName: 'anthropic-backup',
          reason: 'weighted_random',
          retry: 0,
          priority: 0,
          weight: 1,
          circuit: 'closed',
          upstreamModel: 'claude-sonnet-4-5',
          status: 529,
          errorClass: 'overloaded',
          errorMessage: 'Overloaded',
          durationMs: 310,
        },
        {
          providerId: 'p1',
          providerName: 'chat-main',
          reason: 'failover',
          retry: 0,
          priority: 1,
          weight: 3,
          circuit: 'half-open',
          upstreamModel: 'claude-sonnet-4-5-20250929',
          status: 200,
          errorClass: null,
          errorMessage: null,
          durationMs: 2010,
          converted: { from: 'anthropic', to: 'openai-chat' },
        },
      ],
      rounds: [
        [{ step: 'enabled', kept: 2, dropped: [{ providerId: 'p9', providerName: 'old-relay', reason: 'disabled' }] }],
        [
          {
            step: 'failover',
            kept: 1,
            dropped: [{ providerId: 'p0', providerName: 'anthropic-backup', reason: 'already_failed' }],
          },
        ],
      ],
      session: { id: 'sess_1', source: 'metadata' },
    },
    candidateCounts: [],
    userAgent: 'claude-cli/2.0.1',
    clientIp: '10.0.0.7',
    requestBody: null,
    responseBody: null,
  };
}
