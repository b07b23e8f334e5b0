import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** One stored switch; `providerId` '' is the setting for every provider without its own. */
export interface RectifierSwitch {
  rectifier: string;
  providerId: string;
  enabled: boolean;
}

export async function listRectifierSwitches(db: Kysely<Database>): Promise<RectifierSwitch[]> {
  return db.selectFrom('rectifierSwitches').selectAll().orderBy('rectifier').orderBy('providerId').execute();
}

/** Sets (enabled true/false) or removes (null) switches of one rectifier in one transaction. */
export async function setRectifierSwitches(
  db: Kysely<Database>,
  rectifier: string,
  changes: ReadonlyMap<string, boolean | null>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [providerId, enabled] of changes) {
      if (enabled === null) {
        await trx
          .deleteFrom('rectifierSwitches')
          .where('rectifier', '=', rectifier)
          .where('providerId', '=', providerId)
          .execute();
        continue;
      }
      await trx
        .insertInto('rectifierSwitches')
        .values({ rectifier, providerId, enabled })
        .onConflict((oc) => oc.columns(['rectifier', 'providerId']).doUpdateSet({ enabled }))
        .execute();
    }
  });
}
