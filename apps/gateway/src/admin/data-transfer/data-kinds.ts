import type { DataKind } from '@cch/contract';
import type { Database } from '@cch/core';

/** Every kind but request logs, which are appended (never updated) and paged separately. */
export type TableKind = Exclude<DataKind, 'requestLog'>;

/** How one record kind is stored, identified, checked and written. */
export interface KindSpec {
  table: keyof Database;
  /** Columns that identify a record across installations. */
  keyColumns: readonly string[];
  /** A second identity the console shows: the same name under another key is a conflict. */
  nameColumn?: string;
  /** Also unique: the same value under another key is a conflict (e.g. a key hash). */
  uniqueColumn?: string;
  /** jsonb columns: written as JSON text. */
  jsonColumns: readonly string[];
  /** jsonb columns that may be SQL NULL (a null in the file is written as NULL, not JSON null). */
  nullableJsonColumns?: readonly string[];
  /** Columns sealed by the secret box: they must open with this gateway's ENCRYPTION_KEY. */
  sealedColumns: readonly string[];
  /** A column naming a parent record that must exist (in the file or the database). */
  parent?: { column: string; kind: TableKind; allowEmpty?: boolean };
}

const STAMPS = ['createdAt', 'updatedAt'] as const;
/** Columns left out when deciding whether a record changed. */
export const VOLATILE_COLUMNS: ReadonlySet<string> = new Set(STAMPS);

export const KIND_SPECS: Readonly<Record<TableKind, KindSpec>> = {
  provider: {
    table: 'providers',
    keyColumns: ['id'],
    nameColumn: 'name',
    jsonColumns: [
      'groups',
      'modelRedirects',
      'allowedModels',
      'allowedClients',
      'blockedClients',
      'activeHours',
      'customHeaders',
      'timeouts',
      'circuitBreaker',
      'limits',
      'acceptedFormats',
    ],
    nullableJsonColumns: ['activeHours'],
    sealedColumns: ['apiKeyEncrypted'],
  },
  user: {
    table: 'users',
    keyColumns: ['id'],
    nameColumn: 'name',
    jsonColumns: ['limits', 'allowedModels', 'allowedClients', 'tags'],
    sealedColumns: [],
  },
  apiKey: {
    table: 'apiKeys',
    keyColumns: ['id'],
    uniqueColumn: 'keyHash',
    jsonColumns: ['limits'],
    sealedColumns: [],
    parent: { column: 'userId', kind: 'user' },
  },
  price: { table: 'modelPrices', keyColumns: ['model'], jsonColumns: ['prices'], sealedColumns: [] },
  setting: { table: 'settings', keyColumns: ['key'], jsonColumns: ['value'], sealedColumns: [] },
  errorRule: {
    table: 'errorRules',
    keyColumns: ['id'],
    nameColumn: 'name',
    jsonColumns: ['match', 'override'],
    sealedColumns: [],
  },
  requestFilter: {
    table: 'requestFilters',
    keyColumns: ['id'],
    nameColumn: 'name',
    jsonColumns: ['value'],
    nullableJsonColumns: ['value'],
    sealedColumns: ['valueEncrypted'],
  },
  sensitiveWord: { table: 'sensitiveWords', keyColumns: ['id'], jsonColumns: [], sealedColumns: [] },
  providerOverride: {
    table: 'providerOverrides',
    keyColumns: ['providerId'],
    jsonColumns: ['settings'],
    sealedColumns: [],
    parent: { column: 'providerId', kind: 'provider' },
  },
  clientVersionRule: {
    table: 'clientVersionRules',
    keyColumns: ['id'],
    jsonColumns: ['blockedVersions'],
    sealedColumns: [],
  },
  rectifierSwitch: {
    table: 'rectifierSwitches',
    keyColumns: ['rectifier', 'providerId'],
    jsonColumns: [],
    sealedColumns: [],
    parent: { column: 'providerId', kind: 'provider', allowEmpty: true },
  },
  notificationTarget: {
    table: 'notificationTargets',
    keyColumns: ['id'],
    nameColumn: 'name',
    jsonColumns: ['events'],
    sealedColumns: ['secretEncrypted'],
  },
};

/** The record's identity as one string (columns joined with '/'). */
export function keyOf(spec: KindSpec, row: Readonly<Record<string, unknown>>): string {
  return spec.keyColumns.map((column) => String(row[column] ?? '')).join('/');
}
