import type { ProviderOverrideSettings } from '@cch/contract';

export interface ProviderOverrideRecord {
  providerId: string;
  settings: ProviderOverrideSettings;
  updatedAt: Date;
}
