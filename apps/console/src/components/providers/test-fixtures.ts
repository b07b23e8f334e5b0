import type { Provider, ProviderHealth } from '../../api/providers';

export const closedHealth: ProviderHealth = { status: 'closed', failures: 0, reason: null, openedAt: null, openUntil: null, coolingDown: false };

export function makeProvider(overrides: Partial<Provider> = {}): Provider {
  return {
    id: 'p1',
    name: 'Anthropic',
    type: 'claude',
    baseUrl: 'https://api.anthropic.com',
    apiKeyPreview: 'sk-…abcd',
    enabled: true,
    weight: 1,
    priority: 0,
    groups: ['default'],
    costMultiplier: '1',
    modelRedirects: [],
    allowedModels: [],
    allowedClients: [],
    blockedClients: [],
    activeHours: null,
    proxyUrl: null,
    proxyFallbackToDirect: false,
    customHeaders: {},
    timeouts: { connectMs: 10_000, firstByteMs: 60_000, streamIdleMs: 120_000, totalMs: 600_000 },
    retryBudget: 1,
    circuitBreaker: { failureThreshold: 5, openDurationMs: 1_800_000, halfOpenSuccesses: 2, countNetworkErrors: false },
    concurrencyLimit: null,
    limits: {
      rpm: null, concurrentSessions: null, usd5h: null, usdDaily: null, usdWeekly: null, usdMonthly: null, usdTotal: null,
      fiveHourMode: 'rolling', dailyMode: 'fixed', dailyResetTime: '00:00',
    },
    acceptedFormats: [],
    health: closedHealth,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A provider with every field away from its default: what an edit must send back unchanged. */
export const fullProvider = makeProvider({
  id: 'p-full',
  name: 'Relay',
  type: 'openai-compatible',
  baseUrl: 'https://relay.example.com/v1',
  apiKeyPreview: 'sk-…9999',
  enabled: false,
  weight: 7,
  priority: 2,
  groups: ['team-a', 'team-b'],
  costMultiplier: '0.85',
  modelRedirects: [
    { match: 'exact', pattern: 'gpt-4o', target: 'gpt-4.1' },
    { match: 'regex', pattern: '^claude-(.*)$', target: 'anthropic/claude-$1' },
  ],
  allowedModels: ['gpt-4.1', 'gpt-4o-mini'],
  allowedClients: ['claude-cli'],
  blockedClients: ['curl'],
  activeHours: { start: '22:00', end: '06:00' },
  proxyUrl: 'socks5://10.0.0.1:1080',
  proxyFallbackToDirect: true,
  customHeaders: { 'x-team': 'a', 'x-trace': 'on' },
  timeouts: { connectMs: 5_000, firstByteMs: 30_000, streamIdleMs: 90_000, totalMs: 300_000 },
  retryBudget: 3,
  circuitBreaker: { failureThreshold: 8, openDurationMs: 600_000, halfOpenSuccesses: 3, countNetworkErrors: true },
  concurrencyLimit: 20,
  limits: {
    rpm: 120, concurrentSessions: 4, usd5h: '10', usdDaily: '25.5', usdWeekly: '100', usdMonthly: '300', usdTotal: '1000',
    fiveHourMode: 'fixed', dailyMode: 'rolling', dailyResetTime: '08:30',
  },
  acceptedFormats: ['anthropic', 'openai-chat'],
});
