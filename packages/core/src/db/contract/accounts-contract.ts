import { describe, expect, it } from 'vitest';
import { NO_LIMITS, type Limits } from '../../domain/limits.js';
import type { Provider } from '../../domain/provider.js';
import {
  createApiKey,
  deleteApiKey,
  getApiKey,
  getApiKeyByHash,
  keysLastUsedAt,
  listApiKeys,
  listApiKeysByUser,
  updateApiKey,
} from '../queries/api-keys.js';
import { insertRequestLogs } from '../queries/request-logs.js';
import { createProvider, deleteProvider, getProvider, listProviders, updateProvider } from '../queries/providers.js';
import { createUser, deleteUser, getUser, listUsers, updateUser } from '../queries/users.js';
import { contractSecretBox as box, type GetDb, makeRequestLog } from './contract-fixtures.js';

const LIMITS: Limits = { ...NO_LIMITS, rpm: 60, usdDaily: '12.5', dailyMode: 'rolling' };

const FULL_PROVIDER: Omit<Provider, 'id' | 'createdAt' | 'updatedAt'> = {
  name: 'anthropic-main',
  type: 'claude',
  baseUrl: 'https://api.anthropic.com',
  apiKey: 'sk-ant-api03-secret-value',
  enabled: false,
  weight: 7,
  priority: 2,
  groups: ['default', 'team-a'],
  costMultiplier: '0.85',
  modelRedirects: [{ match: 'prefix', pattern: 'claude-3', target: 'claude-sonnet-4-5' }],
  allowedModels: ['claude-sonnet-4-5'],
  allowedClients: ['claude-cli'],
  blockedClients: ['curl'],
  activeHours: { start: '22:00', end: '06:00' },
  proxyUrl: 'http://proxy.local:8080',
  proxyFallbackToDirect: true,
  // Nested keys must reach the database untouched by the camel-case mapping.
  customHeaders: { 'anthropic-beta': 'x', x_custom_key: 'y' },
  timeouts: { connectMs: 1, firstByteMs: 2, streamIdleMs: 3, totalMs: 4, hedgeAfterMs: null },
  retryBudget: 3,
  circuitBreaker: { failureThreshold: 9, openDurationMs: 1000, halfOpenSuccesses: 1, countNetworkErrors: true },
  concurrencyLimit: 4,
  limits: LIMITS,
  acceptedFormats: ['openai-chat', 'openai-responses'],
};

