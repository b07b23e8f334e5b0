import type { SensitiveWordKind } from '@cch/contract';

export interface SensitiveWordRule {
  id: string;
  pattern: string;
  kind: SensitiveWordKind;
  /** User group it applies to; null = every request. */
  scopeGroup: string | null;
  enabled: boolean;
  note: string;
  createdAt: Date;
  updatedAt: Date;
}
