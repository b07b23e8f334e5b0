import { describe, expect, it } from 'vitest';
import { insertAuditLog, listAuditLog } from '../queries/audit-log.js';
import { deleteModelPrice, getModelPrice, listModelPrices, upsertModelPrices } from '../queries/model-prices.js';
import { getAllSettings, getSetting, setSetting } from '../queries/settings.js';
import type { GetDb } from './contract-fixtures.js';

const SONNET_PRICES = { input_cost_per_token: 3e-6, output_cost_per_token: 1.5e-5, cache_read_input_token_cost: 3e-7 };

export function describeRecordsContract(getDb: GetDb): void {
  describe('settings', () => {
    it('round-trips any JSON value and overwrites', async () => {
      await expect(getSetting(getDb(), 'billing.model')).resolves.toBeUndefined();
      await setSetting(getDb(), 'billing.model', 'requested');
      await setSetting(getDb(), 'retention', { days: 30, nested_key: [1, 'two', null] });
      await setSetting(getDb(), 'flags', [true, false]);
      await setSetting(getDb(), 'billing.model', 'upstream');
      await expect(getSetting(getDb(), 'billing.model')).resolves.toBe('upstream');
      await expect(getAllSettings(getDb())).resolves.toEqual({
        'billing.model': 'upstream',
        flags: [true, false],
        retention: { days: 30, nested_key: [1, 'two', null] },
      });
    });
  });

  describe('audit log', () => {
    it('inserts and lists newest first with cursor pagination', async () => {
      const first = await insertAuditLog(getDb(), {
        actor: 'admin',
        action: 'provider.update',
        targetType: 'provider',
        targetId: 'p1',
        before: { weight: 1 },
        after: { weight: 2 },
        ip: '127.0.0.1',
      });
      expect(first).toMatchObject({ targetId: 'p1', before: { weight: 1 }, after: { weight: 2 }, ip: '127.0.0.1' });
      expect(first.createdAt).toBeInstanceOf(Date);
      for (let i = 0; i < 4; i += 1) {
        await insertAuditLog(getDb(), { actor: 'admin', action: `settings.set.${i}`, targetType: 'settings' });
      }
      const page1 = await listAuditLog(getDb(), { limit: 3 });
      expect(page1.items.map((entry) => entry.action)).toEqual(['settings.set.3', 'settings.set.2', 'settings.set.1']);
      expect(page1.items[0]).toMatchObject({ targetId: null, before: null, after: null, ip: null });
      const page2 = await listAuditLog(getDb(), { limit: 3, cursor: page1.nextCursor });
      expect(page2.items).toEqual([expect.objectContaining({ action: 'settings.set.0' }), first]);
      expect(page2.nextCursor).toBeNull();
    });

    it('narrows by actor, action or its prefix (taken literally), target and time', async () => {
      const entries = [
        { actor: 'admin', action: 'provider.create', targetType: 'provider', targetId: 'p1' },
        { actor: 'admin', action: 'provider.update', targetType: 'provider', targetId: 'p2' },
        { actor: 'user:alice', action: 'key.create', targetType: 'key', targetId: 'k1' },
        { actor: 'admin', action: 'provider_x.update', targetType: 'other' },
        { actor: 'admin', action: 'providers', targetType: 'other' },
      ];
      for (const entry of entries) await insertAuditLog(getDb(), entry);
      const actions = async (options: Parameters<typeof listAuditLog>[1]) =>
        (await listAuditLog(getDb(), options)).items.map((entry) => entry.action);
      expect(await actions({ action: 'provider' })).toEqual(['provider.update', 'provider.create']);
      expect(await actions({ action: 'provider_' })).toEqual([]); // '_' is not a wildcard
      expect(await actions({ action: 'key.create' })).toEqual(['key.create']);
      expect(await actions({ actor: 'user:alice' })).toEqual(['key.create']);
      expect(await actions({ targetType: 'provider', targetId: 'p1' })).toEqual(['provider.create']);
      expect(await actions({ from: new Date(Date.now() + 60_000) })).toEqual([]);
      expect(await actions({ to: new Date(Date.now() + 60_000), actor: 'user:alice' })).toEqual(['key.create']);
    });
  });

  describe('model prices', () => {
    it('upserts many, lists, gets and deletes, keeping LiteLLM field names', async () => {
      const written = await upsertModelPrices(getDb(), [
        { model: 'claude-sonnet-4-5', source: 'builtin', prices: SONNET_PRICES },
        { model: 'gpt-5', source: 'builtin', prices: { input_cost_per_token: 1.25e-6 } },
      ]);
      expect(written).toBe(2);
      const sonnet = await getModelPrice(getDb(), 'claude-sonnet-4-5');
      expect(sonnet).toMatchObject({ model: 'claude-sonnet-4-5', source: 'builtin', prices: SONNET_PRICES });
      expect(sonnet?.updatedAt).toBeInstanceOf(Date);
      await expect(listModelPrices(getDb())).resolves.toHaveLength(2);
      await expect(deleteModelPrice(getDb(), 'gpt-5')).resolves.toBe(true);
      await expect(getModelPrice(getDb(), 'gpt-5')).resolves.toBeUndefined();
      await expect(deleteModelPrice(getDb(), 'gpt-5')).resolves.toBe(false);
    });

    it('replaces synced prices but never a manual entry with a non-manual one', async () => {
      await upsertModelPrices(getDb(), [
        { model: 'a', source: 'builtin', prices: { input_cost_per_token: 1 } },
        { model: 'b', source: 'manual', prices: { input_cost_per_token: 2 } },
      ]);
      await upsertModelPrices(getDb(), [
        { model: 'a', source: 'synced', prices: { input_cost_per_token: 10 } },
        { model: 'b', source: 'synced', prices: { input_cost_per_token: 20 } },
      ]);
      await expect(getModelPrice(getDb(), 'a')).resolves.toMatchObject({
        source: 'synced',
        prices: { input_cost_per_token: 10 },
      });
      await expect(getModelPrice(getDb(), 'b')).resolves.toMatchObject({
        source: 'manual',
        prices: { input_cost_per_token: 2 },
      });
      await upsertModelPrices(getDb(), [{ model: 'b', source: 'manual', prices: { input_cost_per_token: 3 } }]);
      await expect(getModelPrice(getDb(), 'b')).resolves.toMatchObject({ prices: { input_cost_per_token: 3 } });
    });

    it('takes the last entry when a model repeats within one call', async () => {
      await upsertModelPrices(getDb(), [
        { model: 'dup', source: 'synced', prices: { input_cost_per_token: 1 } },
        { model: 'dup', source: 'synced', prices: { input_cost_per_token: 2 } },
      ]);
      await expect(getModelPrice(getDb(), 'dup')).resolves.toMatchObject({ prices: { input_cost_per_token: 2 } });
      await expect(upsertModelPrices(getDb(), [])).resolves.toBe(0);
    });
  });
}