export function describeAccountsContract(getDb: GetDb): void {
  describe('providers', () => {
    it('round-trips every field, with the API key decrypted on read', async () => {
      const created = await createProvider(getDb(), box, FULL_PROVIDER);
      expect(created).toMatchObject(FULL_PROVIDER);
      expect(created.createdAt).toBeInstanceOf(Date);
      await expect(getProvider(getDb(), box, created.id)).resolves.toEqual(created);
      await expect(listProviders(getDb(), box)).resolves.toEqual([created]);
    });

    it('stores the API key encrypted, never as plaintext', async () => {
      const { id } = await createProvider(getDb(), box, FULL_PROVIDER);
      const row = await getDb()
        .selectFrom('providers')
        .select('apiKeyEncrypted')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.apiKeyEncrypted).toMatch(/^v1:/);
      expect(row.apiKeyEncrypted).not.toContain(FULL_PROVIDER.apiKey);
      expect(box.decrypt(row.apiKeyEncrypted)).toBe(FULL_PROVIDER.apiKey);
    });

    it('fills defaults for a minimal provider', async () => {
      const created = await createProvider(getDb(), box, {
        name: 'p',
        type: 'codex',
        baseUrl: 'https://x',
        apiKey: 'k',
      });
      expect(created).toMatchObject({
        enabled: true,
        groups: ['default'],
        costMultiplier: '1',
        activeHours: null,
        limits: NO_LIMITS,
      });
    });

    it('updates only the given fields and re-encrypts a new key', async () => {
      const created = await createProvider(getDb(), box, FULL_PROVIDER);
      const updated = await updateProvider(getDb(), box, created.id, {
        apiKey: 'sk-rotated',
        weight: 1,
        activeHours: null,
      });
      expect(updated).toEqual({
        ...created,
        apiKey: 'sk-rotated',
        weight: 1,
        activeHours: null,
        updatedAt: updated?.updatedAt,
      });
      expect(updated?.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
      await expect(getProvider(getDb(), box, created.id)).resolves.toEqual(updated);
      await expect(updateProvider(getDb(), box, 'missing', { weight: 2 })).resolves.toBeUndefined();
    });

    it('deletes', async () => {
      const { id } = await createProvider(getDb(), box, FULL_PROVIDER);
      await expect(deleteProvider(getDb(), id)).resolves.toBe(true);
      await expect(getProvider(getDb(), box, id)).resolves.toBeUndefined();
      await expect(deleteProvider(getDb(), id)).resolves.toBe(false);
    });
  });

  describe('users', () => {
    it('round-trips every field and fills defaults', async () => {
      const input = {
        name: 'alice',
        note: 'lead',
        role: 'admin' as const,
        group: 'team-a',
        limits: LIMITS,
        allowedModels: ['claude-sonnet-4-5'],
        allowedClients: ['claude-cli'],
        enabled: false,
        expiresAt: new Date('2027-01-01T00:00:00.000Z'),
        tags: ['a', 'b'],
      };
      const alice = await createUser(getDb(), input);
      expect(alice).toMatchObject(input);
      await expect(getUser(getDb(), alice.id)).resolves.toEqual(alice);
      const bob = await createUser(getDb(), { name: 'bob' });
      expect(bob).toMatchObject({
        note: '',
        role: 'user',
        group: null,
        limits: NO_LIMITS,
        enabled: true,
        expiresAt: null,
        tags: [],
      });
      await expect(listUsers(getDb())).resolves.toEqual([alice, bob]);
    });

    it('updates and deletes', async () => {
      const user = await createUser(getDb(), { name: 'carol', group: 'g' });
      const updated = await updateUser(getDb(), user.id, { name: 'caroline', group: null, tags: ['x'] });
      expect(updated).toMatchObject({ name: 'caroline', group: null, tags: ['x'], role: 'user' });
      await expect(deleteUser(getDb(), user.id)).resolves.toBe(true);
      await expect(getUser(getDb(), user.id)).resolves.toBeUndefined();
      await expect(updateUser(getDb(), user.id, { name: 'x' })).resolves.toBeUndefined();
    });
  });

  describe('api keys', () => {
    const keyInput = (userId: string, suffix: string) => ({
      userId,
      name: `key ${suffix}`,
      keyHash: `hash-${suffix}`,
      keyPrefix: `sk-${suffix}`,
    });

    it('round-trips and is found by hash, by user and in the full list', async () => {
      const user = await createUser(getDb(), { name: 'dave' });
      const other = await createUser(getDb(), { name: 'erin' });
      const key = await createApiKey(getDb(), {
        ...keyInput(user.id, 'a'),
        limits: LIMITS,
        group: 'g',
        consoleAccess: true,
      });
      const otherKey = await createApiKey(getDb(), keyInput(other.id, 'b'));
      expect(key).toMatchObject({ enabled: true, expiresAt: null, limits: LIMITS, group: 'g', consoleAccess: true });
      expect(otherKey).toMatchObject({ limits: NO_LIMITS, group: null, consoleAccess: false });
      await expect(getApiKey(getDb(), key.id)).resolves.toEqual(key);
      await expect(getApiKeyByHash(getDb(), 'hash-a')).resolves.toEqual(key);
      await expect(getApiKeyByHash(getDb(), 'hash-none')).resolves.toBeUndefined();
      await expect(listApiKeysByUser(getDb(), user.id)).resolves.toEqual([key]);
      await expect(listApiKeys(getDb())).resolves.toEqual([key, otherKey]);
    });

    it("know each key's last logged request", async () => {
      const user = await createUser(getDb(), { name: 'lu' });
      const used = await createApiKey(getDb(), keyInput(user.id, 'used'));
      const idle = await createApiKey(getDb(), keyInput(user.id, 'idle'));
      const latest = new Date('2026-11-30T12:00:00.000Z');
      await insertRequestLogs(getDb(), [
        makeRequestLog({ userId: user.id, keyId: used.id, createdAt: new Date('2026-11-29T08:00:00.000Z') }),
        makeRequestLog({ userId: user.id, keyId: used.id, createdAt: latest }),
      ]);
      const lastUsed = await keysLastUsedAt(getDb(), user.id);
      expect(lastUsed.get(used.id)?.toISOString()).toBe(latest.toISOString());
      expect(lastUsed.has(idle.id)).toBe(false);
    });

    it('rejects a duplicate key hash', async () => {
      const user = await createUser(getDb(), { name: 'frank' });
      await createApiKey(getDb(), keyInput(user.id, 'dup'));
      await expect(createApiKey(getDb(), keyInput(user.id, 'dup'))).rejects.toThrow();
    });

    it('updates and deletes', async () => {
      const user = await createUser(getDb(), { name: 'gina' });
      const key = await createApiKey(getDb(), keyInput(user.id, 'c'));
      const expiresAt = new Date('2026-12-01T00:00:00.000Z');
      const updated = await updateApiKey(getDb(), key.id, { enabled: false, expiresAt, name: 'renamed' });
      expect(updated).toMatchObject({ enabled: false, expiresAt, name: 'renamed', keyHash: 'hash-c' });
      await expect(deleteApiKey(getDb(), key.id)).resolves.toBe(true);
      await expect(getApiKey(getDb(), key.id)).resolves.toBeUndefined();
    });

    it('are deleted with their user', async () => {
      const user = await createUser(getDb(), { name: 'hank' });
      const keep = await createUser(getDb(), { name: 'ivy' });
      await createApiKey(getDb(), keyInput(user.id, 'd'));
      await createApiKey(getDb(), keyInput(user.id, 'e'));
      const kept = await createApiKey(getDb(), keyInput(keep.id, 'f'));
      await deleteUser(getDb(), user.id);
      await expect(listApiKeys(getDb())).resolves.toEqual([kept]);
    });
  });
}
