import { describe, expect, it } from 'vitest';
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_PROVIDER_TIMEOUTS, type Provider } from '../domain/provider.js';
import { NO_LIMITS } from '../domain/limits.js';
import { chooseProvider } from './choose-provider.js';
import { filterCandidates, type SelectionFacts } from './filter-candidates.js';
import { redirectModel } from './model-redirect.js';
import { isWithinActiveHours } from './active-hours.js';
import type { FilterStep } from './decision.js';

function provider(id: string, overrides: Partial<Provider> = {}): Provider {
  return {
    id,
    name: id,
    type: 'claude',
    baseUrl: 'http://x',
    apiKey: 'k',
    enabled: true,
    weight: 1,
    priority: 0,
    groups: [],
    costMultiplier: '1',
    modelRedirects: [],
    allowedModels: [],
    allowedClients: [],
    blockedClients: [],
    activeHours: null,
    proxyUrl: null,
    proxyFallbackToDirect: false,
    customHeaders: {},
    timeouts: DEFAULT_PROVIDER_TIMEOUTS,
    retryBudget: 0,
    circuitBreaker: DEFAULT_CIRCUIT_BREAKER,
    concurrencyLimit: null,
    limits: NO_LIMITS,
    acceptedFormats: [],
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

function facts(overrides: Partial<SelectionFacts> = {}): SelectionFacts {
  return {
    protocol: 'anthropic',
    model: 'claude-sonnet-4-5',
    group: 'default',
    userAgent: 'claude-cli/2.1',
    now: Date.UTC(2026, 0, 1, 12),
    timeZone: 'UTC',
    breakerStatus: () => 'closed',
    isCoolingDown: () => false,
    isLimitExhausted: () => false,
    canConvert: () => false,
    excluded: new Set(),
    ...overrides,
  };
}

describe('filterCandidates', () => {
  it('records why each provider was dropped, step by step', () => {
    const providers = [
      provider('off', { enabled: false }),
      provider('team', { groups: ['team-b'] }),
      provider('codex', { type: 'codex' }),
      provider('open', {}),
      provider('broken', {}),
      provider('night', { activeHours: { start: '22:00', end: '06:00' } }),
    ];
    const { candidates, steps } = filterCandidates(
      providers,
      facts({ breakerStatus: (id) => (id === 'broken' ? 'open' : 'closed') }),
    );
    expect(candidates.map((p) => p.id)).toEqual(['open']);
    const reasons = steps.flatMap((s) => s.dropped.map((d) => `${d.providerId}:${d.reason}`));
    expect(reasons).toEqual([
      'off:disabled',
      'team:group_mismatch',
      'codex:protocol_unsupported',
      'night:outside_active_hours',
      'broken:circuit_open',
    ]);
    expect(steps.find((s) => s.step === 'group')?.kept).toBe(4);
  });

  it('lets `*` reach every group and keeps a half-open provider', () => {
    const { candidates } = filterCandidates(
      [provider('a', { groups: ['x'] }), provider('b')],
      facts({ group: '*', breakerStatus: () => 'half-open' }),
    );
    expect(candidates).toHaveLength(2);
  });

  it('honours allowed and blocked clients and allowed models after redirects', () => {
    const providers = [
      provider('cli-only', { allowedClients: ['claude-cli'] }),
      provider('blocks-cli', { blockedClients: ['claude-cli'] }),
      provider('opus-only', { allowedModels: ['claude-opus-4-5'] }),
      provider('redirects', {
        allowedModels: ['glm-4.6'],
        modelRedirects: [{ match: 'prefix', pattern: 'claude-', target: 'glm-4.6' }],
      }),
    ];
    const { candidates } = filterCandidates(providers, facts());
    expect(candidates.map((p) => p.id)).toEqual(['cli-only', 'redirects']);
  });
});

describe('chooseProvider', () => {
  const alwaysClaim = async () => true;

  it('reuses the bound provider first', async () => {
    const steps: FilterStep[] = [];
    const choice = await chooseProvider([provider('a'), provider('b')], steps, {
      boundProviderId: 'b',
      isFailover: false,
      random: () => 0,
      claimSlot: alwaysClaim,
    });
    expect(choice).toMatchObject({ provider: { id: 'b' }, reason: 'session_reuse' });
  });

  it('takes the best priority tier and skips full providers', async () => {
    const steps: FilterStep[] = [];
    const providers = [
      provider('low', { priority: 5 }),
      provider('high-full', { priority: 1 }),
      provider('high', { priority: 1, weight: 1 }),
    ];
    const choice = await chooseProvider(providers, steps, {
      boundProviderId: null,
      isFailover: false,
      random: () => 0,
      claimSlot: async (p) => p.id !== 'high-full',
    });
    expect(choice?.provider.id).toBe('high');
    expect(steps.at(-1)).toMatchObject({
      step: 'concurrency',
      dropped: [{ providerId: 'high-full', reason: 'concurrency_full' }],
    });
  });

  it('falls to the next tier when the best tier is full, and returns null when all are', async () => {
    const providers = [provider('p1', { priority: 1 }), provider('p2', { priority: 2 })];
    const next = await chooseProvider(providers, [], {
      boundProviderId: null,
      isFailover: true,
      random: Math.random,
      claimSlot: async (p) => p.id === 'p2',
    });
    expect(next).toMatchObject({ provider: { id: 'p2' }, reason: 'failover' });
    expect(
      await chooseProvider(providers, [], {
        boundProviderId: null,
        isFailover: false,
        random: Math.random,
        claimSlot: async () => false,
      }),
    ).toBeNull();
  });

  it('distributes by weight within statistical bounds', async () => {
    const providers = [provider('w1', { weight: 1 }), provider('w3', { weight: 3 })];
    const counts = { w1: 0, w3: 0 };
    for (let i = 0; i < 4000; i++) {
      const choice = await chooseProvider(providers, [], {
        boundProviderId: null,
        isFailover: false,
        random: Math.random,
        claimSlot: alwaysClaim,
      });
      counts[choice!.provider.id as 'w1' | 'w3']++;
    }
    // expected 1000 vs 3000; ±5 standard deviations (σ ≈ 27)
    expect(counts.w1).toBeGreaterThan(1000 - 140);
    expect(counts.w1).toBeLessThan(1000 + 140);
  });
});

describe('redirectModel', () => {
  it('applies exact, prefix and regex rules in order', () => {
    const rules = [
      { match: 'exact' as const, pattern: 'claude-opus-4-5', target: 'opus-relay' },
      { match: 'prefix' as const, pattern: 'claude-haiku', target: 'glm-4.5-air' },
      { match: 'regex' as const, pattern: '^claude-sonnet-(.*)$', target: 'sonnet-$1' },
    ];
    expect(redirectModel(rules, 'claude-opus-4-5')).toBe('opus-relay');
    expect(redirectModel(rules, 'claude-haiku-4-5-20251001')).toBe('glm-4.5-air');
    expect(redirectModel(rules, 'claude-sonnet-4-5')).toBe('sonnet-4-5');
    expect(redirectModel(rules, 'gpt-5')).toBe('gpt-5');
  });
});

describe('isWithinActiveHours', () => {
  it('handles windows that cross midnight in the configured zone', () => {
    const night = { start: '22:00', end: '06:00' };
    expect(isWithinActiveHours(night, Date.UTC(2026, 0, 1, 23, 30), 'UTC')).toBe(true);
    expect(isWithinActiveHours(night, Date.UTC(2026, 0, 1, 5, 59), 'UTC')).toBe(true);
    expect(isWithinActiveHours(night, Date.UTC(2026, 0, 1, 6, 0), 'UTC')).toBe(false);
    // 15:00 UTC is 23:00 in Shanghai
    expect(isWithinActiveHours(night, Date.UTC(2026, 0, 1, 15, 0), 'Asia/Shanghai')).toBe(true);
  });
});
