import { createSecretBox } from '@cch/core';
import { describe, expect, it } from 'vitest';
import { type CchTables, mapCchRows, sealWith } from './map-cch-rows.js';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const box = createSecretBox('map-cch-rows-test-key');
const empty: CchTables = { providers: [], users: [], keys: [], modelPrices: [] };

describe('mapCchRows', () => {
  it('maps a provider: groups split on commas, zero timeouts and limits take our defaults, the key sealed', () => {
    const { records, skipped } = mapCchRows(
      {
        ...empty,
        providers: [
          {
            id: 7,
            name: 'relay',
            url: 'https://relay.example.com',
            key: 'sk-relay-secret',
            providerType: 'claude-auth',
            groupTag: 'team-a, team-b',
            costMultiplier: '0.8000',
            limitDailyUsd: '0.00',
            limitWeeklyUsd: '100.00',
            limitConcurrentSessions: 0,
            firstByteTimeoutStreamingMs: 0,
            requestTimeoutNonStreamingMs: 90_000,
            maxRetryAttempts: 50,
            createdAt: new Date('2025-01-01T00:00:00Z'),
          },
        ],
      },
      sealWith(box, new Map()),
      NOW,
    );
    expect(skipped).toEqual([]);
    const provider = records[0];
    if (provider?.type !== 'provider') throw new Error('expected a provider record');
    expect(provider.data).toMatchObject({
      id: 'cch-provider-7',
      type: 'claude-auth',
      groups: ['team-a', 'team-b'],
      costMultiplier: '0.8000',
      retryBudget: 10,
      limits: { usdDaily: null, usdWeekly: '100.00', concurrentSessions: null },
      timeouts: { firstByteMs: 60_000, totalMs: 90_000 },
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: NOW.toISOString(),
    });
    expect(provider.data.apiKeyEncrypted).not.toContain('sk-relay-secret');
    expect(box.decrypt(provider.data.apiKeyEncrypted)).toBe('sk-relay-secret');
  });

  it('keeps the stored ciphertext when it already seals the same key, so a re-run reads unchanged', () => {
    const stored = box.encrypt('sk-same');
    const seal = sealWith(box, new Map([['cch-provider-1', stored]]));
    expect(seal('cch-provider-1', 'sk-same')).toBe(stored);
    expect(box.decrypt(seal('cch-provider-1', 'sk-changed'))).toBe('sk-changed');
    const foreign = createSecretBox('another-key').encrypt('sk-same');
    const resealed = sealWith(box, new Map([['cch-provider-1', foreign]]))('cch-provider-1', 'sk-same');
    expect(box.decrypt(resealed)).toBe('sk-same');
  });

  it('hashes user keys and maps the "default" group to none', () => {
    const { records } = mapCchRows(
      {
        ...empty,
        users: [{ id: 3, name: 'bo', providerGroup: 'default', dailyLimitUsd: '9.50', rpmLimit: 0 }],
        keys: [
          { id: 4, userId: 3, key: 'sk-plain-user-key-123', name: 'k', providerGroup: 'vip', canLoginWebUi: true },
        ],
      },
      sealWith(box, new Map()),
      NOW,
    );
    expect(records.map((record) => record.type)).toEqual(['user', 'apiKey']);
    expect(records[0]?.data).toMatchObject({ id: 'cch-user-3', group: null, limits: { usdDaily: '9.50', rpm: null } });
    expect(records[1]?.data).toMatchObject({
      id: 'cch-key-4',
      userId: 'cch-user-3',
      keyPrefix: 'sk-plain-u',
      group: 'vip',
      consoleAccess: true,
    });
    expect(JSON.stringify(records)).not.toContain('sk-plain-user-key-123');
  });

  it('skips, with the reason, a row that cannot be one of ours', () => {
    const { records, skipped } = mapCchRows(
      {
        ...empty,
        providers: [{ id: 1, name: 'odd', url: 'https://x', key: 'k', providerType: 'mystery' }],
        modelPrices: [{ modelName: 'm', priceData: { input_cost_per_token: 1e-6 }, source: 'litellm' }],
      },
      sealWith(box, new Map()),
      NOW,
    );
    expect(skipped).toEqual([{ kind: 'provider', key: 'odd', reason: expect.stringMatching(/^type: /) }]);
    expect(records).toEqual([{ type: 'price', data: expect.objectContaining({ model: 'm', source: 'synced' }) }]);
  });
});
