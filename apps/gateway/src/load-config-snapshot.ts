import {
  type ConfigSnapshot,
  type Database,
  getAllSettings,
  listApiKeys,
  listErrorRules,
  listProviders,
  listRectifierSwitches,
  listUsers,
  type SecretBox,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { loadRequestRules } from './governance/load-request-rules.js';

/** Everything the proxy hot path reads, in one load (the config cache calls it on every change). */
export async function loadConfigSnapshot(
  db: Kysely<Database>,
  box: SecretBox,
  logger: Logger,
): Promise<ConfigSnapshot> {
  const [providers, users, keys, settings, errorRules, rectifierSwitches, requestRules] = await Promise.all([
    listProviders(db, box),
    listUsers(db),
    listApiKeys(db),
    getAllSettings(db),
    listErrorRules(db),
    listRectifierSwitches(db),
    loadRequestRules(db, box, logger),
  ]);
  return { providers, users, keys, settings, errorRules, rectifierSwitches, requestRules };
}
