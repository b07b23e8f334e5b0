import type { ColumnType } from 'kysely';
import type { KnownClient, ProviderOverrideSettings, RequestFilterScope, SensitiveWordKind } from '@cch/contract';

// The request-governance tables, as schema.ts's `Database` sees them (same conventions).
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T, Write = string> = ColumnType<T, Write, Write>;

export interface RequestFiltersTable {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  scope: RequestFilterScope;
  scopeValue: string | null;
  target: 'header' | 'body';
  action: 'set' | 'remove';
  path: string;
  /** The value of a non-secret `set` filter. */
  value: Json<unknown, string | null>;
  /** The value of a secret `set` filter, sealed by the secret box (JSON text inside). */
  valueEncrypted: string | null;
  secret: boolean;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface SensitiveWordsTable {
  id: string;
  pattern: string;
  kind: SensitiveWordKind;
  scopeGroup: string | null;
  enabled: boolean;
  note: string;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface ProviderOverridesTable {
  providerId: string;
  settings: Json<ProviderOverrideSettings>;
  updatedAt: GeneratedTimestamp;
}

export interface ClientVersionRulesTable {
  id: string;
  client: KnownClient;
  minVersion: string | null;
  blockedVersions: Json<string[]>;
  scopeGroup: string | null;
  enabled: boolean;
  note: string;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}
