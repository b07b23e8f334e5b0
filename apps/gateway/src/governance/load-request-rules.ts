import {
  compileRequestRules,
  type Database,
  listClientVersionRules,
  listProviderOverrides,
  listRequestFilters,
  listSensitiveWords,
  type RequestRules,
  type SecretBox,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

/** Loads the request-governance rules with the config snapshot and compiles them for the hot path. */
export async function loadRequestRules(db: Kysely<Database>, box: SecretBox, logger: Logger): Promise<RequestRules> {
  const [filters, sensitiveWords, overrides, clientVersions] = await Promise.all([
    listRequestFilters(db, box),
    listSensitiveWords(db),
    listProviderOverrides(db),
    listClientVersionRules(db),
  ]);
  return compileRequestRules({ filters, sensitiveWords, overrides, clientVersions }, (rule, reason) =>
    logger.warn({ ruleId: rule.id, reason }, 'sensitive-word regex skipped: it is not safe to run'),
  );
}
