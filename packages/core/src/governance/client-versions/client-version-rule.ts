import type { KnownClient } from '@cch/contract';

export interface ClientVersionRuleRecord {
  id: string;
  client: KnownClient;
  minVersion: string | null;
  blockedVersions: string[];
  /** User group it applies to; null = every request. */
  scopeGroup: string | null;
  enabled: boolean;
  note: string;
  createdAt: Date;
  updatedAt: Date;
}
