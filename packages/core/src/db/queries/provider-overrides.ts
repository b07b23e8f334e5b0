import type { ProviderOverrideSettings } from '@cch/contract';
import type { Kysely } from 'kysely';
import type { ProviderOverrideRecord } from '../../governance/provider-overrides/provider-override.js';
import type { Database } from '../schema.js';
import { toJson } from '../to-json.js';

export async function listProviderOverrides(db: Kysely<Database>): Promise<ProviderOverrideRecord[]> {
  return db.selectFrom('providerOverrides').selectAll().execute();
}

export async function getProviderOverride(
  db: Kysely<Database>,
  providerId: string,
): Promise<ProviderOverrideRecord | undefined> {
  return db.selectFrom('providerOverrides').selectAll().where('providerId', '=', providerId).executeTakeFirst();
}

/** Sets a provider's overrides (replacing what was there). */
export async function putProviderOverride(
  db: Kysely<Database>,
  providerId: string,
  settings: ProviderOverrideSettings,
): Promise<ProviderOverrideRecord> {
  const updatedAt = new Date();
  return db
    .insertInto('providerOverrides')
    .values({ providerId, settings: toJson(settings), updatedAt })
    .onConflict((oc) => oc.column('providerId').doUpdateSet({ settings: toJson(settings), updatedAt }))
    .returningAll()
    .executeTakeFirstOrThrow();
}
