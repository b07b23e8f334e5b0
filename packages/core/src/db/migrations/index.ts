import type { Migration } from 'kysely/migration';
import * as initial from './2026-11-22T00-00-00-initial.js';
import * as countNetworkErrors from './2026-12-05T00-00-00-count-network-errors.js';
import * as spendResets from './2026-12-05T01-00-00-spend-resets.js';
import * as upstreamGovernance from './2026-12-06T02-00-00-upstream-governance.js';
import * as notifications from './2026-12-06T04-00-00-notifications.js';
import * as requestGovernance from './2026-12-06T03-10-00-request-governance.js';
import * as providerProbes from './2026-12-06T05-00-00-provider-probes.js';
import * as requestBodies from './2026-12-07T00-00-00-request-bodies.js';
import * as jobRuns from './2026-12-07T00-00-00-job-runs.js';

/** Every migration, by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T00-00-00-initial': initial,
  '2026-12-05T00-00-00-count-network-errors': countNetworkErrors,
  '2026-12-05T01-00-00-spend-resets': spendResets,
  '2026-12-06T02-00-00-upstream-governance': upstreamGovernance,
  '2026-12-06T04-00-00-notifications': notifications,
  '2026-12-06T03-10-00-request-governance': requestGovernance,
  '2026-12-06T05-00-00-provider-probes': providerProbes,
  '2026-12-07T00-00-00-request-bodies': requestBodies,
  '2026-12-07T00-00-00-job-runs': jobRuns,
};
