import { type Limits, listRequestLogs, NO_LIMITS, setSetting, type SubjectUsage, usdToNano } from '@cch/core';
import { RESERVE_USD_SETTING } from '@cch/contract';
import type { GatewayHarness } from './gateway-harness.js';

export function withLimits(overrides: Partial<Limits>): Limits {
  return { ...NO_LIMITS, ...overrides };
}

/** Makes admission reserve exactly `usd` per request (the admin setting), or estimate again (null). */
export async function setReserveUsd(gateway: GatewayHarness, usd: string | null): Promise<void> {
  await setSetting(gateway.runtime.db, RESERVE_USD_SETTING, usd);
  await gateway.runtime.cache.changed('settings');
}

/** Cost of the most recent logged request, as settled (USD decimal string). */
export async function lastLoggedCost(gateway: GatewayHarness): Promise<string> {
  await gateway.flushLogs();
  const page = await listRequestLogs(gateway.runtime.db, { limit: 1 });
  const row = page.items[0];
  if (!row) throw new Error('no request was logged');
  return row.costUsd;
}

export async function usageOf(
  gateway: GatewayHarness,
  kind: 'user' | 'key' | 'provider',
  id: string,
): Promise<SubjectUsage> {
  const usage = await gateway.runtime.limits.readUsage({ kind, id });
  if (!usage) throw new Error(`unknown ${kind} ${id}`);
  return usage;
}

/** Current value of one USD limit of a subject, in nano-USD. */
export async function spentNano(
  gateway: GatewayHarness,
  kind: 'user' | 'key',
  id: string,
  limit: 'usdDaily' | 'usdTotal' = 'usdTotal',
): Promise<number> {
  const entry = (await usageOf(gateway, kind, id)).entries.find((e) => e.limit === limit);
  if (entry?.unit !== 'usd') throw new Error(`${kind} ${id} has no ${limit} limit`);
  return usdToNano(entry.current);
}

/**
 * Copies a user and its keys (same ids, same key hashes) from one gateway's database into
 * another's, so two gateways with separate embedded databases serve the same caller.
 */
export async function mirrorCaller(from: GatewayHarness, to: GatewayHarness, userId: string): Promise<void> {
  const user = await from.runtime.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  const keys = await from.runtime.db.selectFrom('apiKeys').selectAll().where('userId', '=', userId).execute();
  await to.runtime.db
    .insertInto('users')
    .values({
      ...user,
      limits: JSON.stringify(user.limits),
      allowedModels: JSON.stringify(user.allowedModels),
      allowedClients: JSON.stringify(user.allowedClients),
      tags: JSON.stringify(user.tags),
    })
    .execute();
  for (const key of keys)
    await to.runtime.db
      .insertInto('apiKeys')
      .values({ ...key, limits: JSON.stringify(key.limits) })
      .execute();
  await to.runtime.cache.changed('users');
}
