import type { ApiKey } from '../../api/keys';
import type { Usage } from '../../api/quota';
import type { Limits, User } from '../../api/users';

export const noLimits: Limits = {
  rpm: null,
  concurrentSessions: null,
  usd5h: null,
  usdDaily: null,
  usdWeekly: null,
  usdMonthly: null,
  usdTotal: null,
  fiveHourMode: 'rolling',
  dailyMode: 'fixed',
  dailyResetTime: '00:00',
};

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u1',
    name: 'alice',
    note: '',
    role: 'user',
    group: null,
    limits: noLimits,
    allowedModels: [],
    allowedClients: [],
    enabled: true,
    expiresAt: null,
    tags: [],
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    ...overrides,
  };
}

export function makeKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'k1',
    userId: 'u1',
    name: 'laptop',
    keyPrefix: 'sk-abc123',
    enabled: true,
    expiresAt: null,
    limits: noLimits,
    group: null,
    consoleAccess: false,
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    lastUsedAt: null,
    ...overrides,
  };
}

export function makeUsage(kind: 'user' | 'key', id: string, entries: Usage['entries']): Usage {
  return { subject: { kind, id }, entries };
}

export const HOUR = 3_600_000;
