import { randomUUID } from 'node:crypto';
import { PROVIDER_DEFAULTS } from '@cch/contract';
import type { Kysely } from 'kysely';
import { NO_LIMITS } from '../../domain/limits.js';
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_PROVIDER_TIMEOUTS, type Provider } from '../../domain/provider.js';
import type { SecretBox } from '../../crypto/secret-box.js';
import type { Database, NewProviderRow, ProviderRow, ProviderRowUpdate } from '../schema.js';
import { toJson, toNullableJson } from '../to-json.js';
import { pickDefined, pickDefinedAsJson } from './pick-defined.js';

type ProviderFields = Omit<Provider, 'id' | 'createdAt' | 'updatedAt'>;
type RequiredField = 'name' | 'type' | 'baseUrl' | 'apiKey';

/** `apiKey` is the plaintext upstream key; it is encrypted before it reaches the database. */
export type CreateProviderInput = Pick<ProviderFields, RequiredField> & Partial<Omit<ProviderFields, RequiredField>>;
export type UpdateProviderInput = Partial<ProviderFields>;

const PLAIN_FIELDS = [
  'name',
  'type',
  'baseUrl',
  'enabled',
  'weight',
  'priority',
  'costMultiplier',
  'proxyUrl',
  'proxyFallbackToDirect',
  'retryBudget',
  'concurrencyLimit',
] as const satisfies readonly (keyof ProviderFields)[];

const JSON_FIELDS = [
  'groups',
  'modelRedirects',
  'allowedModels',
  'allowedClients',
  'blockedClients',
  'customHeaders',
  'timeouts',
  'circuitBreaker',
  'limits',
  'acceptedFormats',
] as const satisfies readonly (keyof ProviderFields)[];

function toProvider(row: ProviderRow, box: SecretBox): Provider {
  const { apiKeyEncrypted, ...fields } = row;
  // rows written before a timeout setting existed take its default
  const timeouts = { ...DEFAULT_PROVIDER_TIMEOUTS, ...fields.timeouts };
  return { ...fields, timeouts, apiKey: box.decrypt(apiKeyEncrypted) };
}

function toNewRow(input: CreateProviderInput, box: SecretBox): NewProviderRow {
  return {
    id: randomUUID(),
    name: input.name,
    type: input.type,
    baseUrl: input.baseUrl,
    apiKeyEncrypted: box.encrypt(input.apiKey),
    enabled: input.enabled ?? PROVIDER_DEFAULTS.enabled,
    weight: input.weight ?? PROVIDER_DEFAULTS.weight,
    priority: input.priority ?? PROVIDER_DEFAULTS.priority,
    groups: toJson(input.groups ?? [...PROVIDER_DEFAULTS.groups]),
    costMultiplier: input.costMultiplier ?? PROVIDER_DEFAULTS.costMultiplier,
    modelRedirects: toJson(input.modelRedirects ?? []),
    allowedModels: toJson(input.allowedModels ?? []),
    allowedClients: toJson(input.allowedClients ?? []),
    blockedClients: toJson(input.blockedClients ?? []),
    activeHours: toNullableJson(input.activeHours),
    proxyUrl: input.proxyUrl ?? null,
    proxyFallbackToDirect: input.proxyFallbackToDirect ?? false,
    customHeaders: toJson(input.customHeaders ?? {}),
    timeouts: toJson(input.timeouts ?? DEFAULT_PROVIDER_TIMEOUTS),
    retryBudget: input.retryBudget ?? PROVIDER_DEFAULTS.retryBudget,
    circuitBreaker: toJson(input.circuitBreaker ?? DEFAULT_CIRCUIT_BREAKER),
    concurrencyLimit: input.concurrencyLimit ?? null,
    limits: toJson(input.limits ?? NO_LIMITS),
    acceptedFormats: toJson(input.acceptedFormats ?? []),
  };
}

function toRowUpdate(input: UpdateProviderInput, box: SecretBox): ProviderRowUpdate {
  return {
    ...pickDefined(input, PLAIN_FIELDS),
    ...pickDefinedAsJson(input, JSON_FIELDS),
    ...(input.activeHours !== undefined && { activeHours: toNullableJson(input.activeHours) }),
    ...(input.apiKey !== undefined && { apiKeyEncrypted: box.encrypt(input.apiKey) }),
  };
}

export async function listProviders(db: Kysely<Database>, box: SecretBox): Promise<Provider[]> {
  const rows = await db.selectFrom('providers').selectAll().orderBy('priority').orderBy('name').orderBy('id').execute();
  return rows.map((row) => toProvider(row, box));
}

export async function getProvider(db: Kysely<Database>, box: SecretBox, id: string): Promise<Provider | undefined> {
  const row = await db.selectFrom('providers').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProvider(row, box);
}

export async function createProvider(
  db: Kysely<Database>,
  box: SecretBox,
  input: CreateProviderInput,
): Promise<Provider> {
  const row = await db.insertInto('providers').values(toNewRow(input, box)).returningAll().executeTakeFirstOrThrow();
  return toProvider(row, box);
}

/** Returns the updated provider, or undefined when it does not exist. A new `apiKey` is re-encrypted. */
export async function updateProvider(
  db: Kysely<Database>,
  box: SecretBox,
  id: string,
  input: UpdateProviderInput,
): Promise<Provider | undefined> {
  const row = await db
    .updateTable('providers')
    .set({ ...toRowUpdate(input, box), updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toProvider(row, box);
}

export async function deleteProvider(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('providers').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
